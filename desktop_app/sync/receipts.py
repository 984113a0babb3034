"""Receipts: a coordinator's signed word that a bundle arrived, and the monitor's purge."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive
from desktop_app.sync.errors import BundleRejected
from desktop_app.sync.export import write_bundle
from desktop_app.sync.report import ImportReport
from desktop_app.sync.revocation import refuse_revoked_recipients


class ReceiptRefused(TirkeuError):
    """No receipt can answer these imports: they came from several senders, or none of
    them brought incidents."""


@dataclass(frozen=True)
class SealedReceipt:
    sender: str
    confirmed: int  # incident revisions the receipt confirms


def receipt_report(reports: Sequence[ImportReport]) -> ImportReport:
    """One report answering every bundle of incidents among ``reports`` (receipts, and
    bundles imported before, bring nothing to confirm and are passed over): the newest
    bundle's, listing each incident revision they brought once. The given reports are
    left as they are. ReceiptRefused if they come from several senders or from none."""
    fresh = [r for r in reports if r.kind == "incidents" and not r.already_imported]
    senders = sorted({r.sender for r in fresh})
    if len(senders) > 1:
        raise ReceiptRefused(_("A receipt answers bundles from one sender, and these came from "
                               "{senders}; write one receipt per sender.").format(
            senders=", ".join(senders)))
    if not fresh:
        raise ReceiptRefused(_("No bundle of incidents was imported, so there is nothing for "
                               "a receipt to confirm."))
    newest = max(fresh, key=lambda r: r.sequence)
    items = list(dict.fromkeys(item for r in fresh for item in r.items))
    return dataclasses.replace(newest, items=items, outcomes=dict(newest.outcomes),
                               warnings=list(newest.warnings))


def seal_receipt_for(archive: Archive, reports: Sequence[ImportReport], out: Path) -> SealedReceipt:
    """The receipt answering ``reports`` (see ``receipt_report``), sealed to ``out``."""
    report = receipt_report(reports)
    return SealedReceipt(report.sender, seal_receipt(archive, report, out))


def seal_receipt(archive: Archive, report: ImportReport, out: Path) -> int:
    """Write a receipt for an imported bundle, encrypted to its sender (and this vault).
    Returns how many incident revisions it confirms."""
    if report.kind != "incidents":
        raise BundleRejected(_("Receipts are made for bundles of incidents, not for receipts."))
    sender = archive.contacts.get(report.sender)
    refuse_revoked_recipients([sender])
    receipt = {"for_bundle": report.bundle_id,
               "delivered": [[incident, revision] for incident, revision in report.items]}
    recipients = list(dict.fromkeys([sender.age_recipient, archive.keys().age_recipient]))

    def ledger(conn: Any, bundle_id: str, sequence: int, manifest_sha: str) -> None:
        store.record_sent(conn, bundle_id, sequence, "receipt", manifest_sha,
                          [sender.age_recipient], [])

    write_bundle(archive, recipients, out, "receipt", [], receipt, ledger)
    return len(report.items)


def purge_delivered(archive: Archive) -> int:
    """Delete incidents (and their attachments) whose current revision a coordinator has
    confirmed; anything changed since, or never confirmed, stays."""
    with archive.database.reading() as conn:
        ids = store.delivered_incidents(conn)
    if ids:
        archive.incidents.delete(ids)
    return len(ids)
