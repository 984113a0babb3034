"""Forwarding: a coordinator passes the bundles it received on to another coordinator,
each exactly as its signer signed it, inside a forward signed by this vault.

Every bundle of incidents a vault imports is kept as signed (``network_store``): its
manifest, signature and records, byte for byte; its attachments are the stored ones, by
SHA-256. A forward holds, for each original, ``forwarded/<bundle id>/manifest.json``, its
``.sig``, ``card.json`` (the signer's public card as this vault knows it), then the
original's records and attachments under the same prefix. It is written like any bundle
(``export.write_bundle``): ``.part``, ledger, rename; the ledger remembers each original
as forwarded to each recipient (``forward:<bundle id>``), so the next forward carries
only what came in since.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.language import _
from desktop_app.storage import exchange_store as store
from desktop_app.storage import network_store as network
from desktop_app.storage.archive import Archive
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync.export import ExportRefused, _Entry, write_bundle
from desktop_app.sync.revocation import refuse_revoked_recipients, revoked_signer


@dataclass(frozen=True)
class ForwardResult:
    path: Path | None
    sequence: int
    bundles: int            # originals carried
    senders: tuple[str, ...]  # their signers' names
    unavailable: int        # originals that could not go: an incident or attachment is gone
    size: int
    revoked: int = 0        # originals left out: signed by a key revoked here


def forward_bundles(archive: Archive, to: Sequence[str], out: Path, *,
                    senders: Sequence[str] = ()) -> ForwardResult:
    """Forward to the coordinators ``to`` every original not forwarded to them before
    (only those signed by the contacts ``senders``, when given; never one signed by a key
    revoked here, nor by a recipient)."""
    if not to:
        raise ExportRefused(_("Name at least one contact to send the bundle to."))
    contacts = [archive.contacts.get(name) for name in dict.fromkeys(to)]
    refuse_revoked_recipients(contacts)
    for contact in contacts:
        if not contact.coordinator:
            raise ExportRefused(_("Bundles are forwarded to coordinators only, and {name} is "
                                  "not one of yours; nothing was written.").format(
                name=contact.name))
    chosen = [archive.contacts.get(name).fingerprint for name in senders] or None
    their = [c.age_recipient for c in contacts]
    theirs = {c.fingerprint for c in contacts}  # their own bundles do not go back to them
    entries: list[_Entry] = []
    forwarded: list[str] = []
    names: dict[str, str] = {}
    unavailable = revoked = 0
    with archive.database.reading() as conn:
        for original in network.originals_to_forward(conn, their, chosen):
            if original.sender in theirs:
                continue
            if revoked_signer(archive, original.sender) is not None:
                revoked += 1  # what a revoked key signed is not passed on as trusted
                continue
            parts = _entries(conn, original)
            if parts is None:
                unavailable += 1
                continue
            entries += parts
            forwarded.append(original.bundle_id)
            signer = archive.contacts.by_fingerprint(original.sender)
            names.setdefault(original.sender, signer.name if signer else
                             fmt.parse_manifest(original.manifest).sender_name)
    if not forwarded:
        return ForwardResult(None, 0, 0, (), unavailable, 0, revoked)
    recipients = list(dict.fromkeys([*their, archive.keys().age_recipient]))
    items = [network.FORWARDED + bundle_id for bundle_id in forwarded]

    def ledger(conn: Any, bundle_id: str, sequence: int, manifest_sha: str) -> None:
        store.record_sent(conn, bundle_id, sequence, "forward", manifest_sha, their, items)

    _id, sequence, _sha, size = write_bundle(archive, recipients, out, "forward", entries,
                                             None, ledger)
    return ForwardResult(out, sequence, len(forwarded), tuple(names.values()), unavailable,
                         size, revoked)


def _entries(conn: Any, original: network.Original) -> list[_Entry] | None:
    """The members carrying ``original``; None if one of its incidents (deleted here) or
    attachments is gone."""
    prefix = f"forwarded/{original.bundle_id}/"
    inner = fmt.parse_manifest(original.manifest)
    card = original.card.encode("utf-8")
    entries = [_Entry(prefix + name, len(data), fmt.sha256(data), data)
               for name, data in ((fmt.MANIFEST, original.manifest),
                                  (fmt.SIGNATURE, original.signature), (fmt.CARD, card))]
    records = network.original_records(conn, original.bundle_id)
    for member in inner.members:
        if fmt.member_kind(member.name) == "record":
            data = records.get(member.name)
            if data is None:
                return None
            entries.append(_Entry(prefix + member.name, member.size, member.sha256, data))
        else:
            stored = network.stored_attachment(conn, member.sha256, member.size)
            if stored is None:
                return None
            entries.append(_Entry(prefix + member.name, member.size, member.sha256,
                                  attachment_id=stored))
    return entries
