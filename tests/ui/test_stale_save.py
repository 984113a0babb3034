"""No stale save: an incident open in the editor is rewritten elsewhere — by an import, a
resolved conflict or a purge, heard by the window or done from a terminal — and the person
presses Save. The newer revision survives, the person is told what changed and by whom,
and their own typing is kept to re-apply on top or drop.

The window's vault is the monitor's; a coordinator's vault, in another data folder, sends
bundles and receipts back, as it would on a USB stick.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.cli import main
from desktop_app.storage.archive import create_archive
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import open_bundle
from desktop_app.sync.receipts import seal_receipt
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, unlock_through_dialog
from tests.ui.test_exchange_window import COORDINATOR, MONITOR, edit, exchange_cards, save

PICKET = "Picket on Republic Square dispersed"
THEIR_TITLE = "Picket dispersed; twelve detained, two charged"


@pytest.fixture
def coordinated(qtbot: Any, controller: Any, tmp_path: Path) -> Iterator[tuple[Any, Any, str]]:
    """The window unlocked on the monitor's new vault, cards exchanged with a coordinator,
    the picket recorded and sent to the coordinator, and open in the editor."""
    unlock_through_dialog(qtbot, controller)
    monitor = controller.archive
    monitor.database.set_setting("owner_name", MONITOR)
    coordinator, _ = create_archive(tmp_path / "coordinator", PASSPHRASE,
                                    owner_name=COORDINATOR, recovery_code=False)
    try:
        exchange_cards(monitor, coordinator)
        picket = save(monitor, {"title": PICKET, "description": "Twelve people detained."})
        export_bundle(monitor, [COORDINATOR], tmp_path / "to-coordinator.tirkeu", since_last=True)
        report = open_bundle(coordinator, tmp_path / "to-coordinator.tirkeu")
        seal_receipt(coordinator, report, tmp_path / "receipt.tirkeu")
        controller.window.incidents.refresh()
        controller.open_incident(picket)
        assert controller.window.editor.title.text() == PICKET
        yield controller, coordinator, picket
    finally:
        if not coordinator.vault.locked:
            coordinator.close()


def send_back(coordinator: Any, picket: str, folder: Path, **changes: Any) -> Path:
    """The coordinator revises the picket and sends a bundle back to the monitor."""
    edit(coordinator, picket, **changes)
    bundle = folder / "from-coordinator.tirkeu"
    export_bundle(coordinator, [MONITOR], bundle, since_last=True)
    return bundle


def import_in_window(qtbot: Any, controller: Any, files: list[list[str]], bundle: Path) -> None:
    exchange = controller.exchange
    files.append([str(bundle)])
    exchange.import_files()
    qtbot.waitUntil(lambda: not exchange.busy, timeout=20000)


def import_from_a_terminal(data_dir: Path, tmp_path: Path, *files: Path) -> None:
    """`tirkeu import` in another window of the same laptop: the open window hears nothing."""
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "--passphrase-file", str(secret), "import",
                 *map(str, files)]) == 0


def purge_from_a_terminal(data_dir: Path, tmp_path: Path) -> None:
    """The coordinator's receipt imported and `tirkeu purge --delivered` run from a
    terminal, while the window still shows the purged incident."""
    import_from_a_terminal(data_dir, tmp_path, tmp_path / "receipt.tirkeu")
    assert main(["--data-dir", str(data_dir), "--passphrase-file",
                 str(tmp_path / "passphrase.txt"), "purge", "--delivered", "--yes"]) == 0


def press_save(qtbot: Any, editor: Any) -> None:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def authors(archive: Any, incident_id: str) -> list[str]:
    return [r.saved_by for r in archive.incidents.history(incident_id)]


# --- an import --------------------------------------------------------------------------------

def test_save_after_an_import_keeps_the_coordinators_revision(
        qtbot: Any, coordinated: Any, files: list[list[str]], tmp_path: Path) -> None:
    controller, coordinator, picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    bundle = send_back(coordinator, picket, tmp_path, title=THEIR_TITLE)

    import_in_window(qtbot, controller, files, bundle)
    # The editor shows the coordinator's revision at once, and says whose it is.
    assert editor.title.text() == THEIR_TITLE
    assert editor.notice.isVisible() and COORDINATOR in editor.notice.text()
    assert "title" in editor.notice.text()
    press_save(qtbot, editor)  # without typing anything

    assert monitor.incidents.get(picket).title == THEIR_TITLE
    assert authors(monitor, picket) == [COORDINATOR, MONITOR], "no stale revision on top"
    assert not editor.problem.isVisible()


def test_an_import_the_window_did_not_hear_still_cannot_be_undone(
        qtbot: Any, coordinated: Any, data_dir: Path, tmp_path: Path) -> None:
    controller, coordinator, picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    bundle = send_back(coordinator, picket, tmp_path, title=THEIR_TITLE)
    import_from_a_terminal(data_dir, tmp_path, bundle)
    assert editor.title.text() == PICKET  # the window still shows what it loaded

    press_save(qtbot, editor)  # without typing anything

    assert monitor.incidents.get(picket).title == THEIR_TITLE
    assert authors(monitor, picket) == [COORDINATOR, MONITOR]
    assert editor.title.text() == THEIR_TITLE, "reloaded with what is current"
    assert editor.notice.isVisible() and COORDINATOR in editor.notice.text()
    assert not editor.reapply_button.isVisible(), "nothing was typed, nothing to re-apply"


def test_typing_over_an_unheard_import_is_kept_and_reapplied_on_top(
        qtbot: Any, coordinated: Any, data_dir: Path, tmp_path: Path) -> None:
    controller, coordinator, picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    bundle = send_back(coordinator, picket, tmp_path, title=THEIR_TITLE)
    import_from_a_terminal(data_dir, tmp_path, bundle)
    editor.description.setFocus()
    editor.description.selectAll()
    type_text(editor.description, "Twelve detained; Әлия Серікбаева taken to hospital.")
    assert editor.dirty

    press_save(qtbot, editor)

    # Refused: the coordinator's revision stays current, the typing is kept as a draft.
    assert authors(monitor, picket) == [COORDINATOR, MONITOR]
    assert editor.title.text() == THEIR_TITLE
    notice = editor.notice.text()
    assert COORDINATOR in notice and "kept" in notice, notice
    assert editor.reapply_button.isVisible() and editor.drop_button.isVisible()
    [draft] = monitor.drafts.all()
    assert "Әлия" in draft.form["description"]

    qtbot.mouseClick(editor.reapply_button, Qt.MouseButton.LeftButton)
    # My description on top of their title: each keeps what they changed.
    assert editor.title.text() == THEIR_TITLE
    assert "Әлия" in editor.description.toPlainText()
    press_save(qtbot, editor)
    saved = monitor.incidents.get(picket)
    assert (saved.title, "Әлия" in saved.description) == (THEIR_TITLE, True)
    assert authors(monitor, picket) == [MONITOR, COORDINATOR, MONITOR]
    assert monitor.drafts.all() == []


def test_kept_typing_can_be_dropped(qtbot: Any, coordinated: Any, data_dir: Path,
                                    tmp_path: Path) -> None:
    controller, coordinator, picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    import_from_a_terminal(data_dir, tmp_path,
                           send_back(coordinator, picket, tmp_path, title=THEIR_TITLE))
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "My own title")
    press_save(qtbot, editor)
    assert editor.drop_button.isVisible()

    qtbot.mouseClick(editor.drop_button, Qt.MouseButton.LeftButton)
    assert monitor.drafts.all() == []
    assert editor.title.text() == THEIR_TITLE and not editor.dirty
    press_save(qtbot, editor)
    assert authors(monitor, picket) == [COORDINATOR, MONITOR]


def test_a_draft_typed_before_an_import_offers_the_same_choice_after_unlock(
        qtbot: Any, coordinated: Any, data_dir: Path, tmp_path: Path) -> None:
    controller, coordinator, picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    editor.place.setFocus()
    qtbot.keyClicks(editor.place, "Republic Square, north side")
    qtbot.keyClick(controller.window.incidents.table, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)  # lock: the typing becomes a draft
    assert controller.archive is None
    import_from_a_terminal(data_dir, tmp_path,
                           send_back(coordinator, picket, tmp_path, title=THEIR_TITLE))

    unlock_through_dialog(qtbot, controller)
    editor = controller.window.editor
    assert editor.title.text() == THEIR_TITLE, "the current revision, not the draft's base"
    assert editor.reapply_button.isVisible()
    qtbot.mouseClick(editor.reapply_button, Qt.MouseButton.LeftButton)
    assert editor.place.text() == "Republic Square, north side"
    press_save(qtbot, editor)
    saved = controller.archive.incidents.get(picket)
    assert (saved.title, saved.place) == (THEIR_TITLE, "Republic Square, north side")
    assert len(authors(controller.archive, picket)) == 3
    del monitor


# --- a conflict resolution -----------------------------------------------------------------

def test_save_after_a_conflict_resolution_keeps_the_merge(
        qtbot: Any, coordinated: Any, files: list[list[str]], tmp_path: Path) -> None:
    controller, coordinator, picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    # Both edit: the monitor the title (in the window), the coordinator the description.
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Picket dispersed by police")
    press_save(qtbot, editor)
    bundle = send_back(coordinator, picket, tmp_path,
                       description="Twelve detained; checked with their lawyers.")
    import_in_window(qtbot, controller, files, bundle)
    [conflict] = monitor.conflicts.open()
    assert editor.title.text() == "Picket dispersed by police", "the local edit stays current"

    # The monitor takes the coordinator's description, keeps their own title.
    chosen = {**conflict.local, "description": conflict.remote["description"]}
    controller.window.show_page("exchange")  # where conflicts are resolved
    controller.exchange.page.resolve_requested.emit(conflict.id, chosen)
    controller.window.show_page("incidents")  # back to the record
    assert monitor.conflicts.open_count() == 0
    assert editor.description.toPlainText() == "Twelve detained; checked with their lawyers."
    assert editor.notice.isVisible() and "description" in editor.notice.text()
    press_save(qtbot, editor)  # without typing anything

    saved = monitor.incidents.get(picket)
    assert (saved.title, saved.description) == ("Picket dispersed by police",
                                                "Twelve detained; checked with their lawyers.")
    assert len(monitor.incidents.history(picket)) == 3  # sent, edited here, merged


def test_a_resolution_made_from_an_old_local_copy_is_refused(
        qtbot: Any, coordinated: Any, files: list[list[str]], tmp_path: Path,
        no_dialogs: list[str]) -> None:
    controller, coordinator, picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    edit(monitor, picket, title="Picket dispersed by police")
    import_in_window(qtbot, controller, files, send_back(
        coordinator, picket, tmp_path, description="Checked with their lawyers."))
    controller.window.show_page("exchange")  # the comparison is shown there
    [conflict] = controller.exchange._conflicts
    controller.window.show_page("incidents")
    # The person types in the editor while comparing; resolving asks to save it first
    # (answered Save), which writes a revision the comparison did not see.
    editor.tags.setFocus()
    qtbot.keyClicks(editor.tags, "police violence")
    controller.window.show_page("exchange")
    controller.exchange.page.resolve_requested.emit(conflict.id, dict(conflict.local))
    controller.window.show_page("incidents")

    saved = monitor.incidents.get(picket)
    assert saved.tags == ("police violence",), "the typing saved first is not undone"
    assert monitor.conflicts.open_count() == 1, "nothing merged from the old copy"
    assert any("after the two versions were shown" in q for q in no_dialogs)


# --- a purge ----------------------------------------------------------------------------------

def test_a_purge_in_the_window_closes_the_purged_incident(
        qtbot: Any, coordinated: Any, files: list[list[str]], tmp_path: Path) -> None:
    controller, _coordinator, _picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    import_in_window(qtbot, controller, files, tmp_path / "receipt.tirkeu")
    controller.exchange.purge()  # the question is answered Yes
    qtbot.waitUntil(lambda: not controller.exchange.busy, timeout=20000)

    assert monitor.incidents.count() == 0
    assert editor.incident_id is None and not editor.isVisible()
    assert "removed" in controller.window.statusBar().currentMessage()


def test_save_after_a_purge_from_a_terminal_brings_nothing_back(
        qtbot: Any, coordinated: Any, data_dir: Path, tmp_path: Path) -> None:
    controller, _coordinator, _picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    purge_from_a_terminal(data_dir, tmp_path)
    assert editor.isVisible() and editor.title.text() == PICKET

    press_save(qtbot, editor)  # without typing anything

    assert monitor.incidents.count() == 0, "the purged incident was not brought back"
    assert editor.incident_id is None and not editor.isVisible()
    assert "removed" in controller.window.statusBar().currentMessage()


def test_typing_over_a_purge_is_kept_to_save_as_a_new_incident(
        qtbot: Any, coordinated: Any, data_dir: Path, tmp_path: Path) -> None:
    controller, _coordinator, picket = coordinated
    editor, monitor = controller.window.editor, controller.archive
    purge_from_a_terminal(data_dir, tmp_path)
    editor.place.setFocus()
    qtbot.keyClicks(editor.place, "Republic Square")

    press_save(qtbot, editor)
    assert monitor.incidents.count() == 0
    assert "removed" in editor.notice.text() and editor.reapply_button.isVisible()
    assert editor.place.text() == "Republic Square", "the typing is still there"
    qtbot.mouseClick(editor.reapply_button, Qt.MouseButton.LeftButton)
    press_save(qtbot, editor)
    [kept] = monitor.incidents.summaries()
    assert kept.id != picket and kept.title == PICKET
    assert monitor.incidents.get(kept.id).place == "Republic Square"
