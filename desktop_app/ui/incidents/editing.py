"""Editing one incident: new, open, save, history and restore, drafts, and the question
"save your changes?" before the editor is given something else.

The controller remembers the revision the editor's copy was loaded at and saves with it
as the base, so a save can never bring back text that an import, a merge, a resolved
conflict or a purge replaced meanwhile: the repository refuses it (StaleRevision), the
editor is reloaded with what is current, the person is told in one sentence what changed
and by whom, and their typing is kept as a draft to re-apply on top or drop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.describe import describe
from desktop_app.core.errors import InvalidRecord, NotFound, TirkeuError
from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.core.model import new_id
from desktop_app.session import Change, Topic
from desktop_app.storage.incidents import CurrentIncident, StaleRevision
from desktop_app.ui.incidents.history_dialog import HistoryDialog
from desktop_app.ui.incidents.newer_revisions import KeptTyping, NewerRevisions
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.text import fill

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive
    from desktop_app.storage.drafts import Draft
    from desktop_app.ui.attachments.controller import AttachmentsController
    from desktop_app.ui.shell.main_window import MainWindow
    from desktop_app.ui.shell.session_signals import QtSession

AUTOSAVE_MS = 3000


class EditingController(QObject, NewerRevisions, SessionPage):
    """Owns the editor's link to the archive: which incident and revision it shows, the
    draft that keeps unsaved typing, and any typing set aside after a refused save."""

    follows = frozenset({Topic.INCIDENTS, Topic.DISPLAY})

    def __init__(self, window: MainWindow, attachments: AttachmentsController,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.editor = window.editor
        self.attachments = attachments
        self.draft_id = new_id()
        self.base_revision: str | None = None
        self.kept: KeptTyping | None = None
        self.restore_after_unlock = False
        self.history_dialog: HistoryDialog | None = None
        self.autosave = QTimer(window, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        window.incidents.open_requested.connect(self.open_incident)
        window.incidents.new_requested.connect(self.new_incident)
        self.editor.save_requested.connect(self.save_incident)
        self.editor.history_requested.connect(self.show_history)
        self.editor.reapply_requested.connect(self.reapply_kept)
        self.editor.drop_requested.connect(self.drop_kept)

    def attach(self, session: QtSession) -> None:
        session.session.guard(self.may_leave)
        super().attach(session)

    # --- the session ---------------------------------------------------------------------

    def unlocked(self) -> None:
        self._follow_mask()
        self.autosave.start()
        self._offer_drafts()

    def refresh(self) -> None:
        """Nothing to read on its own: the editor shows what was opened."""

    def set_language(self, language: str) -> None:
        self.editor.set_language(language)
        self.attachments.panel.retranslate()

    def clear(self) -> None:
        """Locking: keep unsaved typing as a draft (offered again at unlock), then forget
        the incident shown, its attachments and any open history."""
        self.restore_after_unlock = self.save_draft()
        self.autosave.stop()
        self.attachments.clear()  # cancels a file being added and waits for its rollback
        if self.history_dialog is not None:
            self.history_dialog.close()
            self.history_dialog = None
        self.kept = None
        self.base_revision = None
        self.editor.clear()
        self.window.show_editor(False)

    def changed(self, change: Change) -> None:
        """Names were masked or shown (Settings): the editor follows. Or another part of
        the program (an import, a merge, a conflict resolved, a purge) changed incidents:
        if one of them is in the editor, show what is current now."""
        if change.topic is Topic.DISPLAY:
            return self._follow_mask()
        incident_id = self.editor.incident_id
        archive = self.archive
        if archive is None or not change.concerns(incident_id) or incident_id is None:
            return
        try:
            current = archive.incidents.current(incident_id)
        except NotFound:
            return self._gone(incident_id)
        self._show_revoked(archive, incident_id)  # a key revoked since marks it, unchanged
        if current.revision.revision_id == self.base_revision:
            return  # our own save, or a change elsewhere
        if not self.editor.dirty:
            self._show(current)
            return self.editor.show_notice(self._newer_sentence(current.revision))
        # The person is typing: leave their text alone; the save will offer the choice.
        self.editor.show_notice(fill(self.tr(
            "%1 saved a newer version of this incident while you were typing. Your typing "
            "stays; when you save, you can re-apply it on top of theirs."),
            current.revision.saved_by or self.tr("Someone")))

    def _follow_mask(self) -> None:
        if self.session is not None:
            self.editor.set_masked(self.session.session.masked)

    # --- opening ---------------------------------------------------------------------------

    def new_incident(self) -> None:
        if self.archive is None or not self.may_leave():
            return
        self.draft_id, self.base_revision, self.kept = new_id(), None, None
        self.editor.new_incident()
        self.attachments.show_for(self.archive, None)
        self.window.show_editor()

    def open_incident(self, incident_id: str) -> None:
        archive = self.archive
        if archive is None or not self.may_leave():
            return
        try:
            current = archive.incidents.current(incident_id)
        except TirkeuError as exc:
            return self._tell(str(exc))
        self.draft_id, self.kept = new_id(), None
        self._show(current)
        self.window.show_editor()

    def _show(self, current: CurrentIncident, *, saved: bool = False) -> None:
        """Put ``current`` in the editor as the base of the next save (``saved``: just
        saved from the editor, so focus stays where the person was)."""
        self.base_revision = current.revision.revision_id
        data = incident_to_json(current.incident)
        if saved:
            self.editor.saved(current.incident.id, data)
        else:
            self.editor.load(data, current.incident.id)
        if self.archive is not None:
            self.attachments.show_for(self.archive, current.incident.id)
            self._show_revoked(self.archive, current.incident.id)

    def _show_revoked(self, archive: Archive, incident_id: str) -> None:
        """The band saying that a revoked key brought part of this record, or none."""
        key = archive.revocations.mark(incident_id)
        self.editor.show_revoked("" if key is None else fill(self.tr(
            "From a revoked key: some of this record came in a bundle signed by %1's key, "
            "which you revoked on %2. Check it before relying on it."),
            key.name, key.revoked_on))

    # --- saving ----------------------------------------------------------------------------

    def save_incident(self, form: dict[str, Any]) -> None:
        archive = self.archive
        if archive is None:
            return
        if self.attachments.busy:
            return self.editor.show_problem(self.tr(
                "A file is still being added; save again when it is done."))
        try:
            incident = incident_from_json(form)
        except InvalidRecord as exc:
            return self.editor.show_problem(_sentence(exc.problem), exc.field or "")
        try:
            archive.incidents.save(incident, archive.author, base_revision=self.base_revision)
            current = archive.incidents.current(incident.id)
        except StaleRevision as exc:
            if not self.editor.dirty:  # nothing typed to keep: show what is current
                return self._reload_stale(exc, "")
            return self._refused(exc, form)
        except TirkeuError as exc:
            return self.editor.show_problem(str(exc))
        archive.drafts.discard(self.draft_id)
        self.draft_id, self.kept = new_id(), None
        self._show(current, saved=True)
        self.session_changed([incident.id], "saved")
        self.window.statusBar().showMessage(self.tr("Saved."), 4000)


    # --- history ---------------------------------------------------------------------------

    def show_history(self, incident_id: str) -> None:
        archive = self.archive
        if archive is None:
            return
        repo = archive.incidents
        language = self.session.language if self.session is not None else "en"
        masked = self.session is not None and self.session.session.masked

        def text_of(revision_id: str) -> str:
            return describe(incident_from_json(repo.revision_snapshot(revision_id)),
                            language=language, masked=masked)

        try:
            history = repo.history(incident_id)
        except TirkeuError as exc:
            return self._tell(str(exc))
        focused = QApplication.focusWidget()
        self.history_dialog = HistoryDialog(history, text_of, self.window, masked=masked)
        self.history_dialog.restore_requested.connect(self._restore_revision)
        self.history_dialog.finished.connect(lambda _result: self._back_to_editor(focused))
        self.history_dialog.open()

    def _back_to_editor(self, focused: QWidget | None) -> None:
        """The history closed: typing goes on in the editor, where it was if possible."""
        editor = self.editor
        if not editor.isVisible():
            return
        if not (focused is not None and shiboken6.isValid(focused)
                and editor.isAncestorOf(focused) and focused.isVisible()
                and focused.isEnabled()):
            focused = editor.history_button if editor.history_button.isEnabled() else editor.title
        focused.setFocus()

    def _restore_revision(self, revision_id: str) -> None:
        archive = self.archive
        if archive is None:
            return
        form = self.editor.form_state()
        try:
            incident = archive.incidents.restore(revision_id, archive.author,
                                                 base_revision=self.base_revision)
            current = archive.incidents.current(incident.id)
        except StaleRevision as exc:
            if self.editor.dirty:
                return self._refused(exc, form)
            return self._reload_stale(exc, self.tr(
                "Nothing was restored; open the history again to choose."))
        except TirkeuError as exc:
            return self._tell(str(exc))
        archive.drafts.discard(self.draft_id)
        self.draft_id, self.kept = new_id(), None
        self._show(current)
        self.session_changed([incident.id], "restored")

    # --- drafts ----------------------------------------------------------------------------

    def save_draft(self) -> bool:
        """Keep the editor's unsaved content in the vault; True if there was any."""
        archive = self.archive
        if archive is None or not self.editor.dirty or self.attachments.busy:
            return False  # a file being added holds the database; the next tick saves
        archive.drafts.save(self.draft_id, self.editor.incident_id, self.editor.form_state(),
                            self.base_revision)
        return True

    def _offer_drafts(self) -> None:
        archive = self.archive
        assert archive is not None
        drafts = archive.drafts.all()
        if not drafts:
            return
        draft = drafts[0]
        if not self.restore_after_unlock:
            answer = QMessageBox.question(
                self.window, self.tr("Tirkeu — unsaved draft"),
                fill(self.tr("You have an unsaved draft “%1”. Open it?"),
                     draft.title or self.tr("untitled")))
            if self.archive is None:  # locked while the question was open
                return
            if answer != QMessageBox.StandardButton.Yes:
                for d in drafts:
                    archive.drafts.discard(d.id)
                return
        self.restore_after_unlock = False
        self._resume(draft)

    def _resume(self, draft: Draft) -> None:
        """Back in the editor as it was: the typing, on the revision it was typed on. If
        that revision is no longer current, the same choice as for a refused save."""
        archive = self.archive
        assert archive is not None
        self.draft_id, self.kept = draft.id, None
        current = None
        if draft.incident_id is not None:
            try:
                current = archive.incidents.current(draft.incident_id)
            except NotFound:
                current = None
        stale = draft.incident_id is not None and (
            current is None or current.revision.revision_id != draft.base_revision)
        self.window.show_editor()
        if stale:
            self.base_revision = draft.base_revision
            return self._refused(StaleRevision(
                draft.incident_id or "", current.revision if current else None), draft.form)
        self.base_revision = current.revision.revision_id if current else None
        self.editor.load(draft.form, draft.incident_id)
        self.attachments.show_for(archive, draft.incident_id)
        self.editor.dirty = True

    def may_leave(self) -> bool:
        """May the editor be given something else (or its incident be rewritten)? Asks to
        save unsaved changes first; False if the person cancels or the save failed."""
        if not self.editor.dirty:
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Tirkeu — unsaved changes"),
            self.tr("Save the changes to the incident you are editing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        archive = self.archive
        if archive is None:  # locked while the question was open
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.editor.request_save()
            return not self.editor.dirty
        if answer == QMessageBox.StandardButton.Discard:
            archive.drafts.discard(self.draft_id)
            self.kept = None
            self.editor.dirty = False
            return True
        return False

    # --- inside ----------------------------------------------------------------------------

    def session_changed(self, ids: list[str], cause: str) -> None:
        if self.session is not None and self.archive is not None:
            self.session.session.changed(Topic.INCIDENTS, ids, cause=cause,
                                         by=self.archive.author)

    def _tell(self, sentence: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, sentence)


def _sentence(problem: str) -> str:
    text = problem[:1].upper() + problem[1:]
    return text if text.endswith(".") else text + "."
