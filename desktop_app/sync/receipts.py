"""Receipts: a coordinator's signed word that a bundle arrived, and the monitor's purge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.storage import exchange_store as store
from desktop_app.sync.errors import BundleRejected
from desktop_app.sync.export import write_bundle
from desktop_app.sync.report import ImportReport


def seal_receipt(archive: Any, report: ImportReport, out: Path) -> int:
    """Write a receipt for an imported bundle, encrypted to its sender (and this vault).
    Returns how many incident revisions it confirms."""
    if report.kind != "incidents":
        raise BundleRejected("Receipts are made for bundles of incidents, not for receipts.")
    sender = archive.contacts.get(report.sender)
    receipt = {"for_bundle": report.bundle_id,
               "delivered": [[incident, revision] for incident, revision in report.items]}
    recipients = list(dict.fromkeys([sender.age_recipient, archive.keys().age_recipient]))
    bundle_id, sequence, manifest_sha, _size = write_bundle(
        archive, recipients, out, "receipt", [], receipt)
    with archive.database.transaction() as conn:
        store.record_sent(conn, bundle_id, sequence, "receipt", manifest_sha,
                          [sender.age_recipient], [])
    return len(report.items)


def purge_delivered(archive: Any) -> int:
    """Delete incidents (and their attachments) whose current revision a coordinator has
    confirmed; anything changed since, or never confirmed, stays."""
    with archive.database.reading() as conn:
        ids = store.delivered_incidents(conn)
    if ids:
        archive.incidents.delete(ids)
    return len(ids)
