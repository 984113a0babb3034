"""Starting the window: the unlock prompt first, then everything behind it.

The prompt needs only Qt, the vault's header and the dialog; the database layer, the
pages and the main window (about three quarters of the start) are loaded and built in the
event loop's first turn, while the person reads the prompt and types. The dialog is
handed to the controller then (``Controller.adopt``); it opens the vault only when the
person submits, by which time the controller answers it."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.core import language as core_language
from desktop_app.crypto.vault import vault_exists
from desktop_app.ui.kit import faults, i18n, style
from desktop_app.ui.shell import language_choice
from desktop_app.ui.shell.unlock_dialog import VaultDialog


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
    faults.install()  # an error met in the GUI thread: one sentence, never a traceback
    prompt = first_prompt(folder)
    kept: list[Any] = []  # the controller, alive as long as the application
    QTimer.singleShot(0, lambda: kept.extend(behind_the_prompt(app, folder, prompt)))
    return app.exec()


def first_prompt(folder: Path) -> VaultDialog:
    """The unlock (or create) dialog, in the language the controller will start in,
    shown and in front."""
    language, _ = language_choice.starting(folder, language_choice.system_language)
    i18n.install_plurals()
    i18n.install(language)
    core_language.use(language)
    dialog = VaultDialog(folder, not vault_exists(folder), _open_archive, _create_archive,
                         language=language)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def behind_the_prompt(app: QApplication, folder: Path, prompt: VaultDialog) -> list[Any]:
    """Check SQLCipher, build the controller and hand it the prompt; [] if it cannot run."""
    from desktop_app.storage.database import (  # noqa: PLC0415 - after the prompt shows
        SQLCipherMissing,
        sqlcipher_module,
    )
    from desktop_app.ui.shell import controller as shell  # noqa: PLC0415

    try:
        sqlcipher_module()
    except SQLCipherMissing as exc:
        prompt.hide()
        QMessageBox.critical(None, APP_NAME, str(exc))
        app.exit(1)
        return []
    controller = shell.Controller(folder)
    app.aboutToQuit.connect(controller.shutdown)
    controller.adopt(prompt)
    return [controller]


def _open_archive(*args: Any, **kwargs: Any) -> Any:
    from desktop_app.storage.archive import open_archive  # noqa: PLC0415 - loaded by then

    return open_archive(*args, **kwargs)


def _create_archive(*args: Any, **kwargs: Any) -> Any:
    from desktop_app.storage.archive import create_archive  # noqa: PLC0415

    return create_archive(*args, **kwargs)
