"""Opening a bundle: every check in order, then one transaction, or nothing at all.

1. size cap; 2. the age header read strictly (no passphrase stanzas, known recipients
only, caps) before any decryption; 3. decryption as a stream; 4. the manifest's SSH
signature against a trusted contact, this vault among its recipients; 5. the sender's
chain (gaps and forks reported; a bundle imported before is checked through like any
other, then answered "imported before"); 6. the remaining members by strict name
patterns and sizes, streamed into the open transaction with every hash checked;
7. the whole file authenticated by age; then commit. Any failure rolls everything back.
A forward (``forward_import``) and an update (``updates``) pass 1–5 here, from a
coordinator contact only, and are then stored by their own module. A bundle of incidents
is kept as signed (``storage/network_store``), so that it can be forwarded.
"""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.language import _
from desktop_app.crypto.age_header import AgeFormatError, read_header
from desktop_app.crypto.age_stream import AgeFailure, DecryptingReader
from desktop_app.crypto.identity import ContactCard
from desktop_app.crypto.sshsig import BadSignature, parse_public_key_line, verify
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive
from desktop_app.storage.database import IdClash
from desktop_app.storage.network_store import Original, keep_original
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync import known_files
from desktop_app.sync.chain import fork_warnings, gap_sentence
from desktop_app.sync.errors import BundleRejected, OwnBundle
from desktop_app.sync.forward_import import import_forward
from desktop_app.sync.members import (
    RecordKeeper,
    finish,
    read_member,
    store_members,
    verify_members,
)
from desktop_app.sync.report import ImportReport
from desktop_app.sync.revocation import refuse_revoked_signer
from desktop_app.sync.streams import Cancelled, CountingReader, Progress, no_progress
from desktop_app.sync.updates import import_update

CHUNK = 1024 * 1024


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


def _expect(info: tarfile.TarInfo | None, name: str) -> tarfile.TarInfo:
    if info is None or info.name != name or not info.isreg():
        raise BundleRejected(_("The bundle does not start with its {member}; it was not "
                               "imported.").format(member=name))
    return info


def open_bundle(archive: Archive, path: Path, *, progress: Progress = no_progress,
                cancelled: Callable[[], bool] = lambda: False,
                sha256: str | None = None) -> ImportReport:
    """Import one bundle or receipt; BundleRejected (one sentence) if any check fails.
    ``sha256``: the file's, when the caller has it already (the shared-folder pass), so
    the file is not read twice to learn whether it was imported before."""
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
        known = known_files.known_again(archive, path, size, sha256)
        if known is not None:
            progress(size, size)
            return known
        counted = CountingReader(raw, size, progress, cancelled)
        source = io.BufferedReader(counted, CHUNK)
        try:
            header = read_header(source)
        except AgeFormatError as exc:
            raise BundleRejected(_("This is not a Tirkeu bundle ({reason}).").format(
                reason=exc)) from None
        _check_header_policy(header)
        keys = archive.keys()
        reader = DecryptingReader(header, source, [keys.age_identity])
        try:
            report = _read_tar(archive, keys, reader)
            if not report.already_imported and counted.done == size:
                # The bytes really read, not ``sha256``: the file may have changed since.
                known_files.remember(archive, report, counted.digest.hexdigest(), size)
            return report
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
    manifest_bytes = read_member(tar, _expect(next(members, None), fmt.MANIFEST),
                                  fmt.MAX_MANIFEST_BYTES)
    signature = read_member(tar, _expect(next(members, None), fmt.SIGNATURE),
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
    if manifest.kind in ("forward", *fmt.UPDATE_KINDS) and not contact.coordinator:
        raise BundleRejected(_not_a_coordinator(manifest.kind, contact.name))
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
        verify_members(tar, members, listed, manifest)
        finish(reader)
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
        if manifest.kind == "forward":
            import_forward(archive, reader, tar, members, listed, manifest, manifest_sha,
                           report)
        elif manifest.kind in fmt.UPDATE_KINDS:
            import_update(archive, reader, tar, members, listed, manifest, manifest_sha,
                          report)
        else:
            original = Original(manifest.bundle_id, manifest.sender, manifest.sequence,
                                manifest_bytes, signature, _card_of(contact))
            _commit(archive, reader, tar, members, listed, manifest, manifest_sha, report,
                    original)
    except IdClash:
        raise BundleRejected(_("The bundle reuses an id that already belongs to other records "
                               "here; it was not imported.")) from None
    return report


def _not_a_coordinator(kind: str, name: str) -> str:
    if kind == "vocabulary":
        return _("This vocabulary update is from {name}, who is not one of your "
                 "coordinators; nothing was changed.").format(name=name)
    if kind == "revocations":
        return _("This revocation list is from {name}, who is not one of your "
                 "coordinators; nothing was changed.").format(name=name)
    return _("This forwarded bundle is from {name}, who is not one of your coordinators; "
             "it was not imported.").format(name=name)


def _card_of(contact: Any) -> str:
    """The contact's public card as JSON: kept with an original, forwarded with it."""
    card = ContactCard(contact.name, contact.age_recipient, contact.ssh_key)
    return json.dumps(card.to_json(), ensure_ascii=False)


def _commit(archive: Archive, reader: DecryptingReader, tar: tarfile.TarFile, members: Any,
            listed: dict[str, fmt.Member], manifest: fmt.Manifest, manifest_sha: str,
            report: ImportReport, original: Original | None = None) -> None:
    """Store the members and the ledger entry in one transaction. A bundle of incidents
    is kept as signed (``original``), so that it can be forwarded."""
    with archive.database.transaction() as conn:
        keep = None
        if (original is not None and manifest.kind == "incidents"
                and keep_original(conn, original)):
            keep = RecordKeeper(conn, original.bundle_id)
        seen = store_members(archive, conn, tar, members, listed, manifest, report, keep)
        if set(listed) - seen:
            raise BundleRejected(_("The bundle is missing files its manifest lists; it was not "
                                   "imported."))
        finish(reader)
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


