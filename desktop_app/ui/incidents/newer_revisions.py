"""When a newer revision takes the place of the copy in the editor.

An import, a merge, a resolved conflict or a purge may write a newer revision of the
incident being edited (or remove it) — heard by the window, or done from a terminal.
The editor is then reloaded with what is current and the person is told in one sentence
what changed and by whom; what they had typed is kept as a draft, to re-apply on top of
the newer revision (only the fields they changed are theirs) or to drop.

``NewerRevisions`` is mixed into EditingController, whose state it shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import NotFound, TirkeuError
from desktop_app.core.model import RevisionInfo, new_id
from desktop_app.storage.incidents import CurrentIncident, StaleRevision
from desktop_app.sync.field_merge import reapplied
from desktop_app.ui.incidents.history_dialog import FIELD_LABELS
from desktop_app.ui.kit.text import fill, local_time

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive
    from desktop_app.ui.incidents.editor.editor import IncidentEditor
    from desktop_app.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class KeptTyping:
    """What the person had typed when a newer revision took its place: their form, the
    revision it was typed on (None: unknown), and the draft that keeps it in the vault."""

    form: dict[str, Any]
    base_revision: str | None
    draft_id: str
    incident_id: str | None



class NewerRevisions:
    """The editor's side of "no stale save": refused saves, re-apply and drop."""

    # Provided by EditingController (declared for type checking only: at run time these
    # must not shadow the real ones further along the method resolution order).
    editor: IncidentEditor
    window: MainWindow
    draft_id: str
    base_revision: str | None
    kept: KeptTyping | None

    if TYPE_CHECKING:
        @property
        def archive(self) -> Archive | None: ...

        def tr(self, text: str) -> str: ...

        def _show(self, current: CurrentIncident) -> None: ...

        def session_changed(self, ids: list[str], cause: str) -> None: ...

        def save_draft(self) -> bool: ...

    def _refused(self, stale: StaleRevision, form: dict[str, Any]) -> None:
        """The save was based on a revision that is no longer current: keep the typing as
        a draft, show what is current, and offer to re-apply or drop the typing."""
        archive = self.archive
        assert archive is not None
        incident_id = stale.incident_id
        archive.drafts.save(self.draft_id, incident_id, form, self.base_revision)
        self.kept = KeptTyping(form, self.base_revision, self.draft_id, incident_id)
        if stale.current is None:
            self.editor.load(form, None)
            self.editor.dirty = True
            self.base_revision = None
            self.session_changed([incident_id], "noticed")
            return self.editor.show_notice(self.tr(
                "This incident was removed from this computer (deleted, or purged after a "
                "coordinator confirmed it) after you opened it; nothing was saved. Your "
                "changes are kept: re-apply them to save them as a new incident, or drop "
                "them."), offer_choice=True)
        try:
            current = archive.incidents.current(incident_id)
        except TirkeuError as exc:
            return self.editor.show_problem(str(exc))
        self._show(current)
        self.session_changed([incident_id], "noticed")  # the list may show it as it was
        self.editor.show_notice(
            self._newer_sentence(current.revision) + " " + self.tr(
                "Your changes were not saved over it; they are kept. Re-apply them on top, "
                "or drop them."), offer_choice=True)

    def _newer_sentence(self, revision: RevisionInfo) -> str:
        # Worded as the history dialog words them (its translations).
        changed = ", ".join(QCoreApplication.translate("HistoryDialog", FIELD_LABELS.get(f, f))
                            for f in revision.changed)
        who = revision.saved_by or self.tr("Someone")
        when = local_time(revision.saved_at)
        if changed:
            return fill(self.tr("%1 saved a newer version of this incident on %2 (changed: "
                                "%3); it is shown now."), who, when, changed)
        return fill(self.tr("%1 saved a newer version of this incident on %2; it is shown "
                            "now."), who, when)

    def reapply_kept(self) -> None:
        """Put the kept typing back on top of what is current: the fields the person
        changed from the revision they typed on are theirs, every other field stays as
        it is now. Nothing is saved until they press Save."""
        kept, archive = self.kept, self.archive
        if kept is None or archive is None:
            return
        current = self.editor.form_state() if self.editor.incident_id else {}
        form = reapplied(current, kept.form, _base_snapshot(archive, kept.base_revision))
        incident_id = self.editor.incident_id
        self.editor.load(form, incident_id)
        self.editor.dirty = True
        self.draft_id = kept.draft_id
        self.kept = None
        self.save_draft()
        self.editor.show_notice(self.tr(
            "Your changes are back on top of the newer version; check them and save."))

    def drop_kept(self) -> None:
        kept, archive = self.kept, self.archive
        if kept is None or archive is None:
            return
        archive.drafts.discard(kept.draft_id)
        self.kept = None
        self.draft_id = new_id()
        if self.editor.incident_id is None and self.base_revision is None:
            # The incident is gone: nothing is left to show.
            self.editor.clear()
            self.window.show_editor(False)
        else:
            self.editor.dirty = False
        self.editor.show_notice(self.tr("Your changes were dropped."))

    def _gone(self, incident_id: str) -> None:
        """The incident shown was deleted or purged."""
        if self.editor.dirty:
            return self.editor.show_notice(self.tr(
                "This incident was removed from this computer while you were typing. Your "
                "typing stays; when you save, you can keep it as a new incident."))
        self.base_revision = None
        self.editor.clear()
        self.window.show_editor(False)
        self.window.statusBar().showMessage(self.tr(
            "The incident that was open was removed from this computer."), 8000)
        self.session_changed([incident_id], "noticed")

    def _reload_stale(self, stale: StaleRevision, then: str) -> None:
        """Nothing was typed: show what is current, say who changed it, and ``then``."""
        if stale.current is None:
            return self._gone(stale.incident_id)
        archive = self.archive
        if archive is not None:
            self._show(archive.incidents.current(stale.incident_id))
            self.session_changed([stale.incident_id], "noticed")
            self.editor.show_notice(" ".join(
                s for s in (self._newer_sentence(stale.current), then) if s))


def _base_snapshot(archive: Archive, revision_id: str | None) -> dict[str, Any] | None:
    """The incident as it was at ``revision_id`` (None if unknown or gone)."""
    if revision_id is None:
        return None
    try:
        return archive.incidents.revision_snapshot(revision_id)
    except NotFound:
        return None
