"""The read-only list tables every page uses: one row per thing, its id kept in the row."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QScrollBar, QTableWidget, QTableWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def list_table(name: str, columns: int) -> QTableWidget:
    """A table of whole-row, single selection that Tab leaves (arrows move inside it)."""
    table = QTableWidget(0, columns, objectName=name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # not the style's
    table.horizontalHeader().setStretchLastSection(True)
    return table


def id_item(text: str, item_id: str) -> QTableWidgetItem:
    """A cell showing ``text`` that remembers which record it belongs to."""
    item = QTableWidgetItem(text)
    item.setData(ID_ROLE, item_id)
    return item


def scroll_when_ready(bar: QScrollBar, value: int) -> None:
    """Scroll to ``value`` now if the bar reaches that far, else as soon as it does, and
    keep it there while the window settles.

    A table lays its rows out later, in the event loop (and not at all while hidden), so
    right after a refill its bar may still be too short and would clip the value; a
    window being shown and resized can shorten it for a moment and clip a value already
    set. The wish stands until the person scrolls, for a moment after it was first met
    (SETTLE_MS), or at most a few seconds."""
    for earlier in bar.findChildren(_PendingScroll):  # the newest wish wins
        earlier.done()
    pending = _PendingScroll(bar, value)
    if bar.maximum() >= value:
        pending.met()


SETTLE_MS = 1500


class _PendingScroll(QObject):
    def __init__(self, bar: QScrollBar, value: int) -> None:
        super().__init__(bar)  # dies with the bar
        self.bar, self.value, self.finished, self.was_met = bar, value, False, False
        bar.rangeChanged.connect(self._range_changed)
        bar.actionTriggered.connect(self.done)  # the person scrolled: theirs now
        QTimer.singleShot(5000, self, self.done)

    def _range_changed(self, _low: int, high: int) -> None:
        if high >= self.value:
            self.met()

    def met(self) -> None:
        self.bar.setValue(self.value)
        if not self.was_met:
            self.was_met = True
            QTimer.singleShot(SETTLE_MS, self, self.done)

    def done(self, *_: object) -> None:
        if self.finished:
            return
        self.finished = True
        if shiboken6.isValid(self.bar):
            self.bar.rangeChanged.disconnect(self._range_changed)
            self.bar.actionTriggered.disconnect(self.done)
        self.deleteLater()
