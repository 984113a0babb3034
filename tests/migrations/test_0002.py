"""Data for revision 0002 (drafts), used by test_alembic's per-revision data tests.

A draft is what a monitor typed but has not saved yet, so losing it in a migration would
lose work. Literal table and column names only; this module never imports desktop_app.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

Row = dict[str, object]

DRAFTS: list[Row] = [
    {"id": "d1a2b3c4-0000-4000-8000-000000000001", "incident_id": None,
     "form": '{"title": "Обыск в офисе профсоюза", "region": "karaganda"}',
     "saved_at": "2018-06-01T08:15:00Z"},
    {"id": "d1a2b3c4-0000-4000-8000-000000000002",
     "incident_id": "6f1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a01",
     "form": '{"description": "Сот үкімі жарияланды"}',
     "saved_at": "2018-06-02T19:40:00Z"},
]
COLUMNS = ("id", "incident_id", "form", "saved_at")


def load_data(conn: Connection) -> None:
    conn.execute(text(f"INSERT INTO drafts ({', '.join(COLUMNS)}) "
                      f"VALUES ({', '.join(':' + c for c in COLUMNS)})"), DRAFTS)


def _check_rows(conn: Connection) -> None:
    found = [dict(r._mapping) for r in conn.execute(
        text(f"SELECT {', '.join(COLUMNS)} FROM drafts ORDER BY id"))]
    assert found == DRAFTS, "drafts changed"


def check_upgrade(conn: Connection) -> None:
    """At head, after upgrading from 0002 with the drafts above."""
    _check_rows(conn)


def check_downgrade(conn: Connection) -> None:
    """Back at 0002 after a trip to head and down again."""
    _check_rows(conn)
