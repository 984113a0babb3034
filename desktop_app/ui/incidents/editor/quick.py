"""The quick record: the first screen of a new incident, and the top of every record.

Only what is needed to save: title, date (today, precision selectable), region, one
violation and, if known, one person. Enter moves to the next field. The violation and the
person are the full record's own: the violation is one of the ticked violations (choosing
another replaces it there), the person is the first row of the people affected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.describe import initials
from desktop_app.ui.incidents.editor.fields import DateField, ViolationsList
from desktop_app.ui.incidents.editor.repeating import RepeatingTable
from desktop_app.ui.incidents.editor.typeahead import PeopleCompleter, TypeAheadCombo
from desktop_app.ui.kit import style


class QuickRecord(QFrame):
    """``done`` when Enter is pressed in the last field (the person)."""

    done = Signal()

    def __init__(self, language: str, violations: ViolationsList, victims: RepeatingTable,
                 suggest_people: Callable[[str], list[Any]] | None = None, parent: Any = None):
        super().__init__(parent)
        self.violations, self.victims = violations, victims
        self.masked = False
        self._syncing = False
        self._shown_violation: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.error = QLabel(wordWrap=True, visible=False)
        self.error.setStyleSheet(f"color: {style.colour('error')}")
        layout.addWidget(self.error)

        self.title = QLineEdit(objectName="title")
        self.date = DateField(name=lambda: self.tr("Date"))
        self.region = TypeAheadCombo("region", language)
        self.region.setObjectName("region")
        self.violation = TypeAheadCombo("violation", language)
        self.violation.setObjectName("violation")
        self.person = QLineEdit(objectName="person")
        self.people = PeopleCompleter(self.person, suggest_people) if suggest_people else None
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self._labels = [QLabel() for _ in range(5)]
        for label, widget in zip(self._labels, (self.title, self.date, self.region,
                                                self.violation, self.person), strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.retranslate()
        layout.addLayout(form)

        # Enter moves on, as Tab does (the date's precision follows what is typed).
        self.title.returnPressed.connect(self.date.text.setFocus)
        self.date.entered.connect(self.region.setFocus)
        self.region.entered.connect(self.violation.setFocus)
        self.violation.entered.connect(self.person.setFocus)
        self.person.returnPressed.connect(self._person_entered)

        self.violation.currentIndexChanged.connect(self._violation_chosen)
        violations.changed.connect(self._show_violation)
        self.person.textEdited.connect(self._person_typed)
        victims.changed.connect(self._show_person)
        if self.people is not None:
            self.people.picked.connect(self._person_picked)

    def fields(self) -> list[QWidget]:
        """The controls in the order Tab visits them."""
        return [self.title, self.date.text, self.date.precision, self.region, self.violation,
                self.person]

    def commit_typed(self) -> None:
        """Part of a region or violation typed without Enter counts as chosen (a save)."""
        for combo in (self.region, self.violation):
            if not combo.commit_typed():
                combo.lineEdit().setText(combo.itemText(combo.currentIndex()))

    def show_current(self) -> None:
        """Show the full record's first violation and first person (after a load)."""
        self._show_violation()
        self._show_person()

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("What happened, in a few words"))
        type_part = self.tr("Type part of the name, then Enter")
        for combo in (self.region, self.violation):
            combo.lineEdit().setPlaceholderText(type_part)
        self._person_hint = self.tr("A name, if known (more people below)")
        self.set_masked(self.masked)
        self.date.retranslate()
        for label, widget, text, name in zip(self._labels, (
                self.title, self.date, self.region, self.violation, self.person), (
                self.tr("Title"), self.tr("Date"), self.tr("Region"), self.tr("Violation"),
                self.tr("Person affected (optional)")), (
                self.tr("Title"), "", self.tr("Region"), self.tr("Main violation"),
                self.tr("Person affected")), strict=True):
            label.setText(text)
            if name:
                widget.setAccessibleName(name)
                if isinstance(widget, TypeAheadCombo):
                    widget.lineEdit().setAccessibleName(name)

    def set_language(self, language: str) -> None:
        for combo in (self.region, self.violation):
            combo.set_language(language)
        self.retranslate()

    def set_masked(self, masked: bool) -> None:
        """Names as initials, read-only, or as they are."""
        self.masked = masked
        self.person.setReadOnly(masked)
        self.person.setPlaceholderText(
            self.tr("Names are hidden; show them in Settings to type one") if masked
            else self._person_hint)
        self._show_person()

    # --- the violation agrees with the list ------------------------------------------------

    def _violation_chosen(self, _index: int) -> None:
        if self._syncing:
            return
        chosen, before = self.violation.code(), self._shown_violation
        codes = [c for c in self.violations.codes() if c != before]
        if chosen and chosen not in codes:
            codes.append(chosen)
        self._shown_violation = chosen
        self._syncing = True
        try:
            self.violations.set_codes(codes)
        finally:
            self._syncing = False

    def _show_violation(self) -> None:
        if self._syncing:
            return
        codes = self.violations.codes()
        shown = self.violation.code()
        if shown not in codes:
            shown = codes[0] if codes else None
        self._shown_violation = shown
        self._syncing = True
        try:
            self.violation.set_code(shown)
        finally:
            self._syncing = False

    # --- the person is the first row of the people affected --------------------------------

    def _person_typed(self, text: str) -> None:
        table = self.victims
        self._syncing = True
        try:
            if table.table.rowCount() == 0:
                if text.strip():
                    table.add_row({"name": text})
            elif not text.strip() and _only_a_name(table.row_values(0)):
                table.remove_row(0)
            else:
                table.set_value(0, "name", text)
        finally:
            self._syncing = False

    def _person_picked(self, person: Any) -> None:
        self._person_typed(person.name)
        self.victims.link_person(0, person)

    def _person_entered(self) -> None:
        if self.people is not None and not self.masked:
            self.people.take_highlighted()
        self.done.emit()

    def _show_person(self) -> None:
        if self._syncing:
            return
        name = self.victims.value(0, "name") or ""
        shown = initials(name) if self.masked and name.strip() else name
        if self.person.text() != shown:
            self.person.setText(shown)


def _only_a_name(row: dict[str, Any]) -> bool:
    """A row nothing but the name was given for (so clearing the name clears the row)."""
    return not any(value for key, value in row.items() if key != "name")
