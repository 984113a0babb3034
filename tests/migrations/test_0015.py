"""Data for revision 0015 (received bundles keep the hash and size of their file).

``load_data`` writes, at 0015, a received bundle with its file's hash and size, kept
through a trip down and up; ``load_older`` and ``check_older`` (run by test_alembic)
check that a bundle received before keeps its row, with no file known (NULL). Literal
table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

RECEIVED = {"id": "15000000-0000-4000-8000-000000000151", "sender": "ab" * 16,
            "sequence": 3, "kind": "bundle", "manifest_sha256": "cd" * 32,
            "previous_sha256": None, "imported_at": "2026-12-01T10:00:00Z", "report": "{}"}


def _insert(conn: Connection, row: dict[str, object]) -> None:
    conn.execute(text(f"INSERT INTO bundles_received ({', '.join(row)}) "
                      f"VALUES ({', '.join(':' + c for c in row)})"), row)


def _rows(conn: Connection) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(text(
        "SELECT id, sequence, file_sha256, file_size FROM bundles_received ORDER BY id"))]


def load_data(conn: Connection) -> None:
    _insert(conn, RECEIVED | {"id": RECEIVED["id"][:-3] + "152", "file_sha256": "ef" * 32,
                              "file_size": 4096})


def check_upgrade(conn: Connection) -> None:
    assert (RECEIVED["id"][:-3] + "152", 3, "ef" * 32, 4096) in _rows(conn)


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)


def load_older(conn: Connection) -> None:
    """At the revision below: a bundle received, before files were kept."""
    _insert(conn, RECEIVED)


def check_older(conn: Connection) -> None:
    assert (RECEIVED["id"], 3, None, None) in _rows(conn)
