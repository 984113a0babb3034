"""Data for revision 0007 (attachments: send the original or not; a received copy's
original hash).

``load_data`` writes, at 0007, a photo whose original the person chose to send and a copy
received from a monitor with the hash of its original; both survive a trip down and up.
``load_older`` and ``check_older`` (run by test_alembic) check that a file stored before
0007 starts with its original kept at home (``send_original`` 0) and no original hash.
Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

INCIDENT = {"number": 70, "id": "7a1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a07",
            "title": "Фото с пикета", "date_first": "2020-06-01",
            "date_precision": "day", "region": "almaty_city", "place": "", "description": "",
            "status": "draft", "revision_id": "0b1c2d3e-0000-4000-8000-000000000701",
            "revision_number": 1, "created_at": "2020-06-01T10:00:00Z",
            "updated_at": "2020-06-01T10:00:00Z"}
ATTACHMENTS = [
    {"id": "0c1c2d3e-0000-4000-8000-000000000701", "incident_id": INCIDENT["id"],
     "filename": "IMG_0701.jpg", "media_type": "image/jpeg", "size": 3,
     "sha256": "a" * 64, "added_at": "2020-06-01T10:00:00Z", "send_original": 1,
     "original_sha256": None},
    {"id": "0c1c2d3e-0000-4000-8000-000000000702", "incident_id": INCIDENT["id"],
     "filename": "IMG_0702.jpg", "media_type": "image/jpeg", "size": 3,
     "sha256": "b" * 64, "added_at": "2020-06-01T10:00:01Z", "send_original": 0,
     "original_sha256": "c" * 64},
]


def _insert(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})"), rows)


def load_data(conn: Connection) -> None:
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "attachments", ATTACHMENTS)
    _insert(conn, "attachment_chunks", [{"attachment_id": a["id"], "seq": 0, "data": b"abc"}
                                        for a in ATTACHMENTS])


def check_upgrade(conn: Connection) -> None:
    found = conn.execute(text(
        "SELECT id, sha256, send_original, original_sha256 FROM attachments "
        "WHERE incident_id = :id ORDER BY added_at"), {"id": INCIDENT["id"]}).all()
    assert [(r.id, r.sha256, bool(r.send_original), r.original_sha256) for r in found] == [
        (a["id"], a["sha256"], bool(a["send_original"]), a["original_sha256"])
        for a in ATTACHMENTS]


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)


OLDER = {k: v for k, v in ATTACHMENTS[0].items() if k not in ("send_original",
                                                              "original_sha256")}


def load_older(conn: Connection) -> None:
    """Below 0007: a photo attached before anyone could choose."""
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "attachments", [OLDER])


def check_older(conn: Connection) -> None:
    """At 0007: it leaves as a copy without hidden data, and is its own original."""
    row = conn.execute(text("SELECT sha256, send_original, original_sha256 FROM attachments"
                            " WHERE id = :id"), {"id": OLDER["id"]}).one()
    assert (row.sha256, row.send_original, row.original_sha256) == (OLDER["sha256"], 0, None)
