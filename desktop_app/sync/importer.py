"""Opening a bundle: every check in order, then one transaction, or nothing at all.

1. size cap; 2. the age header read strictly (no passphrase stanzas, known recipients
only, caps) before any decryption; 3. decryption as a stream; 4. the manifest's SSH
signature against a trusted contact, this vault among its recipients; 5. the sender's
chain (gaps and forks reported; a bundle imported before is checked through like any
other, then answered "imported before"); 6. the remaining members by strict name
patterns and sizes, streamed into the open transaction with every hash checked;
7. the whole file authenticated by age; then commit. Any failure rolls everything back.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.language import _
from desktop_app.crypto.age_header import AgeFormatError, read_header
from desktop_app.crypto.age_stream import AgeFailure, DecryptingReader
from desktop_app.crypto.sshsig import BadSignature, parse_public_key_line, verify
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive
from desktop_app.storage.database import IdClash, small_cache
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync.chain import fork_warnings, gap_sentence
from desktop_app.sync.errors import BundleRejected, OwnBundle
from desktop_app.sync.merge import merge_records
from desktop_app.sync.records import parse_record
from desktop_app.sync.report import ImportReport
from desktop_app.sync.revocation import refuse_revoked_signer
from desktop_app.sync.streams import Cancelled, CountingReader, Progress, no_progress

CHUNK = 1024 * 1024
RECORD_BATCH = 500  # records merged per batch: few statements, bounded memory


def _check_header_policy(header: Any) -> None:
    """X25519 recipients only. The one exception is a "grease" stanza (type ending in
    -grease), which rage adds to keep readers tolerant; it carries nothing and is capped."""
    types = [s.type for s in header.stanzas]
    if "scrypt" in types:
        raise BundleRejected(_("This file is locked with a passphrase; Tirkeu bundles never are, "
                               "so it was not opened."))
    grease = [s for s in header.stanzas if s.type.endswith("-grease")]
    recipients = [s for s in header.stanzas if s.type == "X25519"]
    if len(grease) + len(recipients) != len(types) or len(grease) > 2:
        raise BundleRejected(_("This file is encrypted to a kind of key Tirkeu does not use; "
                               "it was not opened."))
    if not recipients or len(recipients) > fmt.MAX_RECIPIENTS:
        raise BundleRejected(_("This file names more recipients than a bundle may; it was not "
                               "opened."))
    if (any(len(s.args) != 1 or len(s.body) != 32 for s in recipients)
            or any(len(s.body) > 256 or len(s.args) > 4 for s in grease)):
        raise BundleRejected(_("This file's recipient list is malformed; it was not opened."))


def _read_member(tar: tarfile.TarFile, info: tarfile.TarInfo, cap: int) -> bytes:
    if info.size > cap:
        raise BundleRejected(_too_large(info.name))
    handle = tar.extractfile(info)
    assert handle is not None
    return handle.read()


def _too_large(member: str) -> str:
    return _("The bundle's {member} is larger than allowed; it was not imported.").format(
        member=member)


def _expect(info: tarfile.TarInfo | None, name: str) -> tarfile.TarInfo:
    if info is None or info.name != name or not info.isreg():
        raise BundleRejected(_("The bundle does not start with its {member}; it was not "
                               "imported.").format(member=name))
    return info


def open_bundle(archive: Archive, path: Path, *, progress: Progress = no_progress,
                cancelled: Callable[[], bool] = lambda: False) -> ImportReport:
    """Import one bundle or receipt; BundleRejected (one sentence) if any check fails."""
    try:
        size = path.stat().st_size
        raw = open(path, "rb")  # noqa: SIM115 - closed in finally
    except OSError as exc:
        raise BundleRejected(_("Cannot read {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from None
    try:
        if size > fmt.MAX_BUNDLE_BYTES:
            raise BundleRejected(_("This file is larger than any bundle may be; it was not "
                                   "opened."))
        source = io.BufferedReader(CountingReader(raw, size, progress, cancelled), CHUNK)
        try:
            header = read_header(source)
        except AgeFormatError as exc:
            raise BundleRejected(_("This is not a Tirkeu bundle ({reason}).").format(
                reason=exc)) from None
        _check_header_policy(header)
        keys = archive.keys()
        reader = DecryptingReader(header, source, [keys.age_identity])
        try:
            return _read_tar(archive, keys, reader)
        except (BundleRejected, Cancelled):
            reader.abandon()
            raise
        except (tarfile.TarError, AgeFailure, EOFError, OSError) as exc:
            reader.abandon()
            try:
                reader.finish()
            except AgeFailure as failure:
                raise BundleRejected(str(failure)) from None
            raise BundleRejected(_("The bundle's contents are damaged; it was not "
                                   "imported.")) from exc
    finally:
        raw.close()


def _read_tar(archive: Archive, keys: Any, reader: DecryptingReader) -> ImportReport:
    # A stream over ``reader`` (which open_bundle closes): nothing is ever extracted, and
    # the TarFile holds nothing else to close.
    tar = tarfile.open(fileobj=reader, mode="r|")  # noqa: SIM115
    members = iter(tar)
    manifest_bytes = _read_member(tar, _expect(next(members, None), fmt.MANIFEST),
                                  fmt.MAX_MANIFEST_BYTES)
    signature = _read_member(tar, _expect(next(members, None), fmt.SIGNATURE),
                             fmt.MAX_SIGNATURE_BYTES)
    manifest = fmt.parse_manifest(manifest_bytes)
    own = keys.card()
    if manifest.sender == own.fingerprint:
        raise OwnBundle(_("This bundle was made by this vault; there is nothing to import."))
    # By key, before the chain or the replay check: a thief holding it sets any date.
    refuse_revoked_signer(archive, manifest, manifest_bytes, signature)
    contact = archive.contacts.by_fingerprint(manifest.sender)
    if contact is None:
        raise BundleRejected(_("This bundle is signed by someone who is not among your trusted "
                               "contacts; it was not imported."))
    if not contact.trusted_signer:
        raise BundleRejected(_("This bundle is signed by {name}, whose bundles you have not "
                               "chosen to accept (mark them as a trusted signer to import it); "
                               "it was not imported.").format(name=contact.name))
    try:
        verify(manifest_bytes, signature, parse_public_key_line(contact.ssh_key), fmt.NAMESPACE)
    except BadSignature as exc:
        raise BundleRejected(_("This bundle's signature from {name} is not valid: {reason} "
                               "It was not imported.").format(name=contact.name,
                                                              reason=exc)) from None
    if manifest.kind == "receipt" and not contact.coordinator:
        raise BundleRejected(_("This receipt is from {name}, who is not one of your "
                               "coordinators; it was not imported.").format(name=contact.name))
    if own.age_recipient not in manifest.recipients:
        raise BundleRejected(_("This bundle from {name} was not addressed to this vault; it "
                               "was not imported.").format(name=contact.name))
    manifest_sha = fmt.sha256(manifest_bytes)
    report = ImportReport(bundle_id=manifest.bundle_id, sender=contact.name,
                          kind=manifest.kind, sequence=manifest.sequence)
    if manifest.kind == "receipt" and manifest.members:
        raise BundleRejected(_("This receipt holds files, which receipts never do; it was not "
                               "imported."))
    listed = {m.name: m for m in manifest.members}
    with archive.database.reading() as conn:
        replay = store.already_imported(conn, manifest.bundle_id, manifest_sha)
        chain = store.received_chain(conn, manifest.sender)
    if replay:
        # Said only once every member and the whole file are checked: a tampered copy of a
        # bundle imported before is damaged, not "imported before".
        _verify_members(tar, members, listed, manifest)
        _finish(reader)
        report.already_imported = True
        return report
    # Any bundle not imported yet is imported, whatever its number: bundles arrive out of
    # order, and merging decides per incident which revision is newest.
    report.warnings += fork_warnings(contact.name, chain, manifest.sequence, manifest_sha,
                                     manifest.previous_sha256)
    gap = gap_sentence(contact.name, [b.sequence for b in chain] + [manifest.sequence])
    if gap:
        report.warnings.append(gap)
    try:
        _commit(archive, reader, tar, members, listed, manifest, manifest_sha, report)
    except IdClash:
        raise BundleRejected(_("The bundle reuses an id that already belongs to other records "
                               "here; it was not imported.")) from None
    return report


def _commit(archive: Archive, reader: DecryptingReader, tar: tarfile.TarFile, members: Any,
            listed: dict[str, fmt.Member], manifest: fmt.Manifest, manifest_sha: str,
            report: ImportReport) -> None:
    with archive.database.transaction() as conn:
        seen = _store_members(archive, conn, tar, members, listed, manifest, report)
        if set(listed) - seen:
            raise BundleRejected(_("The bundle is missing files its manifest lists; it was not "
                                   "imported."))
        _finish(reader)
        if manifest.kind == "receipt":
            report.delivered = store.record_deliveries(conn, manifest.sender,
                                                      _receipt_items(manifest.receipt))
        store.record_received(conn, manifest.bundle_id, manifest.sender, manifest.sequence,
                              manifest.kind, manifest_sha, manifest.previous_sha256,
                              report.as_json())


def _receipt_items(receipt: dict[str, Any] | None) -> list[tuple[str, str]]:
    items = (receipt or {}).get("delivered")
    if not isinstance(items, list) or not all(
            isinstance(i, list) and len(i) == 2 and all(isinstance(x, str) for x in i)
            for i in items):
        raise BundleRejected(_("The receipt is malformed; it was not imported."))
    return [(i[0], i[1]) for i in items]


def _finish(reader: DecryptingReader) -> None:
    """The whole file authenticated by age (its last chunk included), or BundleRejected."""
    try:
        reader.finish()
    except AgeFailure as exc:
        raise BundleRejected(str(exc)) from None


def _check_member(info: tarfile.TarInfo, listed: dict[str, fmt.Member], seen: set[str],
                  manifest: fmt.Manifest) -> tuple[str, fmt.Member]:
    """A member's kind and manifest entry, once its name, type and size are as signed."""
    if not info.isreg():
        raise BundleRejected(_("The bundle holds a link or folder, which bundles never do; "
                               "it was not imported."))
    kind = fmt.member_kind(info.name)
    entry = listed.get(info.name)
    if entry is None or info.name in seen:
        raise BundleRejected(_("The bundle holds a file its manifest does not list (or lists "
                               "once); it was not imported."))
    if info.size != entry.size or manifest.kind == "receipt":
        raise BundleRejected(_("A file in the bundle differs from its manifest; it was not "
                               "imported."))
    seen.add(info.name)
    return kind, entry


def _verify_members(tar: tarfile.TarFile, members: Any, listed: dict[str, fmt.Member],
                    manifest: fmt.Manifest) -> None:
    """Every member checked against the manifest as an import would, nothing stored."""
    seen: set[str] = set()
    for info in members:
        kind, entry = _check_member(info, listed, seen, manifest)
        cap = fmt.MAX_RECORD_BYTES if kind == "record" else fmt.MAX_ATTACHMENT_BYTES
        if info.size > cap:
            raise BundleRejected(_too_large(info.name))
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


def _store_members(archive: Archive, conn: Any, tar: tarfile.TarFile, members: Any,
                   listed: dict[str, fmt.Member], manifest: fmt.Manifest,
                   report: ImportReport) -> set[str]:
    seen: set[str] = set()
    wanted: list[dict[str, Any]] = []
    attachments_started = False  # records must all come first
    pending: list[dict[str, Any]] = []  # records checked, waiting to be merged as a batch
    for info in members:
        kind, entry = _check_member(info, listed, seen, manifest)
        if kind == "record":
            if attachments_started:
                raise BundleRejected(_("The bundle's files are out of order; it was not imported."))
            data = _read_member(tar, info, fmt.MAX_RECORD_BYTES)
            if fmt.sha256(data) != entry.sha256:
                raise BundleRejected(_("A record in the bundle was changed after it was signed; "
                                       "it was not imported."))
            named = fmt.RECORD.match(info.name)
            assert named is not None  # member_kind() said it is a record
            incident_id = named.group(1)
            record = parse_record(data, incident_id)
            pending.append(record)
            report.items.append((incident_id, record["revisions"][-1]["id"]))
            wanted.extend(record["attachments"])
            if len(pending) >= RECORD_BATCH:
                _merge(archive, conn, pending, manifest, report)
        else:
            if not attachments_started:  # attachments need their incidents stored
                _merge(archive, conn, pending, manifest, report)
            attachments_started = True
            _store_attachment(conn, tar, info, entry, wanted, report)
    _merge(archive, conn, pending, manifest, report)
    if wanted:
        present = store.existing_incident_ids(conn, [a["incident_id"] for a in wanted])
        report.attachments_missing += len(store.missing_attachments(conn, present, wanted))
    return seen


def _merge(archive: Archive, conn: Any, pending: list[dict[str, Any]], manifest: fmt.Manifest,
           report: ImportReport) -> None:
    """Merge the records read so far in one batch, and forget them."""
    if pending:
        for outcome in merge_records(conn, archive.incidents, pending, manifest.sender):
            report.count(outcome)
        pending.clear()


def _store_attachment(conn: Any, tar: tarfile.TarFile, info: tarfile.TarInfo,
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
