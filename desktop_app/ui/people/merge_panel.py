"""Merging two records of one person: pick the other record, compare, confirm.

The panel holds plain PersonSummary objects only. It asks one plain question before it
emits ``confirmed(keep_id, drop_id)``; the controller does the work.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.describe import initials
from desktop_app.core.model import PersonSummary
from desktop_app.ui.kit.text import fill


class MergePanel(QGroupBox):
    """Shown under a person's record while merging; ``cancelled`` when the person gives up."""

    confirmed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent, objectName="merge_panel")
        self.keep: PersonSummary | None = None
        self.drop: PersonSummary | None = None
        self.masked = False
        self._choices: dict[str, PersonSummary] = {}
        self._question: QMessageBox | None = None
        # Bumped by clear(): a question still open when the archive locks must not act later.
        self._generation = 0

        layout = QVBoxLayout(self)
        self.hint = QLabel(objectName="merge_hint", wordWrap=True)
        self.pick = QLineEdit(objectName="merge_with")
        self.pick.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self.pick)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.pick.setCompleter(self.completer)
        self.completer.activated.connect(self._picked_label)
        self.pick.returnPressed.connect(lambda: self._picked_label(self.pick.text()))
        layout.addWidget(self.hint)
        layout.addWidget(self.pick)

        sides = QGridLayout()
        self.keep_heading, self.drop_heading = QLabel(), QLabel()
        self.keep_name = QLabel(objectName="merge_keep_name", wordWrap=True)
        self.drop_name = QLabel(objectName="merge_drop_name", wordWrap=True)
        self.keep_count = QLabel(objectName="merge_keep_count")
        self.drop_count = QLabel(objectName="merge_drop_count")
        for column, widgets in enumerate(((self.keep_heading, self.keep_name, self.keep_count),
                                          (self.drop_heading, self.drop_name, self.drop_count))):
            for row, widget in enumerate(widgets):
                sides.addWidget(widget, row, column)
        for name in (self.keep_name, self.drop_name):
            name.setStyleSheet("font-weight: bold;")
            name.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addLayout(sides)

        buttons = QHBoxLayout()
        self.swap = QPushButton(objectName="merge_swap")
        self.merge = QPushButton(objectName="merge_confirm")
        self.cancel = QPushButton(objectName="merge_cancel")
        self.swap.clicked.connect(self._swap)
        self.merge.clicked.connect(self.ask)
        self.cancel.clicked.connect(self._give_up)
        buttons.addWidget(self.swap)
        buttons.addStretch(1)
        buttons.addWidget(self.merge)
        buttons.addWidget(self.cancel)
        layout.addLayout(buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._give_up)
        QWidget.setTabOrder(self.pick, self.swap)
        QWidget.setTabOrder(self.swap, self.merge)
        QWidget.setTabOrder(self.merge, self.cancel)
        self.retranslate()
        self.setVisible(False)

    # --- what the page calls -----------------------------------------------------------------

    def start(self, keep: PersonSummary, known: list[PersonSummary]) -> None:
        self.keep, self.drop = keep, None
        self.pick.clear()
        self.set_known(known)
        self._show()
        self.setVisible(True)
        self.pick.setFocus()

    def choose(self, person: PersonSummary) -> None:
        """Make ``person`` the other record (from the list or the completer)."""
        if self.keep is not None and person.id != self.keep.id:
            self.drop = person
            self._show()

    def set_known(self, people: list[PersonSummary]) -> None:
        """Offer these people in the completer (the shown one excluded). Two records with
        the same name are the usual reason to merge, so equal labels get their id's start."""
        self._choices.clear()
        for person in people:
            if self.keep is not None and person.id == self.keep.id:
                continue
            label = f"{self._name(person)} · {person.incidents}"
            if label in self._choices:
                label += f" · {person.id[:8]}"
            self._choices[label] = person
        self._model.setStringList(list(self._choices))

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        if self.keep is not None:
            self.set_known(list(self._choices.values()))
            self._show()

    def clear(self) -> None:
        """Forget both records; an open question is closed and will do nothing."""
        self._generation += 1
        if self._question is not None:
            self._question.reject()
        self.keep = self.drop = None
        self._choices.clear()
        self._model.setStringList([])
        self.pick.clear()
        for label in (self.keep_name, self.drop_name, self.keep_count, self.drop_count):
            label.clear()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Merge two records of the same person"))
        self.hint.setText(self.tr("Pick the other record of this person in the list, or type "
                                  "its name here:"))
        self.pick.setPlaceholderText(self.tr("Name of the other record"))
        self.keep_heading.setText(self.tr("Keeps its name"))
        self.drop_heading.setText(self.tr("Merged into it"))
        self.swap.setText(self.tr("&Swap"))
        self.swap.setToolTip(self.tr("Keep the other record's name instead"))
        self.merge.setText(self.tr("&Merge…"))
        self.cancel.setText(self.tr("Ca&ncel"))
        self.pick.setAccessibleName(self.tr("Name of the other record"))
        self._show()

    # --- the question ------------------------------------------------------------------------

    def ask(self) -> None:
        """Say plainly what merging does; emit ``confirmed`` only on an explicit yes."""
        if self.keep is None or self.drop is None:
            return
        keep, drop, generation = self.keep, self.drop, self._generation
        n = drop.incidents
        updated = self.tr("%n incident(s) will be updated; each keeps its history.", "", n)
        text = fill(self.tr("Both records become one person, %1."), self._name(keep))
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text + " " + updated,
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)  # the safe answer is the one Enter gives by accident
        box.setEscapeButton(no)
        self._question = box
        try:
            box.exec()
            accepted = box.clickedButton() is yes
        finally:
            self._question = None
            # At once, not deleteLater(): a lock right after must find no name left behind.
            shiboken6.delete(box)
        if accepted and generation == self._generation:
            self.clear()
            self.confirmed.emit(keep.id, drop.id)

    # --- inside ------------------------------------------------------------------------------

    def _name(self, person: PersonSummary) -> str:
        name = person.name.strip() or self.tr("(no name)")
        return initials(name) if self.masked and person.name.strip() else name

    def _count(self, person: PersonSummary | None) -> str:
        if person is None:
            return ""
        return fill(self.tr("Incidents: %1"), person.incidents)

    def _show(self) -> None:
        self.keep_name.setText(self._name(self.keep) if self.keep else "")
        self.drop_name.setText(self._name(self.drop) if self.drop else self.tr("not chosen yet"))
        self.keep_count.setText(self._count(self.keep))
        self.drop_count.setText(self._count(self.drop))
        self.merge.setEnabled(self.drop is not None)
        self.swap.setEnabled(self.drop is not None)

    def _picked_label(self, label: str) -> None:
        person = self._choices.get(label)
        if person is not None:
            self.choose(person)
            self.merge.setFocus()

    def _swap(self) -> None:
        if self.keep is not None and self.drop is not None:
            known = [*self._choices.values(), self.keep]
            self.keep, self.drop = self.drop, self.keep
            self.set_known(known)
            self._show()

    def _give_up(self) -> None:
        self.clear()
        self.cancelled.emit()
