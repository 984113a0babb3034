"""The Settings page's safety part: backups (make one, restore one, when the last was made,
after how many days a coordinator is reminded), the duress passphrase, wipe after wrong
passphrases, and wiping this vault. Plain values in, intents out as signals;
``SafetyController`` answers them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.backup_reminder import DEFAULT_DAYS, MAX_DAYS
from desktop_app.ui.kit import style
from desktop_app.ui.kit.wrapped_label import WrappedLabel

DEFAULT_WIPE_AFTER = 10


def _sentence(name: str = "") -> QLabel:
    return WrappedLabel(name=name)


def _left(*widgets: QWidget) -> QHBoxLayout:
    """``widgets`` side by side at their own width, from the left."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _say(label: QLabel, sentence: str, error: bool) -> None:
    """A result sentence (red if it is an error); no room taken while there is none."""
    label.setText(sentence)
    label.setStyleSheet(f"color: {style.colour('error')}" if error else "")
    label.setVisible(bool(sentence))


class SafetySection(QWidget):
    backup_requested = Signal()
    restore_requested = Signal()
    reminder_days_changed = Signal(int)
    duress_requested = Signal()
    duress_removal_requested = Signal()
    wipe_after_changed = Signal(int)  # 0: off
    wipe_requested = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent, maximumWidth=760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.backup_box = QGroupBox(objectName="backup_box")
        backup = QVBoxLayout(self.backup_box)
        self.last_backup = QLabel(objectName="last_backup")
        self.last_backup.setStyleSheet("font-weight: bold")
        self.backup_about = _sentence()
        self.backup_button = QPushButton(objectName="backup_now")
        self.restore_button = QPushButton(objectName="restore_backup")
        buttons = _left(self.backup_button, self.restore_button)
        self.restore_about = _sentence()
        self.progress = QProgressBar(maximum=0, visible=False)
        self.backup_result = _sentence(name="backup_result")
        self.backup_result.hide()
        self.remind = QSpinBox(objectName="reminder_days", minimum=1, maximum=MAX_DAYS,
                               value=DEFAULT_DAYS)
        self.remind_label = QLabel()
        self.remind_label.setBuddy(self.remind)
        self.remind_row = QWidget()
        self.remind_row.setLayout(_left(self.remind_label, self.remind))
        self.remind_row.layout().setContentsMargins(0, 0, 0, 0)
        for widget in (self.last_backup, self.backup_about):
            backup.addWidget(widget)
        backup.addLayout(buttons)
        for widget in (self.progress, self.backup_result, self.restore_about, self.remind_row):
            backup.addWidget(widget)
        layout.addWidget(self.backup_box)

        self.protect_box = QGroupBox(objectName="protect_box")
        protect = QFormLayout(self.protect_box)
        self.duress_about = _sentence()
        self.duress_button = QPushButton(objectName="set_duress")
        self.remove_duress = QPushButton(objectName="remove_duress")
        duress_row = _left(self.duress_button, self.remove_duress)
        self.wipe_after_on = QCheckBox(objectName="wipe_after_on")
        self.wipe_after = QSpinBox(objectName="wipe_after", minimum=1, maximum=1000,
                                   value=DEFAULT_WIPE_AFTER, enabled=False)
        wipe_after_row = _left(self.wipe_after_on, self.wipe_after)
        self.wipe_after_about = _sentence()
        self.protect_result = _sentence(name="protect_result")
        self.protect_result.hide()
        self.wipe_about = _sentence()
        self.wipe_button = QPushButton(objectName="wipe")
        wipe_row = _left(self.wipe_button)
        protect.addRow(self.duress_about)
        protect.addRow(duress_row)
        protect.addRow(wipe_after_row)
        protect.addRow(self.wipe_after_about)
        protect.addRow(self.protect_result)
        protect.addRow(self.wipe_about)
        protect.addRow(wipe_row)
        layout.addWidget(self.protect_box)

        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.remind.editingFinished.connect(lambda: self.reminder_days_changed.emit(
            self.remind.value()))
        self.duress_button.clicked.connect(self.duress_requested)
        self.remove_duress.clicked.connect(self.duress_removal_requested)
        self.wipe_after_on.toggled.connect(self._wipe_after_toggled)
        self.wipe_after.editingFinished.connect(self._wipe_after_edited)
        self.wipe_button.clicked.connect(self.wipe_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.backup_box.setTitle(self.tr("Backup"))
        self.backup_about.setText(self.tr(
            "One encrypted file holding everything in this vault: incidents, people, files, "
            "contacts and this laptop's keys. It opens only with this vault's passphrase or "
            "recovery code. Keep it away from this laptop, on a USB stick kept elsewhere."))
        self.backup_button.setText(self.tr("Back &up now…"))
        self.restore_button.setText(self.tr("&Restore a backup…"))
        self.restore_about.setText(self.tr(
            "A backup is restored into an empty folder, never over this vault: you choose "
            "the backup and an empty folder, and Tirkeu says how to open it there."))
        self.remind_label.setText(self.tr("Re&mind me when the last backup is older than"))
        self.remind.setSuffix(self.tr(" days"))
        self.protect_box.setTitle(self.tr("If the laptop is taken"))
        self.duress_about.setText(self.tr(
            "A duress passphrase, typed at unlock instead of yours, destroys this archive "
            "at once and opens an empty vault that looks new. Whether one is set is written "
            "nowhere, not even here; setting one replaces any earlier one."))
        self.duress_button.setText(self.tr("Set or change the &duress passphrase…"))
        self.remove_duress.setText(self.tr("Remo&ve it"))
        self.wipe_after_on.setText(self.tr("&Wipe this vault after"))
        self.wipe_after.setSuffix(self.tr(" wrong passphrases in a row"))
        for widget, name in ((self.wipe_after, self.tr("Wrong passphrases before the wipe")),
                             (self.remind, self.tr("Days before a backup reminder")),
                             (self.progress, self.tr("Working"))):
            widget.setAccessibleName(name)
        self.wipe_after_about.setText(self.tr(
            "Off by default. A right passphrase starts the count again. Anyone who takes "
            "the laptop can also wipe it this way, on purpose."))
        self.wipe_about.setText(self.tr(
            "Wiping destroys the keys first, so the archive is unreadable at once; backups "
            "kept elsewhere are not touched."))
        self.wipe_button.setText(self.tr("Wi&pe this vault now…"))

    # --- shown values ---------------------------------------------------------------------

    def show_backup(self, last: str, days: int, coordinator: bool) -> None:
        """``last``: "Last backup: 3 Dec 2026" or "Never backed up"; the reminder's delay
        is offered to a coordinator (only their window reminds)."""
        self.last_backup.setText(last)
        self.remind.blockSignals(True)
        self.remind.setValue(days)
        self.remind.blockSignals(False)
        self.remind_row.setVisible(coordinator)

    def show_wipe_after(self, count: int | None) -> None:
        for widget in (self.wipe_after_on, self.wipe_after):
            widget.blockSignals(True)
        self.wipe_after_on.setChecked(count is not None)
        self.wipe_after.setEnabled(count is not None)
        self.wipe_after.setValue(count or DEFAULT_WIPE_AFTER)
        for widget in (self.wipe_after_on, self.wipe_after):
            widget.blockSignals(False)

    def backup_working(self, label: str | None) -> None:
        """Busy with ``label`` (buttons off, the bar moving), or done (None)."""
        busy = label is not None
        self.progress.setVisible(busy)
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        if busy:
            self.say_backup(label or "")

    def say_backup(self, sentence: str, error: bool = False) -> None:
        _say(self.backup_result, sentence, error)

    def say_protection(self, sentence: str, error: bool = False) -> None:
        _say(self.protect_result, sentence, error)

    def clear(self) -> None:
        self.last_backup.clear()
        self.say_backup("")
        self.say_protection("")
        self.backup_working(None)

    def _wipe_after_toggled(self, on: bool) -> None:
        self.wipe_after.setEnabled(on)
        self.wipe_after_changed.emit(self.wipe_after.value() if on else 0)
        if on:
            self.wipe_after.setFocus()
            self.wipe_after.selectAll()

    def _wipe_after_edited(self) -> None:
        if self.wipe_after_on.isChecked():
            self.wipe_after_changed.emit(self.wipe_after.value())
