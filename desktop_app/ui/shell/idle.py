"""Idle lock: any key press, click or wheel resets a countdown; at zero the window locks."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.MouseMove, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Also watches for the lock and panic keys, everywhere in the application: a modal
    question or file dialog must not stand between a person and locking."""

    timed_out = Signal()
    lock_key = Signal()
    panic_key = Signal()

    def __init__(self, minutes: float = 5, parent: Any = None):
        super().__init__(parent)
        self.seconds = minutes * 60
        self._last = time.monotonic()
        self._active = False
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)

    def start(self, minutes: float | None = None) -> None:
        if minutes is not None:
            self.seconds = minutes * 60
        self._last = time.monotonic()
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def remaining(self) -> float:
        return max(0.0, self.seconds - (time.monotonic() - self._last))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._active and event.type() in _ACTIVITY:
            self._last = time.monotonic()
            if event.type() == QEvent.Type.KeyPress and _is_ctrl_l(event):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                (self.panic_key if shift else self.lock_key).emit()
                return True
        return False

    def _tick(self) -> None:
        if self._active and self.remaining() <= 0:
            self.stop()
            self.timed_out.emit()


def _is_ctrl_l(event: QKeyEvent) -> bool:
    return (event.key() == Qt.Key.Key_L
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
