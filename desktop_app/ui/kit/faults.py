"""The window's last word on an error no code path caught: one sentence, never a traceback.

Work in workers already arrives as a sentence (``kit.workers``, ``kit.tasks``). What is
left are the reads the window makes in the GUI thread, in slots and in the list model: a
damaged page of the archive (``storage.damage.ArchiveDamaged``) can be met by any of them.
Qt hands an exception escaping a slot or a model method to ``sys.excepthook``; this hook
shows a TirkeuError's sentence (anything else: a generic one, naming only the error's
type, since its text may hold content) in a message box, and prints nothing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError

QUIET_SECONDS = 5.0  # the same sentence again within this is the same fault, met again


class FaultReporter:
    """A ``sys.excepthook`` that tells a person, once, what went wrong.

    The same fault is usually met many times in a row (every row the list draws reads the
    damaged page), so a sentence is not shown again while its box is up or within
    QUIET_SECONDS of the last time."""

    def __init__(self, show: Callable[[str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.show = show or _message_box
        self.clock = clock
        self.showing = False
        self.last: tuple[str, float] | None = None

    def __call__(self, kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> None:
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        sentence = str(error) if isinstance(error, TirkeuError) else (
            f"Something went wrong ({kind.__name__}); what was under way was not finished.")
        now = self.clock()
        if self.showing or (self.last is not None and self.last[0] == sentence
                            and now - self.last[1] < QUIET_SECONDS):
            return
        self.showing, self.last = True, (sentence, now)
        try:
            self.show(sentence)
        finally:
            self.showing = False
            self.last = (sentence, self.clock())


def _message_box(sentence: str) -> None:
    QMessageBox.critical(QApplication.activeWindow(), APP_NAME, sentence)


def report_later(error: BaseException) -> None:
    """Hand ``error`` to the hook once the event loop is free: for code Qt calls where a
    message box must not open (a model's ``data()``, in the middle of painting)."""
    QTimer.singleShot(0, lambda: sys.excepthook(type(error), error, error.__traceback__))


def install() -> FaultReporter:
    """Make the window's uncaught errors one sentence each (see the module)."""
    reporter = FaultReporter()
    sys.excepthook = reporter
    return reporter
