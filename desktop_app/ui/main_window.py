"""The main window: the incident list with search, and locking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QTableView, QToolBar

from desktop_app.core.datadir import LOCK_REQUEST
from desktop_app.ui.incident_table import IncidentTableModel


class MainWindow(QMainWindow):
    """Shows an open archive. Emits ``lock_requested`` when the person (or `tirkeu lock`)
    asks to lock; whoever owns the archive closes it and calls ``clear``."""

    lock_requested = Signal()

    def __init__(self, folder: Path, parent: Any = None):
        super().__init__(parent)
        self.archive: Any = None
        self.setWindowTitle("Tirkeu")
        self.resize(1000, 640)
        self.model = IncidentTableModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(sortingEnabled=True, selectionBehavior=QTableView.SelectionBehavior.SelectRows)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.setCentralWidget(self.table)

        toolbar = QToolBar(self.tr("Main"), movable=False)
        self.addToolBar(toolbar)
        self.search = QLineEdit(placeholderText=self.tr("Search titles, descriptions, names, places"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_soon)
        toolbar.addWidget(self.search)
        self.lock_action = QAction(self.tr("Lock"), self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        toolbar.addAction(self.lock_action)
        self.count = QLabel()
        self.statusBar().addPermanentWidget(self.count)

        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        # `tirkeu lock` leaves a file beside the vault; any change to it locks this window.
        self._watcher = QFileSystemWatcher([str(folder)], self)
        self._watcher.directoryChanged.connect(self._maybe_lock)
        self._watcher.fileChanged.connect(lambda _path: self.lock_requested.emit())
        self._lock_file = folder / LOCK_REQUEST
        self._lock_stamp = self._stamp()

    def show_archive(self, archive: Any) -> None:
        self.archive = archive
        self.statusBar().showMessage(self.tr("Unlocked"))
        self.refresh()

    def refresh(self) -> None:
        if self.archive is None:
            return
        text = self.search.text().strip()
        repo = self.archive.incidents
        rows = repo.summaries(repo.search(text)) if text else repo.summaries()
        self.model.set_rows(rows)
        total = repo.count()
        self.count.setText(self.tr("%1 of %2 incidents").replace("%1", f"{len(rows):,}")
                           .replace("%2", f"{total:,}"))

    def clear(self) -> None:
        """Forget every piece of incident data the window holds."""
        self.archive = None
        self.model.clear()
        self.search.clear()
        self.count.clear()
        self.statusBar().showMessage(self.tr("Locked"))

    def _search_soon(self) -> None:
        self._search_timer.start()

    def _stamp(self) -> float | None:
        try:
            return self._lock_file.stat().st_mtime
        except OSError:
            return None

    def _maybe_lock(self, _folder: str) -> None:
        stamp = self._stamp()
        if stamp is not None and stamp != self._lock_stamp:
            self._lock_stamp = stamp
            self.lock_requested.emit()
