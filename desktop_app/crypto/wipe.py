"""Emergency wipe: destroy the keys first (the archive is unreadable at once), then files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop_app.crypto import keyfile

VAULT_FILE = keyfile.HEADER_FILE

DATABASE_PREFIX = "tirkeu.db"  # tirkeu.db, -wal, -shm, and any .part a crash left


def wipe(folder: Path) -> list[str]:
    """Destroy the vault in ``folder``; returns the names removed, in the order removed.

    First the key file is overwritten in place and flushed (crypto/keyfile.py): from that
    moment no copy of vault.json, current or from long ago, opens anything, whatever the
    passphrase or recovery code. Then vault.json is overwritten and removed, then the
    database with its WAL and SHM, the copies migrations kept, drafts (inside the
    database) and the lock request. All of it takes a few milliseconds."""
    removed = []
    if keyfile.destroy(folder):
        removed.append(keyfile.KEY_FILE)
    for name in (VAULT_FILE, VAULT_FILE + ".new"):
        if _overwrite_and_remove(folder / name):
            removed.append(name)
    for path in [*sorted(folder.glob(DATABASE_PREFIX + "*")), folder / "lock.request"]:
        if path.is_file() and not path.is_symlink():
            path.unlink()
            removed.append(path.name)
    if (folder / "backups").is_dir():
        shutil.rmtree(folder / "backups")
        removed.append("backups")
    return removed


def _overwrite_and_remove(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0)
                     | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return False
    try:
        os.write(fd, os.urandom(max(os.fstat(fd).st_size, 1)))
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    return True
