"""Data for revision 0001 (initial schema), used by test_alembic's per-revision data tests.

``load_data`` writes representative rows with plain SQL as the schema stood at 0001;
``check_upgrade`` proves they are intact after upgrading to head, ``check_downgrade``
after coming back down to 0001. Literal table and column names only: this module must
never import desktop_app, whose tables move on with later revisions.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

INCIDENT_ID = "6f1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a01"
PERSON_ID = "1b7f0c3d-2e9a-4f61-8c0d-5a4b3c2d1e02"
REVISION_ID = "a3d9e8f7-6c5b-4a39-8281-7f6e5d4c3b03"
ATTACHMENT_ID = "c0ffee00-1234-4abc-8def-001122334404"

Row = dict[str, object]

INCIDENT: Row = {
    "number": 7, "id": INCIDENT_ID,
    "title": "Задержание активиста после пикета",
    "date_first": "2018-05-12", "date_precision": "day",
    "date_end_first": "2018-05", "date_end_precision": "month",
    "region": "almaty_city", "place": "Республика алаңы",
    "description": "Detained for 15 days under article 488.",
    "status": "verified", "revision_id": REVISION_ID, "revision_number": 2,
    "created_at": "2018-05-12T10:00:00Z", "updated_at": "2018-05-14T09:30:00Z",
}
PERSON: Row = {
    "id": PERSON_ID, "name": "Айгүл Серікқызы", "gender": "female",
    "created_at": "2018-05-12T10:00:00Z", "updated_at": "2018-05-12T10:00:00Z",
}
VICTIM: Row = {
    "incident_id": INCIDENT_ID, "position": 0, "person_id": PERSON_ID,
    "category": "civil_society_activist", "organization": "Ақиқат", "fatal": 1,
}
VIOLATIONS: list[Row] = [
    {"incident_id": INCIDENT_ID, "position": 0, "code": "arrest"},
    {"incident_id": INCIDENT_ID, "position": 1, "code": "administrative_prosecution"},
]
LEGAL_CASE: Row = {
    "incident_id": INCIDENT_ID, "position": 0, "defendant": "Айгүл Серікқызы",
    "code": "administrative", "article": "488", "court": "Almaty district court",
    "outcome": "convicted", "decided_on_first": "2018-05-14", "decided_on_precision": "day",
}
PENALTY: Row = {
    "incident_id": INCIDENT_ID, "case_position": 0, "position": 0,
    "kind": "administrative_detention", "amount": "15 days",
}
REVISION: Row = {
    "id": REVISION_ID, "incident_id": INCIDENT_ID, "number": 2,
    "parent_id": "0d0e0f10-1112-4314-9516-171819202105",
    "saved_at": "2018-05-14T09:30:00Z", "saved_by": "Test Monitor",
    "changed": '["legal_cases"]', "snapshot": '{"title": "Задержание активиста"}',
}
ATTACHMENT: Row = {
    "id": ATTACHMENT_ID, "incident_id": INCIDENT_ID, "filename": "протокол.pdf",
    "media_type": "application/pdf", "size": 6, "sha256": "ab" * 32,
    "added_at": "2018-05-14T09:31:00Z",
}
CHUNK: Row = {"attachment_id": ATTACHMENT_ID, "seq": 0, "data": b"%PDF\x00\xff"}
SEARCH: Row = {
    "rowid": 7, "title": INCIDENT["title"], "description": INCIDENT["description"],
    "names": PERSON["name"], "places": INCIDENT["place"],
}

# Table -> rows, in an order that satisfies the foreign keys.
ROWS: dict[str, list[Row]] = {
    "incidents": [INCIDENT], "people": [PERSON], "victims": [VICTIM],
    "incident_violations": VIOLATIONS, "legal_cases": [LEGAL_CASE], "penalties": [PENALTY],
    "revisions": [REVISION], "attachments": [ATTACHMENT], "attachment_chunks": [CHUNK],
}


def load_data(conn: Connection) -> None:
    for table, rows in ROWS.items():
        columns = list(rows[0])
        conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                          f"VALUES ({', '.join(':' + c for c in columns)})"), rows)
    conn.execute(text("INSERT INTO incident_search (rowid, title, description, names, places) "
                      "VALUES (:rowid, :title, :description, :names, :places)"), SEARCH)


def _check_rows(conn: Connection) -> None:
    for table, rows in ROWS.items():
        columns = list(rows[0])
        found = [dict(r._mapping) for r in conn.execute(
            text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {columns[0]}, {columns[1]}"))]
        assert found == rows, f"rows of {table} changed"
    # The victim still points at the same person, and the search index still finds the
    # incident by a case-folded Cyrillic word.
    assert conn.execute(text(
        "SELECT people.name FROM victims JOIN people ON people.id = victims.person_id "
        "WHERE victims.incident_id = :id"), {"id": INCIDENT_ID}).scalars().all() == [PERSON["name"]]
    assert conn.execute(text(
        "SELECT rowid FROM incident_search WHERE incident_search MATCH :q"),
        {"q": '"задержание"'}).scalars().all() == [INCIDENT["number"]]


def check_upgrade(conn: Connection) -> None:
    """At head, after upgrading from 0001 with the rows above."""
    _check_rows(conn)


def check_downgrade(conn: Connection) -> None:
    """Back at 0001 after a trip to head and down again."""
    _check_rows(conn)
