"""Data for revision 0011 (signed originals kept for forwarding; vocabulary terms).

``load_data`` writes, at 0011, a kept original with one record and a retired term from a
coordinator's update; they come through every later revision and a trip down to 0011 and
up again unchanged. Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

BUNDLE = "1b2c3d4e-0000-4000-8000-000000001101"
ORIGINAL = {"bundle_id": BUNDLE, "sender": "b" * 64, "sequence": 3,
            "manifest": b'{"format": "tirkeu-bundle"}', "signature": b"-----BEGIN SSH",
            "card": '{"name": "Марат"}', "received_at": "2026-12-04T01:00:00.000000Z"}
RECORD = {"bundle_id": BUNDLE, "name": "records/6f1c2a4e-8d1b-4c4e-9a55-0f3b2f6d1101.json",
          "data": b'{"incident": {}}'}
TERM = {"vocabulary": "violation", "code": "internet_shutdown",
        "labels": '{"en": "Internet shutdown", "ru": "Отключение интернета", '
                  '"kk": "Интернетті өшіру"}',
        "extra": "{}", "retired": 1, "revision": 2, "signer": "c" * 64,
        "updated_at": "2026-12-04T01:00:00.000000Z"}


def _insert(conn: Connection, table: str, row: dict[str, object]) -> None:
    conn.execute(text(f"INSERT INTO {table} ({', '.join(row)}) "
                      f"VALUES ({', '.join(':' + c for c in row)})"), row)


def load_data(conn: Connection) -> None:
    _insert(conn, "received_originals", ORIGINAL)
    _insert(conn, "received_records", RECORD)
    _insert(conn, "vocabulary_terms", TERM)


def check_upgrade(conn: Connection) -> None:
    for table, row, key in (("received_originals", ORIGINAL, "bundle_id"),
                            ("received_records", RECORD, "name"),
                            ("vocabulary_terms", TERM, "code")):
        found = conn.execute(text(f"SELECT * FROM {table} WHERE {key} = :k"),
                             {"k": row[key]}).one()
        assert dict(found._mapping) == row


def check_downgrade(conn: Connection) -> None:
    """Back at 0011 (from any later revision) the rows are as they were written."""
    check_upgrade(conn)
