"""Answers the Contacts page from the open archive: add a card only once its fingerprint
words were confirmed, remove with a plain question, change roles, save this install's card.

Every failure reaches the person as one sentence (BadCard, ContactRefused, NotFound…).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError
from desktop_app.crypto.files import CannotWrite
from desktop_app.crypto.identity import ContactCard
from desktop_app.session import Topic
from desktop_app.storage.contacts import ContactRefused
from desktop_app.storage.revocations import AlreadyRevoked
from desktop_app.sync.contacts import (
    CardUnreadable,
    add_contact,
    check_card,
    read_card,
    write_card,
)
from desktop_app.sync.revocation import revoke_contact
from desktop_app.ui.contacts.page import CardCheckDialog, ContactsPage
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.text import fill

translate = QCoreApplication.translate  # an explicit context, as lupdate reads it


class ContactsController(QObject, SessionPage):
    """Every add, removal or role change is told to the session, so the Exchange page can
    offer the right recipients."""

    follows = frozenset({Topic.CONTACTS, Topic.OWNER})

    def __init__(self, page: ContactsPage, parent: Any = None):
        super().__init__(parent)
        self.page = page
        self.check_dialog: CardCheckDialog | None = None
        self._file_dialog: PrivateFileDialog | None = None
        page.add_requested.connect(self.add_from_card)
        page.remove_requested.connect(self.remove)
        page.revoke_requested.connect(self.revoke)
        page.roles_changed.connect(self.set_roles)
        page.save_card_requested.connect(self.save_card)

    def unlocked(self) -> None:
        self.page.clear()

    def clear(self) -> None:
        """On lock: close any open question about a card and forget every name shown."""
        for dialog in (self.check_dialog, self._file_dialog):
            if dialog is not None:
                dialog.reject()
        self.page.clear()

    def refresh(self) -> None:
        """This install's card (its name follows Settings) and the contacts."""
        archive = self.archive
        if archive is not None:
            self._attempt(lambda: self.page.show_own(archive.keys().card()))
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
        try:  # the same refusals as `tirkeu contacts add`, before the words are compared
            card = read_card(Path(picked[0]))
            check_card(archive, card)
        except TirkeuError as exc:
            return self._tell(self._refusal(exc))
        # Asked without blocking (open, not exec): the lock closes it, and tests answer it.
        dialog = self.check_dialog = CardCheckDialog(card, self.page)
        dialog.accepted.connect(lambda: self._add(archive, card, dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def remove(self, name: str) -> None:
        archive = self.archive
        if archive is None:
            return
        answer = QMessageBox.question(self.page, APP_NAME, fill(translate("ContactsPage",
            "Remove %1 from your contacts? You will no longer be able to send bundles to "
            "them, and bundles signed by them will be refused."), name))
        if answer != QMessageBox.StandardButton.Yes or self.archive is not archive:
            return
        try:
            archive.contacts.remove(name)
        except TirkeuError as exc:
            self._tell(str(exc))
        else:
            self.page.show_message(fill(translate("ContactsPage", "Removed %1."), name))
        self._changed()

    def revoke(self, name: str) -> None:
        """Revoke ``name``'s key once the person has read what that does and said Yes (No
        is the default: Enter alone never revokes, and nothing undoes it)."""
        archive, tr = self.archive, self.page.tr
        if archive is None:
            return
        answer = QMessageBox.question(
            self.page, APP_NAME, fill(tr(
                "Revoke %1's key? Do this when their laptop was seized or lost.\n\n"
                "From now on every bundle or receipt signed by that key is refused, whatever "
                "date it claims, and nothing more is sent to it. What it brought before stays, "
                "marked \"from a revoked key\" in the list and the record. The key stays "
                "revoked even if you remove %1, and their card cannot be added again.\n\n"
                "This cannot be undone: once they have a new laptop, add their new card after "
                "checking its words with them in person or by phone."), name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes or self.archive is not archive:
            return
        try:
            key = revoke_contact(archive, name)
        except TirkeuError as exc:
            return self._tell(self._refusal(exc))
        self.page.show_message(fill(tr("Revoked %1's key on %2. What it brought before is "
                                       "marked in the list."), key.name, key.revoked_on))
        self._changed()
        if self.session is not None:  # the marks in the list and the editor follow
            marked = archive.revocations.marked_incidents(key.fingerprint)
            self.session.session.changed(Topic.INCIDENTS, marked, cause="revoked", by=key.name)

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
        try:
            write_card(Path(picked[0]), card)
        except CannotWrite:
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
            add_contact(archive, card, coordinator=dialog.coordinator.isChecked(),
                        trusted_signer=dialog.trusted.isChecked())
        except TirkeuError as exc:
            return self._tell(self._refusal(exc))
        self.page.show_message(fill(translate("ContactsPage", "Added %1."), card.name))
        self._changed()

    def _refusal(self, error: TirkeuError) -> str:
        """The core's refusal of a card, in the window's language where it has the words."""
        tr = self.page.tr
        if isinstance(error, CardUnreadable):
            return (tr("That file is too large to be a contact card.")
                    if error.reason == "too_large" else tr("That file cannot be read."))
        if isinstance(error, AlreadyRevoked):
            return fill(tr("%1's key was already revoked on %2."), error.key.name,
                        error.key.revoked_on)
        if isinstance(error, ContactRefused) and error.reason == ContactRefused.REVOKED:
            return fill(tr("That card holds %1's key, which you revoked on %2; it cannot be "
                           "added again."), error.name, error.on)
        if isinstance(error, ContactRefused):
            return fill({
                ContactRefused.OWN_CARD: tr("That is your own card."),
                ContactRefused.KNOWN_KEY: tr("That card is already a contact, named %1."),
                ContactRefused.NAME_TAKEN: tr("There is already a contact named %1; remove "
                                              "it first if this card replaces it."),
            }[error.reason], error.name)
        return str(error)

    def _changed(self) -> None:
        """Every page that shows contacts follows, this one included."""
        if self.session is not None and self.archive is not None:
            self.session.session.changed(Topic.CONTACTS)

    def _pick(self, title: str, save_as: str | None = None) -> list[str]:
        self._file_dialog = dialog = PrivateFileDialog(self.page, title, save_as)
        dialog.setNameFilters([translate("ContactsPage", "Contact cards (*.json)"),
                               translate("ContactsPage", "All files (*)")])
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
