"""Small input widgets of the incident editor: dates with precision, vocabulary choices."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from desktop_app.core.dates import FuzzyDate, Precision
from desktop_app.core.errors import InvalidRecord
from desktop_app.core.vocabulary import vocabulary
from desktop_app.ui.kit.text import fill
from desktop_app.ui.kit.wording import Text, said


class CodeCombo(QComboBox):
    """A choice from one vocabulary, shown in the interface language; may allow "none"."""

    def __init__(self, vocab: str, language: str, *, allow_none: bool = True,
                 with_retired: bool = False, parent: Any = None):
        super().__init__(parent)
        # with_retired: a filter over what is recorded, not a choice for a new record
        self.vocab, self.allow_none, self.with_retired = vocab, allow_none, with_retired
        # Tab stops here on every platform (a combo takes only clicks on some by default).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_language(language)

    def set_language(self, language: str) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self.allow_none:
            self.addItem("—", None)
        self._language = language
        # A retired code is offered only to the incident that already holds it.
        words = vocabulary(self.vocab)
        for term in (words.terms if self.with_retired else words.offered_with(current)):
            self.addItem(term.label(language), term.code)
        self.blockSignals(False)
        self.set_code(current)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        words = vocabulary(self.vocab)
        if index < 0 and code is not None and code in words:  # a retired code it holds
            self.addItem(words.label(code, self._language), code)
            index = self.count() - 1
        self.setCurrentIndex(index if index >= 0 else 0)


class ViolationsList(QListWidget):
    """Violations as a checkable list: Space ticks the current one, so it works by keyboard.

    Every choice is in sight, never behind a scroll bar: a long label wraps onto a second
    line, and the list is as tall as its rows need at the width it has (the editor scrolls
    as a whole), so no choice is missed, whatever the language."""

    changed = Signal()

    def __init__(self, language: str, parent: Any = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again as it narrows
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        self.set_language(language)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The rows' height when each label wraps at ``width`` (the frame's included)."""
        frame = 2 * self.frameWidth()
        if not self.count():
            return frame
        single = self.sizeHintForRow(0)  # one line, with the check box and margins
        metrics = self.fontMetrics()
        # What a row gives its text: the width less the check box and the margins around.
        text_room = max(width - frame - (self.sizeHintForIndex(self.model().index(0, 0))
                                         .width() - metrics.horizontalAdvance(
                                             self.item(0).text())), 20)
        total = 0
        for i in range(self.count()):
            lines = metrics.boundingRect(QRect(0, 0, text_room, 10_000),
                                         int(Qt.TextFlag.TextWordWrap), self.item(i).text())
            total += single + max(lines.height() - metrics.height(), 0)
        return total + frame

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = super().sizeHint().width()
        return QSize(width, self.heightForWidth(self.width() if self.width() > 50 else width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width, another number of wrapped lines

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # rows of another height

    def set_language(self, language: str) -> None:
        chosen = self.codes()
        self.blockSignals(True)
        self.clear()
        self._language = language
        for term in vocabulary("violation").offered_with(chosen):
            item = QListWidgetItem(term.label(language))
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.updateGeometry()
        self.set_codes(chosen)

    def codes_index(self, code: str) -> int:
        """The row of ``code`` in the list."""
        return next(i for i in range(self.count())
                    if self.item(i).data(Qt.ItemDataRole.UserRole) == code)

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        self.blockSignals(True)
        words = vocabulary("violation")
        listed = {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())}
        for code in codes:  # a retired code the incident holds stays shown, and ticked
            if code not in listed and code in words:
                item = QListWidgetItem(words.label(code, self._language))
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.addItem(item)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()


class DateField(QWidget):
    """A date typed as 2018-05-12, 2018-05 or 2018, with its precision beside it.

    Choosing a coarser precision shortens the text; typing a shorter date sets the
    precision, so either way the two agree. Enter in either emits ``entered``. ``name``
    is what a screen reader calls the date (and, with "precision", its precision).
    """

    changed = Signal()
    entered = Signal()

    def __init__(self, parent: Any = None, *, optional: bool = False, name: Text = ""):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit()
        self.precision = QComboBox()
        self.precision.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for value in (Precision.DAY, Precision.MONTH, Precision.YEAR):
            self.precision.addItem("", value.value)
        self._name = name
        self.retranslate()
        layout.addWidget(self.text, 1)
        layout.addWidget(self.precision)
        self.optional = optional
        self.setFocusProxy(self.text)
        self.text.textEdited.connect(self._typed)
        self.text.returnPressed.connect(self.entered)
        self.precision.activated.connect(self._chose)
        self.precision.installEventFilter(self)

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("2018-05-12, 2018-05 or 2018"))
        for index, label in enumerate((self.tr("Day"), self.tr("Month"), self.tr("Year only"))):
            self.precision.setItemText(index, label)
        name = said(self._name)
        if name:
            self.text.setAccessibleName(name)
            self.precision.setAccessibleName(fill(self.tr("%1: precision"), name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A closed drop-down ignores Enter; here it means "done with the date".
        if (watched is self.precision and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.entered.emit()
            return True
        return super().eventFilter(watched, event)

    def value(self) -> str:
        return self.text.text().strip()

    def set_value(self, text: str | None) -> None:
        self.text.setText(text or "")
        self._typed()

    def set_today(self) -> None:
        self.set_value(dt.date.today().isoformat())

    def _typed(self, *_: object) -> None:
        try:
            precision = FuzzyDate.parse(self.value()).precision
        except InvalidRecord:
            pass
        else:
            self.precision.setCurrentIndex(self.precision.findData(precision.value))
        self.changed.emit()

    def _chose(self, _index: int) -> None:
        try:
            date = FuzzyDate.parse(self.value())
        except InvalidRecord:
            return
        precision = self.precision.currentData()
        if precision == Precision.YEAR:
            date = FuzzyDate(date.year)
        elif precision == Precision.MONTH:
            date = FuzzyDate(date.year, date.month or 1)
        else:
            date = FuzzyDate(date.year, date.month or 1, date.day or 1)
        self.text.setText(str(date))
        self.changed.emit()
