"""The first thing a person sees: create a vault, or unlock it. Argon2id runs in a worker.

Creating a vault also asks whose laptop this is: the owner's name (it goes on the contact
card others add) and whether they are a monitor or a coordinator (the window then offers
first what they do most). Both can be changed later in Settings.

While locked, the dialog's title never says more than the program's name plus "unlock";
after the panic key (Ctrl+Shift+L, heard by ui/shell/idle.py) it is minimised and titled
just "Tirkeu".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
)

from desktop_app import APP_NAME
from desktop_app.ui.kit import style, workers
from desktop_app.ui.kit.i18n import LANGUAGES
from desktop_app.ui.kit.strength_hint import MIN_PASSPHRASE, StrengthHint
from desktop_app.ui.kit.text import fill
from desktop_app.ui.shell.restore_dialog import RestoreDialog

MAX_NAME = 80


class VaultDialog(QDialog):
    """Unlock (one field) or create (name, role, two passphrase fields, recovery-code
    choice) a vault.

    Emits ``opened(archive)`` once the worker has unlocked it; the dialog never holds the
    passphrase longer than the field does.
    """

    opened = Signal(object)
    language_chosen = Signal(str)  # the person picked another language (before unlocking)

    def __init__(self, folder: Path, creating: bool,
                 open_archive: Callable[..., Any], create_archive: Callable[..., Any],
                 parent: Any = None, *, hidden: bool = False, language: str = ""):
        super().__init__(parent)
        self.folder, self.creating = folder, creating
        self._open_archive, self._create_archive = open_archive, create_archive
        self._job: workers.Job | None = None
        self.setWindowTitle(self.tr("Tirkeu — create a vault") if creating
                            else self.tr("Tirkeu — unlock"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr("Your records will be kept encrypted in:\n%1"), str(folder))
                       if creating else self.tr("Enter your passphrase to unlock."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        # A laptop that starts in English: its owner switches before typing anything.
        self.language = QComboBox(objectName="dialog_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.activated.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData()))
        if language:
            language_label = QLabel(self.tr("&Language"))
            language_label.setBuddy(self.language)
            form.addRow(language_label, self.language)
        else:
            self.language.hide()
        self.owner_name = QLineEdit(objectName="owner_name", maxLength=MAX_NAME)
        self.owner_name.setPlaceholderText(self.tr("e.g. Aigerim Bekova"))
        self.monitor = QRadioButton(self.tr("&Monitor: I record incidents and send them "
                                            "to a coordinator"), objectName="role_monitor",
                                    checked=True)
        self.coordinator = QRadioButton(self.tr("Coor&dinator: I receive monitors' bundles, "
                                                "merge and count them"),
                                        objectName="role_coordinator")
        self._roles = QButtonGroup(self)
        for button in (self.monitor, self.coordinator):
            self._roles.addButton(button)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat")
        self.recovery = QCheckBox(self.tr("Make a reco&very code (recommended)"), checked=True)
        self.hint = StrengthHint()
        if creating:
            name_label = QLabel(self.tr("Your &name"))
            name_label.setBuddy(self.owner_name)
            form.addRow(name_label, self.owner_name)
            name_hint = QLabel(self.tr("Shown on your contact card: the people you exchange "
                                       "bundles with see it."), objectName="name_hint",
                               wordWrap=True)
            form.addRow("", name_hint)
            role_label = QLabel(self.tr("This laptop belongs to"))
            role_label.setBuddy(self.monitor)
            form.addRow(role_label, self.monitor)
            form.addRow("", self.coordinator)
        passphrase_label = QLabel(self.tr("&Passphrase"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(passphrase_label, self.passphrase)
        if creating:
            form.addRow("", self.hint)
            repeat_label = QLabel(self.tr("&Repeat"))
            repeat_label.setBuddy(self.repeat)
            form.addRow(repeat_label, self.repeat)
            form.addRow("", self.recovery)
            self.passphrase.textChanged.connect(self.hint.show_for)
        for widget, name in ((self.owner_name, self.tr("Your name")),
                             (self.passphrase, self.tr("Passphrase")),
                             (self.repeat, self.tr("Repeat the passphrase"))):
            widget.setAccessibleName(name)
        layout.addLayout(form)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet(f"color: {style.colour('error')}")
        layout.addWidget(self.message)
        self.progress = QProgressBar(maximum=0, visible=False)
        self.progress.setAccessibleName(self.tr("Working"))
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Create") if creating else self.tr("&Unlock"))
        self.buttons.accepted.connect(self.submit)
        self.restore_dialog: RestoreDialog | None = None
        if creating:  # an empty folder: a new vault, or the one a backup holds
            self.restore = self.buttons.addButton(
                self.tr("Restore from a &backup…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.restore.setObjectName("restore")
            self.restore.clicked.connect(self.ask_restore)
        layout.addWidget(self.buttons)
        # A minimum of our own stops the layout's (Qt keeps either, not both): without this
        # the roles' radio buttons, which cannot wrap, were cut at the first size in ru/kk.
        self.setMinimumWidth(max(460, layout.minimumSize().width()))
        if hidden:
            self.setWindowTitle(APP_NAME)
        (self.owner_name if creating else self.passphrase).setFocus()

    def hide_away(self) -> None:
        """Minimised, titled with the program's name only (the panic key)."""
        self.setWindowTitle(APP_NAME)
        self.showMinimized()

    def ask_restore(self) -> None:
        """Restore a backup into this (empty) folder; once opened, as if unlocked here."""
        self.restore_dialog = dialog = RestoreDialog(self.folder, self)
        dialog.opened.connect(self._restored)
        dialog.open()

    def _restored(self, archive: Any) -> None:
        self.opened.emit(archive)
        self.accept()

    @property
    def role(self) -> str:
        return "coordinator" if self.coordinator.isChecked() else "monitor"

    def submit(self) -> None:
        text = self.passphrase.text()
        if self.creating:
            name = " ".join(self.owner_name.text().split())
            if not name:
                return self._fail(self.tr("Write your name: it goes on your contact card, "
                                          "so the people you exchange bundles with know "
                                          "who sent them."), self.owner_name)
            if len(text) < MIN_PASSPHRASE:
                return self._fail(self.tr("Use at least 8 characters; several unrelated "
                                          "words are easy to remember and hard to guess."))
            if text != self.repeat.text():
                return self._fail(self.tr("The two passphrases differ."))
            with_code, role = self.recovery.isChecked(), self.role
            work = lambda: self._create_archive(  # noqa: E731
                self.folder, text, owner_name=name, role=role, recovery_code=with_code)
        elif not text:
            return self._fail(self.tr("Enter your passphrase."))
        else:
            work = lambda: (self._open_archive(self.folder, text), None)  # noqa: E731
        self._busy(True)
        self._job = workers.start(work, self._done, self._fail)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for widget in (self.passphrase, self.repeat, self.owner_name, self.monitor,
                       self.coordinator, self.recovery):
            widget.setEnabled(not busy)

    def _fail(self, sentence: str, field: QLineEdit | None = None) -> None:
        self._busy(False)
        self.message.setText(sentence)
        field = field or self.passphrase
        field.selectAll()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _done(self, result: tuple[Any, str | None]) -> None:
        archive, code = result
        self.passphrase.clear()
        self.repeat.clear()
        if code:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Tirkeu — recovery code"),
                              self.tr("Write this recovery code on paper and keep it away "
                                      "from this computer. It can set a new passphrase if you "
                                      "forget yours. It is shown only now."), parent=self)
            box.setObjectName("recovery_code")
            box.setInformativeText(code)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        self.opened.emit(archive)
        self.accept()
