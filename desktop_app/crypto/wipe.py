"""Emergency wipe: destroy the keys first (the archive is unreadable at once), then files."""

from __future__ import annotations

import secrets
import shutil
import threading
from pathlib import Path

from desktop_app.crypto import keyfile

VAULT_FILE = keyfile.HEADER_FILE

DATABASE_PREFIX = "tirkeu.db"  # tirkeu.db, -wal, -shm, and any .part a crash left
# A database a duress wipe has moved aside, unreadable already, being removed; one a
# killed process left is removed at the next opening (storage/opening.py).
GONE_PREFIX = DATABASE_PREFIX + ".gone-"


def wipe(folder: Path, *, remove_later: bool = False) -> list[str]:
    """Destroy the vault in ``folder``; returns the names removed, in the order removed.

    First the key file is overwritten in place and flushed (crypto/keyfile.py): from that
    moment no copy of vault.json, current or from long ago, opens anything, whatever the
    passphrase or recovery code. Then vault.json is overwritten and removed, then the
    database with its WAL and SHM, the copies migrations kept, drafts (inside the
    database) and the lock request. All of it takes a few milliseconds, and removing a
    large database longer: ``remove_later`` (the duress route, which must take as long as
    a normal unlock) renames the database files aside, which is instant, and removes them
    in a thread of their own; they are unreadable from the first step on."""
    removed = []
    if keyfile.destroy(folder):
        removed.append(keyfile.KEY_FILE)
    for name in (VAULT_FILE, VAULT_FILE + ".new"):
        if keyfile.overwrite_and_remove(folder / name):
            removed.append(name)
    later: list[Path] = []
    for path in [*sorted(folder.glob(DATABASE_PREFIX + "*")), folder / "lock.request"]:
        if path.is_file() and not path.is_symlink():
            removed.append(path.name)
            if remove_later and path.name.startswith(DATABASE_PREFIX):
                aside = folder / f"{GONE_PREFIX}{secrets.token_hex(8)}"
                path.rename(aside)
                later.append(aside)
            else:
                path.unlink()
    if (folder / "backups").is_dir():
        if remove_later:
            aside = folder / f"{GONE_PREFIX}{secrets.token_hex(8)}"
            (folder / "backups").rename(aside)
            later.append(aside)
        else:
            shutil.rmtree(folder / "backups")
        removed.append("backups")
    if later:
        with _lock:
            _removing.update(later)
        # Not a daemon: the command waits for it before it exits.
        thread = threading.Thread(target=_remove, args=(later,), name="tirkeu-wipe")
        thread.start()
        _threads.append(thread)
    return removed


def wait_for_removals() -> None:
    """Return once every file a wipe moved aside is gone."""
    while _threads:
        _threads.pop().join()


_lock = threading.Lock()
_removing: set[Path] = set()  # moved aside and being removed by a wipe's thread
_threads: list[threading.Thread] = []


def remove_leftovers(folder: Path) -> None:
    """Remove what a duress wipe moved aside in ``folder`` and could not finish removing
    (the process was killed); what a running wipe is removing is left to it."""
    with _lock:
        busy = set(_removing)
    _remove([path for path in sorted(folder.glob(GONE_PREFIX + "*")) if path not in busy])


def _remove(paths: list[Path]) -> None:
    try:
        for path in paths:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    finally:
        with _lock:
            _removing.difference_update(paths)
