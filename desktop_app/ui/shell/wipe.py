"""Wipe this vault from the window: a question that says plainly what is destroyed, then a
short countdown with a big Cancel (focused; Escape cancels too), then the frame's
``wipe`` (close the archive, then crypto/wipe). Neither step is modal for the whole
application: the lock and panic keys keep working, and a lock cancels both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.ui.kit import style
from desktop_app.ui.kit.text import fill

translate = QCoreApplication.translate

COUNTDOWN_SECONDS = 5


class WipeCountdown(QDialog):
    """Counts down from ``seconds``; accepted at zero, rejected by Cancel or Escape."""

    def __init__(self, parent: QWidget, seconds: int = COUNTDOWN_SECONDS):
        super().__init__(parent)
        self.setObjectName("wipe_countdown")
        self.setWindowTitle(APP_NAME)
        self.setMinimumWidth(460)
        self.left = seconds
        layout = QVBoxLayout(self)
        self.count = QLabel(objectName="wipe_count", alignment=Qt.AlignmentFlag.AlignCenter,
                            wordWrap=True)
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.count.setFont(font)
        self.count.setStyleSheet(f"color: {style.colour('error')}")
        self.about = QLabel(self.tr("Press Cancel or Escape to stop; nothing is touched "
                                    "until the count reaches zero."),
                            wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.cancel = QPushButton(self.tr("&Cancel"), objectName="wipe_cancel")
        self.cancel.setMinimumHeight(64)
        font = self.cancel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.cancel.setFont(font)
        self.cancel.setDefault(True)
        self.cancel.clicked.connect(self.reject)
        layout.addWidget(self.count)
        layout.addWidget(self.about)
        layout.addWidget(self.cancel)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self._tick)
        self.finished.connect(lambda _result: self.timer.stop())
        self._show_count()

    def start(self) -> None:
        self.open()
        self.cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        self.timer.start()

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.timer.stop()
            self.accept()
        else:
            self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("Wiping in %n second(s)…", "", self.left))


class WipeFlow:
    """The question, then the countdown, then ``wipe()``. ``asking``/``counting`` are the
    dialogs while they are up."""

    def __init__(self, window: QWidget, wipe: Callable[[], None]):
        self.window, self._wipe = window, wipe
        self.asking: QMessageBox | None = None
        self.counting: WipeCountdown | None = None

    def start(self, folder: Path) -> None:
        if self.asking is not None or self.counting is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME,
                          translate("WipeFlow", "Wipe this vault?"),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("wipe_question")
        box.setInformativeText(fill(translate(
            "WipeFlow",
            "This destroys, on this computer and for ever, every incident, person, attachment, "
            "contact, draft and this laptop's own keys, kept in %1. Nobody can read them "
            "afterwards, not even with the passphrase or the recovery code. Backups kept "
            "elsewhere are not touched. The window then starts again as on a new laptop."),
            str(folder)))
        self.wipe_button = box.addButton(translate("WipeFlow", "&Wipe…"),
                                         QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("WipeFlow", "Keep the vault"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._answered(box))
        self.asking = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        self.asking = None
        if box.clickedButton() is not self.wipe_button:
            return
        self.counting = countdown = WipeCountdown(self.window, COUNTDOWN_SECONDS)
        countdown.finished.connect(lambda result: self._counted(countdown, result))
        countdown.start()

    def _counted(self, countdown: WipeCountdown, result: int) -> None:
        if self.counting is countdown:
            self.counting = None
        countdown.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self._wipe()

    def stop(self) -> None:
        """A lock: neither the question nor the countdown stays up, and nothing is wiped."""
        for dialog in (self.asking, self.counting):
            if dialog is not None:
                dialog.reject()
        self.asking = self.counting = None
