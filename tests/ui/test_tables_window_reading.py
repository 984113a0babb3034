"""What the window's imports tell a person before anything is stored: how a spreadsheet was
read (Windows-1251 is a guess to check, and said so), how many rows it holds; and the date
a Martus bulletin without one is given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop_app.tables.reading import read_table
from desktop_app.ui.tables.controller import TablesController
from desktop_app.ui.tables.dialogs import MartusDefaultsDialog
from desktop_app.ui.tables.mapping_dialog import MappingDialog

SHEET = """\
Название;Дата;Область;Нарушение
Задержание на пикете;12.05.2018;г. Алматы;Задержание
Угрозы журналисту;май 2018;Актюбинская область;Угрозы
"""
NO_DATE = """<?xml version="1.0" encoding="UTF-8"?>
<MartusBulletins><MartusBulletin>
<MainFieldSpecs><Field type='STRING'><Tag>title</Tag><Label>Title</Label></Field>
</MainFieldSpecs>
<FieldValues><Field tag='title'><Value>Забастовка</Value></Field></FieldValues>
</MartusBulletin></MartusBulletins>
"""


def test_the_dialog_says_a_windows_1251_file_was_guessed(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(SHEET.encode("cp1251"))
    dialog = MappingDialog(None, read_table(path))
    qtbot.addWidget(dialog)
    said = dialog.read_as.text()
    assert said.startswith("This file is not UTF-8: it was read as Cyrillic Windows-1251")
    assert "columns separated by “;”" in said and said.endswith("2 rows below the headers.")
    assert dialog.preview.item(1, 0).text() == "Задержание на пикете"  # the letters to check


def test_the_dialog_says_how_utf8_and_xlsx_were_read(qtbot: Any, tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "utf8.csv"
    path.write_text(SHEET.replace(";", "\t").splitlines(keepends=True)[0]
                    + SHEET.replace(";", "\t").splitlines(keepends=True)[1], encoding="utf-8")
    dialog = MappingDialog(None, read_table(path))
    qtbot.addWidget(dialog)
    assert dialog.read_as.text() == ("Read as UTF-8 text, columns separated by Tab. "
                                     "1 row below the headers.")
    book = Workbook()
    for row in SHEET.splitlines():
        book.active.append(row.split(";"))
    book.save(tmp_path / "book.xlsx")
    dialog = MappingDialog(None, read_table(tmp_path / "book.xlsx"))
    qtbot.addWidget(dialog)
    assert dialog.read_as.text() == ("Read the first sheet of the workbook. "
                                     "2 rows below the headers.")


def test_a_martus_bulletin_without_a_date_takes_the_one_given(
        qtbot: Any, tables: TablesController, archive: Any, files: list[list[str]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "no-date.xml").write_text(NO_DATE, encoding="utf-8")
    checked = []

    def choose(dialog: MartusDefaultsDialog) -> QDialog.DialogCode:
        dialog.show()
        dialog.region.setCurrentIndex(dialog.region.findData("mangystau"))
        dialog.violation.setCurrentIndex(dialog.violation.findData("arrest"))
        dialog.date.setText("31.02.2011")
        dialog.import_button.click()
        checked.append((dialog.isVisible(), dialog.problem.text()))
        dialog.date.setText("12.2011")
        dialog.import_button.click()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(MartusDefaultsDialog, "exec", choose)
    files.append([str(tmp_path / "no-date.xml")])
    tables.import_martus()
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
    assert tables.runner.progress is not None
    assert tables.runner.progress.labelText().startswith("Added 1, revised 0, unchanged 0.")
    (visible, problem), = checked
    assert visible and problem.startswith("Date: ") and "31.02.2011" in problem
    (stored,) = archive.incidents.get_many(archive.incidents.all_ids())
    assert str(stored.date) == "2011-12"


TWICE = """\
Название;Дата;Область;Нарушение;ФИО
Задержание на пикете;12.05.2018;г. Алматы;Задержание;Ерлан Жаксылыков
Обыск;2019;г. Алматы;Задержание;Ерлан Жаксылыков
"""


def test_a_name_met_twice_is_offered_on_the_people_page(
        controller: Any, qtbot: Any, tmp_path: Path, files: list[list[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import unlock_through_dialog

    unlock_through_dialog(qtbot, controller)
    (tmp_path / "twice.csv").write_text(TWICE, encoding="utf-8")
    files.append([str(tmp_path / "twice.csv")])
    monkeypatch.setattr(MappingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    asked: list[str] = []

    def look(box: QMessageBox) -> int:
        asked.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == "Open the &People page"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    controller.window.import_table_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert asked[0].startswith("Added 2, revised 0, unchanged 0.")
    assert "Ерлан Жаксылыков (rows 2, 3)" in asked[0]
    people = controller.window.page("people")
    qtbot.waitUntil(lambda: controller.window.current_page() is people, timeout=5000)
    assert people.filter.text() == "Ерлан Жаксылыков"
    qtbot.waitUntil(lambda: people.people.rowCount() == 2, timeout=5000)  # two, not merged
    ids = {v.person_id for i in controller.archive.incidents.get_many(
        controller.archive.incidents.all_ids()) for v in i.victims}
    assert len(ids) == 2


def test_the_person_chooses_which_files_go_into_the_uwazi_zip(
        qtbot: Any, tables: TablesController, archive: Any, files: list[list[str]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import zipfile

    from desktop_app.core.interchange import incident_from_json
    from desktop_app.ui.tables.dialogs import ExportTableDialog

    incident = incident_from_json({"title": "Пикет", "date": "2018-05", "region": "almaty_city",
                                   "violations": ["arrest"]})
    archive.incidents.save(incident, "me")
    archive.attachments.add_stream(incident.id, io.BytesIO(b"%PDF-1.4 protocol"),
                                   "протокол.pdf", "application/pdf")
    archive.attachments.add_stream(incident.id, io.BytesIO(b"witness's own words"),
                                   "свидетель.txt", "text/plain")
    listed: list[list[str]] = []

    def choose(dialog: ExportTableDialog) -> QDialog.DialogCode:
        dialog.format.setCurrentIndex(dialog.format.findData("uwazi"))
        assert dialog.files.isHidden()  # nothing listed until files are asked for
        dialog.attachments.setChecked(True)
        listed.append([dialog.files.item(i).text() for i in range(dialog.files.count())])
        dialog.files.item(1).setCheckState(Qt.CheckState.Unchecked)  # the witness stays
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportTableDialog, "exec", choose)
    files.append([str(tmp_path / "out.zip")])
    tables.export_table_of_all()
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
    assert listed == [["Пикет — протокол.pdf", "Пикет — свидетель.txt"]]
    with zipfile.ZipFile(tmp_path / "out.zip") as made:
        assert "протокол.pdf" in made.namelist() and "свидетель.txt" not in made.namelist()
        assert "протокол.pdf" in made.read("import.csv").decode("utf-8")


def test_the_same_sheet_twice_in_the_window_stores_nothing_again(
        qtbot: Any, tables: TablesController, archive: Any, files: list[list[str]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "journal.csv").write_text(SHEET, encoding="utf-8")
    monkeypatch.setattr(MappingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    said = []
    for _time in range(2):
        files.append([str(tmp_path / "journal.csv")])
        tables.import_table()
        qtbot.waitUntil(lambda: not tables.busy, timeout=20000)  # reading, then the dialog
        qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
        assert tables.runner.progress is not None
        said.append(tables.runner.progress.labelText())
    assert said[0] == "Added 2, revised 0, unchanged 0."
    assert said[1] == ("Added 0, revised 0, unchanged 2. Every row of this file was already "
                       "in the vault from an earlier import; nothing was stored again.")
    assert archive.incidents.count() == 2


def test_a_long_refusal_wraps_inside_a_laptop_screen(
        qtbot: Any, tables: TablesController, archive: Any, files: list[list[str]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = "".join(f"Пикет {n};2018;г. Алматы;Задержание;Ерлан;{word}\n"
                   for n, word in zip(range(60), ["м", "ж", "муж.", "жен."] * 15, strict=True))
    (tmp_path / "bad.csv").write_text("Название;Дата;Область;Нарушение;ФИО;Пол\n" + body,
                                      encoding="utf-8")
    monkeypatch.setattr(MappingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    files.append([str(tmp_path / "bad.csv")])
    tables.import_table()
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
    progress = tables.runner.progress
    assert progress is not None
    said = progress.labelText()
    assert said.startswith("row 2, row 6, row 10 and 12 more records: Пол: 'м' has no code "
                           "chosen in the list of words")
    assert "MAP.json" not in said  # the window's own words, not the command's
    assert progress.width() <= 800  # wrapped, not wider than the screen
    assert archive.incidents.count() == 0
