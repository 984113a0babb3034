"""`tirkeu lock` leaves ``lock.request`` beside the vault; an open window locks on seeing it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from desktop_app.core.datadir import LOCK_REQUEST


class LockRequestWatcher(QObject):
    requested = Signal()

    def __init__(self, folder: Path, parent: Any = None):
        super().__init__(parent)
        self.path = folder / LOCK_REQUEST
        self._stamp = self._read()
        self._watcher = QFileSystemWatcher(self)
        if folder.is_dir():
            self._watcher.addPath(str(folder))
        self._watcher.directoryChanged.connect(self._check)

    def watch(self) -> None:
        """Start from the current state (after the folder was created, for a new vault)."""
        if str(self.path.parent) not in self._watcher.directories() and self.path.parent.is_dir():
            self._watcher.addPath(str(self.path.parent))
        self._stamp = self._read()

    def _read(self) -> str | None:
        try:
            return self.path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return None

    def _check(self, _folder: str) -> None:
        stamp = self._read()
        if stamp is not None and stamp != self._stamp:
            self._stamp = stamp
            self.requested.emit()
