"""Data for revision 0010 (files met in shared folders, for `tirkeu sync --folder`).

``load_data`` writes, at 0010, a file imported, one refused under a trust state and one
this vault wrote; all three stay, every column, with the indexes a pass looks them up by.
(Down to 0009 drops the table, which 0009 did not have: the next pass then opens each
file once more, and import answers "imported before".) Literal table and column names
only.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

FOLDER = "/home/marat/Sync/network"
ROWS = [
    {"id": 101, "folder": FOLDER, "name": "0a1b2c3d4e5f60718293a4b5c6d7e8f9.tirkeu",
     "size": 20480, "mtime_ns": 1_764_800_000_000_000_000, "sha256": "a" * 64,
     "verdict": "imported", "bundle_id": None, "trust": None,
     "owed": '{"sender": "Марат", "bundle_id": "0d1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a11", '
             '"sequence": 3, "items": [["inc", "rev"]]}',
     "seen_at": "2026-12-04T02:00:00.000000Z"},
    {"id": 102, "folder": FOLDER, "name": "ffeeddccbbaa99887766554433221100.tirkeu",
     "size": 30720, "mtime_ns": 1_764_800_001_000_000_000, "sha256": "b" * 64,
     "verdict": "refused", "bundle_id": None, "trust": "c" * 64, "owed": None,
     "seen_at": "2026-12-04T02:00:01.000000Z"},
    {"id": 103, "folder": FOLDER, "name": "00112233445566778899aabbccddeeff.tirkeu",
     "size": 10240, "mtime_ns": 1_764_800_002_000_000_000, "sha256": None,
     "verdict": "own", "bundle_id": "0d1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a10", "trust": None,
     "owed": None,
     "seen_at": "2026-12-04T02:00:02.000000Z"},
]


def load_data(conn: Connection) -> None:
    columns = list(ROWS[0])
    conn.execute(text(f"INSERT INTO sync_seen ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})"), ROWS)


def check_upgrade(conn: Connection) -> None:
    rows = [dict(r._mapping) for r in conn.execute(
        text("SELECT * FROM sync_seen ORDER BY id"))]
    assert rows == ROWS
    indexes = {i["name"] for i in inspect(conn).get_indexes("sync_seen")}
    assert {"ix_sync_seen_folder_name", "ix_sync_seen_sha256"} <= indexes


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)
