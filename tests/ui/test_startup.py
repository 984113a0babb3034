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
from desktop_app.ui.unlock_dialog import VaultDialog

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
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "DIALOG: Tirkeu — create a vault" in done.stdout
    assert "Traceback" not in done.stderr
    assert not (data_dir / "vault.json").exists()  # nothing is created until asked
