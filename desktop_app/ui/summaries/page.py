"""The Summaries section: pick filters and two dimensions, read the counts as a
cross-table, as the summary's tables and as charts, and export them for publication.

Counting runs in a worker (``ui.workers``) so the window never freezes; a newer request
or Cancel makes an older answer be dropped. The page keeps only plain results (Summary,
CrossTable); on lock ``clear`` drops every figure.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import InvalidRecord, TirkeuError
from desktop_app.crypto.files import CannotWrite, write_export
from desktop_app.reports.crosstab import CrossTable, crosstab
from desktop_app.reports.publication import Publication, publish
from desktop_app.reports.summary import Summary, compute
from desktop_app.reports.suppression import DEFAULT_THRESHOLD
from desktop_app.storage.summary_queries import known_tags
from desktop_app.ui.kit import workers
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.text import fill
from desktop_app.ui.summaries.export import ask_path, export_bytes
from desktop_app.ui.summaries.filters import SummaryChoices
from desktop_app.ui.summaries.views import (
    ChartView,
    FiguresModel,
    Grid,
    GridModel,
    exact_grid,
    published_grid,
)


def _table(name: str, model: Any) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(False)
    return view


class SummaryPage(QWidget, SessionPage):
    """Choices on top; the cross-table and the summary's tables; charts below."""

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self.language = language
        self.source: Any = None  # the open archive's database, while unlocked
        self.summary: Summary | None = None
        self.cross: CrossTable | None = None
        self.generation = 0  # answers from an older request are dropped
        self.running: threading.Event | None = None
        self.stale = False

        self.choices = SummaryChoices(language)
        self.published = QCheckBox(objectName="summary_published")
        self.export_csv = QPushButton(objectName="export_csv")
        self.csv_menu = QMenu(self)
        self.csv_cross = self.csv_menu.addAction("")
        self.csv_summary = self.csv_menu.addAction("")
        self.export_csv.setMenu(self.csv_menu)
        self.export_html = QPushButton(objectName="export_html")
        self.export_pdf = QPushButton(objectName="export_pdf")
        self.progress = QProgressBar(objectName="summary_progress", visible=False)
        self.progress.setRange(0, 0)  # counting reports no steps: a busy bar
        self.progress.setMaximumWidth(160)
        self.cancel = QPushButton(objectName="summary_cancel", visible=False)
        self.message = QLabel(objectName="summary_message", visible=False, wordWrap=True)
        self.headline = QLabel(objectName="summary_headline", wordWrap=True)
        self.headline.setStyleSheet("font-weight: bold;")
        self.grid_model, self.figures_model = GridModel(self), FiguresModel(self)
        self.cross_view = _table("summary_cross", self.grid_model)
        self.figures_view = _table("summary_figures", self.figures_model)
        self.figures_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.time_chart, self.category_chart = ChartView("time"), ChartView("bars")

        for widget in (self.published, self.progress, self.cancel, self.export_csv,
                       self.export_html, self.export_pdf):
            self.choices.extra.addWidget(widget)
        self.choices.extra.insertStretch(1, 1)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(self.cross_view)
        tables.addWidget(self.figures_view)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 2)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.time_chart)
        charts.addWidget(self.category_chart)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(tables)
        body.addWidget(charts)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choices)
        layout.addWidget(self.message)
        layout.addWidget(self.headline)
        layout.addWidget(body, 1)

        self.choices.changed.connect(self.recount)
        self.published.toggled.connect(self._show)
        self.cancel.clicked.connect(self.cancel_count)
        self.csv_cross.triggered.connect(lambda: self.ask_export("cross.csv"))
        self.csv_summary.triggered.connect(lambda: self.ask_export("csv"))
        self.export_html.clicked.connect(lambda: self.ask_export("html"))
        self.export_pdf.clicked.connect(lambda: self.ask_export("pdf"))
        self.retranslate()
        self._show()

    # --- what the controller calls -------------------------------------------------------------

    def unlocked(self) -> None:
        """Count the incidents of a freshly unlocked archive (now, or when first shown)."""
        if self.archive is not None:
            self.source = self.archive.database

    def refresh(self) -> None:
        """Incidents changed: count again if the page is in view, else when it comes."""
        self.stale = True
        if self.isVisible():
            self.recount()

    def clear(self) -> None:
        """On lock: wait for a count under way to stop touching the archive, then forget
        the archive, every figure, the tags and the filter."""
        self.generation += 1
        if self.running is not None:
            self.running.wait(10)
        self.running, self.source, self.summary, self.cross = None, None, None, None
        self.choices.clear()
        self._busy(False)
        self._say("")
        self.retranslate()
        self._show()

    def set_language(self, language: str) -> None:
        self.language = language
        self.choices.set_language(language)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.published.setText(self.tr("As &published (small counts hidden)"))
        self.published.setToolTip(self.tr("Show the counts as the exports will show them"))
        self.export_csv.setText(self.tr("Export &CSV"))
        self.csv_cross.setText(self.tr("Cross-table as CSV…"))
        self.csv_summary.setText(self.tr("Summary as CSV…"))
        self.export_html.setText(self.tr("Export &HTML…"))
        self.export_pdf.setText(self.tr("Export P&DF…"))
        self.cancel.setText(self.tr("Ca&ncel"))
        self.cross_view.setAccessibleName(self.tr("Cross-table"))
        self.figures_view.setAccessibleName(self.tr("The summary's figures"))
        self.progress.setAccessibleName(self.tr("Counting"))
        self.progress.setFormat(self.tr("Counting…"))

    # --- counting ------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.recount()

    def recount(self) -> None:
        if self.source is None:
            return
        try:
            f = self.choices.current_filter()
        except InvalidRecord as exc:
            self._say(str(exc))
            return
        self.stale = False
        self.generation += 1
        generation, database, done = self.generation, self.source, threading.Event()
        rows, columns = self.choices.dimensions()
        self.running = done
        broken = self.tr("The figures could not be counted; nothing was changed.")

        def work() -> tuple[int, Any, str | None]:
            # Every answer carries its generation, failures too, so a late one is dropped.
            try:
                return generation, (compute(database, f), crosstab(database, f, rows, columns),
                                    known_tags(database)), None
            except TirkeuError as exc:
                return generation, None, str(exc)
            except Exception:  # noqa: BLE001 - a database message may quote content
                return generation, None, broken
            finally:
                done.set()

        self._busy(True)
        workers.start(work, self._counted, self._failed)

    def cancel_count(self) -> None:
        """Drop the answer of the count under way (it only reads: nothing is half-done)."""
        self.generation += 1
        self._busy(False)
        self._say(self.tr("Cancelled: the figures shown are from before."))

    def _counted(self, outcome: tuple[int, Any, str | None]) -> None:
        generation, result, problem = outcome
        if generation != self.generation:
            return
        self._busy(False)
        if problem is not None:
            self._say(problem)
            return
        self.summary, self.cross, tags = result
        self.choices.show_tags(tags)
        self._say("")
        self._show()

    def _failed(self, sentence: str) -> None:
        self._busy(False)
        self._say(sentence)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setVisible(bool(sentence))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)

    # --- showing -------------------------------------------------------------------------------

    def publication(self, with_cross: bool = True) -> Publication | None:
        """The figures as exports show them; a cross-table by tag is left out."""
        if self.summary is None:
            return None
        cross = self.cross if with_cross and self.cross is not None and "tag" not in (
            self.cross.rows, self.cross.columns) else None
        return publish(self.summary, self.language, DEFAULT_THRESHOLD, cross)

    def _show(self) -> None:
        exports = (self.export_csv, self.export_html, self.export_pdf)
        if self.summary is None or self.cross is None:
            self.grid_model.show(Grid(), self.tr("Total"))
            self.figures_model.show(None, ("", ""))
            self.time_chart.show_figures("", ())
            self.category_chart.show_figures("", ())
            self.headline.setText(self.tr("Counting…") if self.source is not None else "")
            for button in exports:
                button.setEnabled(False)
            return
        preview = self.published.isChecked()
        pub = self.publication() if preview else publish(self.summary, self.language, 0)
        assert pub is not None
        grid = (published_grid(pub.cross) if preview and pub.cross is not None
                else exact_grid(self.cross, self.language))
        self.grid_model.show(grid, self.tr("Total"))
        self.cross_view.resizeColumnsToContents()
        self.figures_model.show(pub, (self.tr("Figure"), self.tr("Count")))
        self.figures_view.resizeColumnToContents(1)
        time = next((t for t in pub.tables if t.key == "time"), None)
        self.time_chart.show_figures(self.tr("Incidents over time"), time.rows if time else ())
        self.category_chart.show_figures(
            fill(self.tr("Totals by %1"), self.choices.names[self.cross.columns]),
            grid.column_figures)
        shown = {f.code: f.text for f in pub.headline}
        self.headline.setText(fill(
            self.tr("Incidents: %1 · Victims: %2 (distinct people: %3; killed: %4) · "
                    "Legal cases: %5 · Remedies: %6 (implemented: %7)"),
            *(shown[k] for k in ("incidents", "victims", "people", "fatal", "cases",
                                 "remedies", "implemented"))))
        for button in exports:
            button.setEnabled(True)

    # --- exports -------------------------------------------------------------------------------

    def ask_export(self, kind: str) -> None:
        path = ask_path(self, kind, self.tr("Export the summary"))
        if path is not None:
            self.export_to(kind, path)

    def export_to(self, kind: str, path: Path) -> bool:
        """Write the published figures to ``path``: kind "csv" (summary), "cross.csv",
        "html" or "pdf". True if written; otherwise the page says why."""
        if self.summary is None:
            return False
        if kind == "cross.csv" and self.cross is not None and "tag" in (self.cross.rows,
                                                                       self.cross.columns):
            self._say(self.tr("Tags are free text and may identify people: a "
                              "cross-table by tag cannot be exported."))
            return False
        pub = self.publication(with_cross=kind != "csv")
        assert pub is not None
        try:
            write_export(path, export_bytes(kind, pub))  # as `tirkeu summary --out` writes
        except CannotWrite:
            self._say(fill(self.tr("The file could not be written: %1"), str(path)))
            return False
        self._say(fill(self.tr("Saved %1."), str(path)))
        return True

