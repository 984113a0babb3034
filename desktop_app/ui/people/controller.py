"""Answers the People page's intents from the open archive.

The page never sees the archive: this controller reads PeopleRepository, hands the page
plain data and turns every failure into one sentence in a message box.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import NotFound, TirkeuError
from desktop_app.ui.people.page import PeoplePage


class PeopleController(QObject):
    """Owns no data between calls but the open archive and the current filter text.

    ``incidents_changed`` is emitted after a merge revised incidents, so other views
    (the incident list, an open editor) can reload what they show.
    """

    incidents_changed = Signal()

    def __init__(self, page: PeoplePage, owner_name_getter: Callable[[], str] | None = None,
                 may_change: Callable[[], bool] | None = None, parent: Any = None):
        """``owner_name_getter`` names who saved a merge (default: the archive's owner).
        ``may_change`` is asked before a merge rewrites incidents: an editor holding one
        of them with unsaved changes would otherwise bring the dropped record back.

        Bound methods are held weakly. A strong reference back to the window's controller
        would make a reference cycle, and the cyclic collector may then destroy that
        controller's Qt objects on whatever thread it runs in (seen as a crash while the
        unlock worker was deriving the key)."""
        super().__init__(parent)
        self.page = page
        self._owner_name = _weakly(owner_name_getter)
        self._may_change = _weakly(may_change)
        self.archive: Any = None
        self.typed = ""
        page.filter_changed.connect(self.filter)
        page.person_selected.connect(self.select)
        page.merge_requested.connect(self.merge)

    def attach(self, archive: Any) -> None:
        """Show the people of a freshly unlocked archive."""
        self.archive = archive
        self.typed = ""
        self.page.clear()
        self._attempt(lambda: self.page.show_people(archive.people.all()))

    def clear(self) -> None:
        """On lock: forget the archive and everything the page shows."""
        self.archive = None
        self.typed = ""
        self.page.clear()

    def refresh(self) -> None:
        """Reload the list (for the current filter) and the shown person, after incidents
        changed elsewhere; a person who no longer exists leaves the view empty."""
        if self.archive is None:
            return
        self.filter(self.typed)
        if self.page.shown_id is not None:
            self.select(self.page.shown_id, quiet=True)

    # --- intents -------------------------------------------------------------------------------

    def filter(self, typed: str) -> None:
        if self.archive is None:
            return
        self.typed = typed
        people = self.archive.people
        # suggest() caps its answer for a completer; the page lists every match.
        self._attempt(lambda: self.page.show_people(
            people.suggest(typed, limit=None) if typed.strip() else people.all()))

    def select(self, person_id: str, quiet: bool = False) -> None:
        if self.archive is None:
            return
        people = self.archive.people
        try:
            person = people.get(person_id)
            incidents, cases = people.incidents_of(person_id), people.cases_of(person_id)
        except NotFound:
            # Gone since it was listed (merged or its incidents deleted): show what is left.
            self._forget_shown()
            if not quiet:
                self._tell(self.page.tr("That person is no longer in the archive; "
                                        "the list has been refreshed."))
            return
        except TirkeuError as exc:
            return self._tell(str(exc))
        self.page.show_person(person, incidents, cases)

    def merge(self, keep_id: str, drop_id: str) -> None:
        may_change = self._may_change()
        if self.archive is None or (may_change is not None and not may_change()):
            return
        try:
            owner_name = self._owner_name()
            saved_by = owner_name() if owner_name is not None else self.archive.owner_name
            self.archive.people.merge(keep_id, drop_id, saved_by or "local")
        except TirkeuError as exc:
            self._tell(str(exc))
        except Exception:  # noqa: BLE001 - a database message may quote names: say less
            # The merge is one transaction, so a failure changed nothing.
            self._tell(self.page.tr("The two records could not be merged; nothing was changed."))
        else:
            self.incidents_changed.emit()
        self.filter(self.typed)
        self.select(keep_id, quiet=True)

    # --- inside --------------------------------------------------------------------------------

    def _forget_shown(self) -> None:
        self.page.forget_person()
        self.filter(self.typed)

    def _attempt(self, action: Callable[[], None]) -> None:
        try:
            action()
        except TirkeuError as exc:
            self._tell(str(exc))

    def _tell(self, sentence: str) -> None:
        QMessageBox.warning(self.page, APP_NAME, sentence)


def _weakly(function: Callable[..., Any] | None) -> Callable[[], Callable[..., Any] | None]:
    """A getter for ``function``: weak for a bound method (gone when its object is),
    plain for anything else."""
    if inspect.ismethod(function):
        return weakref.WeakMethod(function)
    return lambda: function
