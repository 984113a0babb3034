"""Data for revision 0004 (drafts remember their base revision).

A draft saved at 0004 keeps its base through a trip down and up; drafts from before keep
their content with no base. Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

DRAFT = {"id": "d1a2b3c4-0000-4000-8000-000000000004",
         "incident_id": "6f1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a04",
         "form": '{"title": "Қамауға алу", "region": "almaty_city"}',
         "saved_at": "2018-06-03T10:00:00Z",
         "base_revision_id": "0b1c2d3e-0000-4000-8000-000000000004"}


def load_data(conn: Connection) -> None:
    columns = ", ".join(DRAFT)
    conn.execute(text(f"INSERT INTO drafts ({columns}) "
                      f"VALUES ({', '.join(':' + c for c in DRAFT)})"), DRAFT)


def check_upgrade(conn: Connection) -> None:
    row = conn.execute(text("SELECT * FROM drafts WHERE id = :id"), {"id": DRAFT["id"]}).one()
    assert dict(row._mapping) == DRAFT
    older = conn.execute(text("SELECT base_revision_id FROM drafts WHERE id != :id"),
                         {"id": DRAFT["id"]}).scalars().all()
    assert all(base is None for base in older), "drafts from before 0004 gained a base"


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)
