"""Emergency wipe: destroy the keys first (the archive is unreadable at once), then files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from desktop_app.crypto.vault import VAULT_FILE


def wipe(folder: Path) -> list[str]:
    """Overwrite and delete vault.json, then delete the database and its backups.

    Once vault.json is gone no passphrase or recovery code can recover the data key, so
    what remains of the encrypted database is noise. Returns the names removed.
    """
    removed = []
    for name in (VAULT_FILE, VAULT_FILE + ".new"):
        path = folder / name
        if path.exists():
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                handle.write(os.urandom(max(size, 1)))
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
            removed.append(name)
    for path in [*sorted(folder.glob("tirkeu.db*")), folder / "lock.request"]:
        if path.exists():
            path.unlink()
            removed.append(path.name)
    if (folder / "backups").is_dir():
        shutil.rmtree(folder / "backups")
        removed.append("backups")
    return removed
