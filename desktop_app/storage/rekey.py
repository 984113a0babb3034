"""`tirkeu rekey`: the whole archive re-encrypted under a new data key, so that an old copy
of vault.json with an old passphrase or recovery code opens nothing of it any more.

The database and vault.json are two files, so the switch is made in steps (``STEPS``),
and a crash (kill -9, power cut) after any of them, or in the middle of one, leaves a
vault that opens with the passphrase and holds every committed incident:

1. ``held``: the database leaves WAL mode (SQLite allows it only when no other connection
   has it open, so an open window must lock first) and its write lock is held to the end:
   nothing can be committed to the old file once it has been copied.
2. ``pending``: vault.json carries the new key as pending beside the current one
   (crypto/rekeying.begin); either key can now be found from the passphrase.
3. ``copied``: SQLCipher exports every page into ``tirkeu.db.rekey`` under the new key
   (no in-place ``PRAGMA rekey``: SQLCipher refuses it in WAL mode, and one file rewritten
   in place would hold pages under both keys until its end); the copy is checked (every
   page's HMAC, the same number of rows in every table) and flushed to disk.
4. ``switched``: the copy is renamed over tirkeu.db and the folder flushed.
5. ``finished``: vault.json holds only the new key (crypto/rekeying.finish).

Opening a vault (``settle``, called by storage/archive) completes what a crash cut short:
a database under the new key finishes the rekey, one still under the current key undoes
it; a leftover copy is removed. ``after_step`` and the environment variable
``TIRKEU_REKEY_STEP_DELAY`` (seconds to wait after each step) let crash tests stop or kill
a rekey at each step.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.crypto import rekeying
from desktop_app.crypto.files import sync_folder
from desktop_app.crypto.keyfile import overwrite_and_remove
from desktop_app.crypto.vault import UnlockedVault, read_header
from desktop_app.storage.database import (
    DATABASE_FILE,
    DatabaseUnreadable,
    export_copy,
    key_pragma,
    sqlcipher_module,
)
from desktop_app.storage.migrate import BACKUP_FOLDER

STEPS = ("held", "pending", "copied", "switched", "finished")
COPY_FILE = DATABASE_FILE + ".rekey"  # a wipe's "tirkeu.db*" takes it and its journal
STEP_DELAY_ENV = "TIRKEU_REKEY_STEP_DELAY"
# Called with each step's name once it is done; tests set it to stop or copy the folder.
after_step: Callable[[str], None] | None = None
EXCLUSIVE_WAIT = 5.0  # seconds an open window has to lock after `tirkeu rekey` asks


class RekeyRefused(TirkeuError):
    """The archive could not be re-encrypted now; the sentence says why."""


@dataclass(frozen=True)
class Rekeyed:
    recovery_code: str | None  # the new code, to be shown once; None: the vault has none
    incidents: int
    attachments: int
    destroyed_copies: int  # copies kept before schema updates, under the old key
    seconds: float


def rekey(folder: Path, passphrase: str, *, recovery_code: bool | None = None) -> Rekeyed:
    """Re-encrypt the archive in ``folder`` under a new data key. ``recovery_code``: make
    a new recovery code (True), none (False), or a new one only if the vault has one
    (None); the old code stops working either way. The passphrase stays the same, and so
    do the duress passphrase and the wipe-after setting. Refused while another process
    has the database open."""
    # Imported here: archive imports settle() from this module.
    from desktop_app.storage.archive import open_archive  # noqa: PLC0415

    started = time.monotonic()
    # Opening settles an earlier rekey, migrates, and is the unlock a person expects
    # (wrong passphrases counted, the duress passphrase honoured).
    with open_archive(folder, passphrase) as archive:
        old_key = archive.vault.database_key()
    if recovery_code is None:
        recovery_code = read_header(folder).get("recovery") is not None
    path = folder / DATABASE_FILE
    with _held(path, old_key, leave_wal=True) as holder:
        _step("held")
        current, new, code = rekeying.begin(folder, passphrase, recovery_code=recovery_code)
        switched = False
        try:
            _step("pending")
            counts = _copy(holder, path, old_key, new.database_key())
            _step("copied")
            if os.name != "posix":
                # Windows renames nothing over an open file. Any handle opened on the old
                # file from here on makes the rename fail (and the rekey is undone), so no
                # commit can be lost to it; a settle() racing us sees one key or the other.
                holder.close()
            os.replace(folder / COPY_FILE, path)
            switched = True
            sync_folder(folder)
            _step("switched")
            rekeying.finish(current)
            _step("finished")
        except BaseException as exc:
            if not switched:  # after the switch only going forward opens the database
                _undo(folder)
            if isinstance(exc, OSError):
                raise RekeyRefused(_failed(folder, exc, switched=switched)) from None
            raise
        finally:
            current.lock()
            new.lock()
    return Rekeyed(code, counts.get("incidents", 0), counts.get("attachments", 0),
                   _destroy_old_copies(folder), time.monotonic() - started)


def _failed(folder: Path, exc: OSError, *, switched: bool) -> str:
    reason = f"Cannot re-encrypt the archive in {folder}: {exc.strerror or exc}"
    if not switched:
        return reason + "; nothing was changed."
    # The header still leads to the new key, and the next opening finishes the change,
    # with a recovery code nobody has seen.
    return (reason + " at the very end; the vault opens with your passphrase and finishes "
            "the change, then make a new recovery code (tirkeu passwd --new-recovery-code).")


def settle(vault: UnlockedVault) -> UnlockedVault:
    """The vault under the key its database is under, once a rekey cut short has been
    finished or undone (see the module's docstring); ``vault`` is the vault as its
    current wraps open it (locked if another is returned)."""
    new = rekeying.pending(vault)
    if new is None:
        _remove_copy(vault.folder)
        return vault
    path = vault.folder / DATABASE_FILE
    try:
        if not _opens(path, new.database_key()):
            # A rekey still running holds this lock until it has finished; one that died
            # holds nothing, and the database it left is under one key or the other.
            with _held(path, vault.database_key(), leave_wal=False):
                if not _opens(path, new.database_key()):
                    new.lock()
                    _undo(vault.folder)
                    return vault
        new.lock()
        return rekeying.finish(vault)
    except BaseException:
        new.lock()
        raise


def _step(name: str) -> None:
    if after_step is not None:
        after_step(name)
    delay = os.environ.get(STEP_DELAY_ENV)
    if delay:
        time.sleep(float(delay))


def _copy(holder: Any, path: Path, old_key: bytes, new_key: bytes) -> dict[str, int]:
    """Export the database into the copy under ``new_key``, check it and flush it; returns
    its rows per table."""
    target = path.with_name(COPY_FILE)
    _remove_copy(path.parent)
    exporter = _connect(path, old_key)
    try:
        export_copy(exporter, target, new_key)
    finally:
        exporter.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    copy = _connect(target, new_key)
    try:
        bad_pages = copy.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = copy.execute("PRAGMA quick_check").fetchone()[0]
        counts = _row_counts(copy)
    finally:
        copy.close()
    if bad_pages or quick != "ok" or counts != _row_counts(holder):
        raise RekeyRefused("The re-encrypted copy of the archive did not match it; nothing "
                           "was changed.")
    return counts


def _row_counts(conn: Any) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    # The names come from the database's own schema, quoted as identifiers.
    return {name: conn.execute(
        'SELECT count(*) FROM "{}"'.format(name.replace('"', '""'))).fetchone()[0]  # noqa: S608
        for name in names}


@contextmanager
def _held(path: Path, key: bytes, *, leave_wal: bool) -> Iterator[Any]:
    """A connection holding the database's write lock (readers may go on) until the block
    ends; with ``leave_wal``, first out of WAL mode, which proves it is the only one."""
    dbapi = sqlcipher_module()
    conn = _connect(path, key)
    try:
        deadline = time.monotonic() + EXCLUSIVE_WAIT
        while leave_wal:
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                break
            except dbapi.OperationalError:
                if time.monotonic() > deadline:
                    raise RekeyRefused("The archive is open in a window or another command; "
                                       "lock it there (tirkeu lock) and try again.") from None
                time.sleep(0.2)
        try:
            conn.execute("BEGIN IMMEDIATE")
        except dbapi.OperationalError:
            raise RekeyRefused("The archive is being re-encrypted or written right now; try "
                               "again in a minute.") from None
        yield conn
    finally:
        conn.close()  # rolls the (empty) write transaction back


def _connect(path: Path, key: bytes) -> Any:
    """A keyed connection to an existing file (never creating one), with no temporary
    files on disk; DatabaseUnreadable if ``key`` does not open it."""
    dbapi = sqlcipher_module()
    try:
        conn = dbapi.connect(path.resolve().as_uri() + "?mode=rw", uri=True,
                             isolation_level=None, timeout=EXCLUSIVE_WAIT)
    except dbapi.DatabaseError:
        raise DatabaseUnreadable(f"There is no readable database in {path.parent}.") from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
    except dbapi.DatabaseError:
        conn.close()
        raise DatabaseUnreadable(
            f"The database in {path.parent} cannot be read with this vault's key; it belongs "
            "to another vault or is damaged.") from None
    return conn


def _opens(path: Path, key: bytes) -> bool:
    """True if ``key`` opens the database at ``path`` and it holds a schema (an empty file
    opens under any key)."""
    try:
        conn = _connect(path, key)
    except DatabaseUnreadable:
        return False
    try:
        return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        conn.close()


def _undo(folder: Path) -> None:
    rekeying.abandon(folder)
    _remove_copy(folder)


def _remove_copy(folder: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        (folder / (COPY_FILE + suffix)).unlink(missing_ok=True)


def _destroy_old_copies(folder: Path) -> int:
    """The copies migrations kept are under the old key: useless to this vault now, and
    readable by whoever holds the old key. Overwritten in place, then removed."""
    copies = sorted((folder / BACKUP_FOLDER).glob(f"{Path(DATABASE_FILE).stem}-*.db"))
    for copy in copies:
        overwrite_and_remove(copy)
    return len(copies)
