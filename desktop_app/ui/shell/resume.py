"""Where the person was when the vault locked, so unlocking returns them there: the page,
the incident open in the editor, the list's search and filters, its sort and scroll, and
the control that had focus.

Unsaved typing is not here: the editing controller keeps it as a draft and reopens it
(``ui/incidents/editing.py``). What the list was filtered by can be a name, so that part
is written into the vault (encrypted, as a setting) before it closes and read back, then
emptied, after unlock; only the page, the incident's id and the focused control — no
content — stay in memory while locked.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.ui.kit.tables import scroll_when_ready

if TYPE_CHECKING:
    from desktop_app.ui.shell.main_window import MainWindow

RESUME_SETTING = "window_resume"
_COMBOS = ("region", "violation", "category", "status")


@dataclass(frozen=True)
class ListState:
    """The incident list as the person left it (written into the vault, never to disk)."""

    search: str = ""
    date_from: str = ""
    date_to: str = ""
    codes: dict[str, str | None] = field(default_factory=dict)
    sort_column: int = 0
    sort_order: int = int(Qt.SortOrder.DescendingOrder.value)
    scroll: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ListState | None:
        try:
            data = json.loads(text)
            return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
        except (ValueError, TypeError, AttributeError):
            return None


@dataclass
class WhereYouWere:
    """The part kept in memory while locked: no content, only where things were."""

    page: str | None
    editor_open: bool
    incident_id: str | None
    focus: QWidget | None


def capture(window: MainWindow, incident_id: str | None) -> tuple[WhereYouWere, ListState]:
    page = window.incidents
    header = page.table.horizontalHeader()
    listed = ListState(
        search=page.search.text(), date_from=page.date_from.text(),
        date_to=page.date_to.text(),
        codes={name: getattr(page, name).code() for name in _COMBOS},
        sort_column=header.sortIndicatorSection(),
        sort_order=int(header.sortIndicatorOrder().value),
        scroll=page.table.verticalScrollBar().value())
    return (WhereYouWere(window.current_key(), window.editor_open, incident_id,
                         window.focusWidget()), listed)


def restore_list(window: MainWindow, listed: ListState) -> None:
    """Filter, sort and scroll the incident list as it was."""
    page = window.incidents
    for edit, text in ((page.search, listed.search), (page.date_from, listed.date_from),
                       (page.date_to, listed.date_to)):
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)
    for name in _COMBOS:
        combo: Any = getattr(page, name)
        combo.blockSignals(True)
        combo.set_code(listed.codes.get(name))
        combo.blockSignals(False)
    page.table.sortByColumn(listed.sort_column, Qt.SortOrder(listed.sort_order))
    page.apply_filter()
    scroll_when_ready(page.table.verticalScrollBar(), listed.scroll)


def focus_again(where: WhereYouWere) -> bool:
    """Give focus back to the control that had it; False if it cannot take it now."""
    widget = where.focus
    if widget is None or not shiboken6.isValid(widget):
        return False
    if not (widget.isVisible() and widget.isEnabled()):
        return False
    widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    return True
