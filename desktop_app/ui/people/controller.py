"""Answers the People page's intents from the open archive.

The page never sees the archive: this controller reads PeopleRepository from the session,
hands the page plain data and turns every failure into one sentence in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import NotFound, TirkeuError
from desktop_app.session import Change, Topic
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.people.page import PeoplePage

translate = QCoreApplication.translate  # an explicit context, as lupdate reads it


class PeopleController(QObject, SessionPage):
    """Owns no data between calls but the current filter text. Reading every person is
    costly in a large archive, so the list is read when the page is shown (``lazy``).

    A merge revises incidents: it asks the session first (an editor with unsaved typing
    may save it), and tells the session afterwards, so the list, an open editor and the
    summaries follow.
    """

    follows = frozenset({Topic.INCIDENTS, Topic.DISPLAY})
    lazy = True

    def __init__(self, page: PeoplePage, parent: Any = None):
        super().__init__(parent)
        self.page = page
        self.typed = ""
        page.filter_changed.connect(self.filter)
        page.person_selected.connect(self.select)
        page.merge_requested.connect(self.merge)

    def unlocked(self) -> None:
        self.typed = ""
        self.page.clear()
        if self.session is not None:
            self.page.set_masked(self.session.session.masked)

    def clear(self) -> None:
        """On lock: forget everything the page shows."""
        self.typed = ""
        self.page.clear()

    def changed(self, change: Change) -> None:
        if change.topic is Topic.DISPLAY and self.session is not None:
            self.page.set_masked(self.session.session.masked)
        else:
            super().changed(change)

    def set_language(self, language: str) -> None:
        self.page.set_language(language)

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
                self._tell(translate("PeoplePage", "That person is no longer in the archive; "
                                        "the list has been refreshed."))
            return
        except TirkeuError as exc:
            return self._tell(str(exc))
        self.page.show_person(person, incidents, cases)

    def merge(self, keep_id: str, drop_id: str) -> None:
        session, archive = self.session, self.archive
        if session is None or archive is None or not session.may_rewrite():
            return
        try:
            archive.people.merge(keep_id, drop_id, archive.author)
        except TirkeuError as exc:
            self._tell(str(exc))
        except Exception:  # noqa: BLE001 - a database message may quote names: say less
            # The merge is one transaction, so a failure changed nothing.
            self._tell(translate("PeoplePage",
                                 "The two records could not be merged; nothing was changed."))
        else:
            # Every page follows, this one included (its list is read again).
            session.session.changed(Topic.INCIDENTS, cause="merged", by=archive.author)
            return self.select(keep_id, quiet=True)
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
