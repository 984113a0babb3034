"""`tirkeu` with no command opens the window: the unlock (or create) dialog comes up.

Runs in its own process: starting and quitting the application's event loop is what the
program does, and must not leave a quit event loop behind for the other GUI tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.cli import main
from desktop_app.ui.shell.unlock_dialog import VaultDialog

app = QApplication(sys.argv[:1])

def look_and_quit():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, VaultDialog) and widget.isVisible():
            print("DIALOG:", widget.windowTitle())
            widget.reject()  # giving up on creating a vault quits the program

QTimer.singleShot(500, look_and_quit)
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_tirkeu_alone_opens_the_window(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "DIALOG: Tirkeu — create a vault" in done.stdout
    assert "Traceback" not in done.stderr
    assert not (data_dir / "vault.json").exists()  # nothing is created until asked


DIALOG_SCRIPT = """
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from desktop_app.ui.shell.startup import keep_qt_settings_off_disk

keep_qt_settings_off_disk()
app = QApplication([])
dialog = QFileDialog(None, "Save a copy", "/tmp")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
dialog.setDirectory(__import__("sys").argv[1])
dialog.show(); app.processEvents(); dialog.hide()
dialog.deleteLater()
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("closed")
"""


def test_file_dialogs_leave_nothing_in_the_home_folder(tmp_path: Path) -> None:
    """Qt's dialog would write QtProject.conf (last folder, history) on closing."""
    home = tmp_path / "home"
    secret_folder = tmp_path / "where-the-photos-are"
    home.mkdir()
    secret_folder.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"))
    done = subprocess.run([sys.executable, "-c", DIALOG_SCRIPT, str(secret_folder)], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and "closed" in done.stdout, done.stderr
    written = [p for p in home.rglob("*") if p.is_file()]
    assert written == []
