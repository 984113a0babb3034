"""What of each attachment leaves in a bundle: a photo as a copy rebuilt from its pixels
(the default), its original only when the person chose so for that file, every other file
as it is stored.

A copy is described in the record by its own SHA-256, size, media type and name (the
member ``attachments/<sha256>`` holds it) and by ``original_sha256``, the hash of the
original kept in the sender's vault as evidence. A copy received from someone else is
already clean: it is passed on as it is, with the original's hash it came with.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _, n_
from desktop_app.core.photos import (
    HEAD_BYTES,
    MAX_PHOTO_BYTES,
    CannotStrip,
    StrippedPhoto,
    photo_kind,
    stripped_copy,
)
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive

# Copies up to this many bytes in all are kept in memory between describing a bundle and
# writing it; beyond that each is rebuilt while it is written (and checked against the
# hash the manifest gives it).
KEEP_IN_MEMORY = 64 * 1024 * 1024

def _reason(reason: str) -> str:
    """Why a photo could not be rebuilt (CannotStrip's ``reason``), as a clause."""
    if reason == "wrong_kind":
        return _("it is not a picture Tirkeu can read")
    if reason == "several_frames":
        return _("it is animated or has several pages")
    if reason == "too_large":
        return _("it is too large to rebuild safely")
    return _("it could not be read")


class PhotoNotRebuilt(TirkeuError):
    """A photo due to leave as a copy without hidden data could not be rebuilt; nothing
    was written (it never leaves with its hidden data by accident)."""


@dataclass(frozen=True)
class Departure:
    """One attachment as a bundle carries it."""

    attachment_id: str
    descriptor: dict[str, Any]  # as the record lists it
    sha256: str                 # of the bytes carried (the member's name)
    size: int
    rebuilt: bool               # a copy made from the pixels, not the stored bytes
    data: bytes | None = None   # the copy, when kept in memory


def _refused(filename: str, reason: str) -> PhotoNotRebuilt:
    return PhotoNotRebuilt(
        _("The photo “{filename}” cannot be sent without its hidden data ({reason}); choose "
          "to send its original or remove it from the incident. The bundle was not "
          "written.").format(filename=filename, reason=_reason(reason)))


def _stored_bytes(archive: Archive, attachment_id: str) -> bytes:
    return b"".join(archive.attachments.chunks(attachment_id))


def _rebuild(archive: Archive, info: dict[str, Any]) -> StrippedPhoto:
    if info["size"] > MAX_PHOTO_BYTES:
        raise _refused(info["filename"], "too_large")
    try:
        return stripped_copy(_stored_bytes(archive, info["id"]))
    except CannotStrip as exc:
        raise _refused(info["filename"], exc.reason) from None


def leaves_rebuilt(info: dict[str, Any], head: bytes) -> bool:
    """True if the attachment ``info`` (whose bytes start with ``head``) leaves as a copy
    rebuilt from its pixels."""
    return (not info.get("send_original") and not info.get("original_sha256")
            and photo_kind(head) is not None)


class OutgoingFiles:
    """Decides, for one export, how each attachment leaves; holds the copies made."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.kept = 0  # bytes of copies held in memory

    def departure(self, info: dict[str, Any]) -> Departure:
        """How the attachment ``info`` (a row from ``exchange_store.outgoing``) leaves."""
        plain = {k: info[k] for k in ("id", "filename", "media_type", "size", "sha256",
                                      "added_at")}
        if info.get("original_sha256"):
            plain["original_sha256"] = info["original_sha256"]
        if not leaves_rebuilt(info, self.archive.attachments.head(info["id"], HEAD_BYTES)):
            return Departure(info["id"], plain, info["sha256"], info["size"], rebuilt=False)
        photo = _rebuild(self.archive, info)
        data = photo.data
        copy = {**plain, "filename": photo.renamed(plain["filename"]),
                "media_type": photo.media_type, "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(), "original_sha256": plain["sha256"]}
        keep = self.kept + len(data) <= KEEP_IN_MEMORY
        self.kept += len(data) if keep else 0
        return Departure(info["id"], copy, copy["sha256"], len(data), rebuilt=True,
                         data=data if keep else None)

    def rebuilt_again(self, departure: Departure) -> bytes:
        """The copy of ``departure`` made once more while the bundle is written; refused if
        it is not the very copy the manifest describes."""
        data = _rebuild(self.archive, {**departure.descriptor, "id": departure.attachment_id,
                                       "size": 0}).data
        if hashlib.sha256(data).hexdigest() != departure.sha256:
            raise PhotoNotRebuilt(_("A photo came out differently when it was rebuilt a second "
                                    "time; the bundle was not written."))
        return data


@dataclass(frozen=True)
class DepartureCounts:
    """What an export would do with the files it carries."""

    photos_rebuilt: int = 0     # photos that go without their hidden data
    originals_chosen: int = 0   # originals sent because the person chose so
    files_as_stored: int = 0    # other files (PDFs, documents, videos), as they are

    @property
    def total(self) -> int:
        return self.photos_rebuilt + self.originals_chosen + self.files_as_stored


def departure_counts(archive: Archive, to: Sequence[str], *, since_last: bool) -> DepartureCounts:
    """How the files an export to ``to`` would carry leave, told without rebuilding any
    (cheap enough to say before every export: one query, and each file's first bytes)."""
    recipients = [archive.contacts.get(name).age_recipient for name in dict.fromkeys(to)]
    with archive.database.reading() as conn:
        files = store.unsent_attachments(conn, recipients, since_last)
    rebuilt = chosen = other = 0
    for info in files:
        head = archive.attachments.head(info["id"], HEAD_BYTES)
        if leaves_rebuilt(info, head) or info["original_sha256"]:  # a copy already
            rebuilt += 1
        elif info["send_original"] and photo_kind(head) is not None:
            chosen += 1
        else:
            other += 1
    return DepartureCounts(rebuilt, chosen, other)


def departure_sentence(counts: DepartureCounts) -> str:
    """One line for the command ("2 photos go without their hidden data; 1 original is
    sent as chosen."); "" when the bundle carries no files."""
    parts = []
    if n := counts.photos_rebuilt:
        parts.append(n_("{n} photo goes without its hidden data",
                        "{n} photos go without their hidden data", n).format(n=n))
    if n := counts.originals_chosen:
        parts.append(n_("{n} original is sent as chosen",
                        "{n} originals are sent as chosen", n).format(n=n))
    if n := counts.files_as_stored:
        parts.append(n_("{n} other file goes as it is, with its metadata (author, software)",
                        "{n} other files go as they are, with their metadata (author, software)",
                        n).format(n=n))
    return "; ".join(parts) + "." if parts else ""
