"""The window on a damaged archive: a damaged page met while the window reads in the GUI
thread (pages refreshing, the list model drawing rows) is one sentence in one box, never a
traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.interchange import parse_incidents
from desktop_app.storage.archive import create_archive
from desktop_app.storage.database import DATABASE_FILE
from desktop_app.ui.kit.faults import FaultReporter
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock_through_dialog

PAGE = 4096
DAMAGED = ("The archive is damaged in its incident records; nothing was changed. Restore your "
           "backup (tirkeu restore) into a new folder.")
TWO = [{"title": "Picket on Republic Square dispersed", "date": "2018-05-12",
        "region": "almaty_city", "violations": ["arrest"]},
       {"title": "Journalist threatened after article", "date": "2019-03",
        "region": "almaty_city", "violations": ["threat"]}]


def _damage_incidents(folder: Path) -> None:
    archive, _ = create_archive(folder, PASSPHRASE, owner_name="Test Monitor",
                                recovery_code=False)
    try:
        archive.incidents.save_many(list(parse_incidents(TWO)), "Test Monitor")
        with archive.database.reading() as conn:
            root = conn.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE name = 'incidents'").scalar_one()
    finally:
        archive.close()
    path = folder / DATABASE_FILE
    data = bytearray(path.read_bytes())
    start = (root - 1) * PAGE + PAGE // 2
    data[start:start + 16] = bytes(b ^ 0x5A for b in data[start:start + 16])
    path.write_bytes(bytes(data))


@pytest.mark.qt_no_exception_capture  # what Qt does with a slot's error is under test
def test_unlocking_a_damaged_archive_says_one_sentence(qtbot, data_dir: Path, no_dialogs,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capfd: pytest.CaptureFixture[str]) -> None:
    from desktop_app.ui.shell.controller import Controller

    _damage_incidents(data_dir)
    told: list[str] = []
    monkeypatch.setattr(sys, "excepthook", FaultReporter(show=told.append))
    controller = Controller(data_dir)
    qtbot.addWidget(controller.window)
    controller.ask_to_unlock()
    try:
        unlock_through_dialog(qtbot, controller)
        qtbot.waitUntil(lambda: told != [], timeout=10000)
        QApplication.processEvents()
        assert told == [DAMAGED]  # once, however many reads met the page
        assert "Traceback" not in capfd.readouterr().err
    finally:
        controller.shutdown()
        QApplication.processEvents()


WINDOW_SCRIPT = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from desktop_app.cli import main
from desktop_app.ui.shell.unlock_dialog import VaultDialog

def unlock():
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, VaultDialog) and w.isVisible()]
    if not dialogs:
        return QTimer.singleShot(100, unlock)
    dialogs[0].passphrase.setText(sys.argv[2])
    dialogs[0].submit()
    QTimer.singleShot(100, look)

seen = []

def look(tries=[0]):
    # Each box is read and closed as a person would; after the first, two more seconds
    # show whether anything else (a traceback, another box) follows.
    tries[0] += 1
    for box in [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()]:
        print("BOX:", box.text(), flush=True)
        seen.append(tries[0])
        box.done(0)
    if (not seen and tries[0] < 150) or (seen and tries[0] < seen[0] + 20):
        return QTimer.singleShot(100, look)
    os._exit(0)

from desktop_app.ui.shell import controller as shell
real = shell.Controller

def controller(folder):  # the application exists by now: its timers will run
    made = real(folder)
    QTimer.singleShot(200, unlock)
    return made

shell.Controller = controller
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_the_window_started_as_a_person_starts_it_shows_the_damage_in_a_box(
        data_dir: Path) -> None:
    import os
    import subprocess

    _damage_incidents(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIRKEU_LANG="en")
    done = subprocess.run([sys.executable, "-c", WINDOW_SCRIPT, str(data_dir), PASSPHRASE],
                          env=env, capture_output=True, text=True, timeout=90, check=False)
    assert done.stdout.splitlines() == [f"BOX: {DAMAGED}"], done.stderr
    assert "Traceback" not in done.stderr
