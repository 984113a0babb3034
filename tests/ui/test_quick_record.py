"""A monitor in a hurry, keyboard only: the quick record from Ctrl+N to Ctrl+S, Tab and
Enter through the editor, names masked in public, and no red sentence before typing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop_app.core.interchange import incident_from_json
from desktop_app.ui.kit.style import colour
from tests.ui.conftest import type_text, unlock_through_dialog

KAZAKH_NAME = "Әлия Серікбаева"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: Any, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, sent where the keyboard would send it: to an open pop-up list (which has the
    keyboard while it is open), else to the control with focus; then the events it caused
    are handled, as the window's loop would in the moment before the next key."""
    window = focused().window()
    qtbot.keyClick(QApplication.activePopupWidget() or focused(), key, modifier)
    qtbot.wait(20)
    if QApplication.activePopupWidget() is None and not window.isActiveWindow():
        # A closed pop-up list handed the activation back to the window: a window system
        # does that; the offscreen one used by the tests activates every list it shows
        # (late, when busy) and gives nothing back.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.wait(20)


def tab_path(qtbot: Any, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    seen = [focused()]
    for _ in range(steps):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused())
    return seen


def new_record(qtbot: Any, controller: Any) -> Any:
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    qtbot.keyClick(window.incidents.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    assert editor.isVisible() and editor.title.hasFocus()
    return editor


def test_a_quick_record_typed_from_ctrl_n_to_ctrl_s(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    assert editor.quick.isVisible() and not editor.details.isVisible(), "the first screen only"
    qtbot.keyClicks(focused(), "Picket at Republic Square dispersed")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is editor.date.text and editor.date.value() == dt.date.today().isoformat()
    press(qtbot, Qt.Key.Key_Return)  # today's date, as it is
    assert focused() is editor.region
    qtbot.keyClicks(focused(), "alm")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.region.code() == "almaty_city" and editor.region.currentText() == "Almaty (city)"
    assert focused() is editor.quick.violation
    qtbot.keyClicks(focused(), "ARR")  # any case, any part
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is editor.quick.person
    assert editor.violations.codes() == ["arrest"], "the quick choice is the full record's"
    type_text(focused(), KAZAKH_NAME)
    assert editor.victims.rows()[0]["name"] == KAZAKH_NAME
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not editor.problem.isVisible(), editor.problem.text()
    assert editor.incident_id is not None
    saved = controller.archive.incidents.get(editor.incident_id)
    assert saved.title == "Picket at Republic Square dispersed"
    assert str(saved.date) == dt.date.today().isoformat() and saved.region == "almaty_city"
    assert list(saved.violations) == ["arrest"]
    assert [v.name for v in saved.victims] == [KAZAKH_NAME]
    # Saved: the full record unfolds below for later, and typing goes on in the editor.
    assert editor.details.isVisible() and editor.more_button.isChecked()
    assert editor.isAncestorOf(focused())
    assert controller.window.incidents.model.rowCount() == 1


def test_enter_on_the_last_field_goes_to_save_and_enter_saves(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    qtbot.keyClicks(focused(), "Journalist threatened")
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "astana")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "threats")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # no person: on to Save
    assert focused() is editor.save_button
    press(qtbot, Qt.Key.Key_Return)
    saved = controller.archive.incidents.get(editor.incident_id)
    assert (saved.region, list(saved.violations), list(saved.victims)) == ("astana", ["threat"], [])


def test_part_of_a_region_typed_without_enter_is_saved_too(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    qtbot.keyClicks(editor.title, "Search of a home")
    editor.region.setFocus()
    qtbot.keyClicks(editor.region, "shym")
    editor.quick.violation.setFocus()  # Tab away: the match is taken
    assert editor.region.code() == "shymkent"
    qtbot.keyClicks(editor.quick.violation, "surveil")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no Enter first
    saved = controller.archive.incidents.get(editor.incident_id)
    assert (saved.region, list(saved.violations)) == ("shymkent", ["surveillance"])


def test_text_that_matches_nothing_is_not_taken(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    editor.region.setFocus()
    qtbot.keyClicks(editor.region, "zzz")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is editor.region and editor.region.code() is None, "stays, to be corrected"
    editor.title.setFocus()
    assert editor.region.currentText() == "" and editor.region.lineEdit().text() == ""


def test_the_quick_violation_and_person_agree_with_the_full_record(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    quick = editor.quick
    editor.show_details(True)
    editor.violations.set_codes(["threat", "arrest"])
    assert quick.violation.code() == "threat", "the first ticked violation"
    quick.violation.setFocus()
    quick.violation.lineEdit().selectAll()
    qtbot.keyClicks(quick.violation, "surveil")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.violations.codes() == ["arrest", "surveillance"], "replaced, the other kept"
    editor.violations.set_codes([])
    assert quick.violation.code() is None

    quick.person.setFocus()
    type_text(quick.person, "Марат")
    assert [r["name"] for r in editor.victims.rows()] == ["Марат"]
    editor.victims.set_value(0, "name", "Марат Қасымов")
    assert quick.person.text() == "Марат Қасымов"
    quick.person.selectAll()
    press(qtbot, Qt.Key.Key_Backspace)
    assert editor.victims.rows() == [], "a row that held only the name goes with it"
    type_text(quick.person, "Марат")
    editor.victims.set_value(0, "category", "journalist")
    quick.person.selectAll()
    press(qtbot, Qt.Key.Key_Backspace)
    assert [(r["name"], r["category"]) for r in editor.victims.rows()] == [("", "journalist")]


def test_an_existing_incident_opens_on_the_full_record(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    qtbot.keyClicks(editor.title, "Picket")
    editor.region.set_code("astana")
    editor.quick.violation.set_code("arrest")
    editor.request_save()
    incident_id = editor.incident_id
    controller.new_incident()
    assert not editor.details.isVisible()
    controller.open_incident(incident_id)
    assert editor.details.isVisible() and editor.sections["victims"].isVisible()
    assert editor.title.text() == "Picket" and editor.quick.violation.code() == "arrest"


def test_tab_visits_the_quick_record_then_every_section_in_order(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    quick = editor.quick
    first = [quick.title, quick.date.text, quick.date.precision, quick.region, quick.violation,
             quick.person, editor.more_button, editor.save_button]
    assert tab_path(qtbot, editor.title, len(first) - 1) == first
    # Shift+Tab goes back the same way.
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is editor.more_button

    editor.show_details(True)
    for section in editor.sections.values():
        section.set_open(True)
    editor.victims.add_row({"name": "Әлия"})
    sections = editor.sections
    expected = [
        *first[:-1],
        sections["what"].header, editor.violations, editor.description,
        sections["where"].header, editor.date_end.text, editor.date_end.precision, editor.place,
        sections["victims"].header, editor.victims.table, editor.victims.add_button,
        editor.victims.remove_button,
        sections["perpetrators"].header, editor.perpetrators.table,
        editor.perpetrators.add_button, editor.perpetrators.remove_button,
        sections["legal_cases"].header, editor.cases.table, editor.cases.add_button,
        editor.cases.remove_button,  # the penalties wait until a case is chosen
        sections["remedies"].header, editor.remedies.table, editor.remedies.add_button,
        editor.remedies.remove_button,
        sections["sources"].header, editor.sources.table, editor.sources.add_button,
        editor.sources.remove_button, editor.tags,
        sections["attachments"].header,
    ]
    seen = tab_path(qtbot, editor.title, 80)
    assert seen[:len(expected)] == expected, [type(w).__name__ + ":" + w.objectName()
                                             for w in seen[:len(expected)]]
    rest = seen[len(expected):]
    status_at = rest.index(editor.status)
    assert all(controller.attachments.panel.isAncestorOf(w) for w in rest[:status_at - 1])
    assert rest[status_at - 1] is sections["status"].header
    assert rest[status_at + 1] is editor.save_button
    assert not editor.isAncestorOf(rest[status_at + 2]), "History waits for a first save"


def test_tab_leaves_a_table_even_from_a_cell_being_typed(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    editor.show_details(True)
    table = editor.victims.table
    editor.victims.add_row()
    table.setFocus()
    table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_Right)  # arrows move inside
    assert table.currentColumn() == 1
    table.setCurrentCell(0, 0)
    for key in (Qt.Key.Key_M, Qt.Key.Key_A):  # typing opens the cell
        press(qtbot, key)
    assert focused() is not table and table.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: focused() is editor.victims.add_button)
    assert editor.victims.rows()[0]["name"] == "ma", "what was typed is kept"
    table.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert editor.victims.rows() == [], "Delete removes the selected row"


def test_ctrl_s_keeps_what_is_being_typed_in_a_cell(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    qtbot.keyClicks(editor.title, "Threats by phone")
    editor.region.set_code("astana")
    editor.quick.violation.set_code("threat")
    editor.show_details(True)
    editor.victims.add_row()
    editor.victims.table.setFocus()
    for key in (Qt.Key.Key_E, Qt.Key.Key_R, Qt.Key.Key_L, Qt.Key.Key_A, Qt.Key.Key_N):
        press(qtbot, key)  # the cell editor is open, Enter not pressed
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = controller.archive.incidents.get(editor.incident_id)
    assert [v.name for v in saved.victims] == ["erlan"]


def shown(table: Any) -> str:
    """What the first cell of ``table`` shows (its delegate's text, as painted)."""
    return table.itemDelegateForColumn(0).displayText(table.item(0, 0).text(), QLocale())


def test_masked_names_show_initials_and_saving_keeps_the_real_ones(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    qtbot.keyClicks(editor.title, "Trial in absentia")
    editor.region.set_code("astana")
    editor.quick.violation.set_code("trial_in_absentia")
    editor.quick.person.setFocus()
    type_text(editor.quick.person, KAZAKH_NAME)
    editor.show_details(True)
    editor.sections["legal_cases"].set_open(True)
    editor.cases.add_row({"defendant": "Марат Қасымов"})
    controller.session.set_masked(True)  # as the Settings page does

    victims, cases = editor.victims.table, editor.cases.table
    assert editor.quick.person.text() == "Ә. С." and editor.quick.person.isReadOnly()
    assert shown(victims) == "Ә. С." and shown(cases) == "М. Қ."
    cases.setCurrentCell(0, 0)
    cases.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is cases, "a masked name cannot be edited"
    type_text(editor.quick.person, "x")
    assert editor.quick.person.text() == "Ә. С."

    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.problem.isVisible(), editor.problem.text()
    saved = controller.archive.incidents.get(editor.incident_id)
    assert [v.name for v in saved.victims] == [KAZAKH_NAME]
    assert saved.legal_cases[0].defendant == "Марат Қасымов"
    # The saved record reloaded while masked shows initials still; unmasking shows names.
    assert editor.quick.person.text() == "Ә. С."
    # The history, opened in public, shows no name either: not who saved, not who was tried.
    controller.editing.show_history(editor.incident_id)
    history = controller.history_dialog
    listed = history.list.item(0).text()
    snapshot = history.view.toPlainText()
    history.close()
    assert "Ә. С." in snapshot and "М. Қ." in snapshot, snapshot
    assert KAZAKH_NAME not in snapshot and "Қасымов" not in snapshot
    assert "T. M." in listed and "Test Monitor" not in listed, listed
    controller.session.set_masked(False)
    assert editor.quick.person.text() == KAZAKH_NAME and not editor.quick.person.isReadOnly()
    assert shown(victims) == KAZAKH_NAME


def test_the_editor_starts_masked_when_names_were_masked(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    controller.session.set_masked(True)
    controller.lock()
    unlock_through_dialog(qtbot, controller)
    assert controller.window.editor.victims.masked and controller.window.editor.quick.masked


def red_sentences(root: QWidget) -> list[str]:
    """Sentences shown in red (problems) anywhere in ``root``."""
    return [label.text() for label in root.findChildren(QLabel)
            if label.isVisible() and label.text().strip() and colour("error") in label.styleSheet()]


def test_no_warning_on_an_empty_new_form(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    assert red_sentences(controller.window) == []
    editor.show_details(True)
    for section in editor.sections.values():
        section.set_open(True)
    assert red_sentences(controller.window) == []
    qtbot.keyClicks(editor.title, "A")
    assert red_sentences(controller.window) == [], "nothing until Save is asked for"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert red_sentences(controller.window) != [], "then the problem is said"


def test_focus_returns_to_the_editor_after_the_history(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    qtbot.keyClicks(editor.title, "Picket")
    editor.region.set_code("astana")
    editor.quick.violation.set_code("arrest")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert focused() is editor.quick.violation or editor.isAncestorOf(focused())
    editor.title.setFocus()
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: controller.history_dialog is not None
                    and controller.history_dialog.isVisible())
    controller.history_dialog.reject()
    qtbot.waitUntil(lambda: focused() is editor.title)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, else the text of the
    label it is the buddy of (a form's row), else a button's own text."""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isWindow()
            and w.window() is root.window()]


def test_every_control_of_the_editor_and_the_list_has_a_name(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    editor.show_details(True)
    editor.victims.add_row()
    controls = focusable(editor) + focusable(controller.window.incidents)
    assert len(controls) > 40
    nameless = [f"{type(w).__name__} {w.objectName()}" for w in controls if not accessible_name(w)]
    assert nameless == []
    assert accessible_name(editor.title) == "Title"
    assert accessible_name(editor.date.precision) == "Date: precision"
    assert accessible_name(editor.victims.table) == "People affected"
    assert accessible_name(controller.window.incidents.category) == "Filter by victim category"


def test_the_editors_buttons_have_mnemonics_that_do_not_clash(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    window = controller.window
    buttons = [b for b in window.findChildren(QAbstractButton)
               if (editor.isAncestorOf(b) or window.incidents.isAncestorOf(b)) and b.text()]
    keys = [QKeySequence.mnemonic(b.text()).toString() for b in buttons]
    named = {b.text() for b, k in zip(buttons, keys, strict=True) if k}
    for wanted in ("&Save", "&History", "Add &person", "&More details", "Re-app&ly my changes",
                   "&Drop my changes"):
        assert wanted in named
    used = [k for k in keys if k]
    assert len(used) == len(set(used)), sorted(used)


def test_the_victim_category_filter_says_all(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.incidents.page import IncidentsPage

    page = IncidentsPage()
    qtbot.addWidget(page)
    page.show()
    for combo in (page.region, page.violation, page.category, page.status):
        text = combo.itemText(0)
        assert text.endswith(": all"), text
        room = combo.style().subControlRect(
            combo.style().ComplexControl.CC_ComboBox, _option(combo),
            combo.style().SubControl.SC_ComboBoxEditField, combo).width()
        assert combo.fontMetrics().horizontalAdvance(text) <= room, text
    assert page.category.currentText() == "Category: all"
    page.set_language("ru")
    assert page.category.itemText(0) == "Category: all"  # the word is the program's, not data


def _option(combo: Any) -> Any:
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option


def test_incidents_typed_through_the_quick_record_are_valid_records(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    editor = new_record(qtbot, controller)
    qtbot.keyClicks(editor.title, "Ban on public activity")
    editor.date.set_value("2019")
    editor.region.set_code("pavlodar")
    editor.quick.violation.set_code("ban_on_public_activity")
    incident = incident_from_json(editor.form_state())
    assert str(incident.date) == "2019" and editor.date.precision.currentText() == "Year only"


def test_every_word_of_the_full_record_can_be_translated(qtbot, data_dir, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    """The full record is folded on a new incident, so the page-wide check sees only the
    quick record: this one unfolds everything."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.shell.controller import Controller
    from tests.ui.test_translatable import PseudoTranslator, untranslated

    app = QCoreApplication.instance()
    pseudo = PseudoTranslator()
    app.installTranslator(pseudo)
    try:
        fresh = Controller(data_dir)  # built after the translator, as at start-up
        qtbot.addWidget(fresh.window)
        fresh.ask_to_unlock()
        unlock_through_dialog(qtbot, fresh)
        fresh.new_incident()
        editor = fresh.window.editor
        editor.show_details(True)
        for section in editor.sections.values():
            section.set_open(True)
        editor.victims.add_row()
        editor.quick.set_masked(True)  # the person field's other hint
        assert untranslated(editor) == []
        fresh.shutdown()
    finally:
        app.removeTranslator(pseudo)


def test_the_pop_up_lists_the_best_match_first_and_enter_takes_what_is_highlighted(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.incidents.editor.typeahead import TypeAheadCombo

    region = TypeAheadCombo("region", "ru")
    qtbot.addWidget(region)
    region.show()
    region.setFocus()
    type_text(region, "алм")
    popup = region.completer().popup()
    assert popup.isVisible()
    listed = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert listed == ["Алматинская область", "г. Алматы"], "starting with it, then a word"
    assert popup.currentIndex().row() == 0, "what Enter takes is highlighted"
    assert region.lineEdit().text() == "алм", "typing is not overwritten while it goes on"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert region.code() == "almaty_city" and region.currentText() == "г. Алматы"

    region.lineEdit().clear()
    type_text(region, "ОБЛ")  # a word inside the label, any case
    listed = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert listed[:3] == ["область Абай", "область Жетісу", "область Ұлытау"], listed
    assert len(listed) == 17 and "Акмолинская область" in listed[3:], "then a word inside"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert region.currentText() == "область Абай"
