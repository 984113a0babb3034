"""Conflicts: the same revision edited differently here and elsewhere. The local edit stays
current; the other is kept beside it until a person chooses or merges field by field."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update

from desktop_app.core.errors import NotFound
from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.core.language import _
from desktop_app.core.model import new_id
from desktop_app.storage import tables as t
from desktop_app.storage.database import Database
from desktop_app.storage.incidents import IncidentRepository, StaleRevision, _heads, now


@dataclass(frozen=True)
class Conflict:
    id: str
    incident_id: str
    title: str
    local: dict[str, Any]     # interchange JSON, as current here
    local_revision: str       # the revision ``local`` is at: the base of a resolution
    remote: dict[str, Any]    # interchange JSON, as edited elsewhere
    remote_saved_by: str
    remote_saved_at: str
    sender: str               # contact name, or the fingerprint if no longer a contact


class ConflictRepository:
    def __init__(self, database: Database, incidents: IncidentRepository):
        self.db, self.incidents = database, incidents

    def open_count(self) -> int:
        with self.db.reading() as conn:
            return conn.scalar(select(func.count()).select_from(t.conflicts)
                               .where(t.conflicts.c.resolved_at.is_(None))) or 0

    def open(self) -> list[Conflict]:
        query = (select(t.conflicts, t.contacts.c.name.label("contact"))
                 .outerjoin(t.contacts, t.contacts.c.fingerprint == t.conflicts.c.sender)
                 .where(t.conflicts.c.resolved_at.is_(None))
                 .order_by(t.conflicts.c.detected_at))
        with self.db.reading() as conn:
            rows = conn.execute(query).all()
        found = []
        for r in rows:
            current = self.incidents.current(r.incident_id)
            local = incident_to_json(current.incident)
            found.append(Conflict(
                id=r.id, incident_id=r.incident_id, title=local["title"], local=local,
                local_revision=current.revision.revision_id,
                remote=json.loads(r.remote_snapshot), remote_saved_by=r.remote_saved_by,
                remote_saved_at=r.remote_saved_at, sender=r.contact or r.sender[:16]))
        return found

    def resolve(self, conflict_id: str, chosen: dict[str, Any], saved_by: str, *,
                base_revision: str | None = None) -> None:
        """Save ``chosen`` (local, remote or a field-by-field merge) as the next revision,
        recording that it merged the other side's revision, and close the conflict.

        ``base_revision`` is the local revision the person compared with (``Conflict.
        local_revision``): if the incident changed here since, StaleRevision and nothing
        is saved, so a merge made from an old local copy cannot undo newer work."""
        incident = incident_from_json(chosen)
        with self.db.transaction() as conn:
            row = conn.execute(select(t.conflicts).where(t.conflicts.c.id == conflict_id,
                                                         t.conflicts.c.resolved_at.is_(None))).first()
            if row is None or row.incident_id != incident.id:
                raise NotFound(_("That conflict is already resolved."))
            heads = _heads(conn, [incident.id])
            head = heads[incident.id]
            if base_revision is not None and head.revision_id != base_revision:
                raise StaleRevision(incident.id, self.incidents.history(incident.id)[0])
            stamp, revision_id, number = now(), new_id(), head.revision_number + 1
            before = incident_to_json(self.incidents.get(incident.id))
            snapshot = incident_to_json(incident)
            self.incidents.write_current(conn, [incident], heads,
                                         {incident.id: (revision_id, number)}, saved_by, stamp)
            conn.execute(insert(t.revisions).values(
                id=revision_id, incident_id=incident.id, number=number,
                parent_id=head.revision_id, saved_at=stamp, saved_by=saved_by,
                changed=json.dumps([k for k in snapshot if k != "id" and before[k] != snapshot[k]]),
                snapshot=json.dumps(snapshot, ensure_ascii=False),
                merged_id=row.remote_revision_id))
            conn.execute(update(t.conflicts).where(t.conflicts.c.id == conflict_id)
                         .values(resolved_at=stamp))
