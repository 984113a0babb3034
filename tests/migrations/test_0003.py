"""Data test for revision 0003: existing rows survive, and the migration makes tables only
(a vault's keys are made by the program when it opens the vault: tests/test_archive_keys.py).
"""

from __future__ import annotations

from sqlalchemy import Connection, text


def load_data(conn: Connection) -> None:
    conn.execute(text("INSERT INTO settings (key, value) VALUES ('owner_name', 'Айгерім')"))


def check_upgrade(conn: Connection) -> None:
    rows = dict(conn.execute(text("SELECT key, value FROM settings")).all())
    assert rows["owner_name"] == "Айгерім"
    assert "age_identity" not in rows
    assert "ed25519_seed" not in rows
    for table in ("contacts", "bundles_sent", "sent_items", "bundles_received", "deliveries",
                  "conflicts"):
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0


def check_downgrade(conn: Connection) -> None:
    """Back at 0003: the same rows, and still no keys made by a migration."""
    check_upgrade(conn)
