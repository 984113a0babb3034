"""Keyboard focus back in the window after every dialog, so typing goes on without a click.

A question, a file dialog, the card check, the recovery code: when any of them closes,
the main window is raised and activated again and the control that had focus before the
dialog opened gets it back (or, if it is gone, the page's first control). Window managers
do not always hand focus back to a window that was behind a dialog, and a window that
has just been shown after the unlock dialog often does not get it at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow


class FocusKeeper(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._before: dict[int, QWidget] = {}  # dialog id -> what had focus in the window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide):
            return False
        if not isinstance(watched, QDialog) or not watched.isWindow():
            return False
        if kind == QEvent.Type.Show:
            focused = self.window.focusWidget()
            if focused is not None and self.window.isVisible():
                self._before[id(watched)] = focused
        else:
            before = self._before.pop(id(watched), None)
            # After the dialog is gone (and never once this keeper is: the context object).
            QTimer.singleShot(0, self, lambda: self.give_back(before))
        return False

    def give_back(self, widget: QWidget | None = None) -> None:
        """Raise and activate the window and put focus on ``widget`` if it can take it,
        else on where the window would start (the page's first control)."""
        window = self.window
        if not shiboken6.isValid(window) or not window.isVisible() or window.isMinimized():
            return
        if QApplication.activeModalWidget() is not None:
            return  # another question is still open; it gives focus back when it closes
        window.raise_()
        window.activateWindow()
        if widget is None or not shiboken6.isValid(widget) or not _can_focus(widget):
            last = window.focusWidget()  # what the window last gave focus to, if any
            widget = last if last is not None and _can_focus(last) else self.first_control()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def first_control(self) -> QWidget | None:
        """Where typing starts on the page shown: the incident list on Incidents, else the
        page's first control that takes focus by Tab."""
        window = self.window
        if window.current_key() == "incidents":
            table = window.incidents.table
            if table.model().rowCount() and table.currentIndex().row() < 0:
                table.setCurrentIndex(table.model().index(0, 0))
            return table if table.model().rowCount() else window.incidents.search
        page = window.current_page()
        child = page.nextInFocusChain()
        for _ in range(1000):  # the chain is a loop through the whole window
            if child is page or child is None:
                break
            if (page.isAncestorOf(child) and _can_focus(child)
                    and child.focusPolicy() & Qt.FocusPolicy.TabFocus):
                return child
            child = child.nextInFocusChain()
        return window.nav


def _can_focus(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus)
