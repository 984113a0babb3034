"""The status bar's left side: locked or unlocked, and how much work has not yet reached
a coordinator."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from desktop_app.session import Topic
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.text import fill


class DeliveryStatus(QObject, SessionPage):
    follows = frozenset({Topic.INCIDENTS, Topic.DELIVERIES})

    def __init__(self, label: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self.label = label

    def refresh(self) -> None:
        archive = self.archive
        if archive is None:
            return
        waiting = archive.undelivered_count()
        self.label.setText(
            fill(self.tr("Unlocked · %1 incidents not yet confirmed by a coordinator"), waiting)
            if waiting else self.tr("Unlocked · everything confirmed by a coordinator"))

    def clear(self) -> None:
        self.label.setText(self.tr("Locked"))
