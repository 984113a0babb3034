"""Starting the window: check SQLCipher, build the controller, ask to unlock."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.storage.database import SQLCipherMissing, sqlcipher_module
from desktop_app.ui.app import Controller


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
