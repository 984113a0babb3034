"""`tirkeu` with no command opens the window: the unlock (or create) dialog comes up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.ui.unlock_dialog import VaultDialog


def test_tirkeu_alone_opens_the_window(qapp: QApplication, data_dir: Path) -> None:
    from desktop_app.cli import main

    seen: list[str] = []

    def look_and_quit() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, VaultDialog) and w.isVisible()]
        seen.extend(d.windowTitle() for d in dialogs)
        for dialog in dialogs:
            dialog.reject()  # giving up on a new vault quits the program

    QTimer.singleShot(300, look_and_quit)
    assert main(["--data-dir", str(data_dir)]) == 0
    assert seen == ["Tirkeu — create a vault"]
    assert not (data_dir / "vault.json").exists()  # nothing is created until asked
