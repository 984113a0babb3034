"""Set (or change) the duress passphrase: the current passphrase proves it is the owner,
the duress one is typed twice, its strength shown as for any new passphrase. The vault
(crypto/vault.py ``set_duress``) refuses one equal to the real passphrase; Argon2id runs
twice, so the work is done in a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.crypto.errors import WrongPassphrase
from desktop_app.ui.kit.strength_hint import MIN_PASSPHRASE, StrengthHint
from desktop_app.ui.kit.work_dialog import WorkDialog


class DuressDialog(WorkDialog):
    """``set_duress(duress, current)`` runs in a worker; ``duress_set(sentence)`` once it is set."""

    duress_set = Signal(str)

    def __init__(self, set_duress: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._set_duress = set_duress
        self.setWindowTitle(self.tr("Tirkeu — duress passphrase"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Typed at unlock instead of your passphrase, the duress passphrase destroys this "
            "archive at once and opens an empty vault with your name on it. Keep a backup "
            "somewhere safe: nothing brings the archive back but a backup."), wordWrap=True)
        layout.addWidget(intro)
        form = QFormLayout()

        def secret(name: str, label: str, accessible: str) -> QLineEdit:
            field = QLineEdit(objectName=name, echoMode=QLineEdit.EchoMode.Password)
            field.setAccessibleName(accessible)
            text = QLabel(label)
            text.setBuddy(field)
            form.addRow(text, field)
            return field

        self.current = secret("current", self.tr("Your &passphrase"), self.tr("Your passphrase"))
        self.duress = secret("duress", self.tr("&Duress passphrase"),
                             self.tr("Duress passphrase"))
        self.hint = StrengthHint()
        form.addRow("", self.hint)
        self.repeat = secret("repeat", self.tr("&Repeat it"), self.tr("Repeat the duress "
                                                                      "passphrase"))
        layout.addLayout(form)
        self.add_footer(layout, self.tr("&Set"), (self.current, self.duress, self.repeat))
        self.duress.textChanged.connect(self.hint.show_for)
        self.current.setFocus()

    def submit(self) -> None:
        current, duress = self.current.text(), self.duress.text()
        if not current:
            return self.fail(self.tr("Enter your passphrase first."), self.current)
        if len(duress) < MIN_PASSPHRASE:
            return self.fail(self.tr("Use at least 8 characters for the duress passphrase."),
                              self.duress)
        if duress != self.repeat.text():
            return self.fail(self.tr("The two duress passphrases differ."), self.repeat)
        self.run(lambda: self._set_duress(duress, current))

    def retry_field(self, sentence: str) -> QWidget:
        return self.current if sentence == str(WrongPassphrase()) else self.duress

    def done_with(self, _result: Any) -> None:
        for field in (self.current, self.duress, self.repeat):
            field.clear()
        self.duress_set.emit(self.tr("The duress passphrase is set. Typed at unlock, it destroys "
                               "this archive at once and opens an empty vault; keep a backup "
                               "somewhere safe."))
        self.accept()
