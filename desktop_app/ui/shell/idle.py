"""Idle lock: any key press, click or wheel resets a countdown; at zero the window locks.
And the lock and panic keys (Ctrl+L, Ctrl+Shift+L)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.MouseMove, QEvent.Type.TouchBegin}
_KEYS = {QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress}


class IdleWatcher(QObject):
    """Also hears the lock and panic keys, everywhere in the application and whether the
    vault is open or not: a modal question, a file dialog or a window the platform has
    not made active yet must not stand between a person and locking. This filter is the
    one way the keys work (the window's actions only show them): it answers the
    ShortcutOverride Qt sends before a key press, so no shortcut or widget takes the key
    first, and it swallows the key press that follows."""

    timed_out = Signal()
    lock_key = Signal()
    panic_key = Signal()

    def __init__(self, minutes: float = 5, parent: Any = None):
        super().__init__(parent)
        self.seconds = minutes * 60
        self._last = time.monotonic()
        self._active = False
        self._answered = False
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
        kind = event.type()
        if kind in _KEYS and _is_ctrl_l(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()
                self._answered = True
            elif self._answered:  # the press that follows an override already answered
                self._answered = False
                return True
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            (self.panic_key if shift else self.lock_key).emit()
            return True
        if self._active and kind in _ACTIVITY:
            self._last = time.monotonic()
        return False

    def _tick(self) -> None:
        if self._active and self.remaining() <= 0:
            self.stop()
            self.timed_out.emit()


def _is_ctrl_l(event: QKeyEvent) -> bool:
    return (event.key() == Qt.Key.Key_L
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
