"""Starting the window: unlock or create, show the archive, lock back to the dialog."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.crypto.vault import vault_exists
from desktop_app.storage.archive import create_archive, open_archive
from desktop_app.storage.database import SQLCipherMissing, sqlcipher_module
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.unlock_dialog import VaultDialog


class Controller:
    """Owns the open archive; the window and dialogs only see what it hands them."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.archive: Any = None
        self.window = MainWindow(folder)
        self.window.lock_requested.connect(self.lock)
        self.dialog: VaultDialog | None = None

    def ask_to_unlock(self) -> None:
        self.dialog = VaultDialog(self.folder, not vault_exists(self.folder),
                                  open_archive, create_archive)
        self.dialog.opened.connect(self._unlocked)
        self.dialog.rejected.connect(self._gave_up)
        self.dialog.show()

    def _unlocked(self, archive: Any) -> None:
        self.archive = archive
        self.window.show_archive(archive)
        self.window.show()

    def _gave_up(self) -> None:
        if self.archive is None:
            QApplication.quit()

    def lock(self) -> None:
        if self.archive is None:
            return
        self.window.clear()
        self.window.hide()
        archive, self.archive = self.archive, None
        archive.close()
        QApplication.clipboard().clear()
        self.ask_to_unlock()

    def shutdown(self) -> None:
        if self.archive is not None:
            self.window.clear()
            self.archive.close()
            self.archive = None


def run(folder: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        sqlcipher_module()
    except SQLCipherMissing as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    controller = Controller(folder)
    app.aboutToQuit.connect(controller.shutdown)
    controller.ask_to_unlock()
    return app.exec()
