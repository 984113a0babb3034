"""A monitor in a hurry: typing works at once after every dialog, the panic key locks and
hides, unlocking returns to exactly where they were, and the clipboard keeps only what is
not Tirkeu's."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.core.interchange import incident_from_json
from desktop_app.session import Topic
from desktop_app.ui.contacts.page import CardCheckDialog
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, unlock_through_dialog

TITLES = ["Әділет алаңындағы пикет таратылды", "Журналистке қоқан-лоқы",
          "Қасымовтың үйі тінтілді"]


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def assert_typing_goes_to_the_window(qtbot: Any, controller: Any, where: QWidget) -> None:
    """The window is active with focus on ``where``; Ctrl+N and typing, with no click: a
    new record opens and its title gets the text."""
    window = controller.window
    qtbot.waitUntil(lambda: window.isActiveWindow() and focused() is where, timeout=3000)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert editor.isVisible() and editor.title.hasFocus()
    type_text(focused(), "Ұсталды")
    assert editor.title.text() == "Ұсталды"


def add_incidents(archive: Any, titles: list[str]) -> list[str]:
    ids = []
    for n, title in enumerate(titles):
        incident = incident_from_json({"title": title, "date": f"2018-05-{n % 28 + 1:02d}",
                                       "region": "almaty_city", "violations": ["arrest"]})
        archive.incidents.save(incident, archive.author)
        ids.append(incident.id)
    return ids


def shown(controller: Any) -> None:
    """Incidents written straight into the archive: the pages hear of them."""
    controller.session.changed(Topic.INCIDENTS)


# --- focus ---------------------------------------------------------------------------------

def test_focus_is_in_the_window_after_the_recovery_code(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.dialog
    assert dialog.creating
    type_text(dialog.owner_name, "Әлия Серікбаева")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    assert dialog.recovery.isChecked()
    seen: list[str] = []

    def read_and_close_the_code() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "recovery_code":
            seen.append(box.informativeText())
            box.button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(50, read_and_close_the_code)

    QTimer.singleShot(50, read_and_close_the_code)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.archive is not None, timeout=15000)
    assert seen and seen[0], "the recovery code was shown"
    assert controller.window.isVisible()
    # A new vault has no incidents yet: typing starts in the search box.
    assert_typing_goes_to_the_window(qtbot, controller, controller.window.incidents.search)


def test_focus_is_in_the_window_after_unlocking_from_a_lock(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    add_incidents(controller.archive, TITLES)
    shown(controller)
    table = controller.window.incidents.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.archive is None
    unlock_through_dialog(qtbot, controller)
    # Back on the list, where the person was when they locked.
    assert_typing_goes_to_the_window(qtbot, controller, table)


def test_focus_comes_back_after_questions_file_dialogs_card_check(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    window.show_page("contacts")
    page = controller.contacts.page
    page.add_button.setFocus()
    qtbot.waitUntil(lambda: focused() is page.add_button)

    def close_soon(find: Any) -> None:
        def attempt() -> None:
            widget = QApplication.activeModalWidget()
            if widget is not None and find(widget):
                widget.reject() if not isinstance(widget, QMessageBox) else widget.done(0)
            else:
                QTimer.singleShot(30, attempt)
        QTimer.singleShot(30, attempt)

    # A question (a real box: not the fixture's stand-in)…
    close_soon(lambda w: isinstance(w, QMessageBox))
    box = QMessageBox(QMessageBox.Icon.Question, "Tirkeu", "Remove?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, page)
    box.exec()
    qtbot.waitUntil(lambda: focused() is page.add_button, timeout=3000)
    # …a file dialog…
    close_soon(lambda w: isinstance(w, PrivateFileDialog))
    assert PrivateFileDialog(page, "Open a contact card").pick() == []
    qtbot.waitUntil(lambda: focused() is page.add_button, timeout=3000)
    # …and the card check, which is opened without blocking.
    card = controller.archive.keys().card()
    check = CardCheckDialog(card, page)
    check.open()
    qtbot.waitUntil(check.isVisible)
    check.no.setFocus()
    check.reject()
    qtbot.waitUntil(lambda: focused() is page.add_button and window.isActiveWindow(),
                    timeout=3000)


# --- the editor beside Incidents only --------------------------------------------------------

def test_the_editor_shows_only_beside_the_incident_list(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    [incident_id] = add_incidents(controller.archive, TITLES[:1])
    shown(controller)
    window = controller.window
    controller.open_incident(incident_id)
    editor = window.editor
    assert editor.isVisible() and editor.title.text() == TITLES[0]
    for key in ("people", "summaries", "exchange", "contacts", "settings"):
        window.show_page(key)
        assert not editor.isVisible(), key
    window.show_page("incidents")
    assert editor.isVisible() and editor.title.text() == TITLES[0]
    # Ctrl+N from another page brings the new record beside the list.
    window.show_page("settings")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "incidents" and editor.isVisible()
    assert editor.title.hasFocus()


def test_no_empty_band_between_the_navigation_and_the_list(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    nav_right = window.nav.mapTo(window, window.nav.rect().topRight()).x()
    list_left = window.incidents.table.mapTo(window, window.incidents.table.rect().topLeft()).x()
    assert 0 < list_left - nav_right <= 12, (nav_right, list_left)


# --- lock and hide ---------------------------------------------------------------------------

def visible_titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_panic_hides_everything_and_unlocking_returns_to_the_same_place(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    ids = add_incidents(controller.archive, TITLES * 20)  # a list long enough to scroll
    shown(controller)
    window = controller.window
    page = window.incidents
    window.resize(1100, 600)
    type_text(page.search, "Қасымов")
    qtbot.waitUntil(lambda: page.model.rowCount() == 20)
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum())
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0
    controller.open_incident(ids[2])
    editor = window.editor
    editor.description.setFocus()
    type_text(editor.description, "Тінту түнде жүрді.")
    assert editor.dirty

    # No wait for the window to be active: the key must work even before the platform
    # has made it so (ui/shell/idle.py hears it application-wide).
    qtbot.keyClick(editor.description, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.archive is None
    assert not window.isVisible()
    dialog = controller.dialog
    assert dialog.isMinimized()
    assert dialog.windowTitle() == "Tirkeu"
    assert set(visible_titles()) <= {"Tirkeu"}, visible_titles()
    assert editor.title.text() == "" and page.search.text() == ""  # nothing shown while locked

    dialog.showNormal()  # the person clicks it in the taskbar
    unlock_through_dialog(qtbot, controller)
    assert window.isVisible() and not window.isMinimized()
    assert window.current_key() == "incidents"
    assert page.search.text() == "Қасымов" and page.model.rowCount() == 20
    assert editor.isVisible() and editor.incident_id == ids[2]
    assert editor.title.text() == TITLES[2]
    assert editor.description.toPlainText() == "Тінту түнде жүрді."
    qtbot.waitUntil(lambda: page.table.verticalScrollBar().value() == scrolled, timeout=2000)
    qtbot.waitUntil(lambda: focused() is editor.description, timeout=2000)
    # The list state was kept in the vault while locked, and is gone from it now.
    assert controller.archive.database.setting("window_resume") == ""


def test_panic_from_another_page_returns_to_that_page(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    [incident_id] = add_incidents(controller.archive, TITLES[:1])
    shown(controller)
    window = controller.window
    controller.open_incident(incident_id)  # open, nothing typed: no draft to keep
    window.show_page("people")
    controller.panic()
    assert not window.isVisible() and controller.dialog.isMinimized()
    controller.dialog.showNormal()
    unlock_through_dialog(qtbot, controller)
    assert window.current_key() == "people"
    assert not window.editor.isVisible()
    window.show_page("incidents")
    assert window.editor.isVisible() and window.editor.incident_id == incident_id
    assert window.editor.title.text() == TITLES[0]


def test_the_panic_key_hides_the_unlock_dialog_too(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    controller.lock()
    dialog = controller.dialog
    assert dialog.isVisible() and not dialog.isMinimized()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dialog.isMinimized() and dialog.windowTitle() == "Tirkeu"


# --- the clipboard ---------------------------------------------------------------------------

def copy_from(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.setText(text)
    widget.selectAll()
    widget.copy()
    assert QApplication.clipboard().text() == text


def test_lock_clears_what_tirkeu_put_on_the_clipboard(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    qtbot.waitUntil(window.isActiveWindow)
    copy_from(qtbot, window.incidents.search, "Серікбаева Әлия")
    assert controller.clipboard.holds_ours()
    controller.lock()
    assert QApplication.clipboard().text() == ""


def test_lock_leaves_what_another_program_copied(qtbot, controller, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    qtbot.waitUntil(window.isActiveWindow)
    copy_from(qtbot, window.incidents.search, "Серікбаева Әлия")
    # The person switches to their browser and copies a link there: no Tirkeu window is
    # active when the clipboard changes.
    with monkeypatch.context() as patch:
        patch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
        QApplication.clipboard().setText("https://example.org/report")
    assert not controller.clipboard.holds_ours()
    controller.lock()
    assert QApplication.clipboard().text() == "https://example.org/report"


@pytest.fixture(autouse=True)
def _empty_clipboard() -> Any:
    yield
    QApplication.clipboard().clear()



def test_a_scroll_kept_over_a_lock_waits_for_the_rows_to_be_laid_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractSlider, QTableView

    from desktop_app.ui.kit.tables import scroll_when_ready

    def view_with_rows_to_come() -> tuple[QTableView, QStandardItemModel]:
        model = QStandardItemModel(0, 1)
        view = QTableView()
        view.setModel(model)
        view.resize(300, 200)
        qtbot.addWidget(view)
        return view, model

    # The list refills after unlock; its bar is too short to scroll yet.
    view, model = view_with_rows_to_come()
    bar = view.verticalScrollBar()
    scroll_when_ready(bar, 40)
    assert bar.value() == 0
    for n in range(200):
        model.appendRow(QStandardItem(f"incident {n}"))
    view.show()
    qtbot.waitUntil(lambda: bar.value() == 40, timeout=3000)

    # The person scrolls first: their scrolling stands.
    view, model = view_with_rows_to_come()
    bar = view.verticalScrollBar()
    view.show()
    for n in range(10):
        model.appendRow(QStandardItem(f"incident {n}"))
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    scroll_when_ready(bar, bar.maximum() + 30)
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    for n in range(200):
        model.appendRow(QStandardItem(f"more {n}"))
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=3000)
    qtbot.wait(50)
    assert bar.value() == 0

