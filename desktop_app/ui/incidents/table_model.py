"""The incident list model: lazy pages from SQL, so 100,000 incidents scroll smoothly.

The model never holds more than the pages the view has asked for. Sorting and filtering
happen in SQL (through the listing service); the proxy in front only forwards the view's
sort requests, so nothing ever walks every row in Python.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.core.errors import TirkeuError
from desktop_app.core.filters import IncidentFilter, SortKey
from desktop_app.core.model import IncidentSummary
from desktop_app.core.vocabulary import vocabulary
from desktop_app.ui.kit import faults
from desktop_app.ui.kit.dates import fuzzy_date
from desktop_app.ui.kit.text import fill

PAGE = 200
MAX_PAGES = 50  # pages kept in memory; older ones are dropped and re-read if needed

Index = QModelIndex | QPersistentModelIndex


# Marked for lupdate, which reads only literal strings in tr()/translate().
HEADERS = (QT_TRANSLATE_NOOP("IncidentTableModel", "Date"),
           QT_TRANSLATE_NOOP("IncidentTableModel", "Title"),
           QT_TRANSLATE_NOOP("IncidentTableModel", "Region"),
           QT_TRANSLATE_NOOP("IncidentTableModel", "Violations"),
           QT_TRANSLATE_NOOP("IncidentTableModel", "Status"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncidentTableModel", text)


class IncidentTableModel(QAbstractTableModel):
    COLUMNS = (SortKey.DATE, SortKey.TITLE, SortKey.REGION, SortKey.VIOLATIONS, SortKey.STATUS)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self.language = language
        self.source: Any = None
        self.filter = IncidentFilter()
        self.sort_key, self.descending = SortKey.DATE, True
        self._count = 0
        self._pages: dict[int, list[IncidentSummary]] = {}

    # --- what the window changes -----------------------------------------------------------

    def attach(self, source: Any) -> None:
        """Show rows from ``source`` (an IncidentListing), or nothing when None."""
        self.source = source
        self.reload()

    def set_filter(self, f: IncidentFilter) -> None:
        self.filter = f
        self.reload()

    def set_language(self, language: str) -> None:
        self.language = language
        if self.sort_key is SortKey.REGION:  # labels of another language sort otherwise
            self.reload()
        elif self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self.source.count(self.filter) if self.source is not None else 0
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row and the source: used on lock."""
        self.source = None
        self.filter = IncidentFilter()
        self.reload()

    def summary(self, row: int) -> IncidentSummary | None:
        if not 0 <= row < self._count or self.source is None:
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) >= MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
            try:
                page = self.source.page(self.filter, self.sort_key, self.descending,
                                        number * PAGE, PAGE, self.language)
            except TirkeuError as exc:  # a damaged page: said once, not read again per row
                page = []
                faults.report_later(exc)
            self._pages[number] = page
        return page[offset] if offset < len(page) else None

    # --- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, self.ID_ROLE,
                                               *self.REVOKED_ROLES):
            return None
        row = self.summary(index.row())
        if row is None:
            return None
        if role == self.ID_ROLE:
            return row.id
        column = self.COLUMNS[index.column()]
        if role in self.REVOKED_ROLES:
            return self._revoked_mark(row, role) if column == SortKey.TITLE else None
        if column == SortKey.DATE:
            return fuzzy_date(row.date, self.language, compact=True)
        if column == SortKey.TITLE:
            return row.title
        if column == SortKey.REGION:
            return vocabulary("region").label(row.region, self.language)
        if column == SortKey.VIOLATIONS:
            labels = vocabulary("violation")
            return ", ".join(labels.label(v, self.language) for v in row.violations)
        return vocabulary("status").label(row.status, self.language)

    # The title of an incident that a revoked key brought carries a warning sign, and says
    # why on hover and to a screen reader.
    REVOKED_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                     Qt.ItemDataRole.AccessibleDescriptionRole)

    def _revoked_mark(self, row: IncidentSummary, role: int) -> Any:
        if not row.revoked_by:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return fill(QCoreApplication.translate(
            "IncidentTableModel", "From a revoked key: some of this record came in a bundle "
            "signed by %1's key, which you revoked on %2. Check it before relying on it."),
                    row.revoked_by, row.revoked_on)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class SqlSortProxy(QIdentityProxyModel):
    """Passes the view's sort request to the source model, which sorts in SQL."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
