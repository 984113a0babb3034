"""GUI fixtures: a controller on a fresh data folder, unlocked through its real dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """English counted forms ("1 incident", "3 incidents"), as the program installs them
    before its first window (ui/shell/controller.py): a page built alone in a test would
    otherwise read "1 incident(s)"."""
    from desktop_app.ui.kit import i18n

    i18n.install_plurals(qapp)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal questions answer Yes/Save by themselves and are recorded, so a test can see
    what the person would have been asked."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        buttons = args[0] if args else QMessageBox.StandardButton.Yes
        if buttons & QMessageBox.StandardButton.Save:
            return QMessageBox.StandardButton.Save
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]))
    return asked


def type_text(widget: QWidget, text: str) -> None:
    """Type as a keyboard with a Kazakh layout would: QTest.keyClicks only knows Latin-1
    (and aborts on "ә"), so each character is sent as a key event carrying its text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()


def unlock_through_dialog(qtbot, controller, passphrase: str = PASSPHRASE, *,  # type: ignore[no-untyped-def]
                          name: str = "Test Monitor", coordinator: bool = False) -> None:
    """Type the passphrase into the real dialog, press Enter, wait for the worker. A new
    vault is made for ``name``, a monitor's unless ``coordinator``."""
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    if dialog.creating:
        type_text(dialog.owner_name, name)
        (dialog.coordinator if coordinator else dialog.monitor).setChecked(True)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if dialog.creating:
        qtbot.keyClicks(dialog.repeat, passphrase)
        dialog.recovery.setChecked(False)  # the recovery-code window is tested on its own
    dialog.submit()
    qtbot.waitUntil(lambda: controller.archive is not None, timeout=15000)


def session_with(archive, may_rewrite=None):  # type: ignore[no-untyped-def]
    """A window's session holding ``archive``, already unlocked, for a page under test on
    its own. ``may_rewrite`` stands for an editor asked before incidents are rewritten."""
    from desktop_app.session import Session
    from desktop_app.ui.shell.session_signals import QtSession

    session = Session(archive.folder)
    if may_rewrite is not None:
        session.guard(may_rewrite)
    signals = QtSession(session)
    session.unlocked(archive)
    return signals


@pytest.fixture
def controller(qtbot, data_dir: Path, no_dialogs) -> Iterator:  # type: ignore[no-untyped-def]
    from desktop_app.ui.shell.controller import Controller

    made = Controller(data_dir)
    qtbot.addWidget(made.window)
    made.ask_to_unlock()
    yield made
    made.shutdown()
    QApplication.processEvents()


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """What the file dialogs answer, in order: a person choosing files, one list per
    dialog."""
    from desktop_app.ui.kit.file_dialog import PrivateFileDialog

    answers: list[list[str]] = []
    monkeypatch.setattr(PrivateFileDialog, "pick", lambda self: answers.pop(0))
    return answers


@pytest.fixture
def tables(qtbot, archive):  # type: ignore[no-untyped-def]
    """The File menu's tables controller on ``archive``, in a window of its own."""
    from desktop_app.ui.tables.controller import TablesController

    window = QWidget()
    qtbot.addWidget(window)
    made = TablesController(window)
    made.attach(session_with(archive))
    return made
