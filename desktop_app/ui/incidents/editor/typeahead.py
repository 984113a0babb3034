"""Choosing by typing part of a word: vocabulary choices and existing people.

``TypeAheadCombo`` is a vocabulary choice a person picks by typing any part of its label
in the interface language ("alm", Enter: Almaty); ``PeopleCompleter`` offers people
already in the archive as a name is typed, in a cell of the victims table or in the quick
record's person field alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QLineEdit, QStyle, QWidget

from desktop_app.ui.incidents.editor.fields import CodeCombo

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _completer(parent: QObject) -> tuple[QCompleter, QStringListModel]:
    model = QStringListModel(parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer, model


class _StayMovedOn(QObject):
    """Keeps the focus where Enter sent it, past a late stir of the closed pop-up list.

    The list shares the field's focus (the completer makes the field its focus proxy). When
    the window system is slow, the list's activation can arrive after Enter has closed it
    and moved on; the window's return then brings the focus back to the field, and the
    next letters land in it. ``moved_on()`` (just after Enter) remembers where the focus
    went; a focus-in the window gives back to the field is then handed there. The person
    coming back (click, Tab, anything else) forgets it."""

    def __init__(self, field: QWidget):
        super().__init__(field)
        self._went_to: QWidget | None = None
        field.installEventFilter(self)

    def moved_on(self) -> None:
        went_to = QApplication.focusWidget()
        self._went_to = went_to if went_to is not self.parent() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            went_to, self._went_to = self._went_to, None
            if (went_to is not None and event.reason() == Qt.FocusReason.ActiveWindowFocusReason
                    and went_to.isVisible() and went_to.isEnabled()):
                QTimer.singleShot(0, went_to, went_to.setFocus)
        return super().eventFilter(watched, event)


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
        # As wide as the form gives it, not as its longest label: one Russian violation
        # alone pushed the editor past its pane. The lists that open show labels in full.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.lineEdit().setPlaceholderText(placeholder)
        completer, self.completer_model = _completer(self)
        # The pop-up lists what matches in the order Enter would take it (``ranked``), the
        # first highlighted; the completer's own filter would list it alphabetically.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(self._take_label)
        self.lineEdit().textEdited.connect(self._suggest)
        # Keys go to the pop-up while it is open: catch Enter there before the completer,
        # which would otherwise leave the text typed and nothing chosen.
        completer.popup().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self._stay = _StayMovedOn(self)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        super().set_language(language)
        if self.allow_none:
            self.setItemText(0, "")  # nothing chosen shows the placeholder, not a dash
        collator = QCollator(QLocale(language))
        self._labels = sorted((self.itemText(i) for i in range(self.count()) if self.itemData(i)),
                              key=collator.sortKey)
        if self.completer_model is not None:
            self.completer_model.setStringList([])
            self._widen_lists()

    def _widen_lists(self) -> None:
        """Both pop-up lists (the choices, the matches) wide enough for the widest label of
        the language, even when the field itself is narrower."""
        metrics = self.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label in self._labels), default=0)
        # The item's margins and a scroll bar beside the labels.
        room = widest + 4 * metrics.averageCharWidth() + self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent)
        self.view().setMinimumWidth(room)
        self.completer().popup().setMinimumWidth(room)

    def ranked(self, typed: str) -> list[str]:
        """The labels containing ``typed`` (any case), best first: the label it spells,
        then labels starting with it, then those with a word starting with it, then the
        rest; alphabetical within each."""
        text = typed.strip().casefold()
        if not text:
            return []

        def rank(label: str) -> int:
            folded = label.casefold()
            if folded == text:
                return 0
            if folded.startswith(text):
                return 1
            words = re.split(r"[\s().,\-]+", folded)
            return 2 if any(word.startswith(text) for word in words) else 3

        found = [label for label in self._labels if text in label.casefold()]
        return sorted(found, key=rank)  # stable: alphabetical order kept within a rank

    def match(self, typed: str) -> int | None:
        """The row ``typed`` stands for: the best of ``ranked``; "" is nothing chosen.
        None if nothing matches."""
        if not typed.strip():
            return 0 if self.allow_none else None
        best = self.ranked(typed)
        return self.findText(best[0], Qt.MatchFlag.MatchFixedString) if best else None

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

    def _suggest(self, typed: str) -> None:
        """List the matches for what is typed, the one Enter takes highlighted."""
        assert self.completer_model is not None
        found = self.ranked(typed)
        self.completer_model.setStringList(found)
        completer = self.completer()
        popup = completer.popup()
        if not found:
            popup.hide()
            return
        completer.complete()
        # After the key is handled: the completer marks its own guess as it finishes.
        QTimer.singleShot(0, self, self._highlight_first)

    def _highlight_first(self) -> None:
        """Highlight the first suggestion without the completer hearing of it: it would put
        the label in the field while the person is still typing. Down goes on to the
        second, Enter takes the first."""
        popup = self.completer().popup()
        if not popup.isVisible() or popup.model().rowCount() == 0:
            return
        first = popup.model().index(0, 0)
        selection = popup.selectionModel()
        selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(True)
        selection.select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        popup.viewport().update()

    def _take_label(self, label: str) -> None:
        row = self.findText(label, Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            self.setCurrentIndex(row)

    def _enter(self) -> None:
        if self.commit_typed():
            self.entered.emit()
            self._stay.moved_on()

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
