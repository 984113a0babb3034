"""The incident editor: the quick record on top, then the whole record, top to bottom in
the order a person tells it.

The editor holds form state only. It emits ``save_requested`` with an interchange-shaped
dict; the controller validates it (core.interchange) and saves it, and hands any problem
back through ``show_problem``, which puts the sentence next to the field concerned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.incidents.editor.fields import CodeCombo, DateField, ViolationsList
from desktop_app.ui.incidents.editor.quick import QuickRecord
from desktop_app.ui.incidents.editor.repeating import Column, RepeatingTable
from desktop_app.ui.incidents.editor.section import Section
from desktop_app.ui.kit import style
from desktop_app.ui.kit.wording import Wording

_QUICK_FIELDS = ("title", "date", "region", "violations")
_PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?")


class IncidentEditor(QWidget):
    """The whole record. A new incident opens on the quick record alone (what is needed
    to save); the rest unfolds below once it is saved, or at once with More details."""

    save_requested = Signal(dict)
    history_requested = Signal(str)
    changed = Signal()
    reapply_requested = Signal()  # the person wants their kept typing back on top
    drop_requested = Signal()     # ... or dropped

    def __init__(self, language: str = "en",
                 suggest_people: Callable[[str], list[Any]] | None = None, parent: Any = None):
        super().__init__(parent)
        self.language = language
        self.incident_id: str | None = None
        self._untitled = False  # the heading says "New incident", not a title
        self._loading = False
        self.dirty = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(objectName="heading", wordWrap=True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.problem = QLabel(objectName="problem", wordWrap=True, visible=False)
        self.problem.setStyleSheet(f"color: {style.colour('error')}")
        # Said when the record changed under the person (an import, a merge): what changed,
        # by whom, and, when their typing was kept, a choice to re-apply or drop it.
        self.notice = QLabel(objectName="notice", wordWrap=True, visible=False)
        # Part of this record came in a bundle signed by a key revoked since (a seized
        # laptop): said for as long as the record is open, in the error colour.
        self.revoked = QLabel(objectName="revoked_band", wordWrap=True, visible=False)
        self.revoked.setFrameShape(QLabel.Shape.Box)
        self.revoked.setStyleSheet(f"color: {style.colour('error')}; padding: 4px;")
        self.notice.setFrameShape(QLabel.Shape.StyledPanel)
        say = self.wording = Wording()
        self.reapply_button = QPushButton(objectName="reapply")
        self.drop_button = QPushButton(objectName="drop")
        say(self.reapply_button.setText, lambda: self.tr("Re-app&ly my changes"))
        say(self.drop_button.setText, lambda: self.tr("&Drop my changes"))
        self.reapply_button.clicked.connect(self.reapply_requested)
        self.drop_button.clicked.connect(self.drop_requested)
        self.choice = QWidget(visible=False)
        choice_row = QHBoxLayout(self.choice)
        choice_row.setContentsMargins(0, 0, 0, 0)
        choice_row.addWidget(self.reapply_button)
        choice_row.addWidget(self.drop_button)
        choice_row.addStretch(1)
        outer.addWidget(self.heading)
        outer.addWidget(self.revoked)
        outer.addWidget(self.problem)
        outer.addWidget(self.notice)
        outer.addWidget(self.choice)

        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self.setMinimumWidth(360)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # The full record's parts the quick record agrees with, first.
        self.violations = ViolationsList(language)
        self.victims = RepeatingTable([
            Column("name", lambda: self.tr("Name"), width=180, name=True),
            Column("category", lambda: self.tr("Category"), "code", "victim_category", 170),
            Column("gender", lambda: self.tr("Gender"), "code", "gender", 90),
            Column("organization", lambda: self.tr("Organisation"), width=140),
            Column("fatal", lambda: self.tr("Killed"), "flag", width=60),
        ], language, hidden=("person_id",), add_label=lambda: self.tr("Add &person"),
            name=lambda: self.tr("People affected"))
        if suggest_people is not None:
            self.victims.use_name_completer("name", suggest_people)
        self.quick = QuickRecord(language, self.violations, self.victims, suggest_people)
        self.quick.done.connect(self._quick_done)
        self.title, self.date, self.region = self.quick.title, self.quick.date, self.quick.region
        self.more_button = QToolButton(checkable=True, objectName="more_details")
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        say(self.more_button.setText, lambda: self.tr("&More details"))
        say(self.more_button.setAccessibleName, lambda: self.tr("More details"))
        self.more_button.toggled.connect(self.show_details)

        # What happened
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        say(self.description.setPlaceholderText,
            lambda: self.tr("What happened, as told by those affected"))
        what = self._form((lambda: self.tr("Violations"), self.violations),
                          (lambda: self.tr("Description"), self.description))
        # When and where
        self.date_end = DateField(optional=True, name=lambda: self.tr("Until (optional)"))
        self.place = QLineEdit(objectName="place")
        where = self._form((lambda: self.tr("Until (optional)"), self.date_end),
                           (lambda: self.tr("Place"), self.place))
        # Who did it, legal cases and the rest
        self.perpetrators = RepeatingTable([
            Column("kind", lambda: self.tr("Who"), "code", "perpetrator_kind", 180),
            Column("description", lambda: self.tr("Description")),
        ], language, add_label=lambda: self.tr("Add perpe&trator"),
            name=lambda: self.tr("Who did it"))
        self.cases = RepeatingTable([
            Column("defendant", lambda: self.tr("Defendant"), width=150, name=True),
            Column("code", lambda: self.tr("Code"), "code", "case_code", 110),
            Column("article", lambda: self.tr("Article"), width=70),
            Column("court", lambda: self.tr("Court"), width=140),
            Column("outcome", lambda: self.tr("Outcome"), "code", "case_outcome", 110),
            Column("decided_on", lambda: self.tr("Decided on"), width=90),
        ], language, hidden=("penalties",), add_label=lambda: self.tr("Add &case"),
            name=lambda: self.tr("Legal cases"))
        self.penalties = RepeatingTable([
            Column("kind", lambda: self.tr("Penalty"), "code", "penalty", 200),
            Column("amount", lambda: self.tr("Amount or term")),
        ], language, add_label=lambda: self.tr("Add p&enalty"),
            name=lambda: self.tr("Penalties of the selected case"))
        self.penalties.setEnabled(False)
        cases_box = QWidget()
        cases_layout = QVBoxLayout(cases_box)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.cases)
        self.penalties_label = QLabel()
        say(self.penalties_label.setText, lambda: self.tr("Penalties of the selected case"))
        cases_layout.addWidget(self.penalties_label)
        cases_layout.addWidget(self.penalties)
        self.remedies = RepeatingTable([
            Column("mechanism", lambda: self.tr("Mechanism"), "code", "remedy_mechanism", 190),
            Column("reference", lambda: self.tr("Reference"), width=170),
            Column("outcome", lambda: self.tr("Outcome"), "code", "remedy_outcome", 120),
            Column("implemented", lambda: self.tr("Implemented"), "tristate", width=90),
        ], language, add_label=lambda: self.tr("Add remed&y"), name=lambda: self.tr("Remedies"))
        self.sources = RepeatingTable([
            Column("kind", lambda: self.tr("Kind"), "code", "source_kind", 130),
            Column("reference", lambda: self.tr("Reference")),
            Column("reliability", lambda: self.tr("Reliability"), "code", "reliability", 100),
        ], language, add_label=lambda: self.tr("Add so&urce"), name=lambda: self.tr("Sources"))
        self.tags = QLineEdit(objectName="tags")
        say(self.tags.setPlaceholderText, lambda: self.tr("comma-separated"))
        sources_box = QWidget()
        sources_layout = QVBoxLayout(sources_box)
        sources_layout.setContentsMargins(0, 0, 0, 0)
        sources_layout.addWidget(self.sources)
        tag_form = QFormLayout()
        tag_label = QLabel(buddy=self.tags)
        say(tag_label.setText, lambda: self.tr("Tags"))
        tag_form.addRow(tag_label, self.tags)
        sources_layout.addLayout(tag_form)
        self.attachments_box = QVBoxLayout()
        self.attachments = QWidget()
        self.attachments.setLayout(self.attachments_box)
        self.status = CodeCombo("status", language, allow_none=False)
        status = self._form((lambda: self.tr("Status"), self.status))

        self.sections = {
            "what": Section("", what),
            "where": Section("", where),
            "victims": Section("", self.victims),
            "perpetrators": Section("", self.perpetrators, folded=True),
            "legal_cases": Section("", cases_box, folded=True),
            "remedies": Section("", self.remedies, folded=True),
            "sources": Section("", sources_box, folded=True),
            "attachments": Section("", self.attachments, folded=True),
            "status": Section("", status),
        }
        say(self._title_sections, lambda: {
            "what": self.tr("What happened"), "where": self.tr("When and where"),
            "victims": self.tr("People affected"), "perpetrators": self.tr("Who did it"),
            "legal_cases": self.tr("Legal cases"), "remedies": self.tr("Remedies"),
            "sources": self.tr("Sources and tags"), "attachments": self.tr("Attachments"),
            "status": self.tr("Status")})
        self.details = QWidget(objectName="details")
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        for section in self.sections.values():
            details_layout.addWidget(section)
        self.body_layout.addWidget(self.quick)
        self.body_layout.addWidget(self.more_button)
        self.body_layout.addWidget(self.details)
        self.body_layout.addStretch(1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(objectName="save")
        say(self.save_button.setText, lambda: self.tr("&Save"))
        say(self.save_button.setToolTip, lambda: self.tr("Save (Ctrl+S)"))
        self.save_button.setAutoDefault(True)  # Enter on it saves, as Space does
        self.history_button = QPushButton(objectName="history")
        say(self.history_button.setText, lambda: self.tr("&History"))
        self.save_button.clicked.connect(self.request_save)
        self.history_button.clicked.connect(
            lambda: self.incident_id and self.history_requested.emit(self.incident_id))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        # From any field of the record, or the list beside it: one keystroke saves.
        QShortcut(QKeySequence.StandardKey.Save, self, self.request_save,
                  context=Qt.ShortcutContext.WindowShortcut)

        self.cases.current_row_changed.connect(self._show_penalties)
        self.penalties.changed.connect(self._store_penalties)
        for widget_signal in (self.title.textEdited, self.description.textChanged,
                              self.place.textEdited, self.tags.textEdited, self.date.changed,
                              self.date_end.changed, self.region.currentIndexChanged,
                              self.status.currentIndexChanged, self.violations.changed,
                              self.victims.changed, self.perpetrators.changed,
                              self.cases.changed, self.remedies.changed, self.sources.changed):
            widget_signal.connect(self._mark_changed)
        self.clear()

    def _form(self, *rows: tuple[Callable[[], str], QWidget]) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in rows:
            label = QLabel(buddy=widget)
            self.wording(label.setText, text)
            form.addRow(label, widget)  # the label is the field's buddy: its name, read aloud
        return box

    def _title_sections(self, titles: dict[str, str]) -> None:
        for key, title in titles.items():
            self.sections[key].set_title(title)

    def retranslate(self) -> None:
        """Every label, button and heading in the installed language; content stays."""
        self.wording.again()
        self.quick.retranslate()
        self.date_end.retranslate()
        for table in self._tables():
            table.retranslate()
        if self._untitled and self.heading.text():
            self.heading.setText(self.tr("New incident"))

    # --- state in and out -------------------------------------------------------------------

    def clear(self) -> None:
        """An empty editor holding nothing of any incident."""
        self.load({}, None)
        self.heading.clear()

    def new_incident(self) -> None:
        """A new incident: the quick record alone, today's date, the title ready for typing."""
        self.load({}, None)
        self.date.set_today()
        self.dirty = False
        self._untitled = True
        self.heading.setText(self.tr("New incident"))
        self.show_details(False)
        self.title.setFocus()

    def load(self, data: dict[str, Any], incident_id: str | None) -> None:
        """Fill the form from interchange-shaped ``data`` (possibly partial, as in a draft),
        the full record unfolded."""
        self._loading = True
        if incident_id is None or incident_id != self.incident_id:
            self.show_revoked("")  # the band belongs to the incident it was shown for
        self.incident_id = incident_id
        self.title.setText(data.get("title") or "")
        self.title.setCursorPosition(0)  # show the start of a long title, not its end
        self.violations.set_codes(list(data.get("violations") or []))
        self.description.setPlainText(data.get("description") or "")
        self.date.set_value(data.get("date"))
        self.date_end.set_value(data.get("date_end"))
        self.region.set_code(data.get("region"))
        self.place.setText(data.get("place") or "")
        self.victims.set_rows(list(data.get("victims") or []))
        self.perpetrators.set_rows(list(data.get("perpetrators") or []))
        self.cases.set_rows(list(data.get("legal_cases") or []))
        self.penalties.set_rows([])
        self.penalties.setEnabled(False)
        self.remedies.set_rows(list(data.get("remedies") or []))
        self.sources.set_rows(list(data.get("sources") or []))
        self.tags.setText(", ".join(data.get("tags") or []))
        self.status.set_code(data.get("status") or "draft")
        self.quick.show_current()
        self.show_problem("")
        self.show_notice("")
        self.history_button.setEnabled(incident_id is not None)
        self._untitled = not data.get("title")
        self.heading.setText(data.get("title") or self.tr("New incident"))
        self.show_details(True)
        self.order_tabs()
        self._loading = False
        self.dirty = False

    def form_state(self) -> dict[str, Any]:
        """What the form holds, in the interchange shape; may not be valid yet. Names are
        always the real ones, masked or not."""
        data: dict[str, Any] = {
            "title": self.title.text().strip(),
            "date": self.date.value(),
            "date_end": self.date_end.value() or None,
            "region": self.region.code(),
            "place": self.place.text().strip(),
            "violations": self.violations.codes(),
            "victims": [_drop_empty(v) for v in self.victims.rows()],
            "perpetrators": self.perpetrators.rows(),
            "legal_cases": [_case(c) for c in self.cases.rows()],
            "remedies": self.remedies.rows(),
            "description": self.description.toPlainText(),
            "sources": self.sources.rows(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "status": self.status.code() or "draft",
        }
        if self.incident_id:
            data["id"] = self.incident_id
        return data

    def request_save(self) -> None:
        """Save what is shown, including a region half typed or a cell being edited."""
        self.quick.commit_typed()
        for table in self._tables():
            table.commit_editing()
        self.show_problem("")
        self.save_requested.emit(self.form_state())

    def saved(self, incident_id: str, data: dict[str, Any]) -> None:
        """The controller saved it: keep editing the stored version, the full record
        unfolded below; focus stays where it was (or goes to the title)."""
        focused = QApplication.focusWidget()
        self.load(data, incident_id)
        if focused is not None and shiboken6.isValid(focused) and self.isAncestorOf(focused) \
                and focused.isVisible() and focused.isEnabled():
            focused.setFocus()
        else:
            self.title.setFocus()

    def show_details(self, shown: bool) -> None:
        """Unfold the full record below the quick record (or fold it away)."""
        self.details.setVisible(shown)
        self.more_button.blockSignals(True)
        self.more_button.setChecked(shown)
        self.more_button.blockSignals(False)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                      else Qt.ArrowType.RightArrow)

    def set_masked(self, masked: bool) -> None:
        """People's names as initials, and not editable, for working in public; what is
        saved keeps the real names."""
        self.quick.set_masked(masked)
        for table in (self.victims, self.cases):
            table.set_masked(masked)

    def show_notice(self, sentence: str, offer_choice: bool = False) -> None:
        """Say ``sentence`` above the form (not an error); with ``offer_choice``, the
        Re-apply and Drop buttons beside it."""
        self.notice.setText(sentence)
        self.notice.setVisible(bool(sentence))
        self.choice.setVisible(bool(sentence) and offer_choice)

    def show_revoked(self, sentence: str) -> None:
        """Say ``sentence`` in the band under the heading ("" hides it)."""
        self.revoked.setText(sentence)
        self.revoked.setAccessibleName(sentence)
        self.revoked.setVisible(bool(sentence))

    def show_problem(self, sentence: str, path: str = "") -> None:
        """Show ``sentence`` beside the field that ``path`` names, once: in the quick record
        for its fields (just under the heading), else at the top and in the section."""
        match = _PATH.match(path) if sentence else None
        key = match.group(1) if match else ""
        on_top = bool(sentence) and key not in _QUICK_FIELDS
        self.problem.setText(sentence if on_top else "")
        self.problem.setVisible(on_top)
        self.quick.show_error("")
        for section in self.sections.values():
            section.show_error("")
        if not sentence:
            return
        widget = {"title": self.title, "date": self.date, "region": self.region,
                  "violations": self.quick.violation, "date_end": self.date_end}.get(key)
        if key in _QUICK_FIELDS:
            self.quick.show_error(sentence)
        else:
            where = {"description": "what", "date_end": "where", "place": "where",
                     "tags": "sources"}.get(key, key)
            if where in self.sections:
                self.show_details(True)
                self.sections[where].show_error(sentence)
        table = {"victims": self.victims, "perpetrators": self.perpetrators,
                 "legal_cases": self.cases, "remedies": self.remedies,
                 "sources": self.sources}.get(key)
        if widget is not None:
            widget.setFocus()
        elif table is not None and match and match.group(2):
            table.table.setCurrentCell(int(match.group(2)) - 1, 0)
            table.table.setFocus()

    def set_language(self, language: str) -> None:
        """Relabel vocabulary choices; the content (and whether it is unsaved) stays."""
        self.language = language
        loading, self._loading = self._loading, True
        self.quick.set_language(language)
        for widget in (self.violations, self.status, self.victims, self.perpetrators,
                       self.cases, self.penalties, self.remedies, self.sources):
            widget.set_language(language)
        self.retranslate()
        self.quick.show_current()
        self._loading = loading

    def order_tabs(self) -> None:
        """Tab visits the quick record, then the sections top to bottom, then Save."""
        chain: list[QWidget] = [self.reapply_button, self.drop_button, *self.quick.fields(),
                                self.more_button]
        parts: dict[str, list[QWidget]] = {
            "what": [self.violations, self.description],
            "where": [self.date_end.text, self.date_end.precision, self.place],
            "victims": self._table_keys(self.victims),
            "perpetrators": self._table_keys(self.perpetrators),
            "legal_cases": self._table_keys(self.cases) + self._table_keys(self.penalties),
            "remedies": self._table_keys(self.remedies),
            "sources": [*self._table_keys(self.sources), self.tags],
            # Whatever the attachments panel put there, in its own order.
            "attachments": [w for w in self.attachments.findChildren(QWidget)
                            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                            and not isinstance(w.parentWidget(), QAbstractScrollArea)
                            and not w.isWindow()],
            "status": [self.status],
        }
        for key, section in self.sections.items():
            chain += [section.header, *parts[key]]
        chain += [self.save_button, self.history_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- internals --------------------------------------------------------------------------

    @staticmethod
    def _table_keys(table: RepeatingTable) -> list[QWidget]:
        return [table.table, table.add_button, table.remove_button]

    def _tables(self) -> tuple[RepeatingTable, ...]:
        return (self.victims, self.perpetrators, self.cases, self.penalties, self.remedies,
                self.sources)

    def _quick_done(self) -> None:
        """Enter in the last quick field: on to Save (Enter there saves)."""
        self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _mark_changed(self, *_: object) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    def _show_penalties(self, row: int) -> None:
        self.penalties.setEnabled(row >= 0)
        self.penalties.blockSignals(True)
        penalties = self.cases.hidden_value(row, "penalties") if row >= 0 else None
        self.penalties.set_rows(list(penalties or []))
        self.penalties.blockSignals(False)

    def _store_penalties(self) -> None:
        row = self.cases.table.currentRow()
        if row >= 0:
            self.cases.set_hidden(row, "penalties", self.penalties.rows())
            self._mark_changed()


def _drop_empty(victim: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in victim.items() if not (k == "person_id" and not v)}


def _case(case: dict[str, Any]) -> dict[str, Any]:
    case = dict(case)
    case["penalties"] = [p for p in case.get("penalties") or [] if p.get("kind")]
    case["decided_on"] = case.get("decided_on") or None
    return case
