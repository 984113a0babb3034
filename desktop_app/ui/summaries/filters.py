"""The Summaries page's choices: the filter (dates, region, violation, category, status,
tag) and the two dimensions of the cross-table. Emits ``changed`` after a short pause."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.filters import IncidentFilter
from desktop_app.reports.wording import DIMENSION_NAMES
from desktop_app.ui.incidents.editor.fields import CodeCombo


class SummaryChoices(QWidget):
    changed = Signal()

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self.language = language
        self.names: dict[str, str] = {}  # dimension -> its name in the interface language
        self.date_from = QLineEdit(objectName="summary_from")
        self.date_to = QLineEdit(objectName="summary_to")
        self.region = CodeCombo("region", language, with_retired=True)
        self.violation = CodeCombo("violation", language, with_retired=True)
        self.category = CodeCombo("victim_category", language)
        self.status = CodeCombo("status", language)
        self.codes = (self.region, self.violation, self.category, self.status)
        self.tag = QComboBox(objectName="summary_tag")
        self.tag.addItem("", None)
        self.rows = QComboBox(objectName="summary_rows")
        self.columns = QComboBox(objectName="summary_columns")
        for combo in (self.rows, self.columns):
            for name in DIMENSION_NAMES:
                combo.addItem("", name)
        self.rows.setCurrentIndex(DIMENSION_NAMES.index("year"))
        self.columns.setCurrentIndex(DIMENSION_NAMES.index("violation"))
        self.rows_label, self.columns_label = QLabel(), QLabel()
        self.rows_label.setBuddy(self.rows)
        self.columns_label.setBuddy(self.columns)
        self.extra = QHBoxLayout()  # the page adds its own buttons, below the dimensions

        filters = QHBoxLayout()
        for edit in (self.date_from, self.date_to):
            edit.setFixedWidth(90)
            filters.addWidget(edit)
        for combo in (*self.codes, self.tag):
            combo.setMaximumWidth(190)
            filters.addWidget(combo)
        filters.addStretch(1)
        dimensions = QHBoxLayout()
        for widget in (self.rows_label, self.rows, self.columns_label, self.columns):
            dimensions.addWidget(widget)
        dimensions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(dimensions)
        # The page's buttons on a row of their own: beside the dimensions, in Russian or
        # Kazakh, the row was wider than the window and the page scrolled sideways.
        layout.addLayout(self.extra)

        self.debounce = QTimer(self, singleShot=True, interval=150)
        self.debounce.timeout.connect(self.changed)
        for edit in (self.date_from, self.date_to):
            edit.textChanged.connect(self.debounce.start)
        for combo in (*self.codes, self.tag, self.rows, self.columns):
            combo.currentIndexChanged.connect(self.debounce.start)
        self.retranslate()

    def current_filter(self) -> IncidentFilter:
        """The filter chosen; InvalidRecord for a malformed date."""
        dates = [FuzzyDate.parse(e.text()) if e.text().strip() else None
                 for e in (self.date_from, self.date_to)]
        return IncidentFilter(date_from=dates[0], date_to=dates[1], region=self.region.code(),
                              violation=self.violation.code(),
                              victim_category=self.category.code(),
                              status=self.status.code(), tag=self.tag.currentData())

    def dimensions(self) -> tuple[str, str]:
        return self.rows.currentData(), self.columns.currentData()

    def show_tags(self, tags: list[str]) -> None:
        """Offer these tags; the chosen one stays chosen if it is still in use."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        while self.tag.count() > 1:
            self.tag.removeItem(1)
        for tag in tags:
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(self.tag.findData(chosen), 0))
        self.tag.blockSignals(False)

    def clear(self) -> None:
        """Back to no filter, and no tags offered (they are content)."""
        self.debounce.stop()
        widgets = (self.date_from, self.date_to, *self.codes)
        for widget in widgets:
            widget.blockSignals(True)
        self.date_from.clear()
        self.date_to.clear()
        for combo in self.codes:
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.show_tags([])

    def set_language(self, language: str) -> None:
        self.language = language
        for combo in self.codes:
            combo.blockSignals(True)
            combo.set_language(language)
            combo.blockSignals(False)
        self.retranslate()

    def retranslate(self) -> None:
        for edit, text, name in ((self.date_from, self.tr("from"), self.tr("Counted from")),
                                 (self.date_to, self.tr("to"), self.tr("Counted until"))):
            edit.setPlaceholderText(text)
            edit.setAccessibleName(name)
            edit.setToolTip(self.tr("A date like 2018-05-12, 2018-05 or 2018"))
        names = (self.tr("Region"), self.tr("Violation"), self.tr("Victim category"),
                 self.tr("Status"), self.tr("Tag"))
        for combo, name in zip((*self.codes, self.tag), names, strict=True):
            combo.setToolTip(name)
            combo.setAccessibleName(name)
            combo.setItemText(0, name + ": " + self.tr("all"))
        self.tag.setToolTip(self.tr("Tags are for your own view: they never appear in exports"))
        self.names = {
            "year": self.tr("Year"), "month": self.tr("Month"), "region": self.tr("Region"),
            "violation": self.tr("Violation"), "victim_category": self.tr("Victim category"),
            "gender": self.tr("Gender"), "fatal": self.tr("Killed"),
            "case_code": self.tr("Kind of case"), "article": self.tr("Article"),
            "outcome": self.tr("Outcome of the case"), "penalty": self.tr("Penalty"),
            "remedy_mechanism": self.tr("Remedy sought"),
            "remedy_outcome": self.tr("Outcome of the remedy"),
            "implemented": self.tr("Remedy implemented"), "status": self.tr("Status"),
            "tag": self.tr("Tag")}
        for combo in (self.rows, self.columns):
            for i, name in enumerate(DIMENSION_NAMES):
                combo.setItemText(i, self.names[name])
        self.rows_label.setText(self.tr("&Rows:"))
        self.columns_label.setText(self.tr("Co&lumns:"))
