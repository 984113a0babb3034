"""Long work in worker threads: a Task that carries progress and Cancel, the runner that
shows it and drops answers from a locked session, and a progress dialog whose Cancel waits
until the work has really stopped."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError
from desktop_app.ui.kit import workers

QUIET_SIZE = 4 * 1024 * 1024  # smaller work ends before a progress bar would help


class Cancelled(TirkeuError):
    """The person pressed Cancel; whatever was under way was undone."""


class _Relay(QObject):
    progress = Signal(int)  # per mille; emitted in the worker, delivered in the GUI thread


class Task:
    """One piece of work in a worker: its progress, its Cancel flag, and when it is over.

    ``then(value, error)`` runs in the GUI thread once the work is over; ``finished`` is
    set as soon as the worker stops touching the archive (what a lock waits for)."""

    def __init__(self, total: int, then: Callable[[Any, TirkeuError | None], None]):
        self.total, self.done, self.shown = max(total, 1), 0, -1
        self.then = then
        # Made here, so it lives in the GUI thread; no Qt parent, so it goes with the task
        # and is never deleted under a worker that still reports to it.
        self.relay = _Relay()
        self.cancel = threading.Event()
        self.finished = threading.Event()

    def check(self) -> None:
        if self.cancel.is_set():
            raise Cancelled("Cancelled.")

    def advance(self, count: int) -> None:
        self.done += count
        permille = min(1000, self.done * 1000 // self.total)
        if permille != self.shown:  # one signal per step of the bar, not one per read
            self.shown = permille
            self.relay.progress.emit(permille)

    def read_all(self, chunks: Iterator[bytes]) -> bytes:
        parts = []
        for chunk in chunks:
            self.check()
            parts.append(chunk)
            self.advance(len(chunk))
        return b"".join(parts)


class TaskRunner(QObject):
    """Runs one Task at a time in the thread pool, with a progress dialog for long work.

    ``then(value, error)`` runs in the GUI thread; people's errors (TirkeuError, Cancelled
    among them) arrive as ``error``. A bug arrives at ``crashed(sentence)`` instead."""

    def __init__(self, window: QWidget, crashed: Callable[[str], None]):
        super().__init__(window)
        self.window, self.crashed = window, crashed
        self.task: Task | None = None
        self.progress: CancelProgress | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def run(self, work: Callable[[Task], Any], then: Callable[[Any, TirkeuError | None], None],
            total: int, label: str | None) -> None:
        task = self.task = Task(total, then)
        task.relay.progress.connect(self._show_progress)

        def job() -> tuple[Task, Any, TirkeuError | None]:
            try:
                return task, work(task), None
            except TirkeuError as exc:
                return task, None, exc
            finally:
                task.finished.set()

        if label is not None and (self.progress is not None or total > QUIET_SIZE):
            if self.progress is None:
                self.progress = CancelProgress(self.window)
                self.progress.canceled.connect(self._cancel_pressed)
            self.progress.start(label)
        workers.start(job, self._finished, self._crashed)

    def stop(self) -> None:
        """Cancel the work and wait until it no longer touches the archive (the lock
        closes it right after); its answer is then dropped."""
        task, self.task = self.task, None
        if task is not None:
            task.cancel.set()
            task.finished.wait(10)  # one chunk at most
        self.close_progress()

    def says(self, sentence: str) -> None:
        if self.progress is not None:
            self.progress.says(sentence)

    def close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, outcome: tuple[Task, Any, TirkeuError | None]) -> None:
        task, value, error = outcome
        if task is not self.task:
            return  # stopped (locked) meanwhile: its archive is gone
        self.task = None
        task.then(value, error)

    def _crashed(self, sentence: str) -> None:
        if self.task is not None:  # workers.Job already made the bug one sentence
            self.task = None
            self.close_progress()
            self.crashed(sentence)

    def _show_progress(self, permille: int) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.setValue(permille)

    def _cancel_pressed(self) -> None:
        if self.task is None:
            self.close_progress()  # the button reads "Close" by now
        elif self.progress is not None and not self.progress.over:
            self.task.cancel.set()
            self.progress.setLabelText(self.tr("Cancelling…"))


class CancelProgress(QProgressDialog):
    """A progress dialog whose Cancel (button, Escape or closing it) only emits
    ``canceled``: it stays up until the work has really stopped, then ``says`` what
    happened, with a Close button. Not modal: that would block the panic and lock keys."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setRange(0, 1000)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.canceled.disconnect(self.cancel)  # Qt's own slot would hide it at once
        self.over = False
        # What the work says may be long (a refused file names every wrong row): it wraps
        # inside a dialog a laptop screen holds, instead of widening it past the screen.
        self.text = QLabel(self, wordWrap=True, objectName="progress_text")
        self.text.setMinimumWidth(420)
        self.text.setMaximumWidth(720)
        self.setLabel(self.text)

    def start(self, label: str) -> None:
        self.over = False
        self.setLabelText(label)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setValue(0)
        self.show()

    def says(self, sentence: str) -> None:
        """The work is over: show ``sentence`` and offer to close."""
        self.over = True
        self.setLabelText(sentence)
        self.setCancelButtonText(self.tr("Close"))
