"""Emergency wipe: destroy the keys first (the archive is unreadable at once), then files."""

from __future__ import annotations

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
        if keyfile.overwrite_and_remove(folder / name):
            removed.append(name)
    for path in [*sorted(folder.glob(DATABASE_PREFIX + "*")), folder / "lock.request"]:
        if path.is_file() and not path.is_symlink():
            path.unlink()
            removed.append(path.name)
    if (folder / "backups").is_dir():
        shutil.rmtree(folder / "backups")
        removed.append("backups")
    return removed
