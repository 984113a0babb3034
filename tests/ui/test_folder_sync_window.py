"""Exchange → Sync with a folder…, in the real window: a coordinator chooses a folder; a
monitor's bundle dropped in is imported (the incident list shows it, the status line says
so, a receipt appears in the folder), a bad file is refused in one sentence, a burst of
files makes one pass; while locked nothing is read, and unlocking catches up. The folder
chosen is kept in the vault only."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop_app.storage.archive import create_archive
from desktop_app.sync.export import export_bundle
from desktop_app.ui.exchange import folder_sync
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock_through_dialog
from tests.ui.test_exchange_window import save

COORDINATOR, MONITOR = "Aigerim Bekova", "Dana Seitkali"


@pytest.fixture
def monitor(tmp_path: Path) -> Any:
    archive, _ = create_archive(tmp_path / "monitor", PASSPHRASE, owner_name=MONITOR,
                                recovery_code=False)
    yield archive
    if not archive.vault.locked:
        archive.close()


@pytest.fixture
def passes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every pass the window runs (the real sync_folder, counted)."""
    seen: list[Path] = []
    real = folder_sync.sync_folder

    def counted(archive: Any, folder: Path, **kwargs: Any) -> Any:
        seen.append(folder)
        return real(archive, folder, **kwargs)

    monkeypatch.setattr(folder_sync, "sync_folder", counted)
    return seen


def introduce(coordinator: Any, monitor: Any) -> None:
    for here, there, role in ((coordinator, monitor, False), (monitor, coordinator, True)):
        card = there.keys().card()
        here.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                          coordinator=role)


def drop_bundle(monitor: Any, folder: Path, name: str, title: str) -> Path:
    """The monitor records ``title`` and its bundle arrives in the folder, complete (its
    time a minute back, as a transport that copied it whole leaves it)."""
    save(monitor, {"title": title})
    out = folder / name
    assert export_bundle(monitor, [COORDINATOR], out, since_last=True).path == out
    past = time.time() - 60
    os.utime(out, (past, past))
    return out


def rows(controller: Any) -> int:
    return int(controller.window.incidents.model.rowCount())


def status(controller: Any) -> str:
    return str(controller.exchange.page.folder_bar.status.text())


def ours(folder: Path, *known: Path) -> set[str]:
    """The bundle files in the folder other than ``known``: what the window wrote."""
    return {p.name for p in folder.glob("*.tirkeu")} - {p.name for p in known}


def test_a_watched_folder_imports_what_arrives_and_pauses_while_locked(
        qtbot, controller, monitor, passes, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    unlock_through_dialog(qtbot, controller, name=COORDINATOR, coordinator=True)
    introduce(controller.archive, monitor)
    # A long path, as a Nextcloud or a mounted share may give: it must not widen the window.
    folder = tmp_path / ("Exchange-" + "shared-with-the-three-coordinators-" * 4)
    folder.mkdir()
    widest = controller.window.minimumSizeHint().width()
    monkeypatch.setattr(PrivateFileDialog, "pick", lambda self: [str(folder)])
    bar = controller.exchange.page.folder_bar
    controller.window.show_page("exchange")
    qtbot.mouseClick(bar.choose_button, Qt.MouseButton.LeftButton)
    assert str(folder) in bar.folder_label.full_text and bar.stop_button.isVisible()
    assert controller.window.minimumSizeHint().width() <= widest
    qtbot.waitUntil(lambda: "nothing new" in status(controller), timeout=10000)
    assert status(controller).startswith("Last synced ")
    assert len(passes) == 1

    # A bad file, and a bundle a moment later: one pass for both.
    junk = folder / "b2.tirkeu"
    junk.write_bytes(b"not an age file at all\n" * 40)
    os.utime(junk, (time.time() - 60,) * 2)
    qtbot.wait(300)  # the window hears of it before the next file comes
    first = drop_bundle(monitor, folder, "a1.tirkeu", "Picket dispersed on Abay Avenue")
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=15000)
    qtbot.waitUntil(lambda: "1 bundle in · 1 receipt out" in status(controller), timeout=5000)
    assert bar.refusals.isVisible()
    assert bar.refusals.text().startswith("b2.tirkeu: ") and "\n" not in bar.refusals.text()
    receipts = ours(folder, first, junk)
    assert len(receipts) == 1  # the receipt for the monitor, under a neutral name
    qtbot.wait(folder_sync.SETTLE_MS + 1500)
    assert len(passes) == 2, "a burst (and the pass's own receipt) made more than one pass"

    # Kept in the vault's encrypted settings, nowhere in plain text on disk.
    assert controller.archive.database.setting(folder_sync.FOLDER_SETTING) == str(folder)
    needle = str(folder).encode()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert needle not in path.read_bytes(), f"the folder's path is in {path.name}"

    # Locked: what arrives waits, unread.
    controller.lock()
    assert controller.archive is None and bar.status.text() == ""
    assert str(folder) not in bar.folder_label.full_text
    second = drop_bundle(monitor, folder, "c3.tirkeu", "Journalist detained in Shymkent")
    qtbot.wait(folder_sync.SETTLE_MS + 1500)
    assert len(passes) == 2
    assert ours(folder, first, junk, second) == receipts  # no receipt for it yet

    # Unlocked: a pass at once catches up.
    unlock_through_dialog(qtbot, controller)
    assert str(folder) in bar.folder_label.full_text
    qtbot.waitUntil(lambda: rows(controller) == 2, timeout=15000)
    qtbot.waitUntil(lambda: "1 bundle in · 1 receipt out" in status(controller), timeout=5000)
    assert len(ours(folder, first, junk, second) - receipts) == 1
    assert not bar.refusals.isVisible()  # the bad file was said once; not again

    # Stop syncing: forgotten, and the folder left as it is.
    controller.window.show_page("exchange")
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    assert not controller.archive.database.setting(folder_sync.FOLDER_SETTING)
    assert "Syncing stopped" in status(controller) and first.exists() and junk.exists()


def choose(qtbot: Any, controller: Any, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(PrivateFileDialog, "pick", lambda self: [str(folder)])
    controller.window.show_page("exchange")
    bar = controller.exchange.page.folder_bar
    qtbot.mouseClick(bar.choose_button, Qt.MouseButton.LeftButton)
    return bar


def test_a_pass_never_holds_up_the_window(qtbot, controller, monitor, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    unlock_through_dialog(qtbot, controller, name=COORDINATOR, coordinator=True)
    introduce(controller.archive, monitor)
    folder = tmp_path / "Exchange"
    folder.mkdir()
    drop_bundle(monitor, folder, "a1.tirkeu", "Picket dispersed on Abay Avenue")
    started, go = threading.Event(), threading.Event()
    real = folder_sync.sync_folder

    def slow(archive: Any, where: Path, **kwargs: Any) -> Any:
        started.set()
        go.wait(20)  # a pass over a large folder on a slow drive
        return real(archive, where, **kwargs)

    monkeypatch.setattr(folder_sync, "sync_folder", slow)
    bar = choose(qtbot, controller, folder, monkeypatch)
    qtbot.waitUntil(started.is_set, timeout=10000)
    # The window still answers while the pass runs: events are handled, the page's own
    # buttons work.
    ticked: list[bool] = []
    QTimer.singleShot(50, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True], timeout=2000)
    page = controller.exchange.page
    assert page.export_button.isEnabled() and page.import_button.isEnabled()
    assert rows(controller) == 0 and status(controller) == "Syncing…"
    go.set()
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=15000)
    assert "1 bundle in" in status(controller) and bar.stop_button.isVisible()


def test_a_folder_that_goes_away_is_said_and_syncing_resumes_when_it_is_back(
        qtbot, controller, monitor, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(folder_sync, "FALLBACK_MS", 2500)  # the slow timer, made quick
    unlock_through_dialog(qtbot, controller, name=COORDINATOR, coordinator=True)
    introduce(controller.archive, monitor)
    stick = tmp_path / "stick"
    stick.mkdir()
    choose(qtbot, controller, stick, monkeypatch)
    qtbot.waitUntil(lambda: "nothing new" in status(controller), timeout=10000)
    stick.rmdir()  # the stick is pulled out
    qtbot.waitUntil(lambda: "is not there any more" in status(controller), timeout=10000)
    assert status(controller).count(".") == 1 and str(stick) in status(controller)
    stick.mkdir()  # and plugged in again, with a bundle on it
    drop_bundle(monitor, stick, "a1.tirkeu", "Picket dispersed on Abay Avenue")
    qtbot.waitUntil(lambda: rows(controller) == 1, timeout=15000)
    assert "1 bundle in · 1 receipt out" in status(controller)


def test_files_that_never_stop_coming_do_not_put_the_pass_off(
        qtbot, controller, passes, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(folder_sync, "MAX_WAIT_MS", 2000)
    unlock_through_dialog(qtbot, controller, name=COORDINATOR, coordinator=True)
    folder = tmp_path / "Exchange"
    folder.mkdir()
    choose(qtbot, controller, folder, monkeypatch)
    qtbot.waitUntil(lambda: len(passes) == 1, timeout=10000)
    # A transport writing a temporary file every 0.3 s, for longer than the longest wait.
    start = time.monotonic()
    while time.monotonic() - start < 4.5 and len(passes) == 1:
        (folder / f".syncthing.x{time.monotonic_ns()}.tmp").write_bytes(b"x")
        qtbot.wait(300)
    assert len(passes) >= 2, "the pass waited for the events to stop"


def test_locking_during_a_pass_waits_for_it_and_shows_nothing_of_it(
        qtbot, controller, monitor, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    unlock_through_dialog(qtbot, controller, name=COORDINATOR, coordinator=True)
    introduce(controller.archive, monitor)
    folder = tmp_path / "Exchange"
    folder.mkdir()
    drop_bundle(monitor, folder, "a1.tirkeu", "Picket dispersed on Abay Avenue")
    started, ended = threading.Event(), threading.Event()
    real = folder_sync.sync_folder

    def slow(archive: Any, where: Path, **kwargs: Any) -> Any:
        started.set()
        time.sleep(1.0)
        try:
            return real(archive, where, **kwargs)
        finally:
            ended.set()

    monkeypatch.setattr(folder_sync, "sync_folder", slow)
    bar = choose(qtbot, controller, folder, monkeypatch)
    qtbot.waitUntil(started.is_set, timeout=10000)
    controller.lock()  # while the pass runs: the lock waits until it is over
    assert ended.is_set(), "the archive was closed under a pass still running"
    qtbot.wait(500)  # the pass's answer, delivered after the lock, is dropped
    assert controller.archive is None
    assert bar.status.text() == "" and not bar.refusals.isVisible()
    assert str(folder) not in bar.folder_label.full_text
