"""The read-only list tables every page uses: one row per thing, its id kept in the row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

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
