"""The incident list as a Qt table model over plain IncidentSummary rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop_app.core.model import IncidentSummary
from desktop_app.core.vocabulary import vocabulary


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentTableModel", text)


class IncidentTableModel(QAbstractTableModel):
    COLUMNS = ("date", "title", "region", "violations", "status")

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self.language = language
        self._rows: list[IncidentSummary] = []
        self._headers = (_tr("Date"), _tr("Title"), _tr("Region"), _tr("Violations"),
                         _tr("Status"))

    def set_rows(self, rows: list[IncidentSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def incident_id(self, row: int) -> str:
        return self._rows[row].id

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if column == "date":
            return str(row.date)
        if column == "title":
            return row.title
        if column == "region":
            return vocabulary("region").label(row.region, self.language)
        if column == "violations":
            labels = vocabulary("violation")
            return ", ".join(labels.label(v, self.language) for v in row.violations)
        return vocabulary("status").label(row.status, self.language)
