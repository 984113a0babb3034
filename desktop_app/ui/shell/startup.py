"""Starting the window: check SQLCipher, build the controller, ask to unlock."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.storage.database import SQLCipherMissing, sqlcipher_module
from desktop_app.ui.kit import faults, style
from desktop_app.ui.shell.controller import Controller


def keep_qt_settings_off_disk() -> None:
    """Qt's file dialog saves the last folder, its history and side bar in QtProject.conf
    when it closes. Point Qt's user settings at a place that cannot be written, so
    nothing of where a person keeps files is left outside the data folder. (Linux; on
    Windows and macOS Qt keeps them in the registry or a plist; see the closing note.)"""
    if sys.platform.startswith("linux"):
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope,
                              "/proc/self/tirkeu-keeps-no-settings")


def run(folder: Path) -> int:
    keep_qt_settings_off_disk()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The installed .desktop file's name (packaging/build.sh), so a desktop shows the
    # window under the launcher's icon and name.
    app.setDesktopFileName("org.tirkeu.Tirkeu")
    icon = resources.files("desktop_app.resources") / "icons" / "tirkeu.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    style.apply(app)  # before the first window (the controller applies it too, once)
    try:
        sqlcipher_module()
    except SQLCipherMissing as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    faults.install()  # an error met in the GUI thread: one sentence, never a traceback
    controller = Controller(folder)
    app.aboutToQuit.connect(controller.shutdown)
    controller.ask_to_unlock()
    return app.exec()
