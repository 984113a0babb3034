"""Where a vault lives, and the one signal file other processes may leave beside it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import platformdirs

ENV_VAR = "TIRKEU_DATA_DIR"
LOCK_REQUEST = "lock.request"


def data_folder(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` if given, else ``TIRKEU_DATA_DIR``, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return Path(platformdirs.user_data_dir("Tirkeu", appauthor=False, roaming=False))


def request_lock(folder: Path) -> Path:
    """Ask every open window on ``folder`` to lock. The file holds only a time stamp."""
    path = folder / LOCK_REQUEST
    path.write_text(f"{time.time():.3f}\n", encoding="ascii")
    return path
