"""Data for revision 0013 (incidents keep the code of their first violation, indexed).

``load_older`` writes, at the revision below, incidents with violations in an order that is not the
alphabetical one, and one with none; ``check_older`` (run by test_alembic) finds each
incident's first violation by position in the new column, and the column indexed.
Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

BASE = {"date_first": "2022-01-05", "date_precision": "day", "region": "astana",
        "place": "", "description": "", "status": "draft", "revision_number": 1,
        "created_at": "2022-01-05T10:00:00Z", "updated_at": "2022-01-05T10:00:00Z",
        "title_key": ""}
OLDER = [BASE | {"number": 131, "id": "13000000-0000-4000-8000-000000000131",
                 "title": "Угроза", "revision_id": "13000000-0000-4000-8000-000000001131"},
         BASE | {"number": 132, "id": "13000000-0000-4000-8000-000000000132",
                 "title": "Без нарушений", "revision_id": "13000000-0000-4000-8000-000000001132"}]
# Position 0 is "threat", though "arrest" comes first by code.
VIOLATIONS = [{"incident_id": OLDER[0]["id"], "position": 0, "code": "threat"},
              {"incident_id": OLDER[0]["id"], "position": 1, "code": "arrest"}]


def _insert(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})"), rows)


def load_data(conn: Connection) -> None:
    _insert(conn, "incidents", [OLDER[0] | {"number": 133, "id": OLDER[0]["id"][:-3] + "133",
                                            "violation_first": "arrest"}])


def check_upgrade(conn: Connection) -> None:
    assert conn.execute(text("SELECT violation_first FROM incidents WHERE number = 133")
                        ).scalar_one() == "arrest"


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)


def load_older(conn: Connection) -> None:
    """At the revision below: incidents without the column, violations in their own order."""
    _insert(conn, "incidents", OLDER)
    _insert(conn, "incident_violations", VIOLATIONS)


def check_older(conn: Connection) -> None:
    """At 0013: the first violation by position ('' for none), and an index on it."""
    rows = conn.execute(text("SELECT number, violation_first FROM incidents WHERE number IN "
                             "(131, 132) ORDER BY number")).all()
    assert [tuple(r) for r in rows] == [(131, "threat"), (132, "")]
    indexes = [r[1] for r in conn.execute(text("PRAGMA index_list(incidents)"))]
    assert "ix_incidents_violation_first" in indexes
