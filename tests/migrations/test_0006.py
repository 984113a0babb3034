"""Data for revision 0006 (revoked keys; which contact brought a received revision).

``load_data`` writes, at 0006, a revoked key and a revision received from it; both stay
through a trip down and up (down to 0005 drops them: 0005 had no revocations; the test
checks the rows of older revisions are untouched there). ``load_older`` and
``check_older`` (run by test_alembic) check the one-time inference for revisions received
before 0006: one saved under a contact's name came from that contact, one under a name no
contact has stays unattributed, one saved here is never attributed.
Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

FINGERPRINT = "6" * 64
REVOKED = {"fingerprint": FINGERPRINT, "name": "Марат", "age_recipient": "age1revokedmarat",
           "ssh_key": "ssh-ed25519 AAAArevokedmarat", "revoked_at": "2026-12-03T09:00:00.000000Z"}
INCIDENT = {"number": 60, "id": "6f1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a06",
            "title": "Журналистке угрожали", "date_first": "2020-02-01",
            "date_precision": "month", "region": "shymkent", "place": "", "description": "",
            "status": "draft", "revision_id": "0b1c2d3e-0000-4000-8000-000000000601",
            "revision_number": 1, "created_at": "2020-02-01T10:00:00Z",
            "updated_at": "2020-02-01T10:00:00Z"}
REVISION = {"id": "0b1c2d3e-0000-4000-8000-000000000601", "incident_id": INCIDENT["id"],
            "number": 1, "parent_id": None, "saved_at": "2020-02-01T10:00:00Z",
            "saved_by": "Марат", "changed": "[]", "snapshot": "{}", "received": 1,
            "received_from": FINGERPRINT}


def _insert(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})"), rows)


def load_data(conn: Connection) -> None:
    _insert(conn, "revoked_keys", [REVOKED])
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "revisions", [REVISION])


def check_upgrade(conn: Connection) -> None:
    row = conn.execute(text("SELECT * FROM revoked_keys WHERE fingerprint = :f"),
                       {"f": FINGERPRINT}).one()
    assert dict(row._mapping) == REVOKED
    sender = conn.execute(text("SELECT received_from FROM revisions WHERE id = :id"),
                          {"id": REVISION["id"]}).scalar_one()
    assert sender == FINGERPRINT


def check_downgrade(conn: Connection) -> None:
    """At 0005 the incident and its revision are still there, received as before."""
    row = conn.execute(text("SELECT saved_by, received FROM revisions WHERE id = :id"),
                       {"id": REVISION["id"]}).one()
    assert (row.saved_by, bool(row.received)) == ("Марат", True)


# Revisions received before 0006 (test_alembic's test_0006_infers_who_sent_revisions).
CONTACT = {"name": "Марат", "age_recipient": "age1marat", "ssh_key": "ssh-ed25519 AAAAmarat",
           "fingerprint": "7" * 64, "coordinator": 0, "trusted_signer": 1,
           "added_at": "2019-01-01T00:00:00Z"}


def load_older(conn: Connection) -> None:
    """At 0005: a revision received from a contact, one from a name no contact has, one
    saved here under the same name as the contact (a namesake)."""
    older = {k: v for k, v in REVISION.items() if k != "received_from"}
    rows = [older,
            {**older, "id": "0b1c2d3e-0000-4000-8000-000000000602", "number": 2,
             "saved_by": "Someone Gone"},
            {**older, "id": "0b1c2d3e-0000-4000-8000-000000000603", "number": 3,
             "received": 0}]
    _insert(conn, "contacts", [CONTACT])
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "revisions", rows)


def check_older(conn: Connection) -> None:
    """At 0006: only the revision received under the contact's name is attributed to it."""
    senders = conn.execute(text("SELECT number, received_from FROM revisions "
                                "WHERE incident_id = :id ORDER BY number"),
                           {"id": INCIDENT["id"]}).all()
    assert [tuple(r) for r in senders] == [(1, CONTACT["fingerprint"]), (2, None), (3, None)]
