"""Conflicts side by side: the same incident edited here and elsewhere. For each field that
differs the person sees "Here" and "From <sender>" in readable words and picks one; "Save
merged" builds the incident field by field from those picks.

The panel holds plain Conflict objects (interchange dicts) and emits intents only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.vocabulary import vocabulary
from desktop_app.storage.conflicts import Conflict
from desktop_app.sync.field_merge import FIELDS, differing_fields, merged
from desktop_app.ui.kit.tables import ID_ROLE, list_table
from desktop_app.ui.kit.text import fill, local_time

HERE, THEIRS = 0, 1


class ConflictPanel(QWidget):
    conflict_selected = Signal(str)
    resolve_requested = Signal(str, dict)

    def __init__(self, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self.language = language
        self._conflicts: list[Conflict] = []
        self._shown: Conflict | None = None
        self._choices: dict[str, QButtonGroup] = {}

        self.list_label = QLabel()
        self.table = list_table("conflicts", 3)
        self.list_label.setBuddy(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the title takes the room, not the time
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list_label)
        top_layout.addWidget(self.table)

        self.heading = QLabel(objectName="conflict_heading", wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.fields_area = QScrollArea(objectName="conflict_fields")
        self.fields_area.setWidgetResizable(True)
        self.keep_ours = QPushButton(objectName="keep_ours")
        self.take_theirs = QPushButton(objectName="take_theirs")
        self.save_merged = QPushButton(objectName="save_merged")
        buttons = QHBoxLayout()
        for button in (self.keep_ours, self.take_theirs, self.save_merged):
            buttons.addWidget(button)
        buttons.addStretch(1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.heading)
        bottom_layout.addWidget(self.fields_area, 1)
        bottom_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.currentCellChanged.connect(self._current_changed)
        self.keep_ours.clicked.connect(lambda: self._resolve(set()))
        self.take_theirs.clicked.connect(lambda: self._resolve(set(FIELDS)))
        self.save_merged.clicked.connect(lambda: self._resolve(self.theirs_chosen()))
        self.retranslate()
        self.show_conflict(None)

    # --- what the page calls -------------------------------------------------------------------

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self._conflicts = list(conflicts)
        self.table.blockSignals(True)
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            for column, text in enumerate((c.title, c.sender, local_time(c.remote_saved_at))):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, c.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        still = self._shown is not None and any(c.id == self._shown.id for c in conflicts)
        if not still:
            self.show_conflict(None)

    def show_conflict(self, conflict: Conflict | None) -> None:
        """Lay the two versions side by side, one row per differing field, "Here" chosen."""
        self._shown = conflict
        self._choices = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for button in (self.keep_ours, self.take_theirs, self.save_merged):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.heading.setText(self.tr("Choose a conflict to compare the two versions.")
                                 if self._conflicts else self.tr("No conflicts to resolve."))
            self.fields_area.setWidget(grid_widget)
            return
        self.heading.setText(fill(self.tr("“%1” was changed here and by %2 (saved %3). For "
                                          "each field, choose the version to keep."),
                                  conflict.title, conflict.sender,
                                  local_time(conflict.remote_saved_at)))
        fields = differing_fields(conflict.local, conflict.remote)
        if not fields:
            grid.addWidget(QLabel(self.tr("The two versions say the same in every field.")), 0, 0)
        for row, field in enumerate(fields):
            name = QLabel(self._field_name(field))
            name.setStyleSheet("font-weight: bold;")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(grid_widget)  # one choice per field
            sides = ((HERE, self.tr("Here"), conflict.local),
                     (THEIRS, fill(self.tr("From %1"), conflict.sender), conflict.remote))
            for side, label, record in sides:
                radio = QRadioButton(label, objectName=f"{'here' if side == HERE else 'theirs'}_"
                                                       f"{field}")
                text = self.readable(field, record) or self.tr("(empty)")
                radio.setAccessibleDescription(text)  # what a screen reader reads out
                shown = QLabel(text, wordWrap=True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
                cell = QVBoxLayout()
                cell.addWidget(radio)
                cell.addWidget(shown)
                cell.addStretch(1)
                grid.addLayout(cell, row, 1 + side)
                group.addButton(radio, side)
            group.button(HERE).setChecked(True)
            self._choices[field] = group
        grid.setRowStretch(len(fields) + 1, 1)
        self.fields_area.setWidget(grid_widget)

    def theirs_chosen(self) -> set[str]:
        return {f for f, group in self._choices.items() if group.checkedId() == THEIRS}

    def clear(self) -> None:
        self._conflicts = []
        self.table.setRowCount(0)
        self.show_conflict(None)

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("Incidents &edited both here and elsewhere:"))
        self.table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("From"),
                                              self.tr("Changed there")])
        self.table.setAccessibleName(self.tr("Incidents edited both here and elsewhere"))
        self.fields_area.setAccessibleName(self.tr("The two versions, field by field"))
        self.keep_ours.setText(self.tr("&Keep ours"))
        self.take_theirs.setText(self.tr("&Take theirs"))
        self.save_merged.setText(self.tr("Save &merged"))
        if self._shown is not None:  # keep the person's picks across the redraw
            picks = self.theirs_chosen()
            self.show_conflict(self._shown)
            for field in picks:
                self._choices[field].button(THEIRS).setChecked(True)
        else:
            self.show_conflict(None)

    # --- readable values -----------------------------------------------------------------------

    def _field_name(self, field: str) -> str:
        return {"title": self.tr("Title"), "date": self.tr("Date"), "region": self.tr("Region"),
                "place": self.tr("Place"), "violations": self.tr("Violations"),
                "victims": self.tr("People affected"), "perpetrators": self.tr("Perpetrators"),
                "legal_cases": self.tr("Legal cases"), "remedies": self.tr("Remedies"),
                "description": self.tr("Description"), "sources": self.tr("Sources"),
                "tags": self.tr("Tags"), "status": self.tr("Status")}[field]

    def _label(self, vocab: str, code: Any) -> str:
        return vocabulary(vocab).label(code, self.language) if code else ""

    def readable(self, field: str, r: dict[str, Any]) -> str:
        """One field of an interchange record as a person reads it: labels in the current
        language, one line per list entry."""
        if field == "date":
            start, end = r.get("date") or "", r.get("date_end")
            return f"{start} – {end}" if end else start
        if field in ("region", "status"):
            return self._label(field, r.get(field))
        if field == "violations":
            return "\n".join(self._label("violation", v) for v in r.get("violations") or [])
        if field == "tags":
            return ", ".join(r.get("tags") or [])
        lines = [self._entry(field, item) for item in r.get(field) or []] \
            if isinstance(r.get(field), list) else [str(r.get(field) or "")]
        return "\n".join(lines)

    def _entry(self, field: str, e: dict[str, Any]) -> str:
        def join(*parts: str) -> str:
            return "; ".join(p for p in parts if p)

        if field == "victims":
            return join(e.get("name") or self.tr("(name not recorded)"),
                        self._label("victim_category", e.get("category")),
                        self._label("gender", e.get("gender")), e.get("organization") or "",
                        self.tr("killed") if e.get("fatal") else "")
        if field == "perpetrators":
            return join(self._label("perpetrator_kind", e.get("kind")), e.get("description") or "")
        if field == "legal_cases":
            penalties = ", ".join(join(self._label("penalty", p.get("kind")), p.get("amount") or "")
                                  for p in e.get("penalties") or [])
            return join(e.get("defendant") or self.tr("(defendant not recorded)"),
                        self._label("case_code", e.get("code")),
                        fill(self.tr("art. %1"), e["article"]) if e.get("article") else "",
                        e.get("court") or "", self._label("case_outcome", e.get("outcome")),
                        e.get("decided_on") or "",
                        fill(self.tr("penalties: %1"), penalties) if penalties else "")
        if field == "remedies":
            done = {True: self.tr("implemented"), False: self.tr("not implemented")}
            return join(self._label("remedy_mechanism", e.get("mechanism")),
                        e.get("reference") or "", self._label("remedy_outcome", e.get("outcome")),
                        done.get(e.get("implemented"), ""))  # type: ignore[arg-type]
        return join(self._label("source_kind", e.get("kind")), e.get("reference") or "",
                    self._label("reliability", e.get("reliability")))

    # --- intents -------------------------------------------------------------------------------

    def _current_changed(self, row: int, *_: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None and (self._shown is None or item.data(ID_ROLE) != self._shown.id):
            self.conflict_selected.emit(item.data(ID_ROLE))

    def _resolve(self, theirs: set[str]) -> None:
        c = self._shown
        if c is not None:
            self.resolve_requested.emit(c.id, merged(c.local, c.remote, theirs))
