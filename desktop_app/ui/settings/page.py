"""Settings a person changes: interface language, idle-lock delay, masking names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.kit.i18n import LANGUAGES
from desktop_app.ui.kit.text import fill


class SettingsPage(QWidget):
    language_changed = Signal(str)
    idle_minutes_changed = Signal(int)
    mask_names_changed = Signal(bool)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.idle = QSpinBox(objectName="idle_minutes", minimum=1, maximum=120)
        self.idle.setSuffix(self.tr(" min"))
        self.mask = QCheckBox(self.tr("Show people's names as initials (working in public)"),
                              objectName="mask_names")
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock when idle for"), self.idle)
        form.addRow("", self.mask)
        layout.addLayout(form)
        self.folder = QLabel(objectName="folder", wordWrap=True)
        layout.addWidget(self.folder)
        layout.addStretch(1)
        self.language.activated.connect(
            lambda _i: self.language_changed.emit(self.language.currentData()))
        self.idle.valueChanged.connect(self.idle_minutes_changed)
        self.mask.toggled.connect(self.mask_names_changed)

    def show_values(self, language: str, idle_minutes: int, masked: bool, folder: str) -> None:
        for widget in (self.language, self.idle, self.mask):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.idle.setValue(idle_minutes)
        self.mask.setChecked(masked)
        for widget in (self.language, self.idle, self.mask):
            widget.blockSignals(False)
        self.folder.setText(fill(self.tr("Vault folder: %1"), folder))
