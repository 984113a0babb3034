"""Data test for revision 0003: existing rows survive, and an existing vault gets keys."""

from __future__ import annotations

from sqlalchemy import Connection, text


def load_data(conn: Connection) -> None:
    conn.execute(text("INSERT INTO settings (key, value) VALUES ('owner_name', 'Айгерім')"))


def check_upgrade(conn: Connection) -> None:
    rows = dict(conn.execute(text("SELECT key, value FROM settings")).all())
    assert rows["owner_name"] == "Айгерім"
    assert rows["age_identity"].startswith("AGE-SECRET-KEY-1")
    assert len(bytes.fromhex(rows["ed25519_seed"])) == 32
    for table in ("contacts", "bundles_sent", "sent_items", "bundles_received", "deliveries",
                  "conflicts"):
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0


def check_downgrade(conn: Connection) -> None:
    """Back at 0003 (its own keys were made when it was first applied)."""
    check_upgrade(conn)
