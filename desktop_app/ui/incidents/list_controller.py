"""Keeps the incident list in step with the session: shown on unlock, read again when
incidents change, emptied on lock."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.session import Change
from desktop_app.ui.incidents.page import IncidentsPage
from desktop_app.ui.kit.page import SessionPage


class IncidentListController(QObject, SessionPage):
    def __init__(self, page: IncidentsPage, parent: QObject | None = None):
        super().__init__(parent)
        self.page = page

    def unlocked(self) -> None:
        if self.archive is not None:
            self.page.attach(self.archive.listing)

    def refresh(self) -> None:
        self.page.refresh()

    def changed(self, change: Change) -> None:
        self.page.refresh()

    def clear(self) -> None:
        self.page.clear()

    def set_language(self, language: str) -> None:
        self.page.set_language(language)
