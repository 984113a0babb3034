"""A bundle or receipt file imported before, known again by its bytes.

Importing the same file twice changes nothing, and the second import used to say so only
after decrypting it and checking every member again (a tampered copy must be called
damaged, not "imported before"). A file byte for byte equal to one imported whole was
checked already: its SHA-256 and size, kept with the ledger's row (migration 0015), say so
without decrypting anything. Hashed only when a bundle of the same size was imported
before; any other file goes the full way. So does one whose sender is no longer a trusted,
unrevoked contact (or no longer a coordinator, for a receipt): the full way refuses it in
its own words.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.crypto.files import sha256_of
from desktop_app.storage import exchange_store as store
from desktop_app.storage.archive import Archive
from desktop_app.sync.report import ImportReport
from desktop_app.sync.revocation import revoked_signer


def known_again(archive: Archive, path: Path, size: int,
                sha256: str | None = None) -> ImportReport | None:
    """The "imported before" report if the file at ``path`` (``size`` bytes, its SHA-256
    ``sha256`` if the caller has it) is one imported whole before and its sender is still
    trusted; else None."""
    with archive.database.reading() as conn:
        candidates = [r for r in store.received_files_of_size(conn, size) if r.file_sha256]
    if not candidates:
        return None
    digest = sha256 or sha256_of(path)
    found = next((r for r in candidates if r.file_sha256 == digest), None)
    if found is None:
        return None
    contact = archive.contacts.by_fingerprint(found.sender)
    if (contact is None or not contact.trusted_signer
            or revoked_signer(archive, found.sender) is not None
            or (found.kind == "receipt" and not contact.coordinator)):
        return None
    return ImportReport(bundle_id=found.id, sender=contact.name, kind=found.kind,
                        sequence=found.sequence, already_imported=True)


def remember(archive: Archive, report: ImportReport, sha256: str, size: int) -> None:
    """Keep the file ``report``'s bundle was just imported from (read whole)."""
    with archive.database.transaction() as conn:
        store.remember_file(conn, report.bundle_id, sha256, size)
