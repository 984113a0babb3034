"""Answers the Contacts page from the open archive: add a card only once its fingerprint
words were confirmed, remove with a plain question, change roles, save this install's card.

Every failure reaches the person as one sentence (BadCard, ContactRefused, NotFound…).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError
from desktop_app.session import Topic
from desktop_app.crypto.files import write_atomically
from desktop_app.crypto.identity import ContactCard, parse_card
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.text import fill
from desktop_app.ui.contacts.page import CardCheckDialog, ContactsPage

CARD_LIMIT = 64 * 1024  # a card is well under 1 KiB; anything this large is something else


class ContactsController(QObject, SessionPage):
    """Every add, removal or role change is told to the session, so the Exchange page can
    offer the right recipients."""

    follows = frozenset({Topic.CONTACTS})

    def __init__(self, page: ContactsPage, parent: Any = None):
        super().__init__(parent)
        self.page = page
        self.check_dialog: CardCheckDialog | None = None
        self._file_dialog: PrivateFileDialog | None = None
        page.add_requested.connect(self.add_from_card)
        page.remove_requested.connect(self.remove)
        page.roles_changed.connect(self.set_roles)
        page.save_card_requested.connect(self.save_card)

    def unlocked(self) -> None:
        archive = self.archive
        self.page.clear()
        if archive is not None:
            self._attempt(lambda: self.page.show_own(archive.keys().card()))

    def clear(self) -> None:
        """On lock: close any open question about a card and forget every name shown."""
        for dialog in (self.check_dialog, self._file_dialog):
            if dialog is not None:
                dialog.reject()
        self.page.clear()

    def refresh(self) -> None:
        archive = self.archive
        if archive is not None:
            self._attempt(lambda: self.page.show_contacts(archive.contacts.all()))

    def set_language(self, language: str) -> None:
        self.page.set_language(language)

    # --- intents -------------------------------------------------------------------------------

    def add_from_card(self) -> None:
        archive, tr = self.archive, self.page.tr
        if archive is None:
            return
        picked = self._pick(tr("Open a contact card"))
        if not picked or self.archive is not archive:
            return
        try:
            with open(picked[0], "rb") as handle:
                data = handle.read(CARD_LIMIT + 1)
        except OSError:
            return self._tell(tr("That file cannot be read."))
        if len(data) > CARD_LIMIT:
            return self._tell(tr("That file is too large to be a contact card."))
        try:
            card = parse_card(data)
        except TirkeuError as exc:
            return self._tell(str(exc))
        if card.fingerprint == archive.keys().card().fingerprint:
            return self._tell(tr("That is your own card."))
        known = archive.contacts.by_fingerprint(card.fingerprint)
        if known is not None:
            return self._tell(fill(tr("That card is already a contact, named %1."), known.name))
        # Asked without blocking (open, not exec): the lock closes it, and tests answer it.
        dialog = self.check_dialog = CardCheckDialog(card, self.page)
        dialog.accepted.connect(lambda: self._add(archive, card, dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def remove(self, name: str) -> None:
        archive = self.archive
        if archive is None:
            return
        answer = QMessageBox.question(self.page, APP_NAME, fill(self.page.tr(
            "Remove %1 from your contacts? You will no longer be able to send bundles to "
            "them, and bundles signed by them will be refused."), name))
        if answer != QMessageBox.StandardButton.Yes or self.archive is not archive:
            return
        try:
            archive.contacts.remove(name)
        except TirkeuError as exc:
            self._tell(str(exc))
        else:
            self.page.show_message(fill(self.page.tr("Removed %1."), name))
        self._changed()

    def set_roles(self, name: str, coordinator: bool, trusted: bool) -> None:
        if self.archive is not None:
            self._attempt(lambda: self.archive.contacts.set_roles(
                name, coordinator=coordinator, trusted_signer=trusted))
            self._changed()

    def save_card(self) -> None:
        archive, tr = self.archive, self.page.tr
        if archive is None:
            return
        card = archive.keys().card()
        picked = self._pick(tr("Save my card as"), "tirkeu-card.json")
        if not picked or self.archive is not archive:
            return
        text = json.dumps(card.to_json(), ensure_ascii=False, indent=2) + "\n"
        try:
            write_atomically(Path(picked[0]), text.encode("utf-8"))
        except OSError:
            return self._tell(tr("The card could not be written there; choose another place."))
        self.page.show_message(fill(tr("Saved your card as %1. Read the words above to each "
                                       "person who adds it."), Path(picked[0]).name))

    # --- inside --------------------------------------------------------------------------------

    def _dialog_closed(self, dialog: CardCheckDialog) -> None:
        if self.check_dialog is dialog:
            self.check_dialog = None
        dialog.deleteLater()  # it holds the card's name and words: gone once answered

    def _add(self, archive: Any, card: ContactCard, dialog: CardCheckDialog) -> None:
        if self.archive is not archive:
            return  # locked while the question was open
        try:
            archive.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                                 coordinator=dialog.coordinator.isChecked(),
                                 trusted_signer=dialog.trusted.isChecked())
        except TirkeuError as exc:
            return self._tell(str(exc))
        self.page.show_message(fill(self.page.tr("Added %1."), card.name))
        self._changed()

    def _changed(self) -> None:
        """Every page that shows contacts follows, this one included."""
        if self.session is not None and self.archive is not None:
            self.session.session.changed(Topic.CONTACTS)

    def _pick(self, title: str, save_as: str | None = None) -> list[str]:
        self._file_dialog = dialog = PrivateFileDialog(self.page, title, save_as)
        dialog.setNameFilters([self.page.tr("Contact cards (*.json)"),
                               self.page.tr("All files (*)")])
        if save_as is not None:
            dialog.setDefaultSuffix("json")
        try:
            return dialog.pick()
        finally:
            self._file_dialog = None

    def _attempt(self, action: Any) -> None:
        try:
            action()
        except TirkeuError as exc:
            self._tell(str(exc))

    def _tell(self, sentence: str) -> None:
        QMessageBox.warning(self.page, APP_NAME, sentence)
