"""The People section: find a person, see every incident and legal case about them, and
merge two records found to be the same person.

The page holds plain data (PersonSummary, IncidentSummary, PersonCase) and emits intents;
PeopleController answers them from the archive.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.describe import initials
from desktop_app.core.model import IncidentSummary, PersonCase, PersonSummary
from desktop_app.core.vocabulary import vocabulary
from desktop_app.ui.kit.dates import fuzzy_date
from desktop_app.ui.kit.tables import ID_ROLE, id_item, list_table
from desktop_app.ui.kit.text import fill
from desktop_app.ui.people.merge_panel import MergePanel


class PeoplePage(QWidget):
    """Left: filter and people; right: the chosen person. Emits intents only."""

    filter_changed = Signal(str)
    person_selected = Signal(str)
    merge_requested = Signal(str, str)
    open_incident_requested = Signal(str)

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self.language = language
        self.masked = False
        self._people: list[PersonSummary] = []
        self._known: dict[str, PersonSummary] = {}  # everyone listed since attach, for merging
        self._person: PersonSummary | None = None
        self._incidents: list[IncidentSummary] = []
        self._cases: list[PersonCase] = []

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(objectName="people_filter")
        self.filter.setClearButtonEnabled(True)
        self.people = list_table("people", 2)
        self.people.horizontalHeader().setStretchLastSection(False)
        self.people.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(objectName="people_count")
        for widget in (self.filter, self.people, self.count):
            left_layout.addWidget(widget, 1 if widget is self.people else 0)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(objectName="person_name", wordWrap=True)
        self.name.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.gender = QLabel(objectName="person_gender")
        self.incidents_heading = QLabel(objectName="incidents_heading")
        self.incidents = list_table("person_incidents", 2)
        self.cases_heading = QLabel(objectName="cases_heading")
        self.no_cases = QLabel(objectName="no_cases")
        self.cases = list_table("person_cases", 4)
        self.merge_button = QPushButton(objectName="merge")
        self.merge_button.setEnabled(False)
        self.merge_panel = MergePanel()
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addStretch(1)
        cases_header = self.cases.horizontalHeader()
        cases_header.setStretchLastSection(False)
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch)):
            cases_header.setSectionResizeMode(col, mode)
        stretch = {self.incidents: 2, self.cases: 1}
        for widget in (self.name, self.gender, self.incidents_heading, self.incidents,
                       self.cases_heading, self.no_cases, self.cases):
            right_layout.addWidget(widget, stretch.get(widget, 0))
        right_layout.addLayout(actions)
        right_layout.addWidget(self.merge_panel)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # The order a person works in: find, choose, read, open, merge.
        chain = (self.filter, self.people, self.incidents, self.cases, self.merge_button,
                 self.merge_panel.pick)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self.filter_changed.emit(self.filter.text()))
        self.filter.textChanged.connect(self._debounce.start)
        self.filter.returnPressed.connect(self._focus_list)
        self.people.currentCellChanged.connect(self._current_person_changed)
        self.people.activated.connect(lambda _i: self._focus_first(self.incidents))
        # `activated` is Enter, and double-click too; connecting doubleClicked as well
        # would open the incident twice.
        self.incidents.activated.connect(self._open)
        self.cases.activated.connect(self._open)
        self.merge_button.clicked.connect(self.start_merge)
        self.merge_panel.confirmed.connect(self._merge_confirmed)
        self.merge_panel.cancelled.connect(self._merge_ended)
        self.retranslate()
        self._show_detail()

    # --- what the controller calls -------------------------------------------------------------

    def show_people(self, people: list[PersonSummary]) -> None:
        """List these people (name, number of incidents); the shown person stays selected."""
        self._people = list(people)
        for person in people:
            self._known[person.id] = person
        self._fill_people()
        self.merge_panel.set_known(list(self._known.values()))

    def show_person(self, person: PersonSummary, incidents: list[IncidentSummary],
                    cases: list[PersonCase]) -> None:
        self._person, self._incidents, self._cases = person, list(incidents), list(cases)
        self._known[person.id] = person
        self._select_row(person.id)
        self._show_detail()

    def clear(self) -> None:
        """Forget every person and name shown (on lock)."""
        self._debounce.stop()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._people, self._known = [], {}
        self._person, self._incidents, self._cases = None, [], []
        self.merge_panel.clear()
        self._fill_people()
        self._show_detail()

    def forget_person(self) -> None:
        """Empty the right side (the shown person no longer exists); the list stays."""
        self._person, self._incidents, self._cases = None, [], []
        self.merge_panel.clear()
        self._select_row("")
        self._show_detail()

    @property
    def shown_id(self) -> str | None:
        return None if self._person is None else self._person.id

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def set_masked(self, masked: bool) -> None:
        """Show names as initials everywhere on this page, for working in public."""
        self.masked = masked
        self.merge_panel.set_masked(masked)
        self._fill_people()
        self._show_detail()

    def start_merge(self) -> None:
        """Begin choosing the second record of the shown person."""
        if self._person is not None:
            self.merge_panel.start(self._person, list(self._known.values()))
            self.merge_button.setEnabled(False)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Find a person by name"))
        for widget, name in ((self.filter, self.tr("Find a person by name")),
                             (self.people, self.tr("People")),
                             (self.incidents, self.tr("Incidents about this person")),
                             (self.cases, self.tr("Legal cases about this person"))):
            widget.setAccessibleName(name)
        self.people.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Incidents")])
        self.incidents.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Title")])
        self.cases.setHorizontalHeaderLabels([self.tr("Article"), self.tr("Outcome"),
                                              self.tr("Decided on"), self.tr("Incident")])
        self.incidents_heading.setText(self.tr("Incidents about this person (Enter opens one)"))
        self.cases_heading.setText(self.tr("Legal cases"))
        self.no_cases.setText(self.tr("No legal case recorded."))
        self.merge_button.setText(self.tr("Merge &with…"))
        self.merge_button.setToolTip(self.tr("This person has a second record: make them one"))
        self.merge_panel.retranslate()
        self._fill_people()
        self._show_detail()

    # --- drawing -------------------------------------------------------------------------------

    def display_name(self, person: PersonSummary) -> str:
        name = person.name.strip()
        if not name:
            return self.tr("(no name)")
        return initials(name) if self.masked else name

    def _fill_people(self) -> None:
        table = self.people
        table.blockSignals(True)
        table.setRowCount(0)
        table.setRowCount(len(self._people))
        for row, person in enumerate(self._people):
            table.setItem(row, 0, id_item(self.display_name(person), person.id))
            count = id_item(str(person.incidents), person.id)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, count)
        table.blockSignals(False)
        if self._person is not None:
            self._select_row(self._person.id)
        self.count.setText(fill(self.tr("People listed: %1"), len(self._people))
                           if self._people else "")

    def _show_detail(self) -> None:
        person = self._person
        self.name.setText(self.display_name(person) if person else self.tr("No person chosen"))
        gender = (vocabulary("gender").label(person.gender, self.language)
                  if person and person.gender else self.tr("not recorded"))
        self.gender.setText(fill(self.tr("Gender: %1"), gender) if person else "")
        self.incidents.setRowCount(len(self._incidents))
        for row, incident in enumerate(self._incidents):
            shown = fuzzy_date(incident.date, self.language, compact=True)
            self.incidents.setItem(row, 0, id_item(shown, incident.id))
            self.incidents.setItem(row, 1, id_item(incident.title, incident.id))
        self.incidents.resizeColumnToContents(0)
        self.cases.setRowCount(len(self._cases))
        for row, case in enumerate(self._cases):
            texts = (self._article(case),
                     vocabulary("case_outcome").label(case.outcome, self.language)
                     if case.outcome else "—", case.decided_on or "—", case.incident_title)
            for column, text in enumerate(texts):
                item = id_item(text, case.incident_id)
                item.setToolTip(text)  # article titles are long; the cell may cut them
                self.cases.setItem(row, column, item)
        for widget in (self.incidents_heading, self.incidents, self.cases_heading):
            widget.setVisible(person is not None)
        # An empty section stays small: one line instead of an empty table.
        self.cases.setVisible(bool(self._cases))
        self.no_cases.setVisible(person is not None and not self._cases)
        self.merge_button.setEnabled(person is not None and not self.merge_panel.isVisible())

    def _article(self, case: PersonCase) -> str:
        """"Criminal · Art. 174 — Inciting discord": the code label, then the article's
        preset title when it has one, else just its number."""
        parts = []
        if case.code:
            parts.append(vocabulary("case_code").label(case.code, self.language))
        if case.article:
            articles, key = vocabulary("legal_article"), f"{case.code} {case.article}"
            parts.append(articles.label(key, self.language) if key in articles
                         else fill(self.tr("Art. %1"), case.article))
        return " · ".join(parts) or "—"

    # --- intents -------------------------------------------------------------------------------

    def _current_person_changed(self, row: int, *_: int) -> None:
        item = self.people.item(row, 0) if row >= 0 else None
        if item is None:
            return
        person_id = item.data(ID_ROLE)
        if self.merge_panel.isVisible():
            # While merging, the list picks the other record instead of opening it.
            if person_id in self._known:
                self.merge_panel.choose(self._known[person_id])
            return
        if self._person is None or person_id != self._person.id:
            self.person_selected.emit(person_id)

    def _merge_confirmed(self, keep_id: str, drop_id: str) -> None:
        self._known.pop(drop_id, None)  # never offer the dropped record again
        self.merge_requested.emit(keep_id, drop_id)
        self._merge_ended()

    def _merge_ended(self) -> None:
        if self._person is not None:
            self._select_row(self._person.id)
        self.merge_button.setEnabled(self._person is not None)
        self.merge_button.setFocus()

    def _select_row(self, person_id: str) -> None:
        self.people.blockSignals(True)
        for row in range(self.people.rowCount()):
            if self.people.item(row, 0).data(ID_ROLE) == person_id:
                self.people.setCurrentCell(row, 0)
                break
        else:
            self.people.clearSelection()
            self.people.setCurrentCell(-1, -1)
        self.people.blockSignals(False)

    def _focus_list(self) -> None:
        if self._debounce.isActive():  # Enter should not wait for the pause in typing
            self._debounce.stop()
            self.filter_changed.emit(self.filter.text())
        self._focus_first(self.people)

    @staticmethod
    def _focus_first(table: QTableWidget) -> None:
        if table.rowCount():
            table.setFocus()
            if table.currentRow() < 0:
                table.setCurrentCell(0, 0)

    def _open(self, index: QModelIndex) -> None:
        incident_id = index.data(ID_ROLE)
        if incident_id:
            self.open_incident_requested.emit(incident_id)
