"""A dialog that asks for a few secrets, then runs one slow piece of work (Argon2id, a
restore) in a worker: the sentence for what went wrong, a moving bar while it works, and
OK (named for what it does) beside Cancel. The duress and restore dialogs are two."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.kit import style, workers


class WorkDialog(QDialog):
    """Call ``add_footer`` once the fields are laid out; ``run`` the work, which ends in
    ``done(result)`` (the subclass's) or in ``fail(sentence)``."""

    def add_footer(self, layout: QVBoxLayout, ok_text: str, inputs: Sequence[QWidget]) -> None:
        self._inputs = list(inputs)
        self._job: workers.Job | None = None
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.progress = QProgressBar(maximum=0, visible=False)
        self.progress.setAccessibleName(self.tr("Working"))
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("&Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def done_with(self, result: Any) -> None:
        """The work's result, in the GUI thread."""
        raise NotImplementedError

    def run(self, work: Callable[[], Any], saying: str = "") -> None:
        self.busy(True)
        self.say(saying)
        self._job = workers.start(work, self._finished, self.fail)

    def busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.ok, *self._inputs):
            widget.setEnabled(not busy)

    def say(self, sentence: str, error: bool = False) -> None:
        self.message.setText(sentence)
        self.message.setStyleSheet(f"color: {style.colour('error')}" if error else "")

    def fail(self, sentence: str, field: QWidget | None = None) -> None:
        """Say what went wrong and put the person back in ``field`` (else ``retry_field``)."""
        self.busy(False)
        self.say(sentence, error=True)
        field = field or self.retry_field(sentence)
        if isinstance(field, QLineEdit):
            field.selectAll()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def retry_field(self, sentence: str) -> QWidget:
        """Where to type again after the work failed with ``sentence``."""
        return self._inputs[0]

    def _finished(self, result: Any) -> None:
        self.busy(False)
        self.done_with(result)
