"""Opening a forward: original bundles a coordinator passes on, each with its signer's own
signature, checked here as if it had come straight from its signer.

The forward itself has been checked by ``importer`` as any bundle is: its signer is a
coordinator contact, its signature is good, it is addressed to this vault. Each original
it carries (``forwarded/<bundle id>/``: the signer's manifest, its signature, the signer's
card as the forwarder knows it, then its records and attachments) is checked against this
vault's own contact for its signer when there is one (the card is then ignored), else
against the forwarded card; a revoked signer, a bad signature or a member that differs
from what the signer signed refuses the whole forward. An original imported before
(directly or by another forward) is checked through and changes nothing. Everything is
one transaction, committed only once the whole file is authenticated.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Iterator
from typing import Any

from desktop_app.core.language import _
from desktop_app.crypto.age_stream import DecryptingReader
from desktop_app.crypto.identity import BadCard, ContactCard, parse_card
from desktop_app.crypto.sshsig import BadSignature, parse_public_key_line, verify
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive
from desktop_app.storage.network_store import Original, keep_original
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync.chain import fork_warnings, gap_sentence
from desktop_app.sync.errors import BundleRejected
from desktop_app.sync.members import RecordKeeper, finish, store_members, verify_members
from desktop_app.sync.report import ImportReport
from desktop_app.sync.revocation import refuse_revoked_signer

CARD_BYTES = 64 * 1024


class _Members:
    """The forward's members one at a time, with one handed back when a group ends."""

    def __init__(self, members: Iterator[tarfile.TarInfo], listed: dict[str, fmt.Member]):
        self._members, self._listed = members, listed
        self._back: tarfile.TarInfo | None = None
        self.seen: set[str] = set()

    def next(self) -> tarfile.TarInfo | None:
        if self._back is not None:
            info, self._back = self._back, None
            return info
        found: tarfile.TarInfo | None = next(self._members, None)
        if found is None:
            return None
        info = found
        entry = self._listed.get(info.name)
        if (not info.isreg() or entry is None or info.name in self.seen
                or info.size != entry.size):
            raise BundleRejected(_("A file in the forwarded bundle differs from its manifest; "
                                   "it was not imported."))
        self.seen.add(info.name)
        return info

    def give_back(self, info: tarfile.TarInfo) -> None:
        self._back = info

    def group(self, prefix: str) -> Iterator[tarfile.TarInfo]:
        """The members under ``prefix``, named as in the original (the prefix taken off)."""
        while (info := self.next()) is not None:
            if not info.name.startswith(prefix):
                self.give_back(info)
                return
            info.name = info.name[len(prefix):]
            yield info


def _part(tar: tarfile.TarFile, members: _Members, name: str, cap: int,
          listed: dict[str, fmt.Member]) -> bytes:
    info = members.next()
    if info is None or info.name != name:
        raise BundleRejected(_("The forwarded bundle's files are out of order; it was not "
                               "imported."))
    if info.size > cap:
        raise BundleRejected(_("The bundle's {member} is larger than allowed; it was not "
                               "imported.").format(member=name))
    handle = tar.extractfile(info)
    assert handle is not None
    data = handle.read()
    if fmt.sha256(data) != listed[name].sha256:
        raise BundleRejected(_("A file in the bundle was changed after it was signed; it "
                               "was not imported."))
    return data


def _signer(archive: Archive, inner: fmt.Manifest, manifest: bytes, signature: bytes,
            card_bytes: bytes, forwarder: str) -> tuple[str, str, list[str]]:
    """Who signed the original (name, card JSON to keep, warnings), once their signature
    is checked; BundleRejected if it is not theirs, or their key is revoked here."""
    refuse_revoked_signer(archive, inner, manifest, signature)
    contact = archive.contacts.by_fingerprint(inner.sender)
    warnings: list[str] = []
    if contact is not None:
        if not contact.trusted_signer:
            raise BundleRejected(_("{forwarder} forwarded a bundle signed by {name}, whose "
                                   "bundles you have not chosen to accept; nothing was "
                                   "imported.").format(forwarder=forwarder, name=contact.name))
        card = ContactCard(contact.name, contact.age_recipient, contact.ssh_key)
    else:
        try:
            card = parse_card(card_bytes)
        except BadCard as exc:
            raise BundleRejected(_("The card forwarded with a bundle is not valid ({reason}); "
                                   "nothing was imported.").format(reason=exc)) from None
        if card.fingerprint != inner.sender:
            raise BundleRejected(_("The card {forwarder} forwarded with a bundle is not its "
                                   "signer's; nothing was imported.").format(
                forwarder=forwarder))
        if archive.revocations.matching(ssh_key=card.ssh_key,
                                        age_recipient=card.age_recipient) is not None:
            raise BundleRejected(_("{forwarder} forwarded a bundle signed by a key you "
                                   "revoked; nothing was imported.").format(
                forwarder=forwarder))
        warnings.append(_("{name} is not among your contacts: their signature was checked "
                          "against the card {forwarder} forwarded with it.").format(
            name=card.name, forwarder=forwarder))
    try:
        verify(manifest, signature, parse_public_key_line(card.ssh_key), fmt.NAMESPACE)
    except BadSignature as exc:
        raise BundleRejected(_("The bundle {forwarder} forwarded does not carry a valid "
                               "signature of {name}: {reason} Nothing was imported.").format(
            forwarder=forwarder, name=card.name, reason=exc)) from None
    return card.name, json.dumps(card.to_json(), ensure_ascii=False), warnings


def import_forward(archive: Archive, reader: DecryptingReader, tar: tarfile.TarFile,
                   members: Any, listed: dict[str, fmt.Member], manifest: fmt.Manifest,
                   manifest_sha: str, report: ImportReport) -> None:
    """Import every original the forward carries, in one transaction, or nothing."""
    own = archive.keys().card().fingerprint
    stream = _Members(members, listed)
    with archive.database.transaction() as conn:
        while (first := stream.next()) is not None:
            stream.give_back(first)
            named = fmt.FORWARDED.match(first.name)
            assert named is not None  # the manifest's names were checked by kind
            prefix = f"forwarded/{named.group(1)}/"
            inner_bytes = _part(tar, stream, prefix + fmt.MANIFEST, fmt.MAX_MANIFEST_BYTES,
                                listed)
            signature = _part(tar, stream, prefix + fmt.SIGNATURE, fmt.MAX_SIGNATURE_BYTES,
                              listed)
            card = _part(tar, stream, prefix + fmt.CARD, CARD_BYTES, listed)
            inner = fmt.parse_manifest(inner_bytes)
            if inner.kind != "incidents" or inner.bundle_id != named.group(1):
                raise BundleRejected(_("The forwarded bundle's manifest is malformed; it was "
                                       "not imported."))
            report.forwarded.append(_original(archive, conn, tar, stream.group(prefix), inner,
                                              inner_bytes, signature, card, own, report.sender))
        if set(listed) - stream.seen:
            raise BundleRejected(_("The bundle is missing files its manifest lists; it was not "
                                   "imported."))
        finish(reader)
        store.record_received(conn, manifest.bundle_id, manifest.sender, manifest.sequence,
                              manifest.kind, manifest_sha, manifest.previous_sha256,
                              report.as_json())


def _original(archive: Archive, conn: Any, tar: tarfile.TarFile,
              group: Iterator[tarfile.TarInfo], inner: fmt.Manifest, inner_bytes: bytes,
              signature: bytes, card: bytes, own: str, forwarder: str) -> ImportReport:
    """One original, checked and merged (or checked through, if it is here already)."""
    listed = {m.name: m for m in inner.members}
    sha = fmt.sha256(inner_bytes)
    if inner.sender == own:  # this vault's own bundle, come back: nothing to learn
        verify_members(tar, group, listed, inner)
        return ImportReport(inner.bundle_id, archive.author, inner.kind, inner.sequence,
                            already_imported=True)
    name, card_json, warnings = _signer(archive, inner, inner_bytes, signature, card, forwarder)
    part = ImportReport(inner.bundle_id, name, inner.kind, inner.sequence, warnings=warnings)
    if store.already_imported(conn, inner.bundle_id, sha):
        verify_members(tar, group, listed, inner)
        part.already_imported = True
        part.warnings.clear()
        return part
    chain = store.received_chain(conn, inner.sender)
    part.warnings += fork_warnings(name, chain, inner.sequence, sha, inner.previous_sha256)
    gap = gap_sentence(name, [b.sequence for b in chain] + [inner.sequence])
    if gap:
        part.warnings.append(gap)
    keep = None
    if keep_original(conn, Original(inner.bundle_id, inner.sender, inner.sequence,
                                    inner_bytes, signature, card_json)):
        keep = RecordKeeper(conn, inner.bundle_id)
    seen = store_members(archive, conn, tar, group, listed, inner, part, keep)
    if set(listed) - seen:
        raise BundleRejected(_("The bundle is missing files its manifest lists; it was not "
                               "imported."))
    store.record_received(conn, inner.bundle_id, inner.sender, inner.sequence, inner.kind, sha,
                          inner.previous_sha256, part.as_json())
    return part
