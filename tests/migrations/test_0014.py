"""Data for revision 0014 (an index on revisions (id, received)).

``load_data`` writes, at 0014, an incident with a revision saved here; the count of
incidents saved here finds it through a trip down and up. ``load_older`` and
``check_older`` (run by test_alembic) check that revisions written at 0013 keep whether
they were received, and that the index exists and answers the status bar's question
without reading the table. Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

INCIDENT = {"number": 141, "id": "14000000-0000-4000-8000-000000000141", "title": "Угроза",
            "date_first": "2022-01-05", "date_precision": "day", "region": "astana",
            "place": "", "description": "", "status": "draft",
            "revision_id": "14000000-0000-4000-8000-000000001141", "revision_number": 1,
            "created_at": "2022-01-05T10:00:00Z", "updated_at": "2022-01-05T10:00:00Z",
            "title_key": ""}
REVISIONS = [{"id": INCIDENT["revision_id"], "incident_id": INCIDENT["id"], "number": 1,
              "saved_at": "2022-01-05T10:00:00Z", "saved_by": "Әлия", "changed": "[]",
              "snapshot": "{}", "received": 0},
             {"id": "14000000-0000-4000-8000-000000002141", "incident_id": INCIDENT["id"],
              "number": 2, "saved_at": "2022-01-06T10:00:00Z", "saved_by": "Марат",
              "changed": "[]", "snapshot": "{}", "received": 1}]
SAVED_HERE = ("SELECT count(*) FROM incidents WHERE EXISTS (SELECT 1 FROM revisions WHERE "
              "revisions.id = incidents.revision_id AND revisions.received = 0)")


def _insert(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})"), rows)


def load_data(conn: Connection) -> None:
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "revisions", REVISIONS[:1])


def check_upgrade(conn: Connection) -> None:
    assert conn.execute(text(SAVED_HERE)).scalar_one() == 1


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)


def load_older(conn: Connection) -> None:
    """At 0013: revisions saved here and received."""
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "revisions", REVISIONS)


def check_older(conn: Connection) -> None:
    rows = conn.execute(text("SELECT id, received FROM revisions WHERE incident_id = :i "
                             "ORDER BY number"), {"i": INCIDENT["id"]}).all()
    assert [tuple(r) for r in rows] == [(REVISIONS[0]["id"], 0), (REVISIONS[1]["id"], 1)]
    plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + SAVED_HERE)))
    assert "COVERING INDEX ix_revisions_id_received" in plan, plan
