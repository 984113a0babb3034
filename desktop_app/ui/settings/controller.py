"""Answers the Settings page: each choice goes to the session, which stores it in the
vault and tells every page (labels in the new language, names masked or not, the card's
name on the Contacts page, the navigation's order for a monitor or a coordinator)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.session import Topic
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.settings.page import SettingsPage


class SettingsController(QObject, SessionPage):
    follows = frozenset({Topic.LANGUAGE, Topic.DISPLAY, Topic.IDLE, Topic.OWNER})

    def __init__(self, page: SettingsPage, parent: QObject | None = None):
        super().__init__(parent)
        self.page = page
        page.language_changed.connect(self._language)
        page.idle_minutes_changed.connect(self._idle)
        page.mask_names_changed.connect(self._mask)
        page.owner_name_changed.connect(self._owner_name)
        page.role_changed.connect(self._role)

    def refresh(self) -> None:
        if self.session is not None:
            s = self.session.session
            self.page.show_values(s.language, s.idle_minutes, s.masked, str(s.folder))
            self.page.show_owner(s.owner_name, s.role)

    def set_language(self, language: str) -> None:
        self.page.retranslate()

    def clear(self) -> None:
        """The language, delay and masking stay until the next unlock; the name goes."""
        self.page.clear()

    def _language(self, language: str) -> None:
        if self.session is not None:
            self.session.session.set_language(language)

    def _idle(self, minutes: int) -> None:
        if self.archive is not None and self.session is not None:
            self.session.session.set_idle_minutes(minutes)

    def _mask(self, masked: bool) -> None:
        if self.session is not None:
            self.session.session.set_masked(masked)

    def _owner_name(self, name: str) -> None:
        if self.archive is not None and self.session is not None:
            self.session.session.set_owner_name(name)  # the page follows: it shows it back

    def _role(self, role: str) -> None:
        if self.archive is not None and self.session is not None:
            self.session.session.set_role(role)
