"""The small questions before a Martus import (what Martus never recorded) and before an
export (which format, and the warning that the file leaves encryption)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import InvalidRecord
from desktop_app.core.vocabulary import vocabulary
from desktop_app.tables.sheet_dates import sheet_date
from desktop_app.ui.kit.text import fill


def _codes(box: QComboBox, vocab: str, language: str) -> None:
    terms = sorted(vocabulary(vocab).terms, key=lambda t: t.label(language).casefold())
    for term in terms:
        box.addItem(term.label(language), term.code)


class MartusDefaultsDialog(QDialog):
    """Martus bulletins have no region and no violation: the ones to give every bulletin
    that does not say (through a field whose label names them)."""

    def __init__(self, parent: QWidget | None, language: str = "en"):
        super().__init__(parent, objectName="martus_defaults")
        self.setWindowTitle(self.tr("Import from Martus"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True, objectName="martus_intro")
        self.intro.setText(self.tr(
            "Martus bulletins have no region and no violation. Choose the ones to give "
            "every bulletin that does not name them, and a date for any bulletin without "
            "one; you can correct each incident later. Imported incidents are drafts tagged "
            "martus."))
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.region = QComboBox(objectName="martus_region")
        self.violation = QComboBox(objectName="martus_violation")
        for box, vocab in ((self.region, "region"), (self.violation, "violation")):
            # No region is chosen for the person: a wrong one would go on every bulletin.
            box.addItem(self.tr("Choose…"), None)
            _codes(box, vocab, language)
            box.currentIndexChanged.connect(lambda _i: self._chosen())
        self.date = QLineEdit(objectName="martus_date")
        self.date.setPlaceholderText(self.tr("only if a bulletin has no date: 2011, 12.2011"))
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Violation:"), self.violation)
        form.addRow(self.tr("&Date:"), self.date)
        layout.addLayout(form)
        self.problem = QLabel(wordWrap=True, objectName="martus_problem")
        self.problem.setStyleSheet("font-weight: bold")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Qt's own words are not shipped (only Tirkeu's catalogues): named here.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.import_button = buttons.addButton(self.tr("&Import…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._chosen()

    def _chosen(self) -> None:
        self.import_button.setEnabled(self.region.currentData() is not None
                                      and self.violation.currentData() is not None)

    def defaults(self) -> dict[str, str]:
        given = {"region": self.region.currentData(), "violations": self.violation.currentData()}
        if date := self.date.text().strip():
            given["date"] = date
        return {name: value for name, value in given.items() if value}

    def accept(self) -> None:
        """A date given for bulletins without one is checked before the file is read."""
        if date := self.date.text().strip():
            try:
                sheet_date(date)
            except InvalidRecord as exc:
                self.problem.setText(fill(self.tr("Date: %1"), exc.problem))
                self.problem.show()
                self.date.setFocus()
                return
        super().accept()


class ExportTableDialog(QDialog):
    """Which table to write; says, in one sentence, that it will not be encrypted."""

    FORMATS = ("csv", "xlsx", "uwazi")

    def __init__(self, parent: QWidget | None,
                 files: Callable[[], list[tuple[str, str, str]]] = list):
        super().__init__(parent, objectName="export_table")
        self._files = files  # (attachment id, incident, file name), asked when first needed
        self.setWindowTitle(self.tr("Export a table"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox(objectName="export_format")
        for code, label in zip(self.FORMATS, (
                self.tr("CSV (spreadsheet, re-imports without a map)"),
                self.tr("XLSX (Excel workbook)"),
                self.tr("Uwazi (zip for HURIDOCS's Uwazi)")), strict=True):
            self.format.addItem(label, code)
        form.addRow(self.tr("&Format:"), self.format)
        layout.addLayout(form)
        self.attachments = QCheckBox(self.tr("Include &attachments (photos without their "
                                             "hidden data)"), objectName="export_attachments")
        self.attachments.setEnabled(False)
        self.format.currentIndexChanged.connect(lambda _i: self._show_files())
        self.attachments.toggled.connect(lambda _on: self._show_files())
        layout.addWidget(self.attachments)
        # Which files leave: each one ticked, so a photo not for publication can stay.
        self.files = QListWidget(objectName="export_files")
        self.files.hide()
        layout.addWidget(self.files)
        self.which = QLabel(wordWrap=True, objectName="export_which")
        self.which.setText(self.tr("The incidents the list shows are exported, with its "
                                   "search and filters."))
        layout.addWidget(self.which)
        self.warning = QLabel(wordWrap=True, objectName="export_warning")
        self.warning.setText(self.tr(
            "This file will not be encrypted: anyone who gets it can read every name in it."))
        self.warning.setStyleSheet("font-weight: bold")
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Qt's own words are not shipped (only Tirkeu's catalogues): named here.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.export_button = buttons.addButton(self.tr("&Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _show_files(self) -> None:
        uwazi = self.chosen_format() == "uwazi"
        self.attachments.setEnabled(uwazi)
        shown = uwazi and self.attachments.isChecked()
        if shown and self.files.property("filled") is None:
            self.files.setProperty("filled", True)
            for ident, title, filename in self._files():
                item = QListWidgetItem(fill(self.tr("%1 — %2"), title, filename))
                item.setData(Qt.ItemDataRole.UserRole, ident)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.files.addItem(item)
        self.files.setVisible(shown and self.files.count() > 0)

    def with_attachments(self) -> bool:
        return self.chosen_format() == "uwazi" and self.attachments.isChecked()

    def chosen_files(self) -> set[str] | None:
        """The attachments ticked to leave (None: no list was shown, so every one)."""
        if self.files.property("filled") is None:
            return None
        return {self.files.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.files.count())
                if self.files.item(i).checkState() == Qt.CheckState.Checked}
