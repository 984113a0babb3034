"""Editable tables for the repeating parts of an incident (victims, cases, remedies…).

Each table is described by columns; rows go in and out as interchange-shaped dicts, so
the editor never needs to know which widget holds what.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.describe import initials
from desktop_app.core.vocabulary import vocabulary
from desktop_app.ui.incidents.editor.typeahead import PeopleCompleter
from desktop_app.ui.kit.text import fill
from desktop_app.ui.kit.wording import Text, said

VALUE = Qt.ItemDataRole.UserRole        # the stored value of a cell (code, bool, text)
HIDDEN = Qt.ItemDataRole.UserRole + 1   # values the row carries but does not show


@dataclass(frozen=True)
class Column:
    key: str
    title: Text  # a function for a title worded again at a change of language
    kind: str = "text"           # text | code | flag | tristate
    vocab: str | None = None
    width: int | None = None
    name: bool = False           # a person's name: initials while names are masked


def choices(column: Column, language: str, tr: Callable[[str], str]) -> list[tuple[Any, str]]:
    """(value, label) pairs a choice column offers."""
    if column.kind == "code":
        assert column.vocab
        return [(None, "—")] + [(t.code, t.label(language)) for t in vocabulary(column.vocab).terms]
    if column.kind == "tristate":
        return [(None, tr("Unknown")), (True, tr("Yes")), (False, tr("No"))]
    return []


class CellDelegate(QStyledItemDelegate):
    """What every cell editor of these tables shares: Tab leaves the table (as it does
    when no cell is being edited) instead of opening the next cell; arrows move inside."""

    def __init__(self, table: RepeatingTable):
        super().__init__(table)
        self.table = table

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if (isinstance(editor, QWidget) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            forward = event.key() == Qt.Key.Key_Tab
            QTimer.singleShot(0, lambda: self.table.leave(forward))
            return True
        return super().eventFilter(editor, event)


class TextDelegate(CellDelegate):
    """A text cell; a name shows as initials, and cannot be edited, while names are
    masked (the stored text is never touched, so a save keeps the real name)."""

    def __init__(self, table: RepeatingTable, column: Column):
        super().__init__(table)
        self.column = column

    @property
    def masked(self) -> bool:
        return self.column.name and self.table.masked

    def displayText(self, value: Any, locale: Any) -> str:  # noqa: N802
        text = super().displayText(value, locale)
        return initials(text) if self.masked and text.strip() else text

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        if self.masked:
            return None  # type: ignore[return-value]  # no editor: the cell stays read-only
        return super().createEditor(parent, option, index)


class ChoiceDelegate(CellDelegate):
    """A drop-down editor for code and yes/no/unknown cells."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for value, label in self.table.choices_for(index.column()):
            combo.addItem(label, value)
        # A choice is stored the moment it is made (mouse or arrow keys), so nothing is
        # lost if focus moves on without Enter.
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        # A closed drop-down swallows Enter, which would leave the cell editor open; Enter
        # means "done" here as in every other cell.
        if (isinstance(editor, QComboBox) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(VALUE))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class NameDelegate(TextDelegate):
    """A name cell that offers existing people as you type; picking one links the row to
    that person (same person_id) and fills what is known of them."""

    def __init__(self, table: RepeatingTable, column: Column,
                 suggest: Callable[[str], list[Any]]):
        super().__init__(table, column)
        self.suggest = suggest

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        if self.masked:
            return None  # type: ignore[return-value]
        editor = QLineEdit(parent)
        row = index.row()
        PeopleCompleter(editor, self.suggest).picked.connect(
            lambda person: self.table.link_person(row, person))
        return editor


class RepeatingTable(QWidget):
    """A table with Add and Remove, holding rows as dicts keyed by column.

    ``name`` is what a screen reader calls the table (the section's title). Delete removes
    the selected row while the table has focus. While ``masked``, name columns show
    initials and cannot be edited; ``rows()`` always gives the real names."""

    changed = Signal()
    current_row_changed = Signal(int)

    def __init__(self, columns: list[Column], language: str, *, hidden: tuple[str, ...] = (),
                 add_label: Text = "", name: Text = "", parent: Any = None):
        super().__init__(parent)
        self.columns, self.language, self.hidden = columns, language, hidden
        self.masked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        # Typing on a cell starts editing it, so a new row can be filled from the keyboard.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, column in enumerate(columns):
            if column.kind in ("code", "tristate"):
                self.table.setItemDelegateForColumn(i, ChoiceDelegate(self))
            else:
                self.table.setItemDelegateForColumn(i, TextDelegate(self, column))
            if column.width:
                self.table.setColumnWidth(i, column.width)
        self.table.setMinimumWidth(200)
        self.table.model().rowsInserted.connect(self._fit_height)
        self.table.model().rowsRemoved.connect(self._fit_height)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.table.currentCellChanged.connect(lambda row, *_: self.current_row_changed.emit(row))
        layout.addWidget(self.table)
        self._fit_height()
        buttons = QHBoxLayout()
        self._add_label, self._name = add_label, name
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.retranslate()
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        """Headers, buttons and names in the installed language (the cells' choices follow
        ``set_language``)."""
        self.table.setHorizontalHeaderLabels([said(c.title) for c in self.columns])
        self.add_button.setText(said(self._add_label) or self.tr("Add"))
        # Twelve Add and Remove buttons share too few letters for a mnemonic each: Remove
        # has the Delete key in its table instead.
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete)"))
        name = said(self._name)
        if name:
            self.table.setAccessibleName(name)
            self.add_button.setAccessibleName(self.add_button.text().replace("&", ""))
            self.remove_button.setAccessibleName(fill(self.tr("Remove the selected row of %1"),
                                                      name))

    def _fit_height(self, *_: object) -> None:
        """Grow with the rows (up to eight), so short lists don't hide behind scroll bars."""
        rows = min(max(self.table.rowCount(), 1), 8)
        table = self.table
        height = (table.horizontalHeader().height()
                  + rows * table.verticalHeader().defaultSectionSize()
                  + 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height())
        self.table.setFixedHeight(height)

    def choices_for(self, column: int) -> list[tuple[Any, str]]:
        return choices(self.columns[column], self.language, self.tr)

    def use_name_completer(self, column_key: str, suggest: Callable[[str], list[Any]]) -> None:
        index = [c.key for c in self.columns].index(column_key)
        self.table.setItemDelegateForColumn(index, NameDelegate(self, self.columns[index],
                                                                suggest))

    def set_masked(self, masked: bool) -> None:
        """Show names as initials (and keep them from being edited) or as they are."""
        if masked:
            self.commit_editing()
        self.masked = masked
        self.table.viewport().update()

    def leave(self, forward: bool = True) -> None:
        """Move focus out of the table, to the next (or previous) control."""
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        self.table.focusNextPrevChild(forward)

    def commit_editing(self) -> None:
        """Store what is being typed in a cell (a save, a mask) as if Enter was pressed."""
        editor = QApplication.focusWidget()
        if (self.table.state() == QAbstractItemView.State.EditingState and editor is not None
                and self.table.viewport().isAncestorOf(editor)):
            while editor.parentWidget() is not self.table.viewport():
                editor = editor.parentWidget()
            self.table.commitData(editor)
            self.table.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def value(self, row: int, key: str) -> Any:
        """What the cell of ``key`` in ``row`` holds (None if there is no such row)."""
        if not 0 <= row < self.table.rowCount():
            return None
        return self.row_values(row)[key]

    def set_value(self, row: int, key: str, value: Any) -> None:
        """Put ``value`` in a text or choice cell, as if typed there."""
        self._set_cell(row, [c.key for c in self.columns].index(key), value)

    def link_person(self, row: int, person: Any) -> None:
        """Called by the name completer: this row is now that existing person."""
        extra = dict(self.table.item(row, 0).data(HIDDEN) or {})
        extra["person_id"] = person.id
        self.table.item(row, 0).setData(HIDDEN, extra)
        keys = [c.key for c in self.columns]
        if "gender" in keys and person.gender:
            self._set_cell(row, keys.index("gender"), person.gender)
        self.changed.emit()

    # --- rows in and out --------------------------------------------------------------------

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        values = values or {}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            item = QTableWidgetItem()
            if column.kind == "flag":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if values.get(column.key)
                                   else Qt.CheckState.Unchecked)
            self.table.setItem(row, col, item)
            if column.kind != "flag":
                self._set_cell(row, col, values.get(column.key))
        self.table.item(row, 0).setData(HIDDEN, {k: values[k] for k in self.hidden if k in values})
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        if self.sender() is self.add_button:
            self.table.setFocus()
        self.changed.emit()
        return row

    def _set_cell(self, row: int, col: int, value: Any) -> None:
        column, item = self.columns[col], self.table.item(row, col)
        if column.kind in ("code", "tristate"):
            labels = dict(self.choices_for(col))
            item.setData(VALUE, value)
            item.setText(labels.get(value, str(value)) if value is not None
                         else labels.get(None, ""))
        else:
            item.setText("" if value is None else str(value))

    def remove_current(self) -> None:
        self.remove_row(self.table.currentRow())

    def remove_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            self.changed.emit()

    def rows(self) -> list[dict[str, Any]]:
        return [self.row_values(row) for row in range(self.table.rowCount())]

    def row_values(self, row: int) -> dict[str, Any]:
        """One row as a dict (hidden values included)."""
        values: dict[str, Any] = dict(self.table.item(row, 0).data(HIDDEN) or {})
        for col, column in enumerate(self.columns):
            item = self.table.item(row, col)
            if column.kind == "flag":
                values[column.key] = item.checkState() == Qt.CheckState.Checked
            elif column.kind in ("code", "tristate"):
                values[column.key] = item.data(VALUE)
            else:
                values[column.key] = item.text().strip()
        return values

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for values in rows:
            self.add_row(values)

    def set_hidden(self, row: int, key: str, value: Any) -> None:
        extra = dict(self.table.item(row, 0).data(HIDDEN) or {})
        extra[key] = value
        self.table.item(row, 0).setData(HIDDEN, extra)

    def hidden_value(self, row: int, key: str) -> Any:
        return (self.table.item(row, 0).data(HIDDEN) or {}).get(key)

    def set_language(self, language: str) -> None:
        rows = self.rows()
        self.language = language
        self.retranslate()
        self.set_rows(rows)
