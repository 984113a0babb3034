"""Answers the Settings page: each choice goes to the session, which stores it in the
vault and tells every page (labels in the new language, names masked or not)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.session import Topic
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.settings.page import SettingsPage


class SettingsController(QObject, SessionPage):
    follows = frozenset({Topic.LANGUAGE, Topic.DISPLAY, Topic.IDLE})

    def __init__(self, page: SettingsPage, parent: QObject | None = None):
        super().__init__(parent)
        self.page = page
        page.language_changed.connect(self._language)
        page.idle_minutes_changed.connect(self._idle)
        page.mask_names_changed.connect(self._mask)

    def refresh(self) -> None:
        if self.session is not None:
            s = self.session.session
            self.page.show_values(s.language, s.idle_minutes, s.masked, str(s.folder))

    def clear(self) -> None:
        """Nothing secret is shown here; the values stay until the next unlock."""

    def _language(self, language: str) -> None:
        if self.session is not None:
            self.session.session.set_language(language)

    def _idle(self, minutes: int) -> None:
        if self.archive is not None and self.session is not None:
            self.session.session.set_idle_minutes(minutes)

    def _mask(self, masked: bool) -> None:
        if self.session is not None:
            self.session.session.set_masked(masked)
