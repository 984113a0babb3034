"""The monitor's job in the window: create, record, find, edit, see history, lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, unlock_through_dialog


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Edit one cell by keyboard, as a person would: select it, start editing, type, Enter."""
    QApplication.processEvents()  # let editors closed earlier be deleted
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editors = [w for w in table.viewport().findChildren(QWidget)
               if isinstance(w, (QComboBox, QLineEdit)) and w.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    if isinstance(editor, QComboBox):
        target = editor.findText(text)
        assert target >= 0, f"{text!r} is not offered"
        for _ in range(target - editor.currentIndex()):  # arrow keys choose, as by keyboard
            qtbot.keyClick(editor, Qt.Key.Key_Down)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    else:
        type_text(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop


def record_incident(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    window = controller.window
    qtbot.keyClick(window.incidents.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert editor.isVisible() and editor.title.hasFocus()
    qtbot.keyClicks(editor.title, "Picket at Republic Square dispersed")
    editor.violations.item(editor.violations.codes_index("arrest")).setCheckState(Qt.CheckState.Checked)
    editor.region.setCurrentIndex(editor.region.findData("almaty_city"))
    # A new incident opens on the quick record; the full record unfolds with More details.
    assert not editor.victims.isVisible()
    qtbot.keyClick(editor.title, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    victims = editor.victims
    qtbot.waitUntil(victims.isVisible)  # a mnemonic clicks as a short animation
    for row, (name, category) in enumerate([("Әлия Серікбаева", "Journalist"),
                                            ("Марат Қасымов", "Civil society activist")]):
        qtbot.mouseClick(victims.add_button, Qt.MouseButton.LeftButton)
        type_cell(qtbot, victims.table, row, 0, name)
        type_cell(qtbot, victims.table, row, 1, category)
    cases = editor.cases
    qtbot.mouseClick(editor.sections["legal_cases"].header, Qt.MouseButton.LeftButton)
    assert cases.isVisible()
    qtbot.mouseClick(cases.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, cases.table, 0, 0, "Марат Қасымов")
    type_cell(qtbot, cases.table, 0, 1, "Criminal")
    type_cell(qtbot, cases.table, 0, 2, "174")
    type_cell(qtbot, cases.table, 0, 4, "Convicted")
    cases.table.setCurrentCell(0, 0)
    qtbot.mouseClick(editor.penalties.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, editor.penalties.table, 0, 0, "Restriction of freedom")
    type_cell(qtbot, editor.penalties.table, 0, 1, "3 years")
    qtbot.keyClick(editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_create_record_find_edit_history(qtbot, controller, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert controller.dialog.creating, "a new data folder offers to create a vault"
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    assert window.isVisible() and "Tirkeu" in window.windowTitle()
    assert window.incidents.count.text() == "0 of 0 incidents"

    record_incident(qtbot, controller)
    assert not window.editor.problem.isVisible(), window.editor.problem.text()
    assert window.incidents.model.rowCount() == 1
    assert window.incidents.count.text() == "1 of 1 incident"
    # One incident, no coordinator among the contacts yet: singular, and it says so.
    assert window.state.text() == ("Unlocked · 1 incident not yet confirmed · "
                                   "no coordinator added yet")
    saved = controller.archive.incidents.get(window.editor.incident_id)
    assert [v.name for v in saved.victims] == ["Әлия Серікбаева", "Марат Қасымов"]
    assert [v.category for v in saved.victims] == ["journalist", "civil_society_activist"]
    case = saved.legal_cases[0]
    assert (case.code, case.article, case.outcome) == ("criminal", "174", "convicted")
    assert [(p.kind, p.amount) for p in case.penalties] == [("restriction_of_freedom", "3 years")]

    # Search by a victim's name, in lower case: the list narrows as you type.
    qtbot.keyClick(window.incidents.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.incidents.search.hasFocus()
    type_text(window.incidents.search, "серікбаева")
    qtbot.waitUntil(lambda: window.incidents.count.text() == "1 of 1 incident")
    window.incidents.search.clear()
    qtbot.keyClicks(window.incidents.search, "nobody-by-this-name")
    qtbot.waitUntil(lambda: window.incidents.count.text() == "0 of 1 incident")
    window.incidents.search.clear()
    qtbot.waitUntil(lambda: window.incidents.model.rowCount() == 1)

    # Open it from the list with Enter, edit, save: the history shows two revisions.
    table = window.incidents.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.editor
    assert editor.title.text() == "Picket at Republic Square dispersed"
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Picket dispersed, two detained")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert table.model().index(0, 1).data() == "Picket dispersed, two detained"
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    history = controller.history_dialog
    qtbot.waitUntil(history.isVisible)
    assert history.list.count() == 2
    assert "changed: title" in history.list.item(0).text()
    history.list.setCurrentRow(1)
    assert "Picket at Republic Square dispersed" in history.view.toPlainText()
    qtbot.mouseClick(history.restore, Qt.MouseButton.LeftButton)
    assert editor.title.text() == "Picket at Republic Square dispersed"
    assert len(controller.archive.incidents.history(editor.incident_id)) == 3


def test_validation_is_shown_next_to_the_field(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    controller.new_incident()
    editor = window.editor
    qtbot.keyClicks(editor.title, "No region yet")
    editor.violations.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    # Region is on the quick record: the sentence is shown there, beside it, and only there
    # (not a second time just above it).
    assert editor.quick.error.text() == "Region is required." and editor.quick.error.isVisible()
    assert not editor.problem.isVisible()
    assert editor.region.hasFocus()
    assert window.incidents.model.rowCount() == 0
    editor.date.set_value("2018-13")
    editor.region.setCurrentIndex(1)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "no such month" in editor.quick.error.text()
    assert "Traceback" not in editor.quick.error.text()


def test_wrong_passphrase_then_lock_clears_everything(qtbot, controller, data_dir) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    controller.new_incident()
    qtbot.keyClicks(controller.window.editor.title, "Secret title of an incident")
    qtbot.keyClick(controller.window.incidents.table, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert controller.archive is None
    window = controller.window
    assert not window.isVisible()
    assert window.editor.title.text() == ""
    assert window.incidents.model.rowCount() == 0
    dialog = controller.dialog
    assert dialog.isVisible() and not dialog.creating
    assert "Secret" not in dialog.windowTitle() and "Tirkeu" in dialog.windowTitle()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.text() == "Wrong passphrase.", timeout=15000)
    assert dialog.passphrase.hasFocus() and controller.archive is None
    dialog.passphrase.clear()
    unlock_through_dialog(qtbot, controller, PASSPHRASE)
    # Locking kept the typing: it is back, exactly where the person left it.
    assert controller.window.editor.title.text() == "Secret title of an incident"


def test_idle_lock(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    controller.idle.start(minutes=0.02)  # about a second
    qtbot.waitUntil(lambda: controller.archive is None, timeout=5000)
    assert controller.dialog.isVisible()


def test_lock_request_from_the_command_line(qtbot, controller, data_dir) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.cli import main

    unlock_through_dialog(qtbot, controller)
    assert main(["--data-dir", str(data_dir), "lock"]) == 0
    qtbot.waitUntil(lambda: controller.archive is None, timeout=5000)


def test_a_person_leads_to_their_incident(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    record_incident(qtbot, controller)
    incident_id = controller.window.editor.incident_id
    controller.new_incident()  # the editor now shows something else
    window = controller.window
    window.show_page("people")
    page = controller.people.page  # read when shown
    qtbot.waitUntil(lambda: page.people.rowCount() == 2)  # both victims are listed
    page.open_incident_requested.emit(incident_id)
    assert window.current_page() is window.incidents
    assert window.editor.incident_id == incident_id
    assert window.editor.title.text() == "Picket at Republic Square dispersed"
