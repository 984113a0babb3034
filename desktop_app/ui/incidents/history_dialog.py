"""An incident's revisions: who saved what and when; any old one can be restored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.core.describe import initials
from desktop_app.core.model import RevisionInfo
from desktop_app.ui.kit.text import fill, local_time

# Marked for lupdate (it reads only literal strings in tr()/translate()); translated where
# shown, in the HistoryDialog context.
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("HistoryDialog", "title"),
    "date": QT_TRANSLATE_NOOP("HistoryDialog", "date"),
    "date_end": QT_TRANSLATE_NOOP("HistoryDialog", "end date"),
    "region": QT_TRANSLATE_NOOP("HistoryDialog", "region"),
    "place": QT_TRANSLATE_NOOP("HistoryDialog", "place"),
    "violations": QT_TRANSLATE_NOOP("HistoryDialog", "violations"),
    "victims": QT_TRANSLATE_NOOP("HistoryDialog", "people affected"),
    "perpetrators": QT_TRANSLATE_NOOP("HistoryDialog", "perpetrators"),
    "legal_cases": QT_TRANSLATE_NOOP("HistoryDialog", "legal cases"),
    "remedies": QT_TRANSLATE_NOOP("HistoryDialog", "remedies"),
    "description": QT_TRANSLATE_NOOP("HistoryDialog", "description"),
    "sources": QT_TRANSLATE_NOOP("HistoryDialog", "sources"),
    "tags": QT_TRANSLATE_NOOP("HistoryDialog", "tags"),
    "status": QT_TRANSLATE_NOOP("HistoryDialog", "status"),
}


class HistoryDialog(QDialog):
    """Lists revisions newest first; ``restore_requested(revision_id)`` on Restore."""

    restore_requested = Signal(str)

    def __init__(self, revisions: list[RevisionInfo], describe: Callable[[str], str],
                 parent: Any = None, masked: bool = False):
        """``describe(revision_id)``: that revision as text. ``masked``: who saved each
        revision shown as initials, as every other name is while working in public."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tirkeu — history"))
        self.resize(760, 480)
        self.describe = describe
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget(objectName="revisions")
        self.view = QPlainTextEdit(readOnly=True, objectName="snapshot")
        row.addWidget(self.list, 2)
        row.addWidget(self.view, 3)
        layout.addLayout(row)
        for info in revisions:
            changed = ", ".join(self.tr(FIELD_LABELS.get(f, f)) for f in info.changed)
            text = fill(self.tr("Revision %1 · %2 · %3"), str(info.number),
                        local_time(info.saved_at),
                        (initials(info.saved_by) if masked else info.saved_by) or "?")
            if info.number == 1:
                text += "\n" + self.tr("created")
            elif changed:
                text += "\n" + self.tr("changed: ") + changed
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.revision_id)
            self.list.addItem(item)
        self.restore = QPushButton(self.tr("Restore this revision"), objectName="restore")
        self.restore.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.restore.clicked.connect(self._restore)
        if revisions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        revision_id = self.list.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        self.view.setPlainText(self.describe(revision_id) if revision_id else "")
        self.restore.setEnabled(row > 0)  # the newest is already current

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
