"""Answers the attachments panel's intents: add (streamed in a worker, with a Cancel that
rolls back), view (from memory), save a copy (without hidden data unless the person asks
for the original) and remove.

Nothing leaves the vault except into the one file the person picked, chosen in a dialog
that leaves no history behind (kit.file_dialog.PrivateFileDialog).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path, PureWindowsPath
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QLayout, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError
from desktop_app.core.hidden_data import HEAD, kind_of
from desktop_app.core.model import AttachmentInfo
from desktop_app.core.photos import MAX_PHOTO_BYTES, StrippedPhoto, gps_position
from desktop_app.ui.attachments.file_io import ProgressReader, write_file
from desktop_app.ui.attachments.image_strip import CannotStrip, can_strip, clean_copy
from desktop_app.ui.attachments.panel import AttachmentsPanel
from desktop_app.ui.attachments.viewer import AttachmentViewer, viewable_kind
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.kit.tasks import Cancelled, Task, TaskRunner
from desktop_app.ui.kit.text import fill

MEMORY_LIMIT = 512 * 1024 * 1024  # larger files are never loaded whole to view


class AttachmentsController(QObject):
    """Owns the panel; ``show_for`` an incident, ``clear`` on lock."""

    def __init__(self, window_parent: QWidget, layout: QLayout | None = None):
        super().__init__(window_parent)
        self.window = window_parent
        self.panel = AttachmentsPanel()
        self.archive: Any = None
        self.incident_id: str | None = None
        self.viewers: list[AttachmentViewer] = []
        self.runner = TaskRunner(window_parent, self._crashed)
        self._queue: list[Path] = []
        self._modal: QDialog | None = None
        self._generation = 0  # bumped on clear(), so answers to a locked session are dropped
        self.panel.add_files_requested.connect(self.add_files)
        self.panel.view_requested.connect(self.view)
        self.panel.export_requested.connect(self.export)
        self.panel.remove_requested.connect(self.remove)
        self.panel.send_original_requested.connect(self.choose_original)
        self._notices: list[str] = []  # what the files added in one go carry, said together
        if layout is not None:
            self.install(layout)

    def install(self, layout: QLayout) -> None:
        layout.addWidget(self.panel)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def show_for(self, archive: Any, incident_id: str | None) -> None:
        """List ``incident_id``'s files; None means a new incident, not saved yet."""
        self.archive, self.incident_id = archive, incident_id
        self._refresh()

    def clear(self) -> None:
        """Forget everything: stop (and undo) work under way, close viewers and dialogs."""
        self._generation += 1
        if self._modal is not None:
            self._modal.reject()
        self.runner.stop()
        self._queue.clear()
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
        generation = self._generation
        paths = paths or self._choose(self.tr("Add files to the incident"), save_as=None)
        if generation != self._generation:
            return  # locked while the dialog was open
        files = [Path(p) for p in paths]
        if not_files := [f.name for f in files if not f.is_file()]:
            self._tell(fill(self.tr("Only files can be added; “%1” was left out."),
                            "”, “".join(not_files)))
        self._queue = [f for f in files if f.is_file()]
        self._notices = []
        self._add_next(len(self._queue))

    def _add_next(self, count: int) -> None:
        if not self._queue:
            return self.runner.close_progress()
        path = self._queue.pop(0)
        archive, incident_id = self.archive, self.incident_id
        unreadable = fill(self.tr("“%1” could not be read; it was not added."), path.name)
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"

        def work(task: Task) -> AttachmentInfo:
            try:
                source = open(path, "rb")  # noqa: SIM115 - closed below, opened off the GUI thread
            except OSError:
                raise TirkeuError(unreadable) from None
            with source:
                archive.attachments.add_stream(
                    incident_id, ProgressReader(source, task, unreadable), path.name, media_type)
            return self._hidden_data_notice(path)

        def then(notice: str | None, error: TirkeuError | None) -> None:
            self._refresh()
            if error is None:
                if notice and notice not in self._notices:
                    self._notices.append(notice)
                    self.panel.say(" ".join(self._notices))
                return self._add_next(count)
            self._queue.clear()
            if isinstance(error, Cancelled):
                return self.runner.says(fill(self.tr(
                    "Cancelled. Nothing of “%1” was stored."), path.name))
            self.runner.close_progress()
            self._tell(str(error))

        number = count - len(self._queue)
        # In one pass: a file named "scan %2.pdf" is shown as named, not with a number in it.
        self.runner.run(work, then, _size(path), fill(self.tr("Adding “%1” (%2 of %3)…"),
                                                      path.name, number, count))

    def _hidden_data_notice(self, path: Path) -> str:
        """What the person is told about the hidden data of the file just added (the
        same facts as ``tirkeu attach``, core/hidden_data.py, in the person's language)."""
        try:
            with open(path, "rb") as source:
                kind = kind_of(source.read(HEAD), path.name)
        except OSError:
            return ""
        translate = QCoreApplication.translate  # a worker thread: no self.tr()
        if kind == "photo":
            position = gps_position(path)
            return "" if position is None else fill(translate(
                "AttachmentsController", "This photo records where it was taken: %1. The copy "
                "that leaves this laptop will not."), str(position))
        if kind == "pdf":
            return translate("AttachmentsController", "This PDF keeps its metadata (author, "
                             "software, dates) wherever it goes, in bundles too: Tirkeu removes "
                             "hidden data from photos only.")
        if kind == "office":
            return translate("AttachmentsController", "This document keeps its metadata "
                             "(author, software, editing time) wherever it goes, in bundles "
                             "too: Tirkeu removes hidden data from photos only.")
        return ""

    def choose_original(self, attachment_id: str, send_original: bool) -> None:
        """Bundles carry this file's original (after a warning) or, for a photo, a copy
        rebuilt from its pixels."""
        if (info := self._info(attachment_id)) is None:
            return
        generation = self._generation
        if send_original and not self._confirm(fill(self.tr(
                "Bundles will carry the original of “%1”, with everything hidden in it: where "
                "and when a photo was taken, the device, the author. Send the original?"),
                info.filename), self.tr("Send the original")):
            return self._refresh()  # the box goes back to how it was
        if generation != self._generation or self.archive is None:
            return None
        try:
            self.archive.attachments.set_send_original(info.id, send_original)
        except TirkeuError as exc:
            self._tell(str(exc))
        self._refresh()
        self.panel.say(fill(self.tr("Bundles will carry the original of “%1”."), info.filename)
                       if send_original else
                       fill(self.tr("“%1” leaves in bundles without its hidden data when it is "
                                    "a photo."), info.filename))
        return None

    # --- view, save, remove ------------------------------------------------------------------

    def view(self, attachment_id: str) -> None:
        if (info := self._info(attachment_id)) is None:
            return
        archive = self.archive

        def work(task: Task) -> bytes | None:
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
            self.runner.close_progress()
            if error is not None:
                return None if isinstance(error, Cancelled) else self._tell(str(error))
            viewer = AttachmentViewer(info, data, self.window)
            viewer.finished.connect(lambda *_: self._forget_viewer(viewer))
            self.viewers.append(viewer)
            viewer.show()

        self.runner.run(work, then, info.size,
                        fill(self.tr("Opening “%1”…"), info.filename))

    def export(self, attachment_id: str, stripped: bool) -> None:
        """Save a copy without hidden data, or (``stripped`` False) the original after a
        warning. A file that cannot be cleaned is offered as the original, with a warning."""
        if (info := self._info(attachment_id)) is None:
            return
        if not stripped:
            return self._save_original(info, warned=False)
        archive = self.archive

        def work(task: Task) -> StrippedPhoto:
            chunks = archive.attachments.chunks(info.id)
            try:
                head = next(chunks, b"")
                if not can_strip(head):
                    raise CannotStrip("wrong_kind")
                if info.size > MAX_PHOTO_BYTES:
                    raise CannotStrip("too_large")
                task.advance(len(head))
                return clean_copy(head + task.read_all(chunks))
            finally:
                chunks.close()

        def then(result: StrippedPhoto | None, error: TirkeuError | None) -> None:
            self.runner.close_progress()
            if isinstance(error, CannotStrip) and error.reason != "too_large":
                if self._confirm(str(error), self.tr("Save original…")):
                    self._save_original(info, warned=True)
                return None
            if error is not None:
                return None if isinstance(error, Cancelled) else self._tell(str(error))
            assert result is not None
            self._save(info, result.renamed(info.filename), result.data, expected_sha256=None)

        self.runner.run(work, then, info.size,
                        fill(self.tr("Removing hidden data from “%1”…"), info.filename))

    def _save_original(self, info: AttachmentInfo, *, warned: bool) -> None:
        if not warned and not self._confirm(self.tr(
                "The original may hold hidden data: where and when a photo was taken, the "
                "device, the author. Anyone who gets the copy can read it. Save the original "
                "anyway?"), self.tr("Save original…")):
            return
        self._save(info, info.filename, None, expected_sha256=info.sha256)

    def _save(self, info: AttachmentInfo, name: str, data: bytes | None,
              expected_sha256: str | None) -> None:
        """Ask where, then write ``data`` (or the stored original, checked against its
        SHA-256) to that one file; a cancelled or failed copy is deleted again."""
        if self.archive is None:
            return  # locked while a question was open
        generation = self._generation
        # Only the last part of the stored name: one from a bundle must not steer the dialog.
        name = PureWindowsPath(name).name or "attachment"
        chosen = self._choose(self.tr("Save a copy"), save_as=name)
        if not chosen or generation != self._generation or self.archive is None:
            return
        archive, target = self.archive, chosen[0]
        sentences = (fill(self.tr("The copy could not be written to “%1”."), target),
                     self.tr("The stored file no longer matches its fingerprint; the copy was "
                             "deleted."))

        def work(task: Task) -> None:
            chunks = iter([data]) if data is not None else archive.attachments.chunks(info.id)
            write_file(target, chunks, task, expected_sha256, *sentences)

        def then(_: Any, error: TirkeuError | None) -> None:
            if isinstance(error, Cancelled):
                return self.runner.says(self.tr("Cancelled. The unfinished copy was deleted."))
            self.runner.close_progress()
            if error is not None:
                return self._tell(str(error))
            self.panel.say(self.tr("Copy saved."))

        self.runner.run(work, then, info.size if data is None else len(data),
                        fill(self.tr("Saving “%1”…"), name))

    def remove(self, attachment_id: str) -> None:
        if (info := self._info(attachment_id)) is None:
            return
        generation = self._generation
        if not self._confirm(fill(self.tr("Remove “%1” from this incident? It is deleted from "
                                          "the vault; copies saved elsewhere stay."),
                                  info.filename), self.tr("Remove")):
            return
        if generation != self._generation or self.archive is None:
            return
        archive = self.archive

        def then(_: Any, error: TirkeuError | None) -> None:
            self._refresh()
            if error is not None:
                self._tell(str(error))

        # Off the GUI thread: with secure_delete, a large file takes a while to zero out.
        self.runner.run(lambda task: archive.attachments.delete(info.id), then, 0, None)

    def _crashed(self, sentence: str) -> None:
        self._refresh()
        self._tell(sentence)

    def _forget_viewer(self, viewer: AttachmentViewer) -> None:
        self.viewers = [v for v in self.viewers if v is not viewer]

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
        dialog = PrivateFileDialog(self.window, title, save_as)
        self._modal = dialog
        try:
            return dialog.pick()
        finally:
            self._modal = None

    def _confirm(self, sentence: str, action: str) -> bool:
        """Ask; True only if the person chose ``action`` (Cancel is the default button,
        so a hurried Enter never hands out hidden data or deletes anything)."""
        return self._ask(sentence, action)

    def _tell(self, sentence: str) -> None:
        self._ask(sentence, None)

    def _ask(self, sentence: str, action: str | None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence,
                          QMessageBox.StandardButton.Ok if action is None
                          else QMessageBox.StandardButton.Cancel, self.window)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole) if action else None
        if go is not None:
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._modal = box
        try:
            box.exec()
            return go is not None and box.clickedButton() is go
        finally:
            self._modal = None
            box.deleteLater()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
