"""Drafts: what an editor holds but has not saved, kept encrypted in the vault."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as upsert

from desktop_app.storage import tables as t
from desktop_app.storage.database import Database
from desktop_app.storage.incidents import now


@dataclass(frozen=True)
class Draft:
    id: str
    incident_id: str | None
    form: dict[str, Any]
    saved_at: str
    base_revision: str | None = None  # the revision of ``incident_id`` it was typed on

    @property
    def title(self) -> str:
        return str(self.form.get("title") or "")


class DraftRepository:
    def __init__(self, database: Database):
        self.db = database

    def save(self, draft_id: str, incident_id: str | None, form: dict[str, Any],
             base_revision: str | None = None) -> None:
        """Keep (or replace) the draft ``draft_id``, typed on ``base_revision`` of
        ``incident_id`` (None for a new incident)."""
        row = {"id": draft_id, "incident_id": incident_id,
               "form": json.dumps(form, ensure_ascii=False), "saved_at": now(),
               "base_revision_id": base_revision}
        stmt = upsert(t.drafts).values(**row)
        with self.db.transaction() as conn:
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["id"], set_={k: v for k, v in row.items() if k != "id"}))

    def all(self) -> list[Draft]:
        with self.db.reading() as conn:
            rows = conn.execute(select(t.drafts).order_by(t.drafts.c.saved_at.desc())).all()
        return [Draft(id=r.id, incident_id=r.incident_id, form=json.loads(r.form),
                      saved_at=r.saved_at, base_revision=r.base_revision_id) for r in rows]

    def discard(self, draft_id: str) -> None:
        with self.db.transaction() as conn:
            conn.execute(delete(t.drafts).where(t.drafts.c.id == draft_id))
