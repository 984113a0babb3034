"""Answers the Settings page's safety part with the same services as `tirkeu backup`,
`restore`, `passwd --duress` and `settings --wipe-after`: a backup in a worker (the page's
own busy strip), a restore into another, empty folder, the duress passphrase in its dialog
(Argon2id in a worker), wipe-after and the reminder's delay at once. Wiping is the
window frame's (``ui/shell/safety.py``); the page's button only asks for it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError
from desktop_app.session import Topic
from desktop_app.storage.backup import BackupMade, last_backup, make_backup
from desktop_app.storage.backup_reminder import reminder_days, set_reminder_days
from desktop_app.ui.kit.backup_words import last_backup_text
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.tasks import TaskRunner
from desktop_app.ui.kit.text import fill
from desktop_app.ui.settings.duress_dialog import DuressDialog
from desktop_app.ui.settings.safety_section import SafetySection
from desktop_app.ui.shell.restore_dialog import BACKUP_FILTER, RestoreDialog

BACKUP_SUFFIX = "tirkeu-backup"


class SafetyController(QObject, SessionPage):
    follows = frozenset({Topic.SAFETY, Topic.OWNER})

    def __init__(self, section: SafetySection, parent: QObject | None = None):
        super().__init__(parent)
        self.section = section
        self.runner = TaskRunner(section, self._crashed)
        self.dialog: Any = None  # the duress or restore dialog, while open
        section.backup_requested.connect(self.back_up)
        section.restore_requested.connect(self.restore)
        section.reminder_days_changed.connect(self._reminder_days)
        section.duress_requested.connect(self.ask_duress)
        section.duress_removal_requested.connect(self.remove_duress)
        section.wipe_after_changed.connect(self._wipe_after)

    def refresh(self) -> None:
        archive, session = self.archive, self.session
        if archive is None or session is None:
            return
        try:
            self.section.show_backup(last_backup_text(last_backup(archive), session.language),
                                     reminder_days(archive), session.session.coordinator)
            self.section.show_wipe_after(archive.vault.wipe_after())
        except TirkeuError as exc:
            self.section.say_protection(str(exc), error=True)

    def set_language(self, language: str) -> None:
        self.section.retranslate()
        self._refresh_if_seen()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.runner.stop()
        self.section.clear()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    # --- backup --------------------------------------------------------------------------

    def back_up(self) -> None:
        """Ask where, then write the backup in a worker; say what was written, and where."""
        archive = self.archive
        if archive is None or self.runner.busy:
            return
        dialog = PrivateFileDialog(self.section, self.tr("Save the backup as"),
                                   f"tirkeu-{dt.date.today()}.{BACKUP_SUFFIX}")
        dialog.setNameFilters([fill(self.tr("Tirkeu backups (%1)"), BACKUP_FILTER),
                               self.tr("All files (*)")])
        dialog.setDefaultSuffix(BACKUP_SUFFIX)
        picked = dialog.pick()
        if not picked or self.archive is not archive:
            return
        out = Path(picked[0])
        def then(made: BackupMade | None, error: TirkeuError | None) -> None:
            self.section.backup_working(None)
            if error is not None or made is None:
                self.section.say_backup(str(error), error=True)
                return
            size = QLocale().formattedDataSize(made.size, 1,
                                               QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            self.section.say_backup(fill(self.tr(
                "Backed up %1 and %2 (%3) to %4. It opens with this vault's passphrase or "
                "recovery code; keep it away from this laptop."),
                self.tr("%n incident(s)", "", made.incidents),
                self.tr("%n attachment(s)", "", made.attachments), size, str(made.path)))
            if self.session is not None:
                self.session.session.changed(Topic.SAFETY, cause="backed up")

        self.section.backup_working(self.tr("Writing the backup…"))
        self.runner.run(lambda _task: make_backup(archive, out), then, 1, None)

    def restore(self) -> None:
        """A backup into another, empty folder (this vault stays as it is); the dialog says
        how to open it there."""
        if self.archive is None or self.runner.busy:
            return
        self.dialog = dialog = RestoreDialog(None, self.section)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    # --- duress and wipe-after -----------------------------------------------------------

    def ask_duress(self) -> None:
        archive = self.archive
        if archive is None:
            return
        card = {"name": archive.owner_name, "role": archive.role}  # read here, not in the worker

        def set_duress(duress: str, current: str) -> None:
            if archive.vault.locked:
                raise TirkeuError(self.tr("The vault was locked; nothing was set."))
            archive.vault.set_duress(duress, current, card)

        self.dialog = dialog = DuressDialog(set_duress, self.section)
        dialog.duress_set.connect(self.section.say_protection)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def remove_duress(self) -> None:
        archive = self.archive
        if archive is None:
            return
        answer = QMessageBox.question(self.section, APP_NAME, self.tr(
            "Remove the duress passphrase? Typed at unlock, it will then be a wrong "
            "passphrase like any other."))
        if answer != QMessageBox.StandardButton.Yes or self.archive is not archive:
            return
        try:
            archive.vault.clear_duress()
        except TirkeuError as exc:
            return self.section.say_protection(str(exc), error=True)
        return self.section.say_protection(self.tr("The duress passphrase was removed."))

    def _wipe_after(self, count: int) -> None:
        archive = self.archive
        if archive is None:
            return
        try:
            archive.vault.set_wipe_after(count or None)
        except TirkeuError as exc:
            return self.section.say_protection(str(exc), error=True)
        self.section.say_protection(
            self.tr("Wipe after %n wrong passphrase(s) in a row: on.", "", count) if count
            else self.tr("Wipe after wrong passphrases: off."))
        return None

    def _reminder_days(self, days: int) -> None:
        if self.archive is not None and self.session is not None:
            set_reminder_days(self.archive, days)
            self.session.session.changed(Topic.SAFETY, cause="reminder")

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def _crashed(self, sentence: str) -> None:
        self.section.backup_working(None)
        self.section.say_backup(sentence, error=True)

