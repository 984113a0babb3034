"""The window's frame around one session: builds the pages, unlocks, locks, hides.

Each page follows the session on its own (``ui/kit/page.py``); this module only puts them
in the window and answers what belongs to the frame: the unlock dialog, the lock and
panic keys, idle lock, a lock asked for by `tirkeu lock`, the language of Qt's own text,
the order of the navigation for a monitor or a coordinator, focus after every dialog
(``focus.py``), the clipboard at lock (``clipboard.py``) and returning to where the
person was at unlock (``resume.py``). Editing incidents lives in ``ui/incidents/editing.py``.

Lock and hide (Ctrl+Shift+L): the window is hidden — gone from the taskbar and the task
switcher on Linux, Windows and macOS alike — and the unlock dialog comes up minimised,
titled "Tirkeu" and nothing more. A minimised window is the only kind every platform lets a
person bring back with one click; a window kept out of the taskbar as well (a tool window)
could not be found again without starting the program a second time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.core import language as core_language
from desktop_app.core.errors import NotFound
from desktop_app.crypto.vault import vault_exists
from desktop_app.session import Change, Session, Topic
from desktop_app.storage.archive import create_archive, open_archive
from desktop_app.ui.attachments.controller import AttachmentsController
from desktop_app.ui.contacts.controller import ContactsController
from desktop_app.ui.contacts.page import ContactsPage
from desktop_app.ui.exchange.controller import ExchangeController
from desktop_app.ui.exchange.page import ExchangePage
from desktop_app.ui.incidents.editing import EditingController
from desktop_app.ui.incidents.list_controller import IncidentListController
from desktop_app.ui.kit import i18n, style
from desktop_app.ui.kit.text import fill
from desktop_app.ui.people.controller import PeopleController
from desktop_app.ui.people.page import PeoplePage
from desktop_app.ui.settings.controller import SettingsController
from desktop_app.ui.settings.page import SettingsPage
from desktop_app.ui.shell import language_choice, resume
from desktop_app.ui.shell.clipboard import ClipboardGuard
from desktop_app.ui.shell.focus import FocusKeeper
from desktop_app.ui.shell.idle import IdleWatcher
from desktop_app.ui.shell.language_choice import system_language
from desktop_app.ui.shell.lock_request import LockRequestWatcher
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.safety import SafetyFrame
from desktop_app.ui.shell.session_signals import QtSession
from desktop_app.ui.shell.status import DeliveryStatus
from desktop_app.ui.shell.unlock_dialog import VaultDialog
from desktop_app.ui.summaries.page import SummaryPage
from desktop_app.ui.tables.controller import TablesController

if TYPE_CHECKING:
    from desktop_app.core.model import PersonSummary
    from desktop_app.storage.archive import Archive


# The navigation, as each person uses it most: a monitor records and finds; a coordinator
# first opens what arrived and counts.
MONITOR_ORDER = ("incidents", "people", "summaries", "exchange", "contacts", "settings")
COORDINATOR_ORDER = ("exchange", "summaries", "incidents", "people", "contacts", "settings")

translate = QCoreApplication.translate  # an explicit context, as lupdate reads it


class Controller:
    """One window on one vault folder."""

    def __init__(self, folder: Path):
        # Before any widget: the look (palette, focus ring) and English plural forms.
        style.apply()
        i18n.install_plurals()
        self.folder = folder
        # TIRKEU_LANG, else the choice remembered in the data folder, else the system's:
        # installed before any widget, so the unlock dialog already speaks it.
        language, chosen = language_choice.starting(folder, system_language)
        self.session = Session(folder, language)
        self.session.language_chosen = chosen
        self.signals = QtSession(self.session)
        self._speak(language)
        self.window = w = MainWindow(language, self._suggest_people)
        self.dialog: VaultDialog | None = None
        self._unwritten_language: str | None = None  # chosen at first start, kept at unlock
        self.quitting = False
        self._hiding = False
        self._where: resume.WhereYouWere | None = None
        self._first_unlock = True
        # Parented to the window: destroyed with it, on the GUI thread, never by the
        # garbage collector on whatever thread it happens to run.
        self.idle = IdleWatcher(5, w)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.timed_out.connect(self.lock)
        self.idle.lock_key.connect(self.lock)
        self.idle.panic_key.connect(self.panic)
        self.status_timer = QTimer(w, interval=1000)
        self.status_timer.timeout.connect(self._show_idle)
        self.lock_requests = LockRequestWatcher(folder, w)
        self.lock_requests.requested.connect(self.lock)
        w.lock_requested.connect(self.lock)
        w.panic_requested.connect(self.panic)
        self.clipboard = ClipboardGuard(w)
        self.focus = FocusKeeper(w)
        QApplication.instance().installEventFilter(self.focus)

        # The pages, in the order of the navigation; each follows the session itself.
        self.attachments = AttachmentsController(w, w.editor.attachments_box)
        self.incidents = IncidentListController(w.incidents, w)
        self.editing = EditingController(w, self.attachments, w)
        self.people = PeopleController(PeoplePage(language), w)
        self.summaries = SummaryPage(language)
        self.exchange = ExchangeController(ExchangePage(language), w)
        self.contacts = ContactsController(ContactsPage(language), w)
        self.settings = SettingsController(SettingsPage(), w)
        self.delivery = DeliveryStatus(w.state, w)
        self.safety = SafetyFrame(self)  # backups, the reminder, duress, wipe-after, wipe
        self.tables = TablesController(w, w)  # the File menu: spreadsheets, Martus, Uwazi
        w.import_table_requested.connect(self.tables.import_table)
        w.import_martus_requested.connect(self.tables.import_martus)
        self.tables.people_offered.connect(self._show_person_named)
        w.export_table_requested.connect(
            lambda: self.tables.export_shown(w.incidents.current_filter))
        w.add_page("people", lambda: translate("MainWindow", "People"),
                   self.people.page, self.people)
        w.add_page("summaries", lambda: translate("MainWindow", "Summaries"),
                   self.summaries, self.summaries)
        w.add_page("exchange", lambda: translate("MainWindow", "Exchange"),
                   self.exchange.page, self.exchange)
        w.add_page("contacts", lambda: translate("MainWindow", "Contacts"),
                   self.contacts.page, self.contacts)
        w.add_page("settings", lambda: translate("MainWindow", "Settings"),
                   self.settings.page, self.settings, scrolls_down=True)
        self.people.page.open_incident_requested.connect(self._open_from_elsewhere)
        # The frame follows too: before the pages, so the language is installed first.
        self.signals.changed.connect(self._changed)
        for page in (self.incidents, self.editing, self.people, self.summaries,
                     self.exchange, self.contacts, self.settings, self.delivery,
                     self.tables, *self.safety.pages()):
            page.attach(self.signals)
        self.signals.unlocked.connect(self._unlocked)
        self.signals.locked.connect(self._locked)

    @property
    def archive(self) -> Archive | None:
        return self.session.archive

    # Editing, as the window's shortcuts and older callers know it.
    def new_incident(self) -> None:
        self.editing.new_incident()

    def open_incident(self, incident_id: str) -> None:
        self.editing.open_incident(incident_id)

    @property
    def autosave(self) -> QTimer:
        return self.editing.autosave

    @property
    def history_dialog(self):  # type: ignore[no-untyped-def]
        return self.editing.history_dialog

    # --- unlocking and locking --------------------------------------------------------------

    def ask_to_unlock(self, hidden: bool = False, activate: bool = True) -> None:
        """Show the unlock (or create) dialog; ``hidden``: minimised, titled "Tirkeu".
        ``activate``: bring it to the front (not when the person is in another program
        and the vault locked by itself)."""
        previous = self.dialog
        dialog = VaultDialog(self.folder, not vault_exists(self.folder), open_archive,
                             create_archive, hidden=hidden, language=self.session.language)
        if previous is not None and previous is not dialog:
            previous.hide()
            previous.deleteLater()
        self.adopt(dialog)
        if hidden:
            dialog.showMinimized()
        else:
            dialog.show()
            if activate:
                dialog.raise_()
                dialog.activateWindow()

    def adopt(self, dialog: VaultDialog) -> None:
        """Answer ``dialog``: the one ask_to_unlock made, or the first prompt, which
        ui/shell/startup.py shows before this controller exists."""
        self.dialog = dialog
        dialog.opened.connect(self.unlocked)
        dialog.language_chosen.connect(self.choose_language)
        dialog.rejected.connect(self._gave_up)

    def unlocked(self, archive: Archive) -> None:
        """The dialog opened ``archive``: every page shows it, then the window appears."""
        # The vault keeps a language of its own (chosen in an older Tirkeu's Settings, a
        # restored backup's, a duress vault's). It is taken only when this folder remembers
        # no choice and TIRKEU_LANG says none, and then remembered. A choice made in this
        # window must not flip at unlock, and a duress vault answering in another language
        # than the real one would give it away. The system's language, a guess, is never
        # remembered: the window follows the system until a person chooses.
        stored = None if self.session.language_chosen else archive.database.setting("language")
        if stored:  # a choice made before this folder remembered any: remembered now
            self._speak(stored)
            self.session.language = core_language.current()
        self.session.unlocked(archive)
        if stored:
            self.session.language_chosen = True
        if stored or self._unwritten_language:
            language_choice.remember(self.folder, self.session.language)
        self._unwritten_language = None

    def _unlocked(self) -> None:
        w = self.window
        self._arrange_for_role()
        where, self._where = self._where, None
        listed = self._read_list_state()
        if where is None and self._first_unlock:
            w.show_page(COORDINATOR_ORDER[0] if self.session.coordinator else MONITOR_ORDER[0])
        self._first_unlock = False
        if w.isMinimized():
            w.showNormal()
        else:
            w.show()
        w.raise_()
        w.activateWindow()
        if where is not None:
            self._return_to(where, listed)
        if where is None or not resume.focus_again(where):
            self.focus.give_back()
        self.idle.start(self.session.idle_minutes)
        self.lock_requests.watch()
        self.status_timer.start()

    def _return_to(self, where: resume.WhereYouWere, listed: resume.ListState | None) -> None:
        """Back where the person was: the page, the list as filtered, the incident open.
        Unsaved typing came back already, as the editing controller's draft."""
        if listed is not None:
            resume.restore_list(self.window, listed)
        if where.editor_open and not self.window.editor_open:
            if where.incident_id is None:
                self.editing.new_incident()
            elif self._still_there(where.incident_id):  # not deleted while locked
                self.editing.open_incident(where.incident_id)
        if where.page is not None:
            self.window.show_page(where.page)

    def _remember_where(self) -> None:
        archive = self.archive
        if archive is None:
            return
        self._where, listed = resume.capture(self.window, self.window.editor.incident_id)
        if not self.attachments.busy and not self.tables.busy:  # work under way holds the database
            archive.database.set_setting(resume.RESUME_SETTING, listed.to_json())

    def _read_list_state(self) -> resume.ListState | None:
        archive = self.archive
        if archive is None:
            return None
        text = archive.database.setting(resume.RESUME_SETTING) or ""
        if text:
            archive.database.set_setting(resume.RESUME_SETTING, "")
        return resume.ListState.from_json(text) if text else None

    def _still_there(self, incident_id: str) -> bool:
        try:
            return self.archive is not None and bool(self.archive.incidents.get(incident_id))
        except NotFound:
            return False

    def _arrange_for_role(self) -> None:
        self.window.set_order(COORDINATOR_ORDER if self.session.coordinator else MONITOR_ORDER)

    def forget_where(self) -> None:
        """The vault is gone (wiped): the next unlock is a first one, on a new vault."""
        self._where = None
        self._first_unlock = True

    def _gave_up(self) -> None:
        if self.archive is None and not self.quitting:
            QApplication.quit()

    def lock(self) -> None:
        """Every page keeps unsaved typing as a draft, stops its work and forgets what it
        shows; then the archive closes and forgets every key."""
        if self.archive is None:
            return
        self.idle.stop()
        self.status_timer.stop()
        if not self.quitting:
            self._remember_where()
        self.safety.stop()
        _close_open_dialogs()
        self.session.lock()

    def _locked(self) -> None:
        in_front = QApplication.activeWindow() is not None
        self.window.idle.clear()
        self.window.hide()
        # Only what Tirkeu put there: another program's copy is not Tirkeu's to wipe.
        self.clipboard.clear_ours()
        if not self.quitting and not self.safety.wiping:
            self.ask_to_unlock(hidden=self._hiding, activate=in_front)

    def panic(self) -> None:
        """Lock and hide at once: the window out of sight and out of the task switcher,
        nothing left on screen but a minimised unlock dialog titled "Tirkeu"."""
        if self.archive is None:
            if self.dialog is not None:
                self.dialog.hide_away()
            return
        self._hiding = True
        try:
            self.lock()
        finally:
            self._hiding = False

    def shutdown(self) -> None:
        """The application quits: as a lock, without asking to unlock again."""
        self.status_timer.stop()
        self.idle.stop()
        QApplication.instance().removeEventFilter(self.idle)
        QApplication.instance().removeEventFilter(self.focus)
        self.quitting = True
        self._where = None
        self.session.lock()
        # Nothing of the program stays on screen once it quits, a waiting unlock or
        # first-start dialog included.
        _close_open_dialogs()
        if self.dialog is not None:
            self.dialog.close()
        self.window.hide()

    # --- the frame's part in changes ---------------------------------------------------------

    def _changed(self, change: Change) -> None:
        if change.topic is Topic.LANGUAGE:  # chosen in Settings
            self._speak(self.session.language)
            language_choice.remember(self.folder, self.session.language)
        elif change.topic is Topic.IDLE and self.archive is not None:
            self.idle.start(self.session.idle_minutes)
        elif change.topic is Topic.OWNER:
            self._arrange_for_role()

    def _speak(self, language: str) -> None:
        """Qt's catalogue, the core's sentences (errors shown in the window) and the frame,
        in ``language`` from now on; pages relabel themselves from the session."""
        i18n.install(language)
        core_language.use(language)
        if hasattr(self, "window"):
            self.window.retranslate()

    def choose_language(self, language: str) -> None:
        """Chosen on the unlock dialog (locked): remembered, and the dialog asked again in
        it; the pages follow at unlock."""
        self.session.language = language
        self.session.language_chosen = True
        # Before the first start's vault exists the folder must stay empty (a backup is
        # restored only into an empty one): the choice is written once the vault is there.
        if vault_exists(self.folder):
            language_choice.remember(self.folder, language)
        else:
            self._unwritten_language = language
        self._speak(language)
        if self.dialog is not None and self.archive is None:
            self.ask_to_unlock()  # built anew, in the new language

    def _open_from_elsewhere(self, incident_id: str) -> None:
        """A person's page (or any other) asked to open an incident: show it in the editor."""
        self.window.show_page("incidents")
        self.editing.open_incident(incident_id)

    def _show_person_named(self, name: str) -> None:
        """An import offered a name it met twice: the People page, filtered to it."""
        self.window.show_page("people")
        self.people.page.filter.setText(name)
        self.people.filter(name)

    def _suggest_people(self, typed: str) -> list[PersonSummary]:
        return [] if self.archive is None else self.archive.people.suggest(typed)

    def _show_idle(self) -> None:
        seconds = int(self.idle.remaining())
        self.window.idle.setText(fill(translate("MainWindow", "Locks in %1:%2 if idle"),
                                      str(seconds // 60), f"{seconds % 60:02d}"))


def _close_open_dialogs() -> None:
    """Locking closes every question or file dialog, so nothing stays on screen."""
    while (modal := QApplication.activeModalWidget()) is not None:
        modal.close()
        if QApplication.activeModalWidget() is modal:
            break
