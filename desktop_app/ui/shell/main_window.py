"""The main window: navigation on the left, the section's list in the centre, the open
record on the right, and a status bar saying what is locked and when idle lock comes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.ui.incidents.editor.editor import IncidentEditor
from desktop_app.ui.incidents.page import IncidentsPage
from desktop_app.ui.shell.backup_reminder import ReminderBar

NAV_WIDTH = 150


class MainWindow(QMainWindow):
    """Layout and shortcuts only; every action is a signal the controller answers.

    The title is the program's name and nothing else, ever: a title is what a task
    switcher, a taskbar or a screen-sharing picker shows to whoever glances at it."""

    lock_requested = Signal()
    panic_requested = Signal()
    backup_requested = Signal()
    wipe_requested = Signal()
    import_table_requested = Signal()
    import_martus_requested = Signal()
    export_table_requested = Signal()

    def __init__(self, language: str = "en", suggest_people: Any = None, parent: Any = None):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(800, screen.height()))
        # The navigation sits beside the splitter, not in it: a splitter shares its width
        # by stretch factors and left about 110 px of empty grey beside a fixed-width list.
        self.nav = QListWidget(objectName="nav")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.pages = QStackedWidget()
        self.incidents = IncidentsPage(language)
        self.editor = IncidentEditor(language, suggest_people)
        self.editor.setVisible(False)
        self._editor_wanted = False  # open for an incident; shown only beside Incidents
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        centre = QWidget()
        row = QHBoxLayout(centre)
        # A little room on the right: no page's last button touches the window's edge.
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(4)
        row.addWidget(self.nav)
        row.addWidget(self.splitter, 1)
        # Above everything, a bar that asks for nothing modal (the backup reminder).
        self.banner = ReminderBar()
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(centre, 1)
        self.setCentralWidget(outer)
        self._holders: dict[str, QScrollArea] = {}
        self._followers: dict[str, Any] = {}
        self._titles: dict[str, Callable[[], str]] = {}
        self.add_page("incidents", lambda: self.tr("Incidents"), self.incidents)
        self.nav.currentRowChanged.connect(self._row_changed)

        self.state = QLabel(objectName="state")
        self.backup_state = QLabel(objectName="backup_state", visible=False)
        self.backup_state.setStyleSheet("padding-right: 16px")  # apart from the idle time
        self.idle = QLabel(objectName="idle")
        self.statusBar().addWidget(self.state)
        self.statusBar().addPermanentWidget(self.backup_state)
        self.statusBar().addPermanentWidget(self.idle)

        def action(shortcut: QKeySequence | str, slot: Callable[..., Any]) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(QKeySequence.StandardKey.New, self.new_incident)
        self.find_action = action(QKeySequence.StandardKey.Find, self.focus_search)
        # The keys themselves are heard by ui/shell/idle.py (before any shortcut, locked or
        # not); these actions show them on the toolbar and answer a click.
        self.lock_action = action("Ctrl+L", self.lock_requested)
        self.panic_action = action("Ctrl+Shift+L", self.panic_requested)
        # Ctrl+1 … Ctrl+6: each section by keyboard, in the order the navigation shows.
        self.section_actions = [
            action(f"Ctrl+{n}", lambda _checked=False, row=n - 1: self.show_row(row))
            for n in range(1, 7)]
        self.backup_action = action("", self.backup_requested)
        # Two steps follow (a question, then a countdown with Cancel): a key is safe here.
        self.wipe_action = action("Ctrl+Shift+Del", self.wipe_requested)
        # Other tools' files: each opens its own dialogs, then works with progress.
        self.import_table_action = action(
            "", lambda _checked=False: self.import_table_requested.emit())
        self.import_martus_action = action(
            "", lambda _checked=False: self.import_martus_requested.emit())
        self.export_table_action = action(
            "", lambda _checked=False: self.export_table_requested.emit())
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("file_menu")
        for act in (self.import_table_action, self.import_martus_action):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_table_action)
        self.vault_menu = menu = self.menuBar().addMenu("")
        for act in (self.lock_action, self.panic_action, self.backup_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.wipe_action)
        self.toolbar = toolbar = self.addToolBar("")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        for act in (self.new_action, self.lock_action, self.panic_action):
            toolbar.addAction(act)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the frame (navigation, actions, menu, toolbar) in the installed language;
        the pages and the editor relabel themselves (``set_language``)."""
        self.nav.setAccessibleName(self.tr("Sections"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(self._titles[item.data(Qt.ItemDataRole.UserRole)]())
        for act, text in ((self.new_action, self.tr("New incident")),
                          (self.find_action, self.tr("Search")),
                          (self.lock_action, self.tr("Lock")),
                          (self.panic_action, self.tr("Lock and hide")),
                          (self.backup_action, self.tr("Back up now…")),
                          (self.wipe_action, self.tr("Wipe this vault…")),
                          (self.import_table_action, self.tr("Import a &spreadsheet…")),
                          (self.import_martus_action, self.tr("Import from &Martus…")),
                          (self.export_table_action, self.tr("&Export a table…"))):
            act.setText(text)
        for n, act in enumerate(self.section_actions, 1):
            act.setText(self.tr("Section %n", "", n))
        self.file_menu.setTitle(self.tr("&File"))
        self.vault_menu.setTitle(self.tr("&Vault"))
        self.toolbar.setWindowTitle(self.tr("Main"))
        for act in (self.new_action, self.lock_action, self.panic_action):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{act.text()} ({keys})")

    # --- pages -------------------------------------------------------------------------------

    def add_page(self, key: str, title: Callable[[], str], widget: Any, follower: Any = None,
                 *, scrolls_down: bool = False) -> None:
        """Add a page to the navigation, titled ``title()`` (asked again at every change of
        language). ``follower`` (a SessionPage) is told whenever the
        page is shown or hidden, so a page that is costly to read can wait until seen.
        ``scrolls_down``: a long form (Settings) scrolls as a whole on a short screen."""
        # Each page scrolls sideways if it must: a page with many controls (summaries)
        # must not make the whole window wider than a laptop screen.
        holder = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        if not scrolls_down:  # lists scroll themselves
            holder.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setWidget(widget)
        self._holders[key] = holder
        self.pages.addWidget(holder)
        self._titles[key] = title
        item = QListWidgetItem(title())
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        if follower is not None:
            self._followers[key] = follower
            follower.set_shown(self.current_key() == key)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def keys(self) -> list[str]:
        """The pages' keys in the order the navigation shows them."""
        return [self.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.nav.count())]

    def set_order(self, keys: Sequence[str]) -> None:
        """Show the navigation in this order (keys not named keep their order, after)."""
        wanted = [k for k in keys if k in self._holders]
        order = wanted + [k for k in self.keys() if k not in wanted]
        if order == self.keys():
            return
        current = self.current_key()
        items = {self.nav.item(r).data(Qt.ItemDataRole.UserRole): self.nav.item(r)
                 for r in range(self.nav.count())}
        self.nav.blockSignals(True)
        while self.nav.count():
            self.nav.takeItem(0)
        for key in order:
            self.nav.addItem(items[key])
        self.nav.blockSignals(False)
        if current is not None:
            self.show_page(current)

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def current_page(self) -> Any:
        """The page shown now (inside its scroll area)."""
        return self.pages.currentWidget().widget()

    def page(self, key: str) -> Any:
        return self._holders[key].widget()

    def bring_into_view(self, key: str, widget: QWidget) -> None:
        """Show page ``key`` scrolled so that ``widget`` (on it) is in sight."""
        self.show_page(key)
        self._holders[key].ensureWidgetVisible(widget)

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def show_row(self, row: int) -> None:
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)

    def _row_changed(self, row: int) -> None:
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        if key is None:
            return
        self.pages.setCurrentWidget(self._holders[key])
        for follower_key, follower in self._followers.items():
            follower.set_shown(follower_key == key)
        self._place_editor()

    # --- the editor beside Incidents ---------------------------------------------------------

    def new_incident(self) -> None:
        """Ctrl+N from any page: a new record, beside the Incidents list."""
        self.show_page("incidents")
        self.incidents.new_requested.emit()

    def focus_search(self) -> None:
        self.show_page("incidents")
        self.incidents.search.setFocus()
        self.incidents.search.selectAll()

    def show_editor(self, visible: bool = True) -> None:
        """The editor holds a record (True) or nothing (False). It is shown only beside
        the Incidents list; on another page it waits, content and all, until Incidents is
        shown again."""
        self._editor_wanted = visible
        self._place_editor()

    @property
    def editor_open(self) -> bool:
        """The editor holds a record, whether or not the page beside it is shown now."""
        return self._editor_wanted

    def _place_editor(self) -> None:
        visible = self._editor_wanted and self.current_key() == "incidents"
        if visible and self.editor.isHidden():
            total = max(self.splitter.width(), 1000)
            self.editor.setVisible(True)
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])
        elif not visible and not self.editor.isHidden():
            focused = self.focusWidget()
            if focused is not None and self.editor.isAncestorOf(focused):
                self.nav.setFocus()  # focus must not stay in a hidden editor
            self.editor.setVisible(False)
