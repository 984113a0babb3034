"""Choosing by typing part of a word: vocabulary choices and existing people.

``TypeAheadCombo`` is a vocabulary choice a person picks by typing any part of its label
in the interface language ("alm", Enter: Almaty); ``PeopleCompleter`` offers people
already in the archive as a name is typed, in a cell of the victims table or in the quick
record's person field alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCollator, QEvent, QLocale, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QLineEdit, QWidget

from desktop_app.ui.incidents.editor.fields import CodeCombo

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _completer(parent: QObject) -> tuple[QCompleter, QStringListModel]:
    model = QStringListModel(parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer, model


class TypeAheadCombo(CodeCombo):
    """An editable vocabulary choice: typing narrows a pop-up list to the labels that
    contain the text (any case); Enter takes the highlighted one, or the first, and emits
    ``entered`` so the form can move on. Leaving the field takes the match as well, or
    puts back the label of what was chosen if nothing matches, so text and value agree."""

    entered = Signal()

    def __init__(self, vocab: str, language: str, *, allow_none: bool = True,
                 placeholder: str = "", parent: Any = None):
        self._labels: list[str] = []
        self.completer_model: QStringListModel | None = None
        super().__init__(vocab, language, allow_none=allow_none, parent=parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(placeholder)
        completer, self.completer_model = _completer(self)
        self.setCompleter(completer)
        completer.activated.connect(self._take_label)
        # Keys go to the pop-up while it is open: catch Enter there before the completer,
        # which would otherwise leave the text typed and nothing chosen.
        completer.popup().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        super().set_language(language)
        if self.allow_none:
            self.setItemText(0, "")  # nothing chosen shows the placeholder, not a dash
        collator = QCollator(QLocale(language))
        self._labels = sorted((self.itemText(i) for i in range(self.count()) if self.itemData(i)),
                              key=collator.sortKey)
        if self.completer_model is not None:
            self.completer_model.setStringList(self._labels)

    def match(self, typed: str) -> int | None:
        """The row ``typed`` stands for: the label it spells (any case), else the first in
        alphabetical order containing it; "" is nothing chosen. None if nothing matches."""
        text = typed.strip().casefold()
        if not text:
            return 0 if self.allow_none else None
        for label in self._labels:
            if label.casefold() == text:
                return self.findText(label, Qt.MatchFlag.MatchFixedString)
        for label in self._labels:
            if text in label.casefold():
                return self.findText(label, Qt.MatchFlag.MatchFixedString)
        return None

    def commit_typed(self) -> bool:
        """Choose what the typed text stands for (the highlighted suggestion if any); False
        if it matches nothing (the text stays, to be corrected)."""
        popup = self.completer().popup()
        row: int | None = None
        if popup.isVisible():
            current = popup.currentIndex()
            if current.isValid():
                row = self.findText(str(current.data()), Qt.MatchFlag.MatchFixedString)
            popup.hide()
        if row is None or row < 0:
            row = self.match(self.lineEdit().text())
        if row is None:
            return False
        self.setCurrentIndex(row)
        self.lineEdit().setText(self.itemText(row))
        return True

    def _take_label(self, label: str) -> None:
        row = self.findText(label, Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            self.setCurrentIndex(row)

    def _enter(self) -> None:
        if self.commit_typed():
            self.entered.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in _ENTER:
            self._enter()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _ENTER):
            self._enter()
            return True
        return super().eventFilter(watched, event)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        # Not focusOutEvent: the completer swallows that while its pop-up is open.
        if (old is self and new is not None and new is not self.completer().popup()
                and not self.commit_typed()):
            self.lineEdit().setText(self.itemText(self.currentIndex()))


class PeopleCompleter(QObject):
    """Offers existing people as a name is typed in ``edit`` (from two letters on);
    ``picked(person)`` when one is chosen, after the name is put in the field."""

    picked = Signal(object)

    def __init__(self, edit: QLineEdit, suggest: Callable[[str], list[Any]]):
        super().__init__(edit)
        self.edit, self.suggest = edit, suggest
        self.completer, self.model = _completer(edit)
        edit.setCompleter(self.completer)
        self.people: dict[str, Any] = {}
        edit.textEdited.connect(self._refresh)
        self.completer.activated.connect(self._pick)

    def take_highlighted(self) -> None:
        """Enter was pressed: a suggestion highlighted in the pop-up is taken now (the
        completer would only do so after the field had been told Enter)."""
        popup = self.completer.popup()
        if popup.isVisible():
            current = popup.currentIndex()
            popup.hide()
            if current.isValid():
                self._pick(str(current.data()))

    def _refresh(self, text: str) -> None:
        found = self.suggest(text) if len(text.strip()) >= 2 else []
        self.people = {f"{person.name} · {person.incidents}": person for person in found}
        self.model.setStringList(list(self.people))

    def _pick(self, label: str) -> None:
        person = self.people.get(label)
        if person is not None:
            self.edit.setText(person.name)
            self.picked.emit(person)
