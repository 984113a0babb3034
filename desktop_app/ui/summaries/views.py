"""What the Summaries page shows: a cross-table and the summary's tables as models, and
charts as a widget that paints with ``render.charts``.

All of it is plain text prepared beforehand (a ``Grid`` or ``Publication`` rows), so the
views hold no archive and never count anything themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.reports.crosstab import CrossTable
from desktop_app.reports.publication import Cross, Figure, Publication
from desktop_app.reports.suppression import Mark
from desktop_app.reports.wording import value_label
from desktop_app.ui.render.charts import (
    INK,
    bar_chart_height,
    paint_bar_chart,
    paint_time_chart,
)

PAPER = QColor("white")

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Grid:
    """A cross-table as the window shows it: labels and the text of every count."""

    row_labels: tuple[str, ...] = ()
    column_labels: tuple[str, ...] = ()
    cells: tuple[tuple[str, ...], ...] = ()  # one tuple per row, then its total
    column_totals: tuple[str, ...] = ()  # then the grand total
    column_figures: tuple[Figure, ...] = field(default=())  # for the chart by category


def exact_grid(cross: CrossTable, language: str) -> Grid:
    def label(dimension: str, code: Any) -> str:
        return value_label(dimension, code, language)

    columns = tuple(label(cross.columns, c) for c in cross.column_keys)
    return Grid(
        row_labels=tuple(label(cross.rows, r) for r in cross.row_keys),
        column_labels=columns,
        cells=tuple((*(str(cross.cell(r, c)) for c in cross.column_keys),
                     str(cross.row_totals.get(r, 0))) for r in cross.row_keys),
        column_totals=(*(str(cross.column_totals.get(c, 0)) for c in cross.column_keys),
                       str(cross.total)),
        column_figures=tuple(
            Figure("", text, str(n), n, Mark.SHOWN)
            for text, n in zip(columns, (cross.column_totals.get(c, 0)
                                         for c in cross.column_keys), strict=True)))


def published_grid(cross: Cross) -> Grid:
    return Grid(
        row_labels=tuple(r.label for r in cross.rows),
        column_labels=tuple(label for _code, label in cross.columns),
        cells=tuple((*(c.text for c in r.cells), r.total.text) for r in cross.rows),
        column_totals=(*(c.text for c in cross.column_totals), cross.total.text),
        column_figures=tuple(Figure(code, label, f.text, f.bar, f.mark) for (code, label), f
                             in zip(cross.columns, cross.column_totals, strict=True)))


class GridModel(QAbstractTableModel):
    """A cross-table with a total column on the right and a total row at the bottom."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.grid = Grid()
        self.total_label = "Total"

    def show(self, grid: Grid, total_label: str) -> None:
        self.beginResetModel()
        self.grid, self.total_label = grid, total_label
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.grid.row_labels else len(self.grid.cells) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.grid.row_labels else (
            len(self.grid.column_labels) + 1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        last_row = row == len(self.grid.cells)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.grid.column_totals[column] if last_row else self.grid.cells[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and (last_row
                                                 or column == len(self.grid.column_labels)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (self.grid.column_labels if orientation == Qt.Orientation.Horizontal
                  else self.grid.row_labels)
        return labels[section] if section < len(labels) else self.total_label


class FiguresModel(QAbstractTableModel):
    """The summary as one list: a heading row per table, then its labelled counts."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, bool]] = []  # (label, count text, is a heading)
        self.headers = ("", "")

    def show(self, pub: Publication | None, headers: tuple[str, str]) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, []
        if pub is not None:
            self.rows += [(f.label, f.text, False) for f in pub.headline]
            for table in pub.tables:
                self.rows.append((table.title, "", True))
                self.rows += [(f.label, f.text, False) for f in table.rows]
                if table.total is not None:
                    self.rows.append((table.total.label, table.total.text, False))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, text, heading = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label if index.column() == 0 else text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and heading:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ChartView(QWidget):
    """A bar chart ("time": columns over time; "bars": one bar per category)."""

    def __init__(self, kind: str, parent: Any = None):
        super().__init__(parent)
        self.kind = kind
        self.title = ""
        self.rows: Sequence[Figure] = ()
        self.setMinimumHeight(230)  # room for a dozen labelled bars
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_figures(self, title: str, rows: Sequence[Figure]) -> None:
        self.title, self.rows = title, tuple(rows)
        self.update()

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            # Drawn as on paper (white, dark ink), as the PDF shows it: the chart painter's
            # ink is fixed for print, and would be unreadable on a dark window.
            painter.fillRect(self.rect(), PAPER)
            font = self.font()
            line = self.fontMetrics().height()
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(INK)
            painter.drawText(QRectF(8, 4, self.width() - 16, line), self.title)
            if not self.rows:
                return
            area = QRectF(8, line + 10, self.width() - 16, self.height() - line - 16)
            if self.kind == "time":
                paint_time_chart(painter, area, self.rows, font)
            else:
                area.setHeight(min(area.height(), bar_chart_height(self.rows, font)))
                paint_bar_chart(painter, area, self.rows, font)
        finally:
            painter.end()
