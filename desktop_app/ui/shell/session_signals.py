"""The session as Qt signals, so pages connect to it like to any widget.

``locking`` is emitted before the archive closes and is delivered at once (same thread):
a page cancels its work and forgets what it shows before the keys are gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.session import Change, Session

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive


class QtSession(QObject):
    unlocked = Signal()
    locking = Signal()
    locked = Signal()
    changed = Signal(object)  # a desktop_app.session.Change

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        session.subscribe(self)

    @property
    def archive(self) -> Archive | None:
        return self.session.archive

    @property
    def language(self) -> str:
        return self.session.language

    def may_rewrite(self) -> bool:
        return self.session.may_rewrite()

    # SessionListener
    def session_unlocked(self) -> None:
        self.unlocked.emit()

    def session_locking(self) -> None:
        self.locking.emit()

    def session_locked(self) -> None:
        self.locked.emit()

    def session_changed(self, change: Change) -> None:
        self.changed.emit(change)
