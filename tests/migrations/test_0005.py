"""Data for revision 0005 (revisions remember whether they came in a bundle).

``load_data`` writes, at 0005, one revision saved here and one received; both keep their
mark through a trip down and up. ``load_older`` and ``check_older`` (run by test_alembic)
check the one-time inference for revisions stored before 0005: saved under this vault's
owner name or as "local" means saved here, any other name means received.
Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

INCIDENT = {"number": 50, "id": "6f1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a05",
            "title": "Арестованы участники пикета", "date_first": "2019-03-01",
            "date_precision": "day", "region": "astana", "place": "", "description": "",
            "status": "draft", "revision_id": "0b1c2d3e-0000-4000-8000-000000000502",
            "revision_number": 2, "created_at": "2019-03-01T10:00:00Z",
            "updated_at": "2019-03-02T10:00:00Z"}
REVISIONS = [
    {"id": "0b1c2d3e-0000-4000-8000-000000000501", "incident_id": INCIDENT["id"],
     "number": 1, "parent_id": None, "saved_at": "2019-03-01T10:00:00Z",
     "saved_by": "Айгерім", "changed": "[]", "snapshot": "{}", "received": 0},
    {"id": "0b1c2d3e-0000-4000-8000-000000000502", "incident_id": INCIDENT["id"],
     "number": 2, "parent_id": "0b1c2d3e-0000-4000-8000-000000000501",
     "saved_at": "2019-03-02T10:00:00Z", "saved_by": "Марат", "changed": '["title"]',
     "snapshot": "{}", "received": 1},
]


def _insert(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})"), rows)


def load_data(conn: Connection) -> None:
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "revisions", REVISIONS)


def check_upgrade(conn: Connection) -> None:
    found = conn.execute(text(
        "SELECT id, received FROM revisions WHERE incident_id = :id ORDER BY number"),
        {"id": INCIDENT["id"]}).all()
    assert [(r.id, bool(r.received)) for r in found] == [
        (r["id"], bool(r["received"])) for r in REVISIONS]


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)


# Revisions stored before 0005 (test_alembic's test_0005_infers_received_revisions).
OWNER = "Айгерім"


def load_older(conn: Connection) -> None:
    """At 0004: the owner's revision, a sender's, and one saved here before any name."""
    older = [{k: v for k, v in r.items() if k != "received"} for r in REVISIONS]
    here_unnamed = {**older[0], "id": "0b1c2d3e-0000-4000-8000-000000000503",
                    "number": 3, "saved_by": "local"}
    conn.execute(text("INSERT INTO settings (key, value) VALUES ('owner_name', :name)"),
                 {"name": OWNER})
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "revisions", [*older, here_unnamed])


def check_older(conn: Connection) -> None:
    """At 0005: only the sender's revision is marked received."""
    marks = dict(conn.execute(text("SELECT saved_by, received FROM revisions")).all())
    assert marks == {OWNER: 0, "Марат": 1, "local": 0}
