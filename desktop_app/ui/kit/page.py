"""What every page does with the session, in one small interface.

A page ``attach``es to the session once; from then on it ``refresh``es itself from the
open archive when the vault is unlocked or when something it shows changed, and
``clear``s everything it shows when the vault locks. No controller keeps a list of pages
to poke: whoever changes something tells the session, and each page decides for itself.

A page that is costly to read (every person in the archive) is ``lazy``: it refreshes
when it is shown, or at once if it is shown already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.session import Change, Topic

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive
    from desktop_app.ui.shell.session_signals import QtSession


class SessionPage:
    """Mix into a page's controller (or the page itself); override ``refresh`` and
    ``clear``, and ``follows`` for the topics it shows."""

    follows: frozenset[Topic] = frozenset({Topic.INCIDENTS})
    lazy = False

    session: QtSession | None = None
    _stale = True
    _shown = True

    def attach(self, session: QtSession) -> None:
        """Follow ``session`` from now on (and show its archive now, if it is unlocked)."""
        self.session = session
        session.unlocked.connect(self._on_unlocked)
        session.locking.connect(self.clear)
        session.changed.connect(self._on_changed)
        if session.archive is not None:
            self._on_unlocked()

    @property
    def archive(self) -> Archive | None:
        return None if self.session is None else self.session.archive

    # --- what a page provides ------------------------------------------------------------

    def refresh(self) -> None:
        """Read again from the open archive what the page shows."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget everything shown and stop any work (the vault is locking)."""
        raise NotImplementedError

    def unlocked(self) -> None:
        """The vault was just unlocked (before the first refresh); by default nothing."""

    def changed(self, change: Change) -> None:
        """Something the page follows changed; by default it refreshes."""
        self._refresh_if_seen()

    def set_language(self, language: str) -> None:
        """Relabel for ``language``; by default nothing."""

    # --- shown or not --------------------------------------------------------------------

    def set_shown(self, shown: bool) -> None:
        """The window shows (or hides) this page: a lazy page catches up when shown."""
        self._shown = shown
        if shown and self._stale and self.archive is not None:
            self._stale = False
            self.refresh()

    def _refresh_if_seen(self) -> None:
        self._stale = True
        if self.archive is not None and (self._shown or not self.lazy):
            self._stale = False
            self.refresh()

    def _on_unlocked(self) -> None:
        if self.session is not None:
            self.set_language(self.session.language)
        self.unlocked()
        self._refresh_if_seen()

    def _on_changed(self, change: Change) -> None:
        if change.topic is Topic.LANGUAGE and self.session is not None:
            self.set_language(self.session.language)
        if change.topic in self.follows and self.archive is not None:
            self.changed(change)
