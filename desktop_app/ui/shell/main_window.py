"""The main window: navigation on the left, the section's list in the centre, the open
record on the right, and a status bar saying what is locked and when idle lock comes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
)

from desktop_app.ui.incidents.editor.editor import IncidentEditor
from desktop_app.ui.incidents.page import IncidentsPage


class MainWindow(QMainWindow):
    """Layout and shortcuts only; every action is a signal the controller answers."""

    lock_requested = Signal()
    panic_requested = Signal()

    def __init__(self, language: str = "en", suggest_people: Any = None, parent: Any = None):
        super().__init__(parent)
        self.setWindowTitle("Tirkeu")
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(800, screen.height()))
        self.nav = QListWidget(objectName="nav")
        self.nav.setFixedWidth(150)
        self.pages = QStackedWidget()
        self.incidents = IncidentsPage(language)
        self.editor = IncidentEditor(language, suggest_people)
        self.editor.setVisible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.setCentralWidget(self.splitter)
        self.add_page("incidents", self.tr("Incidents"), self.incidents)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)

        self.state = QLabel(objectName="state")
        self.idle = QLabel(objectName="idle")
        self.statusBar().addWidget(self.state)
        self.statusBar().addPermanentWidget(self.idle)

        def action(text: str, shortcut: QKeySequence | str, slot: Any) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(self.tr("New incident"), QKeySequence.StandardKey.New,
                                 self.incidents.new_requested)
        self.find_action = action(self.tr("Search"), QKeySequence.StandardKey.Find,
                                  self.focus_search)
        self.lock_action = action(self.tr("Lock"), "Ctrl+L", self.lock_requested)
        self.panic_action = action(self.tr("Lock and hide"), "Ctrl+Shift+L", self.panic_requested)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        for act in (self.new_action, self.lock_action):
            toolbar.addAction(act)

    def add_page(self, key: str, title: str, widget: Any, follower: Any = None) -> None:
        """Add a page to the navigation. ``follower`` (a SessionPage) is told whenever the
        page is shown or hidden, so a page that is costly to read can wait until seen."""
        if follower is not None:
            index = self.nav.count()
            follower.set_shown(self.nav.currentRow() == index)
            self.nav.currentRowChanged.connect(lambda row: follower.set_shown(row == index))
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        # Each page scrolls sideways if it must: a page with many controls (summaries)
        # must not make the whole window wider than a laptop screen.
        holder = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        holder.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setWidget(widget)
        self.pages.addWidget(holder)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def current_page(self) -> Any:
        """The page shown now (inside its scroll area)."""
        return self.pages.currentWidget().widget()

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)

    def focus_search(self) -> None:
        self.show_page("incidents")
        self.incidents.search.setFocus()
        self.incidents.search.selectAll()

    def show_editor(self, visible: bool = True) -> None:
        if visible and not self.editor.isVisible():
            total = max(self.splitter.width(), 1000) - self.nav.width()
            self.editor.setVisible(True)
            self.splitter.setSizes([self.nav.width(), total * 3 // 5, total * 2 // 5])
        else:
            self.editor.setVisible(visible)
