"""A coordinator's window keeps backups in view: the status bar always says when the last
one was made, and after unlock a bar at the top of the window (never a modal question)
reminds them when it is older than the days set in Settings, or there never was one.

A monitor sees neither: what they record goes to a coordinator, whose archive is the copy
that matters, and their status bar already says what has not reached one yet. Their
Settings page still shows the date of their last backup.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktop_app.session import Topic
from desktop_app.storage.backup import last_backup
from desktop_app.storage.backup_reminder import backup_due, reminder_days
from desktop_app.ui.kit import style
from desktop_app.ui.kit.backup_words import last_backup_text
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.wrapped_label import WrappedLabel


class ReminderBar(QFrame):
    """"No backup for 9 days." with Back up now and Later; hidden until shown."""

    backup_requested = Signal()
    later_requested = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent, objectName="backup_reminder", visible=False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#backup_reminder {{ border: 2px solid {style.colour('warning')}; "
                           "border-radius: 4px; margin: 4px 8px 4px 8px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.text = WrappedLabel(name="reminder_text")
        self.backup = QPushButton(objectName="reminder_backup")
        self.later = QPushButton(objectName="reminder_later")
        row.addWidget(self.text, 1)
        row.addWidget(self.backup)
        row.addWidget(self.later)
        self.backup.clicked.connect(self.backup_requested)
        self.later.clicked.connect(self.later_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.backup.setText(self.tr("Back up &now"))
        self.later.setText(self.tr("&Later"))


class BackupReminder(QObject, SessionPage):
    """The status bar's date and the reminder bar, for a coordinator's vault."""

    follows = frozenset({Topic.SAFETY, Topic.OWNER})

    def __init__(self, bar: ReminderBar, label: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self.bar, self.label = bar, label
        self._later = False  # "Later": not again until the next unlock
        bar.later_requested.connect(self.later)

    def unlocked(self) -> None:
        self._later = False

    def refresh(self) -> None:
        archive, session = self.archive, self.session
        if archive is None or session is None:
            return
        coordinator = session.session.coordinator
        when = last_backup(archive)
        self.label.setText(last_backup_text(when, session.language) if coordinator else "")
        self.label.setVisible(coordinator)
        due = coordinator and not self._later and backup_due(archive)
        if due:
            days = reminder_days(archive)
            self.bar.text.setText(
                self.tr("This archive has never been backed up. A backup is one encrypted "
                        "file you keep away from this laptop.") if when is None else
                self.tr("The last backup is more than %n day(s) old.", "", days))
        self.bar.setVisible(due)

    def set_language(self, language: str) -> None:
        self.bar.retranslate()
        self._refresh_if_seen()

    def later(self) -> None:
        self._later = True
        self.bar.hide()

    def clear(self) -> None:
        self.bar.hide()
        self.label.clear()
        self.label.hide()
