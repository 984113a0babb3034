"""Restore a backup (storage/backup.py) into an empty folder, in a worker.

Two uses. On the first-start screen the folder is this window's own, empty one: once
restored, the vault is opened at once and the window shows it (``opened(archive)``), as
an unlock would. With the recovery code — most likely the passphrase is what was lost —
a new passphrase is asked as well and set right after the restore, so the person is never
left with a vault they cannot unlock. From Settings the vault in use stays as it is: the
backup goes into another, empty folder the person chooses (``restored(Restored)``), which
also proves that a backup opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.kit.strength_hint import MIN_PASSPHRASE, StrengthHint
from desktop_app.ui.kit.text import fill, local_day
from desktop_app.ui.kit.work_dialog import WorkDialog

if TYPE_CHECKING:
    from desktop_app.storage.backup import Restored

BACKUP_FILTER = "*.tirkeu-backup"


class RestoreDialog(WorkDialog):
    """``folder`` given: restore there and open it; None: the person picks an empty one."""

    opened = Signal(object)    # the open Archive (first start)
    restored = Signal(object)  # a storage.backup.Restored (from Settings)

    def __init__(self, folder: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder, self.opens = folder, folder is not None
        self.setWindowTitle(self.tr("Tirkeu — restore a backup"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(wordWrap=True)
        intro.setText(fill(self.tr("The backup is restored into %1, which is empty, and "
                                   "opened there."), str(folder)) if self.opens else
                      self.tr("The vault you have open stays as it is: the backup is "
                              "restored into another, empty folder, so nothing is "
                              "overwritten. That also proves the backup opens."))
        layout.addWidget(intro)
        form = QFormLayout()
        self.file = QLineEdit(objectName="backup_file", readOnly=True)
        self.choose_file = QPushButton(self.tr("C&hoose…"), objectName="choose_backup")
        file_label = QLabel(self.tr("Backup &file"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, _row(self.file, self.choose_file))
        self.target = QLineEdit(objectName="target_folder", readOnly=True)
        self.choose_target = QPushButton(self.tr("Choose a fo&lder…"), objectName="choose_folder")
        if not self.opens:
            target_label = QLabel(self.tr("Empty folder"))
            target_label.setBuddy(self.target)
            form.addRow(target_label, _row(self.target, self.choose_target))
        self.by_passphrase = QRadioButton(self.tr("Open it with its pa&ssphrase"),
                                          objectName="by_passphrase", checked=True)
        self.by_code = QRadioButton(self.tr("Open it with the recovery c&ode"),
                                    objectName="by_code")
        group = QButtonGroup(self)
        for button in (self.by_passphrase, self.by_code):
            group.addButton(button)
        form.addRow("", self.by_passphrase)
        form.addRow("", self.by_code)
        self.secret = QLineEdit(objectName="secret", echoMode=QLineEdit.EchoMode.Password)
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        self.new = QLineEdit(objectName="new_passphrase", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeat", echoMode=QLineEdit.EchoMode.Password)
        self.hint = StrengthHint()
        self.new_label = QLabel(self.tr("&New passphrase"))
        self.new_label.setBuddy(self.new)
        self.repeat_label = QLabel(self.tr("R&epeat"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.new_label, self.new)
        form.addRow("", self.hint)
        form.addRow(self.repeat_label, self.repeat)
        layout.addLayout(form)
        for widget, name in ((self.file, self.tr("Backup file")),
                             (self.target, self.tr("Empty folder")),
                             (self.new, self.tr("New passphrase")),
                             (self.repeat, self.tr("Repeat the new passphrase"))):
            widget.setAccessibleName(name)
        self.add_footer(layout, self.tr("&Restore"),
                        (self.secret, self.choose_file, self.choose_target, self.by_passphrase,
                         self.by_code, self.new, self.repeat))
        self.choose_file.clicked.connect(self._choose_file)
        self.choose_target.clicked.connect(self._choose_target)
        self.by_code.toggled.connect(self._show_way)
        self.new.textChanged.connect(self.hint.show_for)
        self._show_way()
        self.choose_file.setFocus()

    def _show_way(self) -> None:
        code = self.by_code.isChecked()
        self.secret_label.setText(self.tr("Recovery co&de") if code else self.tr("Pass&phrase"))
        self.secret.setAccessibleName(self.tr("Recovery code") if code else self.tr("Passphrase"))
        # A new passphrase only where the restored vault is opened with the code.
        for widget in (self.new_label, self.new, self.hint, self.repeat_label, self.repeat):
            widget.setVisible(code and self.opens)

    def _choose_file(self) -> None:
        dialog = PrivateFileDialog(self, self.tr("Choose the backup"))
        dialog.setFileMode(PrivateFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([fill(self.tr("Tirkeu backups (%1)"), BACKUP_FILTER),
                               self.tr("All files (*)")])
        picked = dialog.pick()
        if picked:
            self.file.setText(picked[0])
            self.secret.setFocus()

    def _choose_target(self) -> None:
        dialog = PrivateFileDialog(self, self.tr("Choose an empty folder"), folders=True)
        picked = dialog.pick()
        if picked:
            self.target.setText(picked[0])

    def submit(self) -> None:
        source, secret, code = self.file.text(), self.secret.text(), self.by_code.isChecked()
        target = self.folder if self.opens else Path(self.target.text()) \
            if self.target.text() else None
        if not source:
            return self.fail(self.tr("Choose the backup file first."), self.choose_file)
        if target is None:
            return self.fail(self.tr("Choose an empty folder to restore into."),
                              self.choose_target)
        if not secret:
            return self.fail(self.tr("Enter the recovery code.") if code
                              else self.tr("Enter the backup's passphrase."), self.secret)
        new = self.new.text()
        if code and self.opens:
            if len(new) < MIN_PASSPHRASE:
                return self.fail(self.tr("Use at least 8 characters for the new passphrase."),
                                  self.new)
            if new != self.repeat.text():
                return self.fail(self.tr("The two new passphrases differ."), self.repeat)
        folder, opens = target, self.opens

        def work() -> Any:
            # Here, not at the top: the unlock prompt that offers this dialog is shown
            # before the database layer is loaded (ui/shell/startup.py).
            from desktop_app.storage.archive import (  # noqa: PLC0415
                open_archive,
                open_archive_with_recovery_code,
            )
            from desktop_app.storage.backup import restore_backup  # noqa: PLC0415

            way = {"code": secret} if code else {"passphrase": secret}
            done = restore_backup(Path(source), folder, **way)
            if not opens:
                return done
            if not code:
                return open_archive(folder, secret)
            archive = open_archive_with_recovery_code(folder, secret)
            try:
                archive.vault.change_passphrase(new)
            except BaseException:
                archive.close()
                raise
            return archive

        self.run(work, self.tr("Restoring the backup…"))

    def done_with(self, result: Any) -> None:
        for field in (self.secret, self.new, self.repeat):
            field.clear()
        if self.opens:
            self.opened.emit(result)
            self.accept()
            return
        done: Restored = result
        self.say(fill(self.tr(
            "Restored %1 and %2 from the backup of %3 into %4. To open it, start Tirkeu "
            "with: tirkeu --data-dir \"%4\""),
            self.tr("%n incident(s)", "", done.incidents),
            self.tr("%n attachment(s)", "", done.attachments), local_day(done.created),
            str(done.folder)))
        self.ok.setEnabled(False)
        self.cancel.setText(self.tr("Close"))
        self.restored.emit(done)


def _row(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row
