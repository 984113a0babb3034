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

Opening a vault (``settle`` in storage/rekey_state.py, called by storage/archive)
completes what a crash cut short: a database under the new key finishes the rekey, one
still under the current key undoes it; a leftover copy is removed. ``after_step`` and
the environment variable ``TIRKEU_REKEY_STEP_DELAY`` (seconds to wait after each step)
let crash tests stop or kill a rekey at each step.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.language import _
from desktop_app.crypto import rekeying
from desktop_app.crypto.files import sync_folder
from desktop_app.crypto.keyfile import overwrite_and_remove
from desktop_app.crypto.vault import read_header
from desktop_app.storage.archive import open_archive
from desktop_app.storage.database import (
    DATABASE_FILE,
    export_copy,
)
from desktop_app.storage.migrate import BACKUP_FOLDER
from desktop_app.storage.rekey_state import (
    COPY_FILE,
    RekeyRefused,
    connect,
    held,
    remove_copy,
    undo,
)

STEPS = ("held", "pending", "copied", "switched", "finished")
STEP_DELAY_ENV = "TIRKEU_REKEY_STEP_DELAY"
# Called with each step's name once it is done; tests set it to stop or copy the folder.
after_step: Callable[[str], None] | None = None


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
    started = time.monotonic()
    # Opening settles an earlier rekey, migrates, and is the unlock a person expects
    # (wrong passphrases counted, the duress passphrase honoured).
    with open_archive(folder, passphrase) as archive:
        old_key = archive.vault.database_key()
    if recovery_code is None:
        recovery_code = read_header(folder).get("recovery") is not None
    path = folder / DATABASE_FILE
    with held(path, old_key, leave_wal=True) as holder:
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
                undo(folder)
            if isinstance(exc, OSError):
                raise RekeyRefused(_failed(folder, exc, switched=switched)) from None
            raise
        finally:
            current.lock()
            new.lock()
    return Rekeyed(code, counts.get("incidents", 0), counts.get("attachments", 0),
                   _destroy_old_copies(folder), time.monotonic() - started)


def _failed(folder: Path, exc: OSError, *, switched: bool) -> str:
    reason = exc.strerror or exc
    if not switched:
        return _("Cannot re-encrypt the archive in {folder}: {reason}; nothing was "
                 "changed.").format(folder=folder, reason=reason)
    # The header still leads to the new key, and the next opening finishes the change,
    # with a recovery code nobody has seen.
    return _("Cannot re-encrypt the archive in {folder}: {reason} at the very end; the vault "
             "opens with your passphrase and finishes the change, then make a new recovery "
             "code (tirkeu passwd --new-recovery-code).").format(folder=folder, reason=reason)


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
    remove_copy(path.parent)
    exporter = connect(path, old_key)
    try:
        export_copy(exporter, target, new_key)
    finally:
        exporter.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    copy = connect(target, new_key)
    try:
        bad_pages = copy.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = copy.execute("PRAGMA quick_check").fetchone()[0]
        counts = _row_counts(copy)
    finally:
        copy.close()
    if bad_pages or quick != "ok" or counts != _row_counts(holder):
        raise RekeyRefused(_("The re-encrypted copy of the archive did not match it; nothing "
                             "was changed."))
    return counts


def _row_counts(conn: Any) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    # The names come from the database's own schema, quoted as identifiers.
    return {name: conn.execute(
        'SELECT count(*) FROM "{}"'.format(name.replace('"', '""'))).fetchone()[0]  # noqa: S608
        for name in names}


def _destroy_old_copies(folder: Path) -> int:
    """The copies migrations kept are under the old key: useless to this vault now, and
    readable by whoever holds the old key. Overwritten in place, then removed."""
    copies = sorted((folder / BACKUP_FOLDER).glob(f"{Path(DATABASE_FILE).stem}-*.db"))
    for copy in copies:
        overwrite_and_remove(copy)
    return len(copies)
