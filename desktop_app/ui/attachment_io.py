"""Moving attachment bytes in worker threads: a Task that carries progress and Cancel, the
reader that streams a file into the vault, the writer of the one copy a person asked for,
the progress dialog whose Cancel waits for the undo before it says so, and a file dialog
that leaves no trace of where copies went."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from PySide6.QtCore import QDir, QObject, QUrl, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError


class Cancelled(TirkeuError):
    """The person pressed Cancel; whatever was under way was undone."""


class _Relay(QObject):
    progress = Signal(int)  # per mille; emitted in the worker, delivered in the GUI thread


class Task:
    """One piece of work in a worker: its progress, its Cancel flag, and when it is over.

    ``then(value, error)`` runs in the GUI thread once the work is over; ``finished`` is
    set as soon as the worker stops touching the archive (what a lock waits for)."""

    def __init__(self, total: int, then: Callable[[Any, TirkeuError | None], None],
                 parent: QObject):
        self.total, self.done, self.shown = max(total, 1), 0, -1
        self.then = then
        self.relay = _Relay(parent)
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


class ProgressReader:
    """An open file as ``add_stream`` reads it: counts bytes for the bar and, once Cancel
    is pressed, raises at the next read, so the whole transaction rolls back."""

    def __init__(self, source: BinaryIO, task: Task, unreadable: str):
        self.source, self.task, self.unreadable = source, task, unreadable

    def read(self, size: int = -1) -> bytes:
        self.task.check()
        try:
            data = self.source.read(size)
        except OSError:  # e.g. the USB stick was pulled out
            raise TirkeuError(self.unreadable) from None
        self.task.advance(len(data))
        return data


def write_file(target: str, chunks: Iterator[bytes], task: Task, expected_sha256: str | None,
               cannot_write: str, mismatch: str) -> None:
    """Write ``chunks`` straight to ``target`` (0600 if new; no temporary file beside it).

    If ``expected_sha256`` is given the bytes written must have it (evidence that the copy
    is the original). A cancelled, failed or mismatching copy is deleted again."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    opened = complete = False
    try:
        fd = os.open(target, flags, 0o600)
        opened = True
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                task.check()
                out.write(chunk)
                digest.update(chunk)
                task.advance(len(chunk))
            out.flush()
            os.fsync(out.fileno())
        if expected_sha256 is not None and digest.hexdigest() != expected_sha256:
            raise TirkeuError(mismatch)
        complete = True
    except OSError:
        raise TirkeuError(cannot_write) from None
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()  # a generator over the database: let it go now, not at collection
        if opened and not complete:
            try:
                os.unlink(target)
            except OSError:
                pass


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


class PrivateFileDialog(QFileDialog):
    """Qt's own file dialog, never the platform's: native dialogs record "recent files".

    Qt's dialog writes its history, last folder and side bar to QtProject.conf when it is
    destroyed (checked with Qt 6.12), so ``pick`` resets them to the home folder first."""

    def __init__(self, parent: QWidget, title: str, save_as: str | None = None):
        super().__init__(parent, title)
        self.setOption(QFileDialog.Option.DontUseNativeDialog)
        self._forget_where()
        if save_as is None:
            self.setFileMode(QFileDialog.FileMode.ExistingFiles)
        else:
            self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.selectFile(save_as)

    def pick(self) -> list[str]:
        """The chosen files (one when saving), or [] if the person cancelled."""
        try:
            return self.selectedFiles() if self.exec() == QDialog.DialogCode.Accepted else []
        finally:
            self._forget_where()
            self.deleteLater()

    def _forget_where(self) -> None:
        home = QDir.homePath()
        self.setDirectory(home)  # also what Qt stores as the last folder visited
        self.setHistory([])
        self.setSidebarUrls([QUrl("file:"), QUrl.fromLocalFile(home)])
