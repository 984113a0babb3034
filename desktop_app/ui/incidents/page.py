"""The home of the window: filter bar, the incident list and a count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.errors import InvalidRecord
from desktop_app.core.filters import IncidentFilter
from desktop_app.ui.incidents.editor.fields import CodeCombo
from desktop_app.ui.incidents.table_model import IncidentTableModel, SqlSortProxy
from desktop_app.ui.kit import style
from desktop_app.ui.kit.flow_layout import FlowLayout
from desktop_app.ui.kit.text import fill


class IncidentsPage(QWidget):
    """Emits ``open_requested(id)`` on double-click or Enter, ``new_requested`` for a new one."""

    open_requested = Signal(str)
    new_requested = Signal()

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit(objectName="search")
        self.search.setClearButtonEnabled(True)
        self.date_from = QLineEdit(objectName="date_from")
        self.date_to = QLineEdit(objectName="date_to")
        for edit in (self.date_from, self.date_to):
            edit.setFixedWidth(80)
        self.region = CodeCombo("region", language, with_retired=True)
        self.violation = CodeCombo("violation", language, with_retired=True)
        self.category = CodeCombo("victim_category", language)
        self.status = CodeCombo("status", language)
        self._words: dict[CodeCombo, str] = {}
        for combo in (self.region, self.violation, self.category, self.status):
            combo.setMaximumWidth(200)
            # Narrow by default, so the list keeps its room beside an open record.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(0)  # as wide as "Region: all" needs, no wider
        self.new_button = QPushButton(objectName="new")
        self.new_button.clicked.connect(self.new_requested)
        # Search first, on its own row; the compact filters below it.
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        # The filters wrap onto a second row rather than widen the page beside a record.
        filters = FlowLayout(spacing=bar.spacing() if bar.spacing() >= 0 else 6)
        for widget in (self.date_from, self.date_to, self.region, self.violation, self.category,
                       self.status):
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.filter_problem = QLabel(objectName="filter_problem", visible=False)
        self.filter_problem.setStyleSheet(f"color: {style.colour('error')}")
        layout.addWidget(self.filter_problem)

        self.model = IncidentTableModel(language, self)
        self.proxy = SqlSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="incidents")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Set, not left to the style: a style change (the theme, on unlock) would switch a
        # style-chosen mode between items and pixels, and the kept scroll would mean
        # something else after the lock.
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A value is measured in the rows of about one page (the model reads pages of 200),
        # never in the whole archive.
        header.setResizeContentsPrecision(200)
        # The violations, a list of any length, start about as wide as two short ones;
        # the other columns are fitted to what they show (``fit_columns``).
        self.table.setColumnWidth(3, 22 * self.table.fontMetrics().averageCharWidth())
        self.model.modelReset.connect(lambda: self.fit_columns(shrink=False))
        # activated covers Enter and double-click (connecting both opened twice).
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)
        self.count = QLabel(objectName="count")
        layout.addWidget(self.count)

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(self._debounce.start)
        for combo in (self.region, self.violation, self.category, self.status):
            combo.currentIndexChanged.connect(self._debounce.start)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the bar, the filters and the count in the installed language."""
        self.search.setPlaceholderText(
            self.tr("Search titles, descriptions, names, places (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search incidents"))
        self.date_from.setPlaceholderText(self.tr("from"))
        self.date_to.setPlaceholderText(self.tr("to"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setToolTip(self.tr("A date like 2018-05-12, 2018-05 or 2018"))
        # The word shown in each box ("Category: all") is short enough to be read in full
        # beside an open record; the tooltip and a screen reader say it in full.
        self._words = {self.region: self.tr("Region"), self.violation: self.tr("Violation"),
                       self.category: self.tr("Category"), self.status: self.tr("Status")}
        for combo, tip in ((self.region, self.tr("Region")),
                           (self.violation, self.tr("Violation")),
                           (self.category, self.tr("Victim category")),
                           (self.status, self.tr("Status"))):
            combo.setToolTip(tip)
            combo.setAccessibleName(fill(self.tr("Filter by %1"), tip.lower()))
            self._label_all(combo)
        self.new_button.setText(self.tr("&New incident"))
        self.new_button.setToolTip(self.tr("New incident (Ctrl+N)"))
        self.table.setAccessibleName(self.tr("Incidents"))
        self._show_count()

    def attach(self, listing: Any) -> None:
        """Show the incidents of an open archive (an IncidentListing), or none."""
        self.listing = listing
        self.model.attach(listing)
        self.fit_columns()
        self._show_count()

    def clear(self) -> None:
        self.listing = None
        self.model.clear()
        for edit in (self.search, self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.count.clear()

    def current_filter(self) -> IncidentFilter:
        """The filter the bar describes; InvalidRecord for a malformed date."""
        dates = []
        for edit in (self.date_from, self.date_to):
            text = edit.text().strip()
            dates.append(FuzzyDate.parse(text) if text else None)
        return IncidentFilter(text=self.search.text(), date_from=dates[0], date_to=dates[1],
                              region=self.region.code(), violation=self.violation.code(),
                              victim_category=self.category.code(), status=self.status.code())

    def apply_filter(self) -> None:
        try:
            f = self.current_filter()
        except InvalidRecord as exc:
            self.filter_problem.setText(str(exc))
            self.filter_problem.setVisible(True)
            return
        self.filter_problem.setVisible(False)
        self.model.set_filter(f)
        self._show_count()

    def refresh(self) -> None:
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        if self.model.source is None:
            self.count.clear()
            return
        shown, total = self.model.rowCount(), self.model.source.total()
        self.count.setText(fill(self.tr("%1 of %n incident(s)", "", total), shown))

    def _open(self, index: QModelIndex) -> None:
        incident_id = index.data(IncidentTableModel.ID_ROLE)
        if incident_id:
            self.open_requested.emit(incident_id)

    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        for combo in (self.region, self.violation, self.category, self.status):
            combo.set_language(language)
        self.retranslate()
        self.fit_columns()

    # Columns that fit their longest value: a date, a region, a status are short and read
    # whole. The title stretches and the violations may run long; both show at least their
    # heading in full.
    FITTED = (0, 2, 4)

    def fit_columns(self, *, shrink: bool = True) -> None:
        """Make each column as wide as its heading and (date, region, status) its longest
        value in the language now shown. ``shrink=False`` (the rows read again) only
        widens, so a column the person widened stays so."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            needed = header.sectionSizeFromContents(column).width()
            if column in self.FITTED:
                needed = max(needed, self.table.sizeHintForColumn(column))
            if column == 1:  # stretched: the layout gives it the rest
                continue
            if needed > header.sectionSize(column) or (shrink and column in self.FITTED):
                header.resizeSection(column, needed)

    def _label_all(self, combo: CodeCombo) -> None:
        """"Region: all" as the first choice, and just the room to read it in full."""
        text = fill(self.tr("%1: all"), self._words[combo])
        combo.setItemText(0, text)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        metrics = combo.fontMetrics()
        room = combo.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option,
            QSize(metrics.horizontalAdvance(text), metrics.height()), combo)
        combo.setMinimumWidth(min(room.width(), combo.maximumWidth()))
