"""The unlocked vault as the window holds it: one plain object the pages follow.

A ``Session`` owns the open ``Archive`` (or none, while locked) and the few choices that
outlive a lock (the language, whether names are masked), and knows whose laptop it is
(the owner's name, monitor or coordinator) while unlocked. Whoever changes something
through it — a save, an import, a merge, a purge, a new contact — says so once with
``changed``; every listener hears it and refreshes itself. Nothing here knows about Qt:
``ui/shell/session_signals.py`` turns these calls into signals.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop_app.crypto.errors import VaultLocked

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive

LANGUAGE_SETTING = "language"
IDLE_SETTING = "idle_minutes"
MASK_SETTING = "mask_names"
DEFAULT_IDLE_MINUTES = 5


class Topic(Enum):
    INCIDENTS = "incidents"    # content of incidents (and so people, summaries, counts)
    DELIVERIES = "deliveries"  # what coordinators confirmed (receipts), what was sent
    CONTACTS = "contacts"      # cards added, removed, roles changed
    LANGUAGE = "language"      # labels to be worded afresh
    DISPLAY = "display"        # names masked or shown
    IDLE = "idle"              # the idle-lock delay
    OWNER = "owner"            # this install's owner: the name on its card, monitor or coordinator
    SAFETY = "safety"          # a backup made, the reminder's delay, wipe-after changed


@dataclass(frozen=True)
class Change:
    """What changed: ``ids`` of the incidents concerned (None: possibly any), ``cause``
    ("saved", "restored", "imported", "merged", "resolved", "purged", …) and ``by``, the
    name of who did it when known (the owner, a sender, a coordinator)."""

    topic: Topic
    ids: frozenset[str] | None = None
    cause: str = ""
    by: str = ""

    def concerns(self, incident_id: str | None) -> bool:
        """True if this change may have touched incident ``incident_id``."""
        return (self.topic is Topic.INCIDENTS and incident_id is not None
                and (self.ids is None or incident_id in self.ids))


class SessionListener(Protocol):
    def session_unlocked(self) -> None: ...
    def session_locking(self) -> None: ...
    def session_locked(self) -> None: ...
    def session_changed(self, change: Change) -> None: ...


class Session:
    """The one open archive of a window, and who to tell when anything changes."""

    def __init__(self, folder: Path, language: str = "en"):
        self.folder = folder
        self.language = language
        # True when the window's language was chosen outside the vault (TIRKEU_LANG, or the
        # choice remembered in the data folder): the vault's own setting then does not
        # change it at unlock (ui/shell/language_choice.py).
        self.language_chosen = False
        self.masked = False
        self.idle_minutes = DEFAULT_IDLE_MINUTES
        self.role = "monitor"
        self._archive: Archive | None = None
        # Held weakly: a listener (a Qt object) must never be kept alive, or destroyed by
        # the cyclic garbage collector on whatever thread it runs, because of the session.
        self._listeners: list[weakref.ref[SessionListener]] = []
        self._guards: list[Callable[[], Callable[[], bool] | None]] = []

    def subscribe(self, listener: SessionListener) -> None:
        """Tell ``listener`` of every unlock, lock and change (for as long as it lives)."""
        self._listeners.append(weakref.ref(listener))

    def guard(self, may_rewrite: Callable[[], bool]) -> None:
        """``may_rewrite()`` (a bound method is held weakly) is asked before a merge, a purge
        or a resolved conflict rewrites incidents; it may ask the person to save or keep
        their typing, or refuse."""
        if inspect.ismethod(may_rewrite):
            self._guards.append(weakref.WeakMethod(may_rewrite))
        else:
            self._guards.append(lambda: may_rewrite)

    def may_rewrite(self) -> bool:
        """True if every guard lets incidents be rewritten now (and the vault is open)."""
        guards = [g for g in (ref() for ref in self._guards) if g is not None]
        return all(guard() for guard in guards) and self._archive is not None

    def _alive(self) -> Iterator[SessionListener]:
        for ref in list(self._listeners):
            listener = ref()
            if listener is not None:
                yield listener

    # --- unlocking and locking ---------------------------------------------------------

    @property
    def archive(self) -> Archive | None:
        return self._archive

    @property
    def is_unlocked(self) -> bool:
        return self._archive is not None

    def require(self) -> Archive:
        """The open archive; VaultLocked if there is none."""
        if self._archive is None:
            raise VaultLocked()
        return self._archive

    def unlocked(self, archive: Archive) -> None:
        """Take ``archive`` (just unlocked) and read the choices stored in it."""
        self._archive = archive
        db = archive.database
        if not self.language_chosen:
            self.language = db.setting(LANGUAGE_SETTING) or self.language
        self.masked = db.setting(MASK_SETTING) == "1"
        try:
            self.idle_minutes = int(db.setting(IDLE_SETTING) or DEFAULT_IDLE_MINUTES)
        except ValueError:
            self.idle_minutes = DEFAULT_IDLE_MINUTES
        self.role = archive.role
        for listener in self._alive():
            listener.session_unlocked()

    def lock(self) -> bool:
        """Tell everyone to stop work and forget what they show, then close the archive
        (which forgets the keys). False if it was already locked."""
        if self._archive is None:
            return False
        try:
            for listener in reversed(list(self._alive())):
                listener.session_locking()
        finally:
            archive, self._archive = self._archive, None
            archive.close()
        for listener in self._alive():
            listener.session_locked()
        return True

    # --- changes -----------------------------------------------------------------------

    def changed(self, topic: Topic, ids: Iterable[str] | None = None, *, cause: str = "",
                by: str = "") -> None:
        """Tell every listener that ``topic`` changed (for incidents: which, why, by whom)."""
        change = Change(topic, None if ids is None else frozenset(ids), cause, by)
        for listener in self._alive():
            listener.session_changed(change)

    def set_language(self, language: str) -> None:
        self.language = language
        self._store(LANGUAGE_SETTING, language)
        self.changed(Topic.LANGUAGE)

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        self._store(MASK_SETTING, "1" if masked else "0")
        self.changed(Topic.DISPLAY)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_minutes = minutes
        self._store(IDLE_SETTING, str(minutes))
        self.changed(Topic.IDLE)

    @property
    def owner_name(self) -> str:
        """The name on this install's card ("" while locked or if none was given)."""
        return self._archive.owner_name if self._archive is not None else ""

    @property
    def coordinator(self) -> bool:
        """This laptop belongs to a coordinator (else to a monitor)."""
        return self.role == "coordinator"

    def set_owner_name(self, name: str) -> None:
        """A new name on this install's card: pages that show it (Contacts) follow."""
        self.require().set_owner_name(name)
        self.changed(Topic.OWNER)

    def set_role(self, role: str) -> None:
        """"monitor" or "coordinator": the window puts first what that person does most."""
        self.require().set_role(role)
        self.role = role
        self.changed(Topic.OWNER)

    def _store(self, key: str, value: str) -> None:
        if self._archive is not None:
            self._archive.database.set_setting(key, value)
