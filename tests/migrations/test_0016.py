"""Data for revision 0016 (incidents keep whether their current revision was saved here).

``load_older`` writes, at 0015, one incident whose current revision was saved here and one
whose current revision came in a bundle (though an older one was saved here);
``check_older`` (run by test_alembic) finds the flag filled from the current revision
alone, and indexed. ``load_data`` writes a flagged incident, kept through a trip down and
up. Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

BASE = {"date_first": "2022-01-05", "date_precision": "day", "region": "astana",
        "place": "", "description": "", "status": "draft", "revision_number": 2,
        "created_at": "2022-01-05T10:00:00Z", "updated_at": "2022-01-05T10:00:00Z",
        "title_key": ""}
HERE, AWAY = "16000000-0000-4000-8000-000000000161", "16000000-0000-4000-8000-000000000162"
INCIDENTS = [BASE | {"number": 161, "id": HERE, "title": "Угроза",
                     "revision_id": HERE[:-3] + "a61"},
             BASE | {"number": 162, "id": AWAY, "title": "Арест",
                     "revision_id": AWAY[:-3] + "b62"}]


def _revision(incident: str, revision: str, number: int, received: int) -> dict[str, object]:
    return {"id": revision, "incident_id": incident, "number": number,
            "saved_at": "2022-01-05T10:00:00Z", "saved_by": "Әлия", "changed": "[]",
            "snapshot": "{}", "received": received}


REVISIONS = [_revision(HERE, HERE[:-3] + "a61", 2, 0),
             _revision(AWAY, AWAY[:-3] + "a62", 1, 0),   # saved here once…
             _revision(AWAY, AWAY[:-3] + "b62", 2, 1)]   # …current one received


def _insert(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})"), rows)


def load_data(conn: Connection) -> None:
    _insert(conn, "incidents", [INCIDENTS[0] | {"number": 163, "id": HERE[:-3] + "163",
                                                "saved_here": 1}])


def check_upgrade(conn: Connection) -> None:
    assert conn.execute(text("SELECT saved_here FROM incidents WHERE number = 163")
                        ).scalar_one() == 1


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)


def load_older(conn: Connection) -> None:
    """At 0015: no flag; the revisions say."""
    _insert(conn, "incidents", INCIDENTS)
    _insert(conn, "revisions", REVISIONS)


def check_older(conn: Connection) -> None:
    rows = conn.execute(text("SELECT number, saved_here FROM incidents WHERE number IN "
                             "(161, 162) ORDER BY number")).all()
    assert [tuple(r) for r in rows] == [(161, 1), (162, 0)]
    indexes = [r[1] for r in conn.execute(text("PRAGMA index_list(incidents)"))]
    assert "ix_incidents_saved_here" in indexes
