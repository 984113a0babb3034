"""Opening a vault's database: keyed, private to this user, and migrated to the newest
schema before anything reads it.

This sits above ``database`` (the engine and its transactions) and ``migrate`` (Alembic),
which know nothing of each other's callers; ``archive`` opens databases through here.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.language import _
from desktop_app.crypto.wipe import remove_leftovers
from desktop_app.storage.damage import ArchiveDamaged
from desktop_app.storage.database import DATABASE_FILE, Database, make_engine
from desktop_app.storage.migrate import upgrade_to_head
from desktop_app.storage.wal_check import WalDamaged, check_wal


def open_database(folder: Path, key: bytes, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database in ``folder`` and bring its schema up to date.

    A new database file (and its WAL) is made 0600. Before migrating an existing database,
    an encrypted copy is kept in ``backups/``. Without SQLCipher this raises
    SQLCipherMissing and nothing is opened; with the wrong key, DatabaseUnreadable; with
    a damaged WAL that SQLite would replay only in part (storage/wal_check.py),
    ArchiveDamaged, before SQLite has touched it.
    """
    path = folder / DATABASE_FILE
    remove_leftovers(folder)  # of a duress wipe whose process was killed
    try:
        check_wal(Path(str(path) + "-wal"))
    except WalDamaged:
        raise ArchiveDamaged(_("its journal of recent changes (tirkeu.db-wal)")) from None
    fresh = not path.exists()
    engine = make_engine(path, key)
    database = Database(engine, path)
    try:
        if fresh and os.name == "posix":
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            for suffix in ("", "-wal", "-shm"):
                member = Path(str(path) + suffix)
                if member.exists():
                    os.chmod(member, 0o600)
        if migrate:
            upgrade_to_head(database)
    except BaseException:
        engine.dispose()
        raise
    return database
