"""The status bar's left side: locked or unlocked, and how much work has not yet reached
a coordinator.

Only incidents whose current revision was saved here can wait for a coordinator
(``storage.exchange_store.delivery_counts``): what came in a bundle waits for nobody, so a
coordinator's archive of received incidents shows no "not yet confirmed" count. Counts go
through ``tr(…, "", n)`` so every language gets its own plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from desktop_app.session import Topic
from desktop_app.storage.exchange_store import DeliveryCounts
from desktop_app.ui.kit.page import SessionPage


class DeliveryStatus(QObject, SessionPage):
    follows = frozenset({Topic.INCIDENTS, Topic.DELIVERIES, Topic.CONTACTS, Topic.OWNER,
                         Topic.LANGUAGE})

    def __init__(self, label: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self.label = label

    def refresh(self) -> None:
        archive = self.archive
        if archive is None or self.session is None:
            return
        has_coordinator = any(c.coordinator and not c.revoked for c in archive.contacts.all())
        self.label.setText(self.sentence(archive.delivery_counts(), has_coordinator,
                                         self.session.session.coordinator))

    def sentence(self, counts: DeliveryCounts, has_coordinator: bool,
                 coordinator_here: bool) -> str:
        """What the status bar says while unlocked, in the window's language."""
        if counts.total == 0:
            return self.tr("Unlocked · no incidents yet")
        if coordinator_here and not has_coordinator:
            # A coordinator with nobody above them: nothing here waits for anyone.
            return self.tr("Unlocked · %n incident(s)", "", counts.total)
        if counts.unconfirmed:
            if not has_coordinator:
                return self.tr("Unlocked · %n incident(s) not yet confirmed · no "
                               "coordinator added yet", "", counts.unconfirmed)
            return self.tr("Unlocked · %n incident(s) not yet confirmed by a coordinator", "",
                           counts.unconfirmed)
        if coordinator_here or counts.saved_here == 0:
            # Nothing recorded here waits: say how much the archive holds, claim nothing.
            return self.tr("Unlocked · %n incident(s)", "", counts.total)
        if not has_coordinator:
            return self.tr("Unlocked · no coordinator added yet")
        return self.tr("Unlocked · everything confirmed by a coordinator")

    def set_language(self, language: str) -> None:
        """Worded again by ``refresh`` (the language is a topic it follows)."""

    def clear(self) -> None:
        self.label.setText(self.tr("Locked"))
