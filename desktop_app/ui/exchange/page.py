"""The Exchange section: send a bundle to contacts, open bundles that arrived, answer with
a receipt, resolve conflicts, and purge what a coordinator has confirmed.

The page holds plain data (Contact, Conflict, ImportOutcome) and emits intents;
ExchangeController answers them, the slow ones in a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.conflicts import Conflict
from desktop_app.storage.contacts import Contact
from desktop_app.sync.outgoing_files import DepartureCounts
from desktop_app.sync.report import ImportReport
from desktop_app.ui.exchange.conflict_panel import ConflictPanel
from desktop_app.ui.exchange.folder_bar import FolderSyncBar
from desktop_app.ui.kit.text import fill

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class ImportOutcome:
    """One file of an import: its sentence, and the report when it was accepted."""

    file_name: str
    sentence: str
    report: ImportReport | None = None

    @property
    def receipt_possible(self) -> bool:
        r = self.report
        return r is not None and r.kind == "incidents" and not r.already_imported and bool(r.items)


class ExchangePage(QWidget):
    """Three tabs (Send, Receive, Conflicts) above one progress strip with a Cancel."""

    export_requested = Signal(list, bool)   # contact names, only what changed since the last
    import_requested = Signal()
    cancel_requested = Signal()
    receipt_requested = Signal(object)      # the ImportOutcome to answer
    purge_requested = Signal()
    conflict_selected = Signal(str)
    resolve_requested = Signal(str, dict)   # conflict id, the chosen interchange dict
    selection_changed = Signal(list, bool)  # the recipients or the scope changed

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self._outcomes: list[ImportOutcome] = []
        self._contacts: list[Contact] = []
        self._delivered = 0
        self._open_conflicts = 0
        self.tabs = QTabWidget(objectName="exchange_tabs")
        # A shared folder (Syncthing, Nextcloud, a stick): above the tabs, as it sends and
        # receives at once.
        self.folder_bar = FolderSyncBar()

        send = QWidget()
        send_layout = QVBoxLayout(send)
        self.recipients_label = QLabel()
        self.recipients = QListWidget(objectName="recipients")
        self.recipients_label.setBuddy(self.recipients)
        self.changed_only = QRadioButton(objectName="since_last")
        self.everything = QRadioButton(objectName="everything")
        self.changed_only.setChecked(True)
        self._scope = QButtonGroup(self)  # its own group: conflict radios live elsewhere
        self._scope.addButton(self.changed_only)
        self._scope.addButton(self.everything)
        # How the files of the next export leave (photos without their hidden data...).
        self.departures = QLabel(objectName="export_files", wordWrap=True)
        self.export_button = QPushButton(objectName="export")
        self.export_result = QLabel(objectName="export_result", wordWrap=True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undelivered = QLabel(objectName="undelivered", wordWrap=True)
        self.purge_button = QPushButton(objectName="purge")
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.undelivered, 1)
        purge_row.addWidget(self.purge_button)
        for widget in (self.recipients_label, self.recipients, self.changed_only, self.everything):
            send_layout.addWidget(widget, 1 if widget is self.recipients else 0)
        send_layout.addWidget(self.departures)
        send_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        send_layout.addWidget(self.export_result)
        send_layout.addLayout(purge_row)

        receive = QWidget()
        receive_layout = QVBoxLayout(receive)
        self.import_button = QPushButton(objectName="import")
        self.results_label = QLabel()
        self.results = QListWidget(objectName="import_results")
        self.results.setWordWrap(True)
        self.results_label.setBuddy(self.results)
        self.receipt_button = QPushButton(objectName="receipt", enabled=False)
        # Bundles missing from a sender's chain, until they arrive (one line per sender).
        self.chain_gaps = QLabel(objectName="chain_gaps", wordWrap=True, visible=False)
        self.chain_gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_gaps.setTextFormat(Qt.TextFormat.PlainText)
        receive_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        receive_layout.addWidget(self.chain_gaps)
        receive_layout.addWidget(self.results_label)
        receive_layout.addWidget(self.results, 1)
        receive_layout.addWidget(self.receipt_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.conflicts = ConflictPanel(language)
        self.tabs.addTab(send, "")
        self.tabs.addTab(receive, "")
        self.tabs.addTab(self.conflicts, "")

        self.progress_label = QLabel(objectName="progress_label")
        self.progress = QProgressBar(objectName="progress", minimum=0, maximum=1000)
        self.cancel_button = QPushButton(objectName="cancel")
        strip = QHBoxLayout()
        for widget in (self.progress_label, self.progress, self.cancel_button):
            strip.addWidget(widget, 1 if widget is self.progress else 0)
        self._strip = [self.progress_label, self.progress, self.cancel_button]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(strip)

        self.export_button.clicked.connect(self._export)
        self.recipients.itemChanged.connect(lambda *_: self._selection_changed())
        self.changed_only.toggled.connect(lambda *_: self._selection_changed())
        self.import_button.clicked.connect(self.import_requested)
        self.cancel_button.clicked.connect(self._cancel)
        self.receipt_button.clicked.connect(self._receipt)
        self.purge_button.clicked.connect(self.purge_requested)
        self.results.currentRowChanged.connect(self._result_chosen)
        self.conflicts.conflict_selected.connect(self.conflict_selected)
        self.conflicts.resolve_requested.connect(self.resolve_requested)
        self.retranslate()
        self.working(None)

    # --- what the controller calls -------------------------------------------------------------

    def show_contacts(self, contacts: list[Contact]) -> None:
        """Offer these contacts as recipients; coordinators come ticked (and keep any tick the
        person changed, by name, while the list is refreshed)."""
        ticked = {self.recipients.item(i).data(NAME_ROLE): self.recipients.item(i).checkState()
                  for i in range(self.recipients.count())}
        self._contacts = list(contacts)
        self.recipients.clear()
        for contact in contacts:
            item = QListWidgetItem(self._contact_text(contact))
            item.setData(NAME_ROLE, contact.name)
            if contact.revoked:  # shown, so its absence is not a mystery, but never ticked
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.recipients.addItem(item)
                continue
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            default = Qt.CheckState.Checked if contact.coordinator else Qt.CheckState.Unchecked
            item.setCheckState(ticked.get(contact.name, default))
            self.recipients.addItem(item)
        if contacts:
            self.recipients.setCurrentRow(0)

    def show_delivery(self, undelivered: int, delivered: int) -> None:
        self.undelivered.setText(self.tr(
            "%n incident(s) here not yet confirmed by a coordinator.", "", undelivered))
        self._delivered = delivered
        self.purge_button.setEnabled(delivered > 0 and not self.progress.isVisibleTo(self))

    def show_gaps(self, sentences: list[str]) -> None:
        """Name the bundles that have not arrived (core sentences, one per sender)."""
        self.chain_gaps.setText("\n".join(sentences))
        self.chain_gaps.setVisible(bool(sentences))

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.conflicts.show_conflicts(conflicts)
        self._open_conflicts = len(conflicts)
        self._name_conflicts_tab()

    def show_conflict(self, conflict: Conflict | None) -> None:
        self.conflicts.show_conflict(conflict)

    def show_departures(self, counts: DepartureCounts | None) -> None:
        """Say how the files of the next export leave ("2 photos go without their hidden
        data; 1 original is sent as chosen"); nothing when it carries no file."""
        if counts is None or not counts.total:
            self.departures.clear()
            return self.departures.setVisible(False)
        # English verbs and pronouns follow the count too, so one and many are two sources
        # (the many with %n, for languages with more plural forms).
        tr = self.tr
        parts = []
        if n := counts.photos_rebuilt:
            parts.append(tr("1 photo goes without its hidden data") if n == 1 else
                         tr("%n photos go without their hidden data", "", n))
        if n := counts.originals_chosen:
            parts.append(tr("1 original is sent as chosen") if n == 1 else
                         tr("%n originals are sent as chosen", "", n))
        if n := counts.files_as_stored:
            parts.append(tr("1 other file goes as it is, with its metadata (author, software)")
                         if n == 1 else tr("%n other files go as they are, with their metadata "
                                           "(author, software)", "", n))
        self.departures.setText(fill(tr("%1."), "; ".join(parts)))
        return self.departures.setVisible(True)

    def selected_names(self) -> list[str]:
        return [self.recipients.item(i).data(NAME_ROLE) for i in range(self.recipients.count())
                if self.recipients.item(i).checkState() == Qt.CheckState.Checked]

    def show_export_result(self, sentence: str) -> None:
        self.export_result.setText(sentence)

    def add_outcomes(self, outcomes: list[ImportOutcome]) -> None:
        """Add one line per file to the results; the last one a receipt can answer is chosen."""
        for outcome in outcomes:
            self._outcomes.append(outcome)
            self.results.addItem(f"{outcome.file_name}: {outcome.sentence}" if outcome.file_name
                                 else outcome.sentence)
        answerable = [i for i, o in enumerate(self._outcomes) if o.receipt_possible]
        if answerable:
            self.results.setCurrentRow(answerable[-1])
        self._result_chosen(self.results.currentRow())

    def receipt_written(self, sentence: str) -> None:
        self.results.addItem(sentence)
        self._outcomes.append(ImportOutcome("", sentence))

    def outcomes_from(self, sender: str) -> list[ImportOutcome]:
        return [o for o in self._outcomes if o.receipt_possible and o.report
                and o.report.sender == sender]

    def working(self, label: str | None, cancellable: bool = True) -> None:
        """Show the progress strip with ``label``, or hide it (None) when the work is over.
        While busy, every button that would start more work is off."""
        for widget in self._strip:
            widget.setVisible(label is not None)
        if label is not None:
            self.progress_label.setText(label)
            self.progress.setValue(0)
            self.cancel_button.setVisible(cancellable)
            self.cancel_button.setEnabled(cancellable)
            if cancellable:
                self.cancel_button.setFocus()  # so Space cancels at once
        for button in (self.export_button, self.import_button):
            button.setEnabled(label is None)
        self.purge_button.setEnabled(label is None and self._delivered > 0)
        self.conflicts.setEnabled(label is None)
        if label is None:
            self._result_chosen(self.results.currentRow())
        else:
            self.receipt_button.setEnabled(False)

    def set_progress(self, permille: int) -> None:
        self.progress.setValue(permille)

    def clear(self) -> None:
        """Forget every name, result and conflict shown (on lock)."""
        self._outcomes, self._contacts = [], []
        self.recipients.clear()
        self.results.clear()
        self.export_result.clear()
        self.show_gaps([])
        self.show_departures(None)
        self.undelivered.clear()
        self._delivered = 0
        self.conflicts.clear()
        self.folder_bar.clear()
        self._open_conflicts = 0
        self._name_conflicts_tab()
        self.working(None)

    def set_language(self, language: str) -> None:
        self.conflicts.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        # Alt+S, Alt+R, Alt+O reach the tabs from anywhere on the page.
        self.tabs.setTabText(0, self.tr("&Send"))
        self.tabs.setTabText(1, self.tr("&Receive"))
        self._name_conflicts_tab()
        self.recipients_label.setText(self.tr("Send &to (Space ticks a contact):"))
        self.changed_only.setText(self.tr("Only what &changed since the last bundle to them"))
        self.everything.setText(self.tr("E&verything"))
        self.export_button.setText(self.tr("&Export bundle…"))
        self.purge_button.setText(self.tr("&Purge delivered…"))
        self.import_button.setText(self.tr("&Import bundles…"))
        self.results_label.setText(self.tr("&What the imports did:"))
        self.receipt_button.setText(self.tr("Write a rec&eipt for the sender…"))
        self.cancel_button.setText(self.tr("Ca&ncel"))
        self.tabs.setAccessibleName(self.tr("Exchange"))
        self.progress.setAccessibleName(self.tr("Progress"))
        for row, contact in enumerate(self._contacts[:self.recipients.count()]):
            self.recipients.item(row).setText(self._contact_text(contact))
        self.conflicts.retranslate()
        self.folder_bar.retranslate()

    # --- inside --------------------------------------------------------------------------------

    def _name_conflicts_tab(self) -> None:
        count = self._open_conflicts
        self.tabs.setTabText(2, fill(self.tr("C&onflicts (%1)"), count) if count
                             else self.tr("C&onflicts"))

    def _contact_text(self, contact: Contact) -> str:
        if contact.revoked:
            return fill(self.tr("%1 (key revoked: nothing is sent to it)"), contact.name)
        return (fill(self.tr("%1 (coordinator)"), contact.name) if contact.coordinator
                else contact.name)

    def _export(self) -> None:
        self.export_requested.emit(self.selected_names(), self.changed_only.isChecked())

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        # Files may have been added or chosen to go as originals since: say it afresh.
        super().showEvent(event)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.selection_changed.emit(self.selected_names(), self.changed_only.isChecked())

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)  # pressed once is enough; the work winds down
        self.progress_label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def _result_chosen(self, row: int) -> None:
        ok = 0 <= row < len(self._outcomes) and self._outcomes[row].receipt_possible
        self.receipt_button.setEnabled(ok and not self.progress.isVisibleTo(self))

    def _receipt(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self._outcomes) and self._outcomes[row].receipt_possible:
            self.receipt_requested.emit(self._outcomes[row])
