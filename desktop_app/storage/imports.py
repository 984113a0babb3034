"""Storing what came from another tool (a spreadsheet, a Martus archive) in one unit of
work: every version of every record, in order, and the files that came with them. Any
error rolls all of it back."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.model import Incident
from desktop_app.storage.attachments import AttachmentRepository
from desktop_app.storage.incident_rows import load_incidents
from desktop_app.storage.incidents import IncidentRepository, SaveResult


@dataclass(frozen=True)
class ImportedFile:
    """A file to attach to incident ``incident_id``, read from ``path`` as ``filename``."""

    incident_id: str
    path: Path
    filename: str


def store_imported(incidents: IncidentRepository, rounds: Sequence[Sequence[Incident]],
                   files: Sequence[ImportedFile], saved_by: str) -> SaveResult:
    """Save ``rounds`` one after the other (the n-th round holds the n-th version of the
    records that have one, so earlier versions become history and the last one is
    current), then stream ``files`` in; all in one transaction. The counts are those of
    the last version of each record; a record whose last version is already current here
    is left as it is (importing a file twice changes nothing)."""
    current = {i.id: i for round_ in rounds for i in round_}  # the last version wins
    with incidents.db.transaction() as conn:
        existing = load_incidents(conn, list(current))
        # Imported before and not changed since: its versions are already its history.
        same = {ident for ident, incident in current.items() if existing.get(ident) == incident}
        for round_ in rounds:
            incidents.save_within(conn, [i for i in round_ if i.id not in same], saved_by)
        for item in files:
            media_type = mimetypes.guess_type(item.filename)[0] or "application/octet-stream"
            with open(item.path, "rb") as source:
                AttachmentRepository.stream_within(conn, item.incident_id, source,
                                                   item.filename, media_type)
    return SaveResult(created=len(set(current) - set(existing)),
                      revised=len(set(existing) - same), unchanged=len(same))
