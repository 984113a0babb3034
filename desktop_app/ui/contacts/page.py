"""The Contacts section: this install's own card, the people bundles go to or come from,
their roles, and the check of a new card's fingerprint words before it is trusted.

The page holds plain data (ContactCard, Contact) and emits intents; ContactsController
answers them from the archive.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.crypto.identity import ContactCard, fingerprint_words
from desktop_app.storage.contacts import Contact
from desktop_app.ui.kit import style
from desktop_app.ui.kit.tables import list_table
from desktop_app.ui.kit.text import fill

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
BIG = "font-size: 18px; font-weight: bold;"


def words_in_rows(words: str) -> str:
    """Eight words as two rows of four: easier to read aloud and to follow."""
    parts = words.split()
    return "\n".join(" ".join(parts[i:i + 4]) for i in range(0, len(parts), 4))


class CardCheckDialog(QDialog):
    """Shows a card's name and words big and asks whether its owner read the same words
    to the person. "No" is the default: Enter alone never adds a key."""

    def __init__(self, card: ContactCard, parent: QWidget):
        super().__init__(parent, objectName="card_check")
        self.setWindowTitle(APP_NAME)
        self.card = card
        layout = QVBoxLayout(self)
        name = QLabel(card.name, objectName="card_name", wordWrap=True)
        name.setTextFormat(Qt.TextFormat.PlainText)  # a card's name is never markup
        name.setStyleSheet(BIG)
        words = QLabel(words_in_rows(card.words), objectName="card_words")
        words.setStyleSheet("font-size: 22px; font-family: monospace;")
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        question = QLabel(fill(self.tr("Has %1 read you these same words, in person or by "
                                       "phone? If any word differs, someone may have changed "
                                       "the card: do not add it."), card.name),
                          objectName="card_question", wordWrap=True)
        self.coordinator = QCheckBox(self.tr("&Coordinator: my bundles go to them"),
                                     objectName="card_coordinator")
        self.trusted = QCheckBox(self.tr("&Accept bundles signed by them"),
                                 objectName="card_trusted", checked=True)
        buttons = QDialogButtonBox()
        self.yes = buttons.addButton(self.tr("&Yes, the words match: add"),
                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.no = buttons.addButton(self.tr("&No, do not add"),
                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.yes.setObjectName("card_yes")
        self.no.setObjectName("card_no")
        self.yes.setAutoDefault(False)
        self.no.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (name, words, question, self.coordinator, self.trusted, buttons):
            layout.addWidget(widget)


class ContactsPage(QWidget):
    add_requested = Signal()
    save_card_requested = Signal()
    remove_requested = Signal(str)
    revoke_requested = Signal(str)
    roles_changed = Signal(str, bool, bool)  # name, coordinator, accept their bundles

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self.language = language
        self._contacts: list[Contact] = []
        self._own: ContactCard | None = None

        self.own_box = QGroupBox(objectName="my_card")
        own_layout = QVBoxLayout(self.own_box)
        self.own_name = QLabel(objectName="own_name")
        self.own_name.setTextFormat(Qt.TextFormat.PlainText)
        self.own_name.setStyleSheet(BIG)
        self.own_words = QLabel(objectName="own_words")
        self.own_words.setStyleSheet("font-size: 18px; font-family: monospace;")
        self.own_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_hint = QLabel(objectName="own_hint", wordWrap=True)
        self.save_card = QPushButton(objectName="save_card")
        for widget in (self.own_name, self.own_words, self.own_hint):
            own_layout.addWidget(widget)
        own_layout.addWidget(self.save_card, 0, Qt.AlignmentFlag.AlignLeft)

        self.list_label = QLabel()
        self.table = list_table("contacts", 3)
        self.list_label.setBuddy(self.table)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.coordinator = QCheckBox(objectName="coordinator")
        self.trusted = QCheckBox(objectName="trusted")
        self.add_button = QPushButton(objectName="add_card")
        self.remove_button = QPushButton(objectName="remove_contact")
        self.revoke_button = QPushButton(objectName="revoke_contact")
        self.message = QLabel(objectName="contacts_message", wordWrap=True)
        roles = QHBoxLayout()
        for widget in (self.coordinator, self.trusted):
            roles.addWidget(widget)
        roles.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.revoke_button):
            actions.addWidget(widget)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.own_box)
        layout.addWidget(self.list_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(roles)
        layout.addLayout(actions)
        layout.addWidget(self.message)

        self.save_card.clicked.connect(self.save_card_requested)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)
        self.revoke_button.clicked.connect(self._revoke)
        self.table.currentCellChanged.connect(lambda *_: self._show_roles())
        # clicked, not toggled: only a person's click changes roles, never a redraw.
        self.coordinator.clicked.connect(self._roles_clicked)
        self.trusted.clicked.connect(self._roles_clicked)
        self.retranslate()
        self._show_roles()

    # --- what the controller calls -------------------------------------------------------------

    def show_own(self, card: ContactCard | None) -> None:
        self._own = card
        self.own_name.setText(card.name if card else "")
        self.own_words.setText(words_in_rows(card.words) if card else "")
        self.save_card.setEnabled(card is not None)

    def show_contacts(self, contacts: list[Contact]) -> None:
        """List these contacts; the selected one stays selected."""
        current = self.selected_name()
        self._contacts = list(contacts)
        self.table.blockSignals(True)
        self.table.setRowCount(len(contacts))
        for row, c in enumerate(contacts):
            for column, text in enumerate((c.name, self._roles_text(c),
                                           fingerprint_words(c.fingerprint))):
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, c.name)
                if c.revoked:
                    item.setForeground(QColor(style.colour("error")))
                    item.setToolTip(self._revoked_text(c))
                self.table.setItem(row, column, item)
        rows = [r for r, c in enumerate(contacts) if c.name == current]
        self.table.setCurrentCell(rows[0] if rows else (0 if contacts else -1), 0)
        self.table.blockSignals(False)
        self._show_roles()

    def show_message(self, sentence: str) -> None:
        self.message.setText(sentence)

    def selected_name(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return None if item is None else item.data(NAME_ROLE)

    def clear(self) -> None:
        """Forget every name, key and word shown (on lock)."""
        self.show_own(None)
        self._contacts = []
        self.table.setRowCount(0)
        self.message.clear()
        self._show_roles()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.own_box.setTitle(self.tr("My card"))
        self.own_hint.setText(self.tr("Your card is public: give it to the people you exchange "
                                      "bundles with, and read them these words when they add "
                                      "it."))
        self.save_card.setText(self.tr("&Save my card…"))
        self.list_label.setText(self.tr("C&ontacts:"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Roles"),
                                              self.tr("Fingerprint words")])
        self.table.setAccessibleName(self.tr("Contacts"))
        self.coordinator.setText(self.tr("Coor&dinator: my bundles go to them"))
        self.trusted.setText(self.tr("Acc&ept bundles signed by them"))
        self.add_button.setText(self.tr("&Add from card…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.revoke_button.setToolTip(self.tr("Their laptop was seized or lost: refuse "
                                              "everything signed by their key from now on"))
        for row, c in enumerate(self._contacts):
            self.table.item(row, 1).setText(self._roles_text(c))

    # --- inside --------------------------------------------------------------------------------

    def _revoked_text(self, c: Contact) -> str:
        return fill(self.tr("Key revoked on %1: everything signed by it is refused, and "
                            "nothing is sent to it."), (c.revoked_at or "")[:10])

    def _roles_text(self, c: Contact) -> str:
        if c.revoked:
            return fill(self.tr("key revoked on %1"), (c.revoked_at or "")[:10])
        roles = [text for on, text in ((c.coordinator, self.tr("coordinator")),
                                       (c.trusted_signer, self.tr("bundles accepted"))) if on]
        return ", ".join(roles) or self.tr("no role")

    def _selected(self) -> Contact | None:
        name = self.selected_name()
        return next((c for c in self._contacts if c.name == name), None)

    def _show_roles(self) -> None:
        contact = self._selected()
        live = contact is not None and not contact.revoked  # a revoked key has no roles left
        for box, on in ((self.coordinator, live and contact is not None and contact.coordinator),
                        (self.trusted, live and contact is not None and contact.trusted_signer)):
            box.setChecked(on)
            box.setEnabled(live)
        self.remove_button.setEnabled(contact is not None)
        self.revoke_button.setEnabled(live)

    def _roles_clicked(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.roles_changed.emit(name, self.coordinator.isChecked(), self.trusted.isChecked())

    def _remove(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.remove_requested.emit(name)

    def _revoke(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.revoke_requested.emit(name)
