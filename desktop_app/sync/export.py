"""Sealing a bundle: select, sign, then encrypt, streaming attachments out of the vault.

The file is written as ``NAME.part``; the ledger (its number, what each recipient was
sent) is committed next, and only then is the file renamed to ``NAME``. Any failure on
the way removes the part file (and, if the rename itself fails, the ledger entry), so a
complete bundle never sits on disk under a number the ledger does not hold: the next
export can never give the same number to a different bundle (a fork at the coordinator).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import tarfile
import uuid
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto.age_stream import encrypt_stream
from desktop_app.crypto.files import CannotWrite, new_private_file
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive
from desktop_app.storage.attachments import CHUNK
from desktop_app.sync.bundle_format import (
    MANIFEST,
    NAMESPACE,
    SIGNATURE,
    Manifest,
    Member,
    sha256,
)
from desktop_app.sync.outgoing_files import Departure, OutgoingFiles
from desktop_app.sync.revocation import refuse_revoked_recipients
from desktop_app.sync.streams import Cancelled, Progress, no_progress


class ExportRefused(TirkeuError):
    pass


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    bundle_id: str | None
    sequence: int
    incidents: int
    attachments: int
    size: int


@dataclass(frozen=True)
class _Entry:
    name: str
    size: int
    sha256: str
    data: bytes | None = None          # small members, held in memory
    attachment_id: str | None = None   # large ones, streamed from the vault
    departure: Departure | None = None  # a photo's copy, rebuilt again while written


COPY_BYTES = CHUNK  # what tarfile asks of a member at a time: one vault chunk


def _tar_info(name: str, size: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, mtime, 0o600
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


# Writes the ledger entry of a sealed bundle in the open transaction ``conn``, given the
# bundle's id, number and manifest SHA-256.
Ledger = Callable[[Any, str, int, str], None]


def write_bundle(archive: Archive, recipients: Sequence[str], out: Path, kind: str,
                 entries: list[_Entry], receipt: dict[str, Any] | None, ledger: Ledger,
                 progress: Progress = no_progress,
                 cancelled: Callable[[], bool] = lambda: False) -> tuple[str, int, str, int]:
    """Sign and encrypt ``entries`` into ``out``, committing ``ledger`` before the file
    takes its name; returns (bundle id, sequence, manifest SHA-256, size). On any failure
    neither ``out`` nor ``out.part`` is left, nor a ledger entry. Shared by incident
    bundles and receipts."""
    keys = archive.keys()
    card = keys.card()
    with archive.database.reading() as conn:
        sequence, previous = store.last_sent(conn)
    created = dt.datetime.now(dt.UTC).replace(microsecond=0)
    manifest = Manifest(
        bundle_id=str(uuid.uuid4()), kind=kind, sender=card.fingerprint, sender_name=card.name,
        sequence=sequence + 1, previous_sha256=previous, recipients=tuple(recipients),
        created_at=created.isoformat().replace("+00:00", "Z"),
        members=tuple(Member(e.name, e.sha256, e.size) for e in entries), receipt=receipt)
    manifest_bytes = manifest.to_bytes()
    signature = keys.sign(manifest_bytes, NAMESPACE).encode("ascii")
    total = sum(e.size for e in entries) + len(manifest_bytes)
    mtime = int(created.timestamp())

    def produce(sink: BinaryIO) -> None:
        done = 0

        def advance(size: int) -> None:
            nonlocal done
            done += size
            progress(done, total)

        # Not the stream mode ("w|"): its buffer copies every byte once more; the sink
        # counts what it was given, which is all tarfile needs to write straight to it.
        with tarfile.TarFile(fileobj=sink, mode="w", format=tarfile.USTAR_FORMAT,
                             copybufsize=COPY_BYTES) as tar:
            for name, data in ((MANIFEST, manifest_bytes), (SIGNATURE, signature)):
                tar.addfile(_tar_info(name, len(data), mtime), io.BytesIO(data))
            for entry in entries:
                if cancelled():
                    raise Cancelled()
                info = _tar_info(entry.name, entry.size, mtime)
                if entry.data is not None or entry.departure is not None:
                    data = entry.data if entry.data is not None else (
                        OutgoingFiles(archive).rebuilt_again(entry.departure))  # type: ignore[arg-type]
                    tar.addfile(info, io.BytesIO(data))
                    advance(entry.size)
                    continue
                assert entry.attachment_id is not None  # neither data nor a copy: a file
                with closing(archive.attachments.chunks(entry.attachment_id)) as chunks:
                    tar.addfile(info, _Checked(chunks, entry, cancelled, advance))

    part = out.with_name(out.name + ".part")
    manifest_sha = sha256(manifest_bytes)
    committed = False
    try:
        _write_part(part, produce, recipients)
        with archive.database.transaction() as conn:
            ledger(conn, manifest.bundle_id, manifest.sequence, manifest_sha)
        committed = True
        os.replace(part, out)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        if committed:  # the rename failed: the number goes back, as nothing was sent
            with archive.database.transaction() as conn:
                store.forget_sent(conn, manifest.bundle_id)
        if isinstance(exc, OSError):
            raise CannotWrite(out, exc.strerror or str(exc)) from None
        raise
    # After the rename, never undo: the bundle is in place and the ledger holds it.
    _sync_folder(out.parent)
    return manifest.bundle_id, manifest.sequence, manifest_sha, out.stat().st_size


def _write_part(part: Path, produce: Callable[[BinaryIO], None],
                recipients: Sequence[str]) -> None:
    part.unlink(missing_ok=True)
    with new_private_file(part) as handle:
        encrypt_stream(produce, handle, recipients)
        handle.flush()
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows it (POSIX); best effort, since the
    bundle is already complete under its name."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder
    finally:
        os.close(fd)


class _Checked:
    """An attachment read out of the vault for tarfile, which asks for ``COPY_BYTES`` at a
    time (the vault's chunk size, so a chunk usually passes through uncopied). Each byte
    is hashed once, as it goes by; the file is refused (ExportRefused, and no bundle is
    written) if it ends early, runs long, or no longer matches its recorded SHA-256."""

    def __init__(self, chunks: Generator[bytes, None, None], entry: _Entry,
                 cancelled: Callable[[], bool], advance: Callable[[int], None]):
        self._chunks, self._cancelled, self._advance = chunks, cancelled, advance
        self._digest, self._expected = hashlib.sha256(), entry.sha256
        self._left = entry.size
        self._pending = memoryview(b"")

    def read(self, size: int = -1, /) -> bytes:
        size = self._left if size < 0 else min(size, self._left)
        if not self._pending and size:
            chunk = self._next()
            if len(chunk) == size:  # the usual case: one whole chunk, handed on as it is
                self._done(size)
                return chunk
            self._pending = memoryview(chunk)
        parts = []
        wanted = size
        while wanted:
            if not self._pending:
                self._pending = memoryview(self._next())
            piece, self._pending = self._pending[:wanted], self._pending[wanted:]
            parts.append(piece)
            wanted -= len(piece)
        self._done(size)
        return b"".join(parts)

    def _next(self) -> bytes:
        if self._cancelled():  # asked between chunks, so Cancel works inside a large file
            raise Cancelled()
        chunk = next(self._chunks, None)
        if not chunk:
            raise _changed()
        self._digest.update(chunk)
        return chunk

    def _done(self, size: int) -> None:
        self._left -= size
        self._advance(size)
        if self._left == 0 and (self._pending or next(self._chunks, None) is not None
                                or self._digest.hexdigest() != self._expected):
            raise _changed()


def _changed() -> ExportRefused:
    return ExportRefused(_("An attachment in the vault no longer matches its recorded "
                           "SHA-256; the bundle was not written."))


def export_bundle(archive: Archive, to: Sequence[str], out: Path, *, since_last: bool,
                  progress: Progress = no_progress,
                  cancelled: Callable[[], bool] = lambda: False) -> ExportResult:
    """Seal the incidents for the contacts named ``to`` (and this vault) into ``out``."""
    if not to:
        raise ExportRefused(_("Name at least one contact to send the bundle to."))
    contacts = [archive.contacts.get(name) for name in dict.fromkeys(to)]
    refuse_revoked_recipients(contacts)
    own = archive.keys().age_recipient
    their = [c.age_recipient for c in contacts]
    with archive.database.reading() as conn:
        items = store.outgoing(conn, their, since_last)
    if not items:
        return ExportResult(None, None, 0, 0, 0, 0)
    entries: list[_Entry] = []
    sent: list[str] = []
    by_sha: dict[str, Departure] = {}
    files = OutgoingFiles(archive)  # photos leave as copies rebuilt from their pixels
    for item in items:
        leaving = {a["id"]: files.departure(a) for a in item.attachments if a["include"]}
        record = {**item.record, "attachments": [
            leaving[a["id"]].descriptor if a["id"] in leaving else a
            for a in item.record["attachments"]]}
        data = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        entries.append(_Entry(f"records/{item.incident_id}.json", len(data), sha256(data), data))
        sent.append(f"{item.incident_id}@{item.revision_id}")
        for departure in leaving.values():
            sent.append(f"attachment:{departure.attachment_id}")
            by_sha.setdefault(departure.sha256, departure)
    entries += [_Entry(f"attachments/{sha}", d.size, sha, data=d.data,
                       attachment_id=d.attachment_id,
                       departure=d if d.rebuilt and d.data is None else None)
                for sha, d in by_sha.items()]
    recipients = list(dict.fromkeys([*their, own]))

    def ledger(conn: Any, bundle_id: str, sequence: int, manifest_sha: str) -> None:
        store.record_sent(conn, bundle_id, sequence, "incidents", manifest_sha, their, sent)

    bundle_id, sequence, _sha, size = write_bundle(
        archive, recipients, out, "incidents", entries, None, ledger, progress, cancelled)
    return ExportResult(out, bundle_id, sequence, len(items), len(by_sha), size)
