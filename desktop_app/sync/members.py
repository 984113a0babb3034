"""A bundle's members after its manifest: checked against what was signed, and stored
in the open transaction (records merged in batches, attachments streamed in chunks).

Shared by the import of a bundle of incidents (``importer``), of the originals a forward
carries (``forward_import``) and of an update (``updates``).
"""

from __future__ import annotations

import hashlib
import tarfile
from typing import Any

from desktop_app.core.language import _
from desktop_app.crypto.age_stream import AgeFailure, DecryptingReader
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive
from desktop_app.storage.database import small_cache
from desktop_app.storage.network_store import keep_original_records
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync.errors import BundleRejected
from desktop_app.sync.merge import merge_records
from desktop_app.sync.records import parse_record
from desktop_app.sync.report import ImportReport

CHUNK = 1024 * 1024
RECORD_BATCH = 500  # records merged per batch: few statements, bounded memory


def read_member(tar: tarfile.TarFile, info: tarfile.TarInfo, cap: int) -> bytes:
    if info.size > cap:
        raise BundleRejected(too_large(info.name))
    handle = tar.extractfile(info)
    assert handle is not None
    return handle.read()


def too_large(member: str) -> str:
    return _("The bundle's {member} is larger than allowed; it was not imported.").format(
        member=member)


class RecordKeeper:
    """What ``store_members`` hands each record, to keep it as signed: kept a batch at a
    time, just before the batch is merged (one statement per batch, not two per record),
    never the record of an incident deleted here (its original can then not be
    forwarded)."""

    def __init__(self, conn: Any, bundle_id: str):
        self.conn, self.bundle_id = conn, bundle_id
        self.pending: list[tuple[str, bytes]] = []

    def __call__(self, name: str, data: bytes) -> None:
        self.pending.append((name, data))

    def flush(self) -> None:
        if self.pending:
            keep_original_records(self.conn, self.bundle_id, self.pending)
            self.pending = []


def finish(reader: DecryptingReader) -> None:
    """The whole file authenticated by age (its last chunk included), or BundleRejected."""
    try:
        reader.finish()
    except AgeFailure as exc:
        raise BundleRejected(str(exc)) from None


def check_member(info: tarfile.TarInfo, listed: dict[str, fmt.Member], seen: set[str],
                  manifest: fmt.Manifest) -> tuple[str, fmt.Member]:
    """A member's kind and manifest entry, once its name, type and size are as signed."""
    if not info.isreg():
        raise BundleRejected(_("The bundle holds a link or folder, which bundles never do; "
                               "it was not imported."))
    kind = fmt.member_kind(info.name, manifest.kind)
    entry = listed.get(info.name)
    if entry is None or info.name in seen:
        raise BundleRejected(_("The bundle holds a file its manifest does not list (or lists "
                               "once); it was not imported."))
    if info.size != entry.size or manifest.kind == "receipt":
        raise BundleRejected(_("A file in the bundle differs from its manifest; it was not "
                               "imported."))
    seen.add(info.name)
    return kind, entry


def verify_members(tar: tarfile.TarFile, members: Any, listed: dict[str, fmt.Member],
                    manifest: fmt.Manifest) -> None:
    """Every member checked against the manifest as an import would, nothing stored."""
    seen: set[str] = set()
    for info in members:
        kind, entry = check_member(info, listed, seen, manifest)
        cap = fmt.MAX_ATTACHMENT_BYTES if kind == "attachment" else fmt.MAX_RECORD_BYTES
        if info.size > cap:
            raise BundleRejected(too_large(info.name))
        handle = tar.extractfile(info)
        assert handle is not None
        digest = hashlib.sha256()
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
        if digest.hexdigest() != entry.sha256:
            raise BundleRejected(_("A file in the bundle was changed after it was signed; it "
                                   "was not imported."))
    if set(listed) - seen:
        raise BundleRejected(_("The bundle is missing files its manifest lists; it was not "
                               "imported."))


def store_members(archive: Archive, conn: Any, tar: tarfile.TarFile, members: Any,
                   listed: dict[str, fmt.Member], manifest: fmt.Manifest,
                   report: ImportReport,
                   keep: RecordKeeper | None = None) -> set[str]:
    seen: set[str] = set()
    wanted: list[dict[str, Any]] = []
    attachments_started = False  # records must all come first
    pending: list[dict[str, Any]] = []  # records checked, waiting to be merged as a batch
    for info in members:
        kind, entry = check_member(info, listed, seen, manifest)
        if kind == "record":
            if attachments_started:
                raise BundleRejected(_("The bundle's files are out of order; it was not imported."))
            data = read_member(tar, info, fmt.MAX_RECORD_BYTES)
            if fmt.sha256(data) != entry.sha256:
                raise BundleRejected(_("A record in the bundle was changed after it was signed; "
                                       "it was not imported."))
            if keep is not None:
                keep(info.name, data)
            named = fmt.RECORD.match(info.name)
            assert named is not None  # member_kind() said it is a record
            incident_id = named.group(1)
            record = parse_record(data, incident_id)
            pending.append(record)
            report.items.append((incident_id, record["revisions"][-1]["id"]))
            wanted.extend(record["attachments"])
            if len(pending) >= RECORD_BATCH:
                merge(archive, conn, pending, manifest, report, keep)
        else:
            if not attachments_started:  # attachments need their incidents stored
                merge(archive, conn, pending, manifest, report, keep)
            attachments_started = True
            store_attachment(conn, tar, info, entry, wanted, report)
    merge(archive, conn, pending, manifest, report, keep)
    if wanted:
        present = store.existing_incident_ids(conn, [a["incident_id"] for a in wanted])
        report.attachments_missing += len(store.missing_attachments(conn, present, wanted))
    return seen


def merge(archive: Archive, conn: Any, pending: list[dict[str, Any]], manifest: fmt.Manifest,
           report: ImportReport, keep: RecordKeeper | None = None) -> None:
    """Merge the records read so far in one batch (kept as signed first), and forget them."""
    if keep is not None:
        keep.flush()
    if pending:
        for outcome in merge_records(conn, archive.incidents, pending, manifest.sender):
            report.count(outcome)
        pending.clear()


def store_attachment(conn: Any, tar: tarfile.TarFile, info: tarfile.TarInfo,
                      entry: fmt.Member, wanted: list[dict[str, Any]],
                      report: ImportReport) -> None:
    if info.size > fmt.MAX_ATTACHMENT_BYTES:
        raise BundleRejected(_("An attachment in the bundle is larger than allowed; it was not "
                               "imported."))
    present = store.existing_incident_ids(conn, [a["incident_id"] for a in wanted])
    targets = [a for a in store.missing_attachments(conn, present, wanted)
               if a["sha256"] == entry.sha256 and a["size"] == entry.size]
    if targets:
        store.add_attachment_row(conn, targets[0])
    handle = tar.extractfile(info)
    assert handle is not None
    digest, seq = hashlib.sha256(), 0
    with small_cache(conn):
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            if targets:
                store.add_chunk(conn, targets[0]["id"], seq, chunk)
            seq += 1
    if digest.hexdigest() != entry.sha256:
        raise BundleRejected(_("An attachment in the bundle was changed after it was signed; it "
                               "was not imported."))
    for other in targets[1:]:
        store.add_attachment_row(conn, other)
        store.copy_chunks(conn, targets[0]["id"], other["id"])
    report.attachments_added += len(targets)
    wanted[:] = [a for a in wanted if a not in targets]
