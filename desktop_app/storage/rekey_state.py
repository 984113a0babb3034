"""A rekey cut short, settled at the next opening (storage/archive calls ``settle``), and
the database handles a rekey and its settling share. The rekey itself, and why it goes in
steps, is storage/rekey.py; this module sits below storage/archive, which that one uses.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto import rekeying
from desktop_app.crypto.vault import UnlockedVault
from desktop_app.storage.database import (
    DATABASE_FILE,
    DatabaseUnreadable,
    key_pragma,
    sqlcipher_module,
)

COPY_FILE = DATABASE_FILE + ".rekey"  # a wipe's "tirkeu.db*" takes it and its journal
EXCLUSIVE_WAIT = 5.0  # seconds an open window has to lock after `tirkeu rekey` asks


class RekeyRefused(TirkeuError):
    """The archive could not be re-encrypted now; the sentence says why."""


def settle(vault: UnlockedVault) -> UnlockedVault:
    """The vault under the key its database is under, once a rekey cut short has been
    finished or undone (see the module's docstring); ``vault`` is the vault as its
    current wraps open it (locked if another is returned)."""
    new = rekeying.pending(vault)
    if new is None:
        remove_copy(vault.folder)
        return vault
    path = vault.folder / DATABASE_FILE
    try:
        if not opens(path, new.database_key()):
            # A rekey still running holds this lock until it has finished; one that died
            # holds nothing, and the database it left is under one key or the other.
            with held(path, vault.database_key(), leave_wal=False):
                if not opens(path, new.database_key()):
                    new.lock()
                    undo(vault.folder)
                    return vault
        new.lock()
        return rekeying.finish(vault)
    except BaseException:
        new.lock()
        raise


@contextmanager
def held(path: Path, key: bytes, *, leave_wal: bool) -> Iterator[Any]:
    """A connection holding the database's write lock (readers may go on) until the block
    ends; with ``leave_wal``, first out of WAL mode, which proves it is the only one."""
    dbapi = sqlcipher_module()
    conn = connect(path, key)
    try:
        deadline = time.monotonic() + EXCLUSIVE_WAIT
        while leave_wal:
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                break
            except dbapi.OperationalError:
                if time.monotonic() > deadline:
                    raise RekeyRefused(_("The archive is open in a window or another command; "
                                         "lock it there (tirkeu lock) and try again.")) from None
                time.sleep(0.2)
        try:
            conn.execute("BEGIN IMMEDIATE")
        except dbapi.OperationalError:
            raise RekeyRefused(_("The archive is being re-encrypted or written right now; try "
                                 "again in a minute.")) from None
        yield conn
    finally:
        conn.close()  # rolls the (empty) write transaction back


def connect(path: Path, key: bytes) -> Any:
    """A keyed connection to an existing file (never creating one), with no temporary
    files on disk; DatabaseUnreadable if ``key`` does not open it."""
    dbapi = sqlcipher_module()
    try:
        conn = dbapi.connect(path.resolve().as_uri() + "?mode=rw", uri=True,
                             isolation_level=None, timeout=EXCLUSIVE_WAIT)
    except dbapi.DatabaseError:
        raise DatabaseUnreadable(_("There is no readable database in {folder}.").format(
            folder=path.parent)) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
    except dbapi.DatabaseError:
        conn.close()
        raise DatabaseUnreadable(
            _("The database in {folder} cannot be read with this vault's key; it belongs to "
              "another vault or is damaged.").format(folder=path.parent)) from None
    return conn


def opens(path: Path, key: bytes) -> bool:
    """True if ``key`` opens the database at ``path`` and it holds a schema (an empty file
    opens under any key)."""
    try:
        conn = connect(path, key)
    except DatabaseUnreadable:
        return False
    try:
        return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        conn.close()


def undo(folder: Path) -> None:
    rekeying.abandon(folder)
    remove_copy(folder)


def remove_copy(folder: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        (folder / (COPY_FILE + suffix)).unlink(missing_ok=True)
