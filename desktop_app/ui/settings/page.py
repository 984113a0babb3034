"""Settings a person changes: their name on the contact card, whose laptop this is
(monitor or coordinator), interface language, idle-lock delay, masking names; below
them the safety part (``safety_section.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.kit.i18n import LANGUAGES
from desktop_app.ui.kit.text import fill
from desktop_app.ui.settings.safety_section import SafetySection

MAX_NAME = 80


class SettingsPage(QWidget):
    language_changed = Signal(str)
    idle_minutes_changed = Signal(int)
    mask_names_changed = Signal(bool)
    owner_name_changed = Signal(str)
    role_changed = Signal(str)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        # A readable width: fields as wide as the window are hard to follow on a wide screen.
        holder = QWidget(maximumWidth=760)
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        self.owner_name = QLineEdit(objectName="owner_name", maxLength=MAX_NAME)
        self.save_name = QPushButton(objectName="save_name")
        self.save_name.setEnabled(False)
        name_row = QHBoxLayout()
        name_row.addWidget(self.owner_name, 1)
        name_row.addWidget(self.save_name)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.owner_name)
        self.name_hint = QLabel(objectName="name_hint", wordWrap=True)
        self.role = QComboBox(objectName="role")
        self.role.addItem("", "monitor")
        self.role.addItem("", "coordinator")
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.idle = QSpinBox(objectName="idle_minutes", minimum=1, maximum=120)
        self.idle_label = QLabel()
        self.idle_label.setBuddy(self.idle)
        self.mask = QCheckBox(objectName="mask_names")
        form.addRow(self.name_label, name_row)
        form.addRow("", self.name_hint)
        form.addRow(self.role_label, self.role)
        form.addRow(self.language_label, self.language)
        form.addRow(self.idle_label, self.idle)
        form.addRow("", self.mask)
        layout.addWidget(holder)
        self.folder = QLabel(objectName="folder", wordWrap=True)
        layout.addWidget(self.folder)
        # Backups, the duress passphrase, wipe-after and wiping (SafetyController answers).
        self.safety = SafetySection()
        layout.addWidget(self.safety)
        layout.addStretch(1)
        self._name = ""
        self.owner_name.textEdited.connect(self._name_typed)
        self.owner_name.returnPressed.connect(self._save_name)
        self.save_name.clicked.connect(self._save_name)
        self.role.activated.connect(lambda _i: self.role_changed.emit(self.role.currentData()))
        self.language.activated.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        self.idle.valueChanged.connect(self.idle_minutes_changed)
        self.mask.toggled.connect(self.mask_names_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Your &name"))
        self.owner_name.setAccessibleName(self.tr("Your name"))
        self.save_name.setText(self.tr("&Save name"))
        self.name_hint.setText(self.tr("Shown on your contact card. People who already have "
                                       "your card see the new name once you give it to "
                                       "them again."))
        self.role_label.setText(self.tr("This laptop &belongs to"))
        self.role.setItemText(0, self.tr("a monitor: I record incidents"))
        self.role.setItemText(1, self.tr("a coordinator: I receive, merge and count"))
        self.language_label.setText(self.tr("&Language"))
        self.idle_label.setText(self.tr("Lock when &idle for"))
        self.idle.setSuffix(self.tr(" min"))
        self.mask.setText(self.tr("Show people's names as ini&tials (working in public)"))

    def show_values(self, language: str, idle_minutes: int, masked: bool, folder: str) -> None:
        for widget in (self.language, self.idle, self.mask):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.idle.setValue(idle_minutes)
        self.mask.setChecked(masked)
        for widget in (self.language, self.idle, self.mask):
            widget.blockSignals(False)
        self.folder.setText(fill(self.tr("Vault folder: %1"), folder))

    def show_owner(self, name: str, role: str) -> None:
        """The name on the card and whose laptop this is, as stored in the vault."""
        self._name = name
        self.owner_name.setText(name)
        self.save_name.setEnabled(False)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))

    def clear(self) -> None:
        """The owner's name identifies them: gone from the page while locked."""
        self._name = ""
        self.owner_name.clear()
        self.save_name.setEnabled(False)

    def _name_typed(self, text: str) -> None:
        name = " ".join(text.split())
        self.save_name.setEnabled(bool(name) and name != self._name)

    def _save_name(self) -> None:
        name = " ".join(self.owner_name.text().split())
        if name and name != self._name:
            self.owner_name_changed.emit(name)
