"""Before a spreadsheet comes in: its first rows, the field proposed for each column (a
person may change any), and for each coded column every distinct cell value with the code
it maps to — a value that equals a label in any language maps by itself; the others wait
for a choice, and a value left unchosen refuses its rows when the import checks them.

As the command's ``--default FIELD=VALUE`` and MAP.json's ``separator`` do, it also takes
a value for each required field (title, date, region, violation) wherever a row leaves
it empty or no column fills it, and the separator between several people or codes in one
cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import InvalidRecord
from desktop_app.core.vocabulary import vocabulary
from desktop_app.tables.mapping import CODED, FIELDS, TableMap, propose_columns, propose_values
from desktop_app.tables.reading import Sheet
from desktop_app.tables.rows import cell_text
from desktop_app.tables.sheet_dates import sheet_date
from desktop_app.ui.kit.text import fill

PREVIEW_ROWS = 8
MAX_VALUES = 300  # distinct values listed per coded column
REQUIRED = ("title", "date", "region", "violations")  # what every incident must have


class MappingDialog(QDialog):
    """``fields()`` and ``table_map()`` say what the person chose once it is accepted."""

    def __init__(self, parent: QWidget | None, sheet: Sheet, language: str = "en"):
        super().__init__(parent, objectName="mapping_dialog")
        self.sheet, self.language = sheet, language
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True, objectName="mapping_intro")
        self.intro.setText(self.tr(
            "Choose the field each column fills; a column left as “Keep in the description” "
            "is kept there under its header. Nothing is stored until you press Import."))
        layout.addWidget(self.intro)
        self.read_as = QLabel(wordWrap=True, objectName="mapping_read_as")
        self.read_as.setText(self._how_read())
        if sheet.encoding == "cp1251":  # a guess the person should check
            self.read_as.setStyleSheet("font-weight: bold")
        layout.addWidget(self.read_as)
        separator_row = QHBoxLayout()
        self.separator_label = QLabel(self.tr("Several people or words in one cell are "
                                              "separated by (a line break always separates):"))
        self.separator = QLineEdit(";", objectName="mapping_separator")
        self.separator.setMaxLength(5)
        self.separator.setPlaceholderText(";")
        self.separator.setFixedWidth(self.separator.fontMetrics().horizontalAdvance("M") * 5)
        self.separator_label.setBuddy(self.separator)
        self.separator.textChanged.connect(lambda _t: self._fill_values())
        separator_row.addWidget(self.separator_label)
        separator_row.addWidget(self.separator)
        separator_row.addStretch(1)
        layout.addLayout(separator_row)
        self.preview = QTableWidget(objectName="mapping_preview")
        layout.addWidget(self.preview, 2)
        self.values_label = QLabel(wordWrap=True, objectName="mapping_values_label")
        self.values_label.setText(self.tr(
            "Words in coded columns and the code each one means. Choose one for every word "
            "marked “Choose…”: rows with an unchosen word are refused."))
        layout.addWidget(self.values_label)
        self.values = QTableWidget(objectName="mapping_values")
        self.values.setColumnCount(3)
        self.values.setHorizontalHeaderLabels([self.tr("Column"), self.tr("In the sheet"),
                                               self.tr("Code")])
        self.values.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.values, 1)
        layout.addWidget(self._defaults_box(language))
        self.missing = QLabel(wordWrap=True, objectName="mapping_missing")
        self.missing.setStyleSheet("font-weight: bold")
        layout.addWidget(self.missing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Qt's own words are not shipped (only Tirkeu's catalogues): named here.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("mapping_import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field_boxes: list[QComboBox] = []
        self.value_boxes: dict[tuple[str, str], QComboBox] = {}
        self._fill_preview()
        self._fill_values()
        for edit in (self.default_title, self.default_date):
            edit.textChanged.connect(lambda _t: self._say_missing())
        for box in (self.default_region, self.default_violation):
            box.currentIndexChanged.connect(lambda _i: self._say_missing())
        self._say_missing()

    def _defaults_box(self, language: str) -> QGroupBox:
        """A value for each required field, for the rows that leave it empty."""
        group = QGroupBox(self.tr("For every row that leaves it empty (or if no column "
                                  "fills it)"), objectName="mapping_defaults")
        grid = QGridLayout(group)
        self.default_title = QLineEdit(objectName="default_title")
        self.default_date = QLineEdit(objectName="default_date")
        self.default_date.setPlaceholderText(self.tr("as in the sheet: 2018, 05.2018, "
                                                     "12.05.2018"))
        self.default_region = QComboBox(objectName="default_region")
        self.default_violation = QComboBox(objectName="default_violation")
        for box, vocab in ((self.default_region, "region"),
                           (self.default_violation, "violation")):
            box.addItem(self.tr("None"), None)
            terms = sorted(vocabulary(vocab).terms,
                           key=lambda t: t.label(language).casefold())
            for term in terms:
                box.addItem(term.label(language), term.code)
        for row, column, text, widget in (
                (0, 0, self.tr("&Title:"), self.default_title),
                (0, 2, self.tr("&Date:"), self.default_date),
                (1, 0, self.tr("&Region:"), self.default_region),
                (1, 2, self.tr("&Violation:"), self.default_violation)):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return group

    def _how_read(self) -> str:
        """How the file was read (the command says it too), and how many rows it holds."""
        sheet = self.sheet
        rows = self.tr("%n row(s) below the headers.", "", len(sheet.rows))
        if sheet.delimiter is None:
            return self.tr("Read the first sheet of the workbook.") + " " + rows
        delimiter = (self.tr("Tab") if sheet.delimiter == "\t"
                     else fill(self.tr("“%1”"), sheet.delimiter))  # «;» in Russian
        if sheet.encoding == "cp1251":
            said = fill(self.tr("This file is not UTF-8: it was read as Cyrillic Windows-1251 "
                                "text (what Excel on a Russian or Kazakh Windows saves as CSV), "
                                "columns separated by %1. Check the letters below."), delimiter)
        else:
            said = fill(self.tr("Read as UTF-8 text, columns separated by %1."), delimiter)
        return said + " " + rows

    def field_names(self) -> dict[str, str]:
        """Each field as a person reads it."""
        return {
            "": self.tr("Keep in the description"), "id": self.tr("Incident id"),
            "title": self.tr("Title"), "date": self.tr("Date"),
            "date_end": self.tr("End date"), "region": self.tr("Region"),
            "place": self.tr("Place"), "description": self.tr("Description"),
            "violations": self.tr("Violations"), "tags": self.tr("Tags"),
            "status": self.tr("Status"), "victims.name": self.tr("Person: name"),
            "victims.category": self.tr("Person: category"),
            "victims.gender": self.tr("Person: gender"),
            "victims.organization": self.tr("Person: organization"),
            "legal_cases.article": self.tr("Legal case: article"),
            "legal_cases.code": self.tr("Legal case: code"),
            "legal_cases.outcome": self.tr("Legal case: outcome"),
            "legal_cases.court": self.tr("Legal case: court"),
            "victims.fatal": self.tr("Person: killed (yes or no)"),
            "victims.person_id": self.tr("Person: id"),
            "perpetrators.kind": self.tr("Perpetrator: kind"),
            "perpetrators.description": self.tr("Perpetrator: description"),
            "legal_cases.defendant": self.tr("Legal case: defendant"),
            "legal_cases.penalties": self.tr("Legal case: penalties"),
            "legal_cases.decided_on": self.tr("Legal case: date of the decision"),
            "remedies.mechanism": self.tr("Remedy: mechanism"),
            "remedies.reference": self.tr("Remedy: reference"),
            "remedies.outcome": self.tr("Remedy: outcome"),
            "remedies.implemented": self.tr("Remedy: implemented (yes or no)"),
            "sources.kind": self.tr("Source: kind"),
            "sources.reference": self.tr("Source: reference"),
            "sources.reliability": self.tr("Source: reliability"),
        }

    def _fill_preview(self) -> None:
        sheet = self.sheet
        proposed = propose_columns(sheet.headers, [list(sheet.column(i))
                                                   for i in range(len(sheet.headers))])
        rows = sheet.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(sheet.headers))
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels(list(sheet.headers))
        self.preview.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(n) for n in sheet.numbers[:PREVIEW_ROWS]])
        names = self.field_names()
        for column, name in enumerate(proposed):
            box = QComboBox(objectName=f"field_{column}")
            box.setAccessibleName(fill(self.tr("Field for column %1"),
                                       sheet.headers[column] or str(column + 1)))
            for code in ("", *FIELDS):
                box.addItem(names[code], code)
            box.setCurrentIndex(box.findData(name))
            box.currentIndexChanged.connect(self._fill_values)
            self.preview.setCellWidget(0, column, box)
            self.field_boxes.append(box)
            for r, row in enumerate(rows, start=1):
                item = QTableWidgetItem(cell_text(row[column]))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.preview.setItem(r, column, item)
        self.preview.resizeColumnsToContents()

    def fields(self) -> list[str]:
        return [box.currentData() for box in self.field_boxes]

    def _fill_values(self) -> None:
        chosen = {key: box.currentData() for key, box in self.value_boxes.items()}
        self.value_boxes.clear()
        rows: list[tuple[str, str, str, str | None]] = []  # header, field, cell, code
        for column, name in enumerate(self.fields()):
            if name not in CODED:
                continue
            cells = [cell_text(c) for c in self.sheet.column(column) if cell_text(c)]
            proposals = propose_values(name, cells, TableMap(self.cell_separator()))
            for cell, code in list(proposals.items())[:MAX_VALUES]:
                rows.append((self.sheet.headers[column], name, cell, code))
        self.values.setRowCount(len(rows))
        for r, (header, name, cell, code) in enumerate(rows):
            self.values.setItem(r, 0, QTableWidgetItem(header))
            self.values.setItem(r, 1, QTableWidgetItem(cell))
            box = QComboBox()
            box.addItem(self.tr("Choose…"), None)
            for term in vocabulary(CODED[name]).terms:
                box.addItem(term.label(self.language), term.code)
            box.setCurrentIndex(box.findData(chosen.get((name, cell), code)))
            if box.currentIndex() < 0:
                box.setCurrentIndex(0)
            self.values.setCellWidget(r, 2, box)
            self.value_boxes[(name, cell)] = box
        self.values.resizeColumnsToContents()
        if hasattr(self, "missing"):
            self._say_missing()

    def cell_separator(self) -> str:
        """Between several values of one cell: what the person typed, ";" if nothing."""
        return self.separator.text().strip() or ";"

    def defaults(self) -> dict[str, str]:
        """The values given for the required fields, as ``--default FIELD=VALUE``."""
        given = {"title": self.default_title.text().strip(),
                 "date": self.default_date.text().strip(),
                 "region": self.default_region.currentData() or "",
                 "violations": self.default_violation.currentData() or ""}
        return {name: value for name, value in given.items() if value}

    def _say_missing(self) -> None:
        """Name the required fields no column fills and no value below gives."""
        names = self.field_names()
        lacking = [names[n] for n in REQUIRED
                   if n not in self.fields() and n not in self.defaults()]
        self.missing.setText("" if not lacking else fill(self.tr(
            "No column fills %1: give a value above, or every row is refused."),
            ", ".join(lacking)))
        self.missing.setVisible(bool(lacking))

    def accept(self) -> None:
        """A date given for the empty rows is checked before anything is read."""
        date = self.default_date.text().strip()
        if date:
            try:
                sheet_date(date)
            except InvalidRecord as exc:
                self.missing.setText(fill(self.tr("Date for every row: %1"), exc.problem))
                self.missing.setVisible(True)
                self.default_date.setFocus()
                return
        super().accept()

    def table_map(self) -> TableMap:
        """The values chosen by hand (the others map by themselves)."""
        values: dict[str, dict[str, str]] = {}
        for (name, cell), box in self.value_boxes.items():
            if box.currentData() is not None:
                values.setdefault(name, {})[cell] = box.currentData()
        return TableMap(self.cell_separator(), values=values)
