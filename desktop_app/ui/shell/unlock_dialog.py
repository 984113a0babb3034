"""The first thing a person sees: create a vault, or unlock it. Argon2id runs in a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
)

from desktop_app.core.strength import Strength, strength
from desktop_app.ui.kit import workers
from desktop_app.ui.kit.text import fill

MIN_PASSPHRASE = 8


class VaultDialog(QDialog):
    """Unlock (one field) or create (two fields, recovery-code choice) a vault.

    Emits ``opened(archive)`` once the worker has unlocked it; the dialog never holds the
    passphrase longer than the field does.
    """

    opened = Signal(object)

    def __init__(self, folder: Path, creating: bool,
                 open_archive: Callable[..., Any], create_archive: Callable[..., Any],
                 parent: Any = None):
        super().__init__(parent)
        self.folder, self.creating = folder, creating
        self._open_archive, self._create_archive = open_archive, create_archive
        self._job: workers.Job | None = None
        self.setWindowTitle(self.tr("Tirkeu — create a vault") if creating
                            else self.tr("Tirkeu — unlock"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr("Your records will be kept encrypted in:\n%1"), str(folder))
                       if creating else self.tr("Enter your passphrase to unlock."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat")
        self.recovery = QCheckBox(self.tr("Make a recovery code (recommended)"), checked=True)
        self.hint = QLabel(objectName="hint", wordWrap=True)
        if creating:
            form.addRow("", self.hint)
            form.addRow(self.tr("Repeat"), self.repeat)
            form.addRow("", self.recovery)
            self.passphrase.textChanged.connect(self._show_strength)
            self._show_strength("")
        layout.addLayout(form)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)
        self.progress = QProgressBar(maximum=0, visible=False)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create") if creating else self.tr("Unlock"))
        self.buttons.accepted.connect(self.submit)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _show_strength(self, text: str) -> None:
        hints = {
            Strength.TOO_SHORT: (self.tr("Too short: use at least 8 characters — better, "
                                         "four or more unrelated words."), "#b00020"),
            Strength.WEAK: (self.tr("Weak: someone with your laptop could guess it. Add "
                                    "unrelated words."), "#b00020"),
            Strength.FAIR: (self.tr("Fair. One or two more unrelated words make it strong."),
                            "#8a6d00"),
            Strength.STRONG: (self.tr("Strong."), "#1b5e20"),
        }
        sentence, colour = hints[strength(text, MIN_PASSPHRASE)]
        self.hint.setText(sentence)
        self.hint.setStyleSheet(f"color: {colour}")

    def submit(self) -> None:
        text = self.passphrase.text()
        if self.creating:
            if len(text) < MIN_PASSPHRASE:
                return self._fail(self.tr("Use at least 8 characters; several unrelated "
                                          "words are easy to remember and hard to guess."))
            if text != self.repeat.text():
                return self._fail(self.tr("The two passphrases differ."))
            with_code = self.recovery.isChecked()
            work = lambda: self._create_archive(self.folder, text, recovery_code=with_code)  # noqa: E731
        elif not text:
            return self._fail(self.tr("Enter your passphrase."))
        else:
            work = lambda: (self._open_archive(self.folder, text), None)  # noqa: E731
        self._busy(True)
        self._job = workers.start(work, self._done, self._fail)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.repeat.setEnabled(not busy)

    def _fail(self, sentence: str) -> None:
        self._busy(False)
        self.message.setText(sentence)
        self.passphrase.selectAll()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _done(self, result: tuple[Any, str | None]) -> None:
        archive, code = result
        self.passphrase.clear()
        self.repeat.clear()
        if code:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Tirkeu — recovery code"),
                              self.tr("Write this recovery code on paper and keep it away "
                                      "from this computer. It can set a new passphrase if you "
                                      "forget yours. It is shown only now."), parent=self)
            box.setInformativeText(code)
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        self.opened.emit(archive)
        self.accept()
