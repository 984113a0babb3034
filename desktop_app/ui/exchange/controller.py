"""Answers the Exchange page from the open archive: export and import run in a worker with
progress and a Cancel that really cancels (the services roll back or delete their .part
file); receipts, purge and conflict resolution go through the same services as the CLI.

Every failure reaches the person as one sentence; nothing here formats an exception.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError
from desktop_app.session import Topic
from desktop_app.storage import exchange_store
from desktop_app.storage.conflicts import Conflict
from desktop_app.storage.incidents import StaleRevision
from desktop_app.sync import chain
from desktop_app.sync.batch_import import FileOutcome, import_files
from desktop_app.sync.export import ExportResult, export_bundle
from desktop_app.sync.outgoing_files import departure_counts
from desktop_app.sync.receipts import SealedReceipt, purge_delivered, seal_receipt_for
from desktop_app.sync.streams import Cancelled as StreamCancelled
from desktop_app.ui.exchange.folder_sync import FolderSync
from desktop_app.ui.exchange.page import ExchangePage, ImportOutcome
from desktop_app.ui.kit import faults
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.tasks import Cancelled as TaskCancelled
from desktop_app.ui.kit.tasks import Task, TaskRunner
from desktop_app.ui.kit.text import fill

BUNDLE_FILTER = "*.tirkeu"

translate = QCoreApplication.translate  # an explicit context, as lupdate reads it


def _cancelled(error: BaseException | None) -> bool:
    return isinstance(error, (StreamCancelled, TaskCancelled))


class ExchangeController(QObject, SessionPage):
    """Owns no data between calls but the conflicts listed.

    An import, a purge or a resolved conflict is told to the session (which incidents, why,
    from whom), so the list, an open editor, the summaries and the status bar follow.
    A purge or a resolution asks the session first: an editor holding an incident with
    unsaved typing may save it."""

    # Its counts read every incident: read when the page is shown (a coordinator starts
    # on it), not at every unlock of a monitor who starts on the list.
    lazy = True

    # The language too: counts and conflict labels are worded afresh by a refresh.
    follows = frozenset({Topic.INCIDENTS, Topic.DELIVERIES, Topic.CONTACTS, Topic.LANGUAGE})

    def __init__(self, page: ExchangePage, parent: Any = None):
        super().__init__(parent)
        self.page = page
        self.runner = TaskRunner(page, self._crashed)
        self._conflicts: list[Conflict] = []
        self._dialog: PrivateFileDialog | None = None
        page.export_requested.connect(self.export)
        page.import_requested.connect(self.import_files)
        page.cancel_requested.connect(self.cancel)
        page.receipt_requested.connect(self.write_receipt)
        page.purge_requested.connect(self.purge)
        page.conflict_selected.connect(self.select_conflict)
        page.resolve_requested.connect(self.resolve)
        page.selection_changed.connect(self.show_departures)
        self.folder_sync = FolderSync(self, page.folder_bar)

    def unlocked(self) -> None:
        self.page.clear()
        self.folder_sync.resume()

    def clear(self) -> None:
        """On lock, before the archive closes: cancel work under way and wait until it no
        longer touches the archive, then forget every name and title shown."""
        if self._dialog is not None:
            self._dialog.reject()
        self.folder_sync.pause()
        self.runner.stop()
        self._conflicts = []
        self.page.clear()

    def refresh(self) -> None:
        """Reload contacts, counts and conflicts (after contacts or incidents changed)."""
        if self.archive is None:
            return
        try:
            self.page.show_contacts(self.archive.contacts.all())
            self.show_departures(self.page.selected_names(), self.page.changed_only.isChecked())
            self._show_delivery()
            self._show_conflicts()
            self.page.show_gaps(chain.gaps(self.archive))
        except TirkeuError as exc:
            # Through the window's one reporter: a damaged archive met by every page as it
            # refreshes is said once, not once per page and refresh.
            faults.report_later(exc)

    def set_language(self, language: str) -> None:
        self.page.set_language(language)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    # --- export --------------------------------------------------------------------------------

    def show_departures(self, names: list[str], since_last: bool) -> None:
        """Before an export: how its files would leave (one query and each file's first
        bytes, so it is said on the spot)."""
        if self.archive is None or not names:
            return self.page.show_departures(None)
        try:
            counts = departure_counts(self.archive, names, since_last=since_last)
        except TirkeuError:
            counts = None  # a contact removed meanwhile: the next refresh says it again
        return self.page.show_departures(counts)

    def export(self, names: list[str], since_last: bool) -> None:
        archive, tr = self.archive, self.page.tr
        if archive is None or self.runner.busy:
            return
        if not names:
            has_contacts = self.page.recipients.count() > 0
            return self.page.show_export_result(
                tr("Tick at least one contact to send the bundle to.") if has_contacts
                else tr("Add a coordinator's card under Contacts first."))
        picked = self._pick(tr("Save the bundle as"), f"tirkeu-{dt.date.today()}.tirkeu")
        if not picked or self.archive is not archive:
            return
        out = Path(picked[0])
        coordinators = {c.name for c in archive.contacts.all() if c.coordinator}
        who = ", ".join(fill(tr("%1 (coordinator)"), n) if n in coordinators else n
                        for n in names)

        def work(task: Task) -> ExportResult:
            return export_bundle(archive, names, out, since_last=since_last,
                                 progress=_reporter(task), cancelled=task.cancel.is_set)

        def then(result: ExportResult | None, error: TirkeuError | None) -> None:
            self.page.working(None)
            if _cancelled(error):
                sentence = tr("Cancelled; no bundle was written.")
            elif error is not None:
                sentence = str(error)
            elif result is None or result.path is None:
                sentence = fill(tr("Nothing new to send to %1 since the last bundle; no file "
                                   "was written."), who)
            else:
                sentence = fill(tr("Sent to %1: %2, %3. Give %4 the file %5."), who,
                                tr("%n incident(s)", "", result.incidents),
                                tr("%n file(s)", "", result.attachments), ", ".join(names),
                                result.path.name)
            self.page.show_export_result(sentence)
            self._show_delivery()
            self.show_departures(names, since_last)

        self._run(tr("Sealing the bundle…"), work, then)

    # --- import and receipts -------------------------------------------------------------------

    def import_files(self) -> None:
        archive, tr = self.archive, self.page.tr
        if archive is None or self.runner.busy:
            return
        picked = self._pick(tr("Choose bundles to import"))
        if not picked or self.archive is not archive:
            return
        files = [Path(p) for p in picked]
        # Sentences are made here, in the GUI thread, and only filled in by the worker.
        said = {"cancelled": tr("cancelled; nothing from it was imported."),
                "skipped": tr("not imported (cancelled before it).")}
        broken = tr("something went wrong (%1); nothing from it was imported.")

        def shown(outcome: FileOutcome) -> ImportOutcome:
            name = outcome.path.name
            if outcome.report is not None:
                return ImportOutcome(name, outcome.report.sentence(), outcome.report)
            if outcome.fault is not None:
                return ImportOutcome(name, fill(broken, outcome.fault))
            return ImportOutcome(name, outcome.refusal or said[outcome.status])

        def work(task: Task) -> list[ImportOutcome]:
            # The same service as `tirkeu import`: each file alone, a refusal stops nothing.
            return [shown(o) for o in import_files(archive, files, progress=_reporter(task),
                                                    cancelled=task.cancel.is_set)]

        def then(outcomes: list[ImportOutcome] | None, error: TirkeuError | None) -> None:
            self.page.working(None)
            self.page.add_outcomes(outcomes or [ImportOutcome("", str(error))])
            senders = {o.report.sender for o in outcomes or [] if o.report is not None}
            if senders:
                # Every page follows, this one included (counts, conflicts).
                self._announce(Topic.INCIDENTS, "imported", ", ".join(sorted(senders)))
                self._announce(Topic.DELIVERIES, "imported", ", ".join(sorted(senders)))

        self._run(tr("Opening %n bundle(s)…", "", len(files)), work, then)

    def write_receipt(self, outcome: ImportOutcome) -> None:
        """A receipt to the sender of ``outcome``, confirming every incident bundle of theirs
        imported in this session (as `tirkeu import --receipt-out` does)."""
        archive, tr = self.archive, self.page.tr
        if archive is None or self.runner.busy or outcome.report is None:
            return
        sender = outcome.report.sender
        reports = [o.report for o in self.page.outcomes_from(sender) if o.report is not None]
        # The default name says nothing about who it is for: file names travel in the clear.
        picked = self._pick(tr("Save the receipt as"), f"tirkeu-receipt-{dt.date.today()}.tirkeu")
        if not picked or self.archive is not archive:
            return
        out = Path(picked[0])

        def then(sealed: SealedReceipt | None, error: TirkeuError | None) -> None:
            self.page.working(None)
            self.page.receipt_written(str(error) if sealed is None else fill(
                tr("Wrote a receipt for %1 confirming %n incident revision(s). Give %1 the "
                   "file %2.", "", sealed.confirmed), sealed.sender, out.name))

        # The same service as `tirkeu import --receipt-out`: one sender, each revision once.
        self._run(tr("Writing the receipt…"),
                  lambda _task: seal_receipt_for(archive, reports, out), then, cancellable=False)

    # --- delivery ------------------------------------------------------------------------------

    def purge(self) -> None:
        archive, tr = self.archive, self.page.tr
        if archive is None or self.runner.busy:
            return
        with archive.database.reading() as conn:
            delivered = len(exchange_store.delivered_incidents(conn))
        if not delivered:
            return self._tell(tr("No incident here has been confirmed by a coordinator yet; "
                                 "there is nothing to purge."))
        answer = QMessageBox.question(self.page, APP_NAME, tr(
            "Delete from this computer the %n incident(s) a coordinator has confirmed "
            "receiving, with their files? Anything not yet confirmed, or changed since, stays.",
            "", delivered))
        if (answer != QMessageBox.StandardButton.Yes or self.archive is not archive
                or self.session is None or not self.session.may_rewrite()):
            return

        def then(count: int | None, error: TirkeuError | None) -> None:
            self.page.working(None)
            self.page.show_export_result(str(error) if error is not None else tr(
                "Purged %n delivered incident(s); anything not yet confirmed stays.", "",
                count or 0))
            self._announce(Topic.INCIDENTS, "purged", archive.author)

        # One transaction: once begun it cannot stop halfway, so no Cancel is offered.
        self._run(tr("Purging delivered incidents…"), lambda _task: purge_delivered(archive),
                  then, cancellable=False)

    # --- conflicts -----------------------------------------------------------------------------

    def select_conflict(self, conflict_id: str) -> None:
        shown = next((c for c in self._conflicts if c.id == conflict_id), None)
        self.page.show_conflict(shown)

    def resolve(self, conflict_id: str, chosen: dict[str, Any]) -> None:
        archive = self.archive
        shown = next((c for c in self._conflicts if c.id == conflict_id), None)
        if archive is None or self.runner.busy or self.session is None or shown is None:
            return
        # The local side as it was shown: taken before the question below, whose answer
        # (saving the editor) may write a newer revision that the choice did not see.
        base = shown.local_revision
        if not self.session.may_rewrite():
            return
        try:
            archive.conflicts.resolve(conflict_id, chosen, archive.author, base_revision=base)
        except StaleRevision as exc:
            self._tell(fill(translate("ExchangePage",
                "This incident was changed here (by %1) after the two versions were shown; "
                "nothing was merged. Compare them again."),
                exc.current.saved_by if exc.current else translate("ExchangePage", "someone")))
            self._show_conflicts()
        except TirkeuError as exc:
            self._tell(str(exc))
            self._show_conflicts()
        else:
            self._announce(Topic.INCIDENTS, "resolved", archive.author)

    # --- inside --------------------------------------------------------------------------------

    def cancel(self) -> None:
        if self.runner.task is not None:
            self.runner.task.cancel.set()

    def _run(self, label: str, work: Callable[[Task], Any],
             then: Callable[[Any, TirkeuError | None], None], cancellable: bool = True) -> None:
        self.page.working(label, cancellable)
        self.runner.run(work, then, 1, None)  # None: the page's own strip, not a dialog
        if self.runner.task is not None:
            # A tick sent before this connection is only a missed step of the bar.
            self.runner.task.relay.progress.connect(self.page.set_progress)

    def _pick(self, title: str, save_as: str | None = None) -> list[str]:
        self._dialog = dialog = PrivateFileDialog(self.page, title, save_as)
        dialog.setNameFilters([
            fill(translate("ExchangePage", "Tirkeu bundles (%1)"), BUNDLE_FILTER),
            translate("ExchangePage", "All files (*)")])
        if save_as is not None:
            dialog.setDefaultSuffix("tirkeu")
        try:
            return dialog.pick()
        finally:
            self._dialog = None

    def _show_delivery(self) -> None:
        if self.archive is None:
            return
        with self.archive.database.reading() as conn:
            undelivered = exchange_store.undelivered_count(conn)
            delivered = len(exchange_store.delivered_incidents(conn))
        self.page.show_delivery(undelivered, delivered)

    def _show_conflicts(self) -> None:
        if self.archive is not None:
            self._conflicts = self.archive.conflicts.open()
            self.page.show_conflicts(self._conflicts)

    def _announce(self, topic: Topic, cause: str, by: str) -> None:
        if self.session is not None and self.archive is not None:
            self.session.session.changed(topic, cause=cause, by=by)

    def _crashed(self, sentence: str) -> None:
        self.page.working(None)
        self._tell(sentence)

    def _tell(self, sentence: str) -> None:
        QMessageBox.warning(self.page, APP_NAME, sentence)


def _reporter(task: Task) -> Callable[[int, int], None]:
    """The services' progress(done, total) in bytes, as the task's steps of the bar."""
    def progress(done: int, total: int) -> None:
        task.total = max(total, 1)
        task.advance(done - task.done)
    return progress
