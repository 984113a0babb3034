"""The controller that owns the open archive (ui/startup.py starts the window).

Widgets never see the database: the controller hands them plain data and answers their
intents (open, save, lock…) through the same services the CLI uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME
from desktop_app.core.describe import describe
from desktop_app.core.errors import InvalidRecord, TirkeuError
from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.core.model import new_id
from desktop_app.crypto.vault import vault_exists
from desktop_app.storage.archive import create_archive, open_archive
from desktop_app.ui.incidents.history_dialog import HistoryDialog
from desktop_app.ui.shell.idle import IdleWatcher
from desktop_app.ui.shell.lock_request import LockRequestWatcher
from desktop_app.ui.kit import i18n
from desktop_app.ui.attachments.controller import AttachmentsController
from desktop_app.ui.contacts.controller import ContactsController
from desktop_app.ui.contacts.page import ContactsPage
from desktop_app.ui.exchange.controller import ExchangeController
from desktop_app.ui.exchange.page import ExchangePage
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.people.controller import PeopleController
from desktop_app.ui.people.page import PeoplePage
from desktop_app.ui.settings.page import SettingsPage
from desktop_app.ui.summaries.page import SummaryPage
from desktop_app.ui.shell.unlock_dialog import VaultDialog

AUTOSAVE_MS = 3000
LANGUAGE_SETTING = "language"
IDLE_SETTING = "idle_minutes"
MASK_SETTING = "mask_names"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in ("en", "ru", "kk") else "en"


class Controller:
    def __init__(self, folder: Path):
        self.folder = folder
        self.archive: Any = None
        self.language = system_language()
        self.window = MainWindow(self.language, self._suggest_people)
        self.attachments = AttachmentsController(self.window, self.window.editor.attachments_box)
        self.dialog: VaultDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.draft_id = new_id()
        self.restore_after_unlock = False
        # Parented to the window: destroyed with it, on the GUI thread, never by the
        # garbage collector on whatever thread it happens to run.
        self.idle = IdleWatcher(5, self.window)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.timed_out.connect(self.lock)
        self.idle.lock_key.connect(self.lock)
        self.idle.panic_key.connect(self.panic)
        self.autosave = QTimer(self.window, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.status_timer = QTimer(self.window, interval=1000)
        self.status_timer.timeout.connect(self._show_idle)
        self.lock_requests = LockRequestWatcher(folder, self.window)
        self.lock_requests.requested.connect(self.lock)

        w = self.window
        self.people = PeopleController(PeoplePage(self.language), may_change=self._may_leave_editor)
        w.add_page("people", w.tr("People"), self.people.page)
        self.people.page.open_incident_requested.connect(self._open_from_elsewhere)
        self.people_stale = True
        w.nav.currentRowChanged.connect(self._page_shown)
        self.people.incidents_changed.connect(self._incidents_changed_elsewhere)
        self.summaries = SummaryPage(self.language)
        w.add_page("summaries", w.tr("Summaries"), self.summaries)
        self.exchange = ExchangeController(ExchangePage(self.language), self._may_leave_editor)
        w.add_page("exchange", w.tr("Exchange"), self.exchange.page)
        self.contacts = ContactsController(ContactsPage(self.language))
        w.add_page("contacts", w.tr("Contacts"), self.contacts.page)
        self.contacts.contacts_changed.connect(self.exchange.refresh)
        self.exchange.incidents_changed.connect(w.incidents.refresh)
        self.exchange.incidents_changed.connect(self.summaries.refresh)
        self.exchange.incidents_changed.connect(self._people_changed)
        self.exchange.undelivered_changed.connect(self._undelivered_changed)
        self.settings = SettingsPage()
        w.add_page("settings", w.tr("Settings"), self.settings)
        self.settings.language_changed.connect(self.set_language)
        self.settings.idle_minutes_changed.connect(self.set_idle_minutes)
        self.settings.mask_names_changed.connect(self.set_masked)
        w.lock_requested.connect(self.lock)
        w.panic_requested.connect(self.panic)
        w.incidents.open_requested.connect(self.open_incident)
        w.incidents.new_requested.connect(self.new_incident)
        w.editor.save_requested.connect(self.save_incident)
        w.editor.history_requested.connect(self.show_history)

    # --- unlocking and locking --------------------------------------------------------------

    def ask_to_unlock(self, hidden: bool = False) -> None:
        self.dialog = VaultDialog(self.folder, not vault_exists(self.folder),
                                  open_archive, create_archive)
        self.dialog.opened.connect(self.unlocked)
        self.dialog.rejected.connect(self._gave_up)
        if hidden:
            self.dialog.showMinimized()
        else:
            self.dialog.show()

    def unlocked(self, archive: Any) -> None:
        self.archive = archive
        language = archive.database.setting(LANGUAGE_SETTING) or self.language
        idle_minutes = int(archive.database.setting(IDLE_SETTING) or 5)
        masked = archive.database.setting(MASK_SETTING) == "1"
        self._apply_language(language)
        self.settings.show_values(language, idle_minutes, masked, str(self.folder))
        w = self.window
        w.incidents.attach(archive.listing)
        # The People list (every person) is read when that page is first opened, so a
        # large archive is usable the moment it is unlocked.
        self.people_stale = True
        if self.window.current_page() is self.people.page:
            self._page_shown()
        self.people.page.set_masked(masked)
        self.summaries.attach(archive)
        self.exchange.attach(archive)
        self.contacts.attach(archive)
        self.show_delivery_state()
        w.show()
        self.idle.start(idle_minutes)
        self.lock_requests.watch()
        self.autosave.start()
        self.status_timer.start()
        self._offer_drafts()

    def _gave_up(self) -> None:
        if self.archive is None:
            QApplication.quit()

    def lock(self) -> None:
        """Keep any unsaved typing as a draft, then forget every key and every shown record."""
        if self.archive is None:
            return
        self.restore_after_unlock = self.save_draft()
        self.autosave.stop()
        self.idle.stop()
        self.status_timer.stop()
        _close_open_dialogs()
        w = self.window
        # Cancels an attachment being added (or a bundle being sealed or opened) and waits
        # for its rollback, before closing.
        self.attachments.clear()
        self.people.clear()
        self.summaries.clear()
        self.exchange.clear()
        self.contacts.clear()
        w.editor.clear()
        w.show_editor(False)
        w.incidents.clear()
        w.state.setText(w.tr("Locked"))
        w.idle.clear()
        w.hide()
        archive, self.archive = self.archive, None
        archive.close()
        QApplication.clipboard().clear()
        self.ask_to_unlock()

    def panic(self) -> None:
        """Lock at once and show nothing but a minimised unlock dialog."""
        self.lock()
        if self.dialog is not None:
            self.dialog.showMinimized()

    def shutdown(self) -> None:
        self.autosave.stop()
        self.status_timer.stop()
        self.idle.stop()
        QApplication.instance().removeEventFilter(self.idle)
        if self.archive is not None:
            self.save_draft()
            self.attachments.clear()
            self.people.clear()
            self.summaries.clear()
            self.exchange.clear()
            self.contacts.clear()
            self.window.editor.clear()
            self.archive.close()
            self.archive = None

    # --- settings ----------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if self.archive is not None:
            self.archive.database.set_setting(LANGUAGE_SETTING, language)
        self._apply_language(language)

    def _apply_language(self, language: str) -> None:
        """Vocabulary labels change at once; translated widget text from the next unlock."""
        self.language = language
        i18n.install(language)
        self.window.incidents.set_language(language)
        self.window.editor.set_language(language)
        self.people.page.set_language(language)
        self.summaries.set_language(language)
        self.exchange.set_language(language)
        self.contacts.set_language(language)

    def set_idle_minutes(self, minutes: int) -> None:
        if self.archive is not None:
            self.archive.database.set_setting(IDLE_SETTING, str(minutes))
            self.idle.start(minutes)

    def set_masked(self, masked: bool) -> None:
        self.people.page.set_masked(masked)
        if self.archive is not None:
            self.archive.database.set_setting(MASK_SETTING, "1" if masked else "0")

    # --- incidents ---------------------------------------------------------------------------

    def new_incident(self) -> None:
        if self.archive is None or not self._may_leave_editor():
            return
        self.draft_id = new_id()
        self.window.editor.new_incident()
        self.attachments.show_for(self.archive, None)
        self.window.show_editor()

    def open_incident(self, incident_id: str) -> None:
        if self.archive is None or not self._may_leave_editor():
            return
        try:
            incident = self.archive.incidents.get(incident_id)
        except TirkeuError as exc:
            return self._tell(str(exc))
        self.draft_id = new_id()
        self.window.editor.load(incident_to_json(incident), incident_id)
        self.attachments.show_for(self.archive, incident_id)
        self.window.show_editor()

    def _people_changed(self) -> None:
        """Reload the People page now if it is shown, else when it is next opened."""
        self.people_stale = True
        self._page_shown()

    def _page_shown(self, *_: object) -> None:
        if (self.archive is not None and self.people_stale
                and self.window.current_page() is self.people.page):
            self.people_stale = False
            self.people.attach(self.archive)

    def _incidents_changed_elsewhere(self) -> None:
        """A merge revised incidents: reload the list, and the editor if it shows one of
        them unchanged (saving a stale copy would bring the merged record back)."""
        self.window.incidents.refresh()
        self.summaries.refresh()
        editor = self.window.editor
        if self.archive is not None and editor.incident_id and not editor.dirty:
            try:
                incident = self.archive.incidents.get(editor.incident_id)
            except TirkeuError:
                return
            editor.load(incident_to_json(incident), incident.id)

    def _open_from_elsewhere(self, incident_id: str) -> None:
        """A person's page (or any other) asked to open an incident: show it in the editor."""
        self.window.show_page("incidents")
        self.open_incident(incident_id)

    def save_incident(self, form: dict[str, Any]) -> None:
        if self.archive is None:
            return
        if self.attachments.busy:
            return self.window.editor.show_problem(self.window.tr(
                "A file is still being added; save again when it is done."))
        try:
            incident = incident_from_json(form)
        except InvalidRecord as exc:
            path, _, problem = exc.problem.partition(":")
            if not problem:  # "title is required" and the like
                path, problem = exc.problem.split(" ")[0], exc.problem
            return self.window.editor.show_problem(_sentence(exc.problem), path.strip())
        try:
            self.archive.incidents.save(incident, self.archive.author)
        except TirkeuError as exc:
            return self.window.editor.show_problem(str(exc))
        self.archive.drafts.discard(self.draft_id)
        self.window.editor.saved(incident.id, incident_to_json(incident))
        self.attachments.show_for(self.archive, incident.id)
        self.window.incidents.refresh()
        self.summaries.refresh()
        self._people_changed()
        self.show_delivery_state()
        self.window.statusBar().showMessage(self.window.tr("Saved."), 4000)

    def show_history(self, incident_id: str) -> None:
        if self.archive is None:
            return
        repo = self.archive.incidents

        def text_of(revision_id: str) -> str:
            return describe(incident_from_json(repo.revision_snapshot(revision_id)),
                            language=self.language)

        self.history_dialog = HistoryDialog(repo.history(incident_id), text_of, self.window)
        self.history_dialog.restore_requested.connect(self._restore_revision)
        self.history_dialog.open()

    def _restore_revision(self, revision_id: str) -> None:
        incident = self.archive.incidents.restore(revision_id, self.archive.author)
        self.window.editor.load(incident_to_json(incident), incident.id)
        self.attachments.show_for(self.archive, incident.id)
        self.window.incidents.refresh()

    # --- drafts ------------------------------------------------------------------------------

    def save_draft(self) -> bool:
        """Keep the editor's unsaved content in the vault; True if there was any."""
        editor = self.window.editor
        if self.archive is None or not editor.dirty or self.attachments.busy:
            return False  # a file being added holds the database; the next tick saves
        self.archive.drafts.save(self.draft_id, editor.incident_id, editor.form_state())
        return True

    def _offer_drafts(self) -> None:
        drafts = self.archive.drafts.all()
        if not drafts:
            return
        draft = drafts[0]
        if not self.restore_after_unlock:
            answer = QMessageBox.question(
                self.window, self.window.tr("Tirkeu — unsaved draft"),
                self.window.tr("You have an unsaved draft “%1”. Open it?").replace(
                    "%1", draft.title or self.window.tr("untitled")))
            if self.archive is None:  # locked while the question was open
                return
            if answer != QMessageBox.StandardButton.Yes:
                for d in drafts:
                    self.archive.drafts.discard(d.id)
                return
        self.restore_after_unlock = False
        self.draft_id = draft.id
        self.window.editor.load(draft.form, draft.incident_id)
        self.attachments.show_for(self.archive, draft.incident_id)
        self.window.editor.dirty = True
        self.window.show_editor()

    def _may_leave_editor(self) -> bool:
        editor = self.window.editor
        if not editor.dirty:
            return True
        answer = QMessageBox.question(
            self.window, self.window.tr("Tirkeu — unsaved changes"),
            self.window.tr("Save the changes to the incident you are editing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if self.archive is None:  # locked while the question was open
            return False
        if answer == QMessageBox.StandardButton.Save:
            editor.request_save()
            return not editor.dirty
        if answer == QMessageBox.StandardButton.Discard:
            self.archive.drafts.discard(self.draft_id)
            editor.dirty = False
            return True
        return False

    # --- helpers for widgets -----------------------------------------------------------------

    def _suggest_people(self, typed: str) -> list[Any]:
        return [] if self.archive is None else self.archive.people.suggest(typed)

    def _undelivered_changed(self, _count: int) -> None:
        self.show_delivery_state()

    def show_delivery_state(self) -> None:
        """Status bar: how much work has not yet reached a coordinator."""
        if self.archive is None:
            return
        waiting = self.archive.undelivered_count()
        self.window.state.setText(
            self.window.tr("Unlocked · %1 incidents not yet confirmed by a coordinator")
            .replace("%1", f"{waiting:,}") if waiting else
            self.window.tr("Unlocked · everything confirmed by a coordinator"))

    def _show_idle(self) -> None:
        seconds = int(self.idle.remaining())
        self.window.idle.setText(self.window.tr("Locks in %1:%2 if idle").replace(
            "%1", str(seconds // 60)).replace("%2", f"{seconds % 60:02d}"))

    def _tell(self, sentence: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, sentence)


def _close_open_dialogs() -> None:
    """Locking closes every question or file dialog, so nothing stays on screen."""
    while (modal := QApplication.activeModalWidget()) is not None:
        modal.close()
        if QApplication.activeModalWidget() is modal:
            break


def _sentence(problem: str) -> str:
    text = problem[:1].upper() + problem[1:]
    return text if text.endswith(".") else text + "."
