"""Answers the attachments panel's intents: add (streamed in a worker, with a Cancel that
rolls back), view (from memory), save a copy (without hidden data unless the person asks
for the original) and remove.

Nothing leaves the vault except into the one file the person picked. The file dialogs are
Qt's own (native ones feed the desktop's "recent files") and are left with no history.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QDir, QObject, QUrl, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLayout, QMessageBox, QProgressDialog, QWidget

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError
from desktop_app.core.model import AttachmentInfo
from desktop_app.ui import workers
from desktop_app.ui.attachment_viewer import AttachmentViewer, viewable_kind
from desktop_app.ui.attachments_panel import AttachmentsPanel
from desktop_app.ui.image_strip import CannotStrip, can_strip, stripped_copy

MEMORY_LIMIT = 512 * 1024 * 1024  # larger files are never loaded whole to view or strip
QUIET_SIZE = 4 * 1024 * 1024      # smaller work finishes before a progress bar would help


class Cancelled(TirkeuError):
    """The person pressed Cancel; whatever was under way was undone."""


class _Relay(QObject):
    progress = Signal(int)  # per mille; emitted from the worker, shown in the GUI thread


class _Task:
    """One piece of work in a worker: its progress, its Cancel flag, and when it is over."""

    def __init__(self, total: int, relay: _Relay):
        self.total, self.done, self.shown = max(total, 1), 0, -1
        self.relay = relay
        self.cancel = threading.Event()
        self.finished = threading.Event()
        self.then: Callable[[Any, TirkeuError | None], None] = lambda *_: None

    def check(self) -> None:
        if self.cancel.is_set():
            raise Cancelled("Cancelled.")

    def advance(self, count: int) -> None:
        self.done += count
        permille = min(1000, self.done * 1000 // self.total)
        if permille != self.shown:  # a signal per step of the bar, not per read
            self.shown = permille
            self.relay.progress.emit(permille)

    def read_all(self, chunks: Iterator[bytes]) -> bytes:
        parts = []
        for chunk in chunks:
            self.check()
            parts.append(chunk)
            self.advance(len(chunk))
        return b"".join(parts)


class _ProgressReader:
    """The open file as ``add_stream`` reads it: counts bytes for the bar and, once Cancel
    is pressed, raises at the next read so the whole transaction rolls back."""

    def __init__(self, source: BinaryIO, task: _Task, unreadable: str):
        self.source, self.task, self.unreadable = source, task, unreadable

    def read(self, size: int = -1) -> bytes:
        self.task.check()
        try:
            data = self.source.read(size)
        except OSError:  # e.g. the USB stick was pulled out
            raise TirkeuError(self.unreadable) from None
        self.task.advance(len(data))
        return data


class AttachmentsController(QObject):
    """Owns the panel; ``show_for`` an incident, ``clear`` on lock."""

    def __init__(self, window_parent: QWidget, layout: QLayout | None = None):
        super().__init__(window_parent)
        self.window = window_parent
        self.panel = AttachmentsPanel()
        self.archive: Any = None
        self.incident_id: str | None = None
        self.viewers: list[AttachmentViewer] = []
        self.progress: QProgressDialog | None = None
        self._task: _Task | None = None
        self._queue: list[Path] = []
        self._modal: QDialog | None = None
        self._generation = 0  # bumped on clear(), so answers to a locked session are dropped
        self._relay = _Relay(self)
        self._relay.progress.connect(self._show_progress)
        self.panel.add_files_requested.connect(self.add_files)
        self.panel.view_requested.connect(self.view)
        self.panel.export_requested.connect(self.export)
        self.panel.remove_requested.connect(self.remove)
        if layout is not None:
            self.install(layout)

    def install(self, layout: QLayout) -> None:
        layout.addWidget(self.panel)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def show_for(self, archive: Any, incident_id: str | None) -> None:
        """List ``incident_id``'s files; None means a new incident, not saved yet."""
        self.archive, self.incident_id = archive, incident_id
        self._refresh()

    def clear(self) -> None:
        """Forget everything: stop (and undo) work under way, close viewers and dialogs."""
        self._generation += 1
        if self._modal is not None:
            self._modal.reject()
        task, self._task = self._task, None
        if task is not None:
            task.cancel.set()
            task.finished.wait(10)  # one chunk at most; the archive closes right after
        self._queue.clear()
        self._close_progress()
        for viewer in list(self.viewers):
            viewer.forget()
            viewer.close()
        self.viewers.clear()
        self.archive, self.incident_id = None, None
        self.panel.clear()

    # --- add ---------------------------------------------------------------------------------

    def add_files(self, paths: list[str]) -> None:
        """Add ``paths`` one after another (an empty list: ask the person which files)."""
        if self.archive is None:
            return
        if self.incident_id is None:
            self.panel.refuse_adding()
            return self._tell(self.tr("Save the incident first to add files."))
        if self.busy:
            return self._tell(self.tr("Please wait until the current file is done."))
        paths = paths or self._choose(self.tr("Add files to the incident"), save_as=None)
        files = [Path(p) for p in paths]
        if not_files := [f.name for f in files if not f.is_file()]:
            self._tell(self.tr("Only files can be added; “%1” was left out.").replace(
                "%1", "”, “".join(not_files)))
        self._queue = [f for f in files if f.is_file()]
        self._add_next(len(self._queue))

    def _add_next(self, count: int) -> None:
        if not self._queue:
            return self._close_progress()
        path = self._queue.pop(0)
        archive, incident_id = self.archive, self.incident_id
        unreadable = self.tr("“%1” could not be read; it was not added.").replace("%1", path.name)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"

        def work(task: _Task) -> AttachmentInfo:
            try:
                source = open(path, "rb")  # noqa: SIM115 - closed below, opened off the GUI thread
            except OSError:
                raise TirkeuError(unreadable) from None
            with source:
                return archive.attachments.add_stream(
                    incident_id, _ProgressReader(source, task, unreadable), path.name, media_type)

        def then(_: Any, error: TirkeuError | None) -> None:
            self._refresh()
            if error is None:
                return self._add_next(count)
            self._queue.clear()
            if isinstance(error, Cancelled):
                return self._progress_says(self.tr(
                    "Cancelled. Nothing of “%1” was stored.").replace("%1", path.name))
            self._close_progress()
            self._tell(str(error))

        number = count - len(self._queue)
        self._run(work, then, _size(path), self.tr("Adding “%1” (%2 of %3)…").replace(
            "%1", path.name).replace("%2", str(number)).replace("%3", str(count)), always=True)

    # --- view, save, remove ------------------------------------------------------------------

    def view(self, attachment_id: str) -> None:
        if (info := self._info(attachment_id)) is None:
            return
        archive = self.archive

        def work(task: _Task) -> bytes | None:
            chunks = archive.attachments.chunks(info.id)
            try:
                head = next(chunks, b"")
                if not viewable_kind(head) or info.size > MEMORY_LIMIT:
                    return None  # the viewer says it cannot show it; no reason to load it
                task.advance(len(head))
                return head + task.read_all(chunks)
            finally:
                chunks.close()

        def then(data: bytes | None, error: TirkeuError | None) -> None:
            self._close_progress()
            if error is not None:
                return None if isinstance(error, Cancelled) else self._tell(str(error))
            viewer = AttachmentViewer(info, data, self.window)
            viewer.finished.connect(lambda *_: viewer in self.viewers and self.viewers.remove(viewer))
            self.viewers.append(viewer)
            viewer.show()

        self._run(work, then, info.size, self.tr("Opening “%1”…").replace("%1", info.filename))

    def export(self, attachment_id: str, stripped: bool) -> None:
        """Save a copy without hidden data, or (``stripped`` False) the original after a
        warning. A file that cannot be cleaned is offered as the original, with a warning."""
        if (info := self._info(attachment_id)) is None:
            return
        if not stripped:
            return self._save_original(info, warned=False)
        archive = self.archive

        def work(task: _Task) -> tuple[bytes, str]:
            chunks = archive.attachments.chunks(info.id)
            try:
                head = next(chunks, b"")
                if not can_strip(head):
                    raise CannotStrip.wrong_kind()
                if info.size > MEMORY_LIMIT:
                    raise CannotStrip.unreadable()
                task.advance(len(head))
                return stripped_copy(head + task.read_all(chunks), info.media_type)
            finally:
                chunks.close()

        def then(result: tuple[bytes, str] | None, error: TirkeuError | None) -> None:
            self._close_progress()
            if isinstance(error, CannotStrip):
                if self._confirm(str(error), self.tr("Save original…")):
                    self._save_original(info, warned=True)
                return None
            if error is not None:
                return None if isinstance(error, Cancelled) else self._tell(str(error))
            assert result is not None
            data, media_type = result
            name = Path(info.filename).stem + (".jpg" if media_type == "image/jpeg" else ".png")
            self._save(info, name, iter([data]), expected_sha256=None)

        self._run(work, then, info.size, self.tr("Removing hidden data from “%1”…").replace(
            "%1", info.filename))

    def _save_original(self, info: AttachmentInfo, *, warned: bool) -> None:
        if not warned and not self._confirm(self.tr(
                "The original may hold hidden data: where and when a photo was taken, the "
                "device, the author. Anyone who gets the copy can read it. Save the original "
                "anyway?"), self.tr("Save original…")):
            return
        self._save(info, info.filename, None, expected_sha256=info.sha256)

    def _save(self, info: AttachmentInfo, name: str, data: Iterator[bytes] | None,
              expected_sha256: str | None) -> None:
        """Ask where, then write ``data`` (or the stored original, checked against its
        SHA-256) to that one file; a cancelled or failed copy is deleted again."""
        generation = self._generation
        chosen = self._choose(self.tr("Save a copy"), save_as=name)
        if not chosen or generation != self._generation or self.archive is None:
            return
        archive, target = self.archive, chosen[0]
        sentences = (self.tr("The copy could not be written to “%1”.").replace("%1", target),
                     self.tr("The stored file no longer matches its fingerprint; the copy was "
                             "deleted."))

        def work(task: _Task) -> None:
            chunks = data if data is not None else archive.attachments.chunks(info.id)
            _write_file(target, chunks, task, expected_sha256, *sentences)

        def then(_: Any, error: TirkeuError | None) -> None:
            if isinstance(error, Cancelled):
                return self._progress_says(self.tr("Cancelled. The unfinished copy was deleted."))
            self._close_progress()
            if error is not None:
                return self._tell(str(error))
            self.panel.say(self.tr("Copy saved."))

        self._run(work, then, info.size, self.tr("Saving “%1”…").replace("%1", name))

    def remove(self, attachment_id: str) -> None:
        if (info := self._info(attachment_id)) is None:
            return
        generation = self._generation
        if not self._confirm(self.tr("Remove “%1” from this incident? It is deleted from the "
                                     "vault; copies saved elsewhere stay.").replace(
                                         "%1", info.filename), self.tr("Remove")):
            return
        if generation != self._generation or self.archive is None:
            return
        archive = self.archive

        def then(_: Any, error: TirkeuError | None) -> None:
            self._refresh()
            if error is not None:
                self._tell(str(error))

        # Off the GUI thread: with secure_delete, a large file takes a while to zero out.
        self._run(lambda task: archive.attachments.delete(info.id), then, 0, None)

    # --- running work ------------------------------------------------------------------------

    def _run(self, work: Callable[[_Task], Any], then: Callable[[Any, TirkeuError | None], None],
             total: int, label: str | None, *, always: bool = False) -> None:
        task = _Task(total, self._relay)
        task.then = then
        self._task = task

        def job() -> tuple[_Task, Any, TirkeuError | None]:
            try:
                return task, work(task), None
            except TirkeuError as exc:  # errors meant for people, Cancelled among them
                return task, None, exc
            finally:
                task.finished.set()

        if label is not None and (always or total > QUIET_SIZE):
            self._open_progress(label)
        workers.start(job, self._finished, self._crashed)

    def _finished(self, outcome: tuple[_Task, Any, TirkeuError | None]) -> None:
        task, value, error = outcome
        if task is not self._task:
            return  # cleared (locked) meanwhile; its archive is gone
        self._task = None
        task.then(value, error)

    def _crashed(self, sentence: str) -> None:
        if self._task is None:
            return
        self._task = None
        self._close_progress()
        self._refresh()
        self._tell(sentence)

    def _open_progress(self, label: str) -> None:
        if self.progress is None:
            # Not modal: a modal dialog would block the panic and lock shortcuts.
            self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self.window)
            self.progress.setWindowTitle(APP_NAME)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
            self.progress.setMinimumDuration(0)
            # Cancel must wait for the rollback and then say what happened, not just hide.
            self.progress.canceled.disconnect(self.progress.cancel)
            self.progress.canceled.connect(self._cancel_pressed)
        self.progress.setLabelText(label)
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setValue(0)
        self.progress.show()

    def _show_progress(self, permille: int) -> None:
        if self.progress is not None and self._task is not None:
            self.progress.setValue(permille)

    def _cancel_pressed(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self.progress and self.progress.setLabelText(self.tr("Cancelling…"))
        else:
            self._close_progress()

    def _progress_says(self, sentence: str) -> None:
        if self.progress is not None:
            self.progress.setLabelText(sentence)
            self.progress.setCancelButtonText(self.tr("Close"))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    # --- small helpers -----------------------------------------------------------------------

    def _info(self, attachment_id: str) -> AttachmentInfo | None:
        if self.archive is None:
            return None
        if self.busy:
            self._tell(self.tr("Please wait until the current file is done."))
            return None
        try:
            return self.archive.attachments.info(attachment_id)
        except TirkeuError as exc:
            self._tell(str(exc))
            self._refresh()
            return None

    def _refresh(self) -> None:
        if self.archive is None:
            return self.panel.clear()
        if self.incident_id is None:
            return self.panel.set_attachments([], can_add=False)
        try:
            items = self.archive.attachments.for_incident(self.incident_id)
        except TirkeuError as exc:
            return self._tell(str(exc))
        self.panel.set_attachments(items, can_add=True)

    def _choose(self, title: str, *, save_as: str | None) -> list[str]:
        """Files picked in Qt's own dialog (one to save as ``save_as``, or files to add).

        Qt's dialog writes its history, last folder and side bar to QtProject.conf when it
        is destroyed; they are reset to the home folder first, so no trace of where copies
        went is left on disk."""
        dialog = QFileDialog(self.window, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        if save_as is None:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.selectFile(save_as)
        self._modal = dialog
        try:
            chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
        finally:
            self._modal = None
            dialog.setDirectory(QDir.homePath())
            dialog.setHistory([])
            dialog.setSidebarUrls([QUrl("file:"), QUrl.fromLocalFile(QDir.homePath())])
            dialog.deleteLater()
        return chosen

    def _confirm(self, sentence: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence,
                          QMessageBox.StandardButton.Cancel, self.window)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # a hurried Enter says no
        self._modal = box
        try:
            box.exec()
            return box.clickedButton() is go
        finally:
            self._modal = None
            box.deleteLater()

    def _tell(self, sentence: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence,
                          QMessageBox.StandardButton.Ok, self.window)
        self._modal = box
        try:
            box.exec()
        finally:
            self._modal = None
            box.deleteLater()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _write_file(target: str, chunks: Iterator[bytes], task: _Task, expected_sha256: str | None,
                cannot_write: str, mismatch: str) -> None:
    """Write ``chunks`` to ``target`` (0600 if new); delete it again unless complete."""
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
        if hasattr(chunks, "close"):
            chunks.close()
        if opened and not complete:
            try:
                os.unlink(target)
            except OSError:
                pass
