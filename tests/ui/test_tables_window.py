"""The File menu's spreadsheet, Martus and table exports, as a person uses them: the
mapping dialog proposes, the person corrects, the work shows progress and can be
cancelled with nothing stored."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.tables import rows
from desktop_app.tables.reading import read_table
from desktop_app.ui.tables import controller as tables_controller
from desktop_app.ui.tables.controller import TablesController
from desktop_app.ui.tables.dialogs import ExportTableDialog, MartusDefaultsDialog
from desktop_app.ui.tables.mapping_dialog import MappingDialog

SHEET = """\
Название;Дата;Область;Нарушение;ФИО;Пол
Задержание на пикете;12.05.2018;г. Алматы;Задержание;Ерлан Жаксылыков;м
Угрозы журналисту;май 2018;Актюбинская область;Угрозы;Айгуль Нурова;Женский
"""
MARTUS = Path(__file__).parents[1] / "tables" / "data" / "martus_export.xml"


def _sheet(tmp_path: Path, text: str = SHEET) -> Path:
    path = tmp_path / "журнал.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _finished(qtbot: Any, tables: TablesController) -> str:
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
    assert tables.runner.progress is not None
    return tables.runner.progress.labelText()


def test_the_mapping_dialog_proposes_and_asks_only_for_unknown_words(
        qtbot: Any, tmp_path: Path) -> None:
    dialog = MappingDialog(None, read_table(_sheet(tmp_path)))
    qtbot.addWidget(dialog)
    assert dialog.fields() == ["title", "date", "region", "violations", "victims.name",
                               "victims.gender"]
    assert dialog.preview.item(1, 0).text() == "Задержание на пикете"  # the first rows
    boxes = dialog.value_boxes
    assert boxes[("region", "г. Алматы")].currentData() == "almaty_city"  # by its label
    assert boxes[("victims.gender", "Женский")].currentData() == "female"
    unknown = boxes[("victims.gender", "м")]
    assert unknown.currentData() is None and unknown.currentText() == "Choose…"
    unknown.setCurrentIndex(unknown.findData("male"))
    assert dialog.table_map().code_for("victims.gender", "м") == "male"
    # A column changed to another field lists that field's words instead.
    dialog.field_boxes[5].setCurrentIndex(dialog.field_boxes[5].findData(""))
    assert not any(name == "victims.gender" for name, _cell in dialog.value_boxes)


NO_REGION = """\
Название;Дата;Нарушение;ФИО;Пол
Задержание на пикете;12.05.2018;Задержание;Ерлан Жаксылыков, Роза Т.;Мужской, Женский
"""


def test_the_dialog_takes_defaults_and_the_separator(qtbot: Any, tmp_path: Path) -> None:
    dialog = MappingDialog(None, read_table(_sheet(tmp_path, NO_REGION)))
    qtbot.addWidget(dialog)
    # No column fills the region: the dialog says so before Import is pressed.
    assert not dialog.missing.isHidden()
    assert dialog.missing.text() == ("No column fills Region: give a value above, or every "
                                     "row is refused.")
    assert dialog.value_boxes[("victims.gender", "Мужской, Женский")].currentData() is None
    dialog.separator.setText(",")  # the sheet puts commas between people
    boxes = dialog.value_boxes
    assert boxes[("victims.gender", "Мужской")].currentData() == "male"
    assert boxes[("victims.gender", "Женский")].currentData() == "female"
    assert dialog.table_map().separator == ","
    dialog.default_region.setCurrentIndex(dialog.default_region.findData("mangystau"))
    assert dialog.missing.isHidden()
    assert dialog.defaults() == {"region": "mangystau"}
    # A date for the empty rows is checked when Import is pressed.
    dialog.show()
    dialog.default_date.setText("31.02.2018")
    dialog.import_button.click()
    assert dialog.isVisible() and "is not a date" in dialog.missing.text()
    dialog.default_date.setText("2018")
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.defaults() == {"date": "2018", "region": "mangystau"}


def test_defaults_and_separator_chosen_in_the_window_are_stored(
        qtbot: Any, tables: TablesController, archive: Any, files: list[list[str]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def choose(dialog: MappingDialog) -> QDialog.DialogCode:
        dialog.separator.setText(",")
        dialog.default_region.setCurrentIndex(dialog.default_region.findData("mangystau"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MappingDialog, "exec", choose)
    files.append([str(_sheet(tmp_path, NO_REGION))])
    tables.import_table()
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
    assert _finished(qtbot, tables).startswith("Added 1, revised 0, unchanged 0.")
    (stored,) = archive.incidents.get_many(archive.incidents.all_ids())
    assert stored.region == "mangystau"
    assert [(v.name, v.gender) for v in stored.victims] == [
        ("Ерлан Жаксылыков", "male"), ("Роза Т.", "female")]


def test_a_sheet_mapped_in_the_window_is_stored(qtbot: Any, tables: TablesController,
                                                archive: Any, files: list[list[str]],
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def choose(dialog: MappingDialog) -> QDialog.DialogCode:
        box = dialog.value_boxes[("victims.gender", "м")]
        box.setCurrentIndex(box.findData("male"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MappingDialog, "exec", choose)
    files.append([str(_sheet(tmp_path))])
    tables.import_table()
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)  # reading, then the dialog
    said = _finished(qtbot, tables)
    assert said == "Added 2, revised 0, unchanged 0."
    stored = {i.title: i for i in archive.incidents.get_many(archive.incidents.all_ids())}
    assert stored["Задержание на пикете"].victims[0].gender == "male"
    assert str(stored["Угрозы журналисту"].date) == "2018-05"


def test_an_unchosen_word_refuses_the_sheet_in_one_sentence(
        qtbot: Any, tables: TablesController, archive: Any, files: list[list[str]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MappingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    files.append([str(_sheet(tmp_path))])
    tables.import_table()
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
    said = _finished(qtbot, tables)
    assert said.startswith("row 2: Пол: 'м' has no code chosen in the list of words")
    assert archive.incidents.count() == 0


def test_cancel_while_checking_stores_nothing(qtbot: Any, tables: TablesController,
                                              archive: Any, files: list[list[str]],
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    body = "".join(f"Пикет {n};2018;г. Алматы;Задержание;;\n" for n in range(600))
    files.append([str(_sheet(tmp_path, SHEET.splitlines(keepends=True)[0] + body))])
    monkeypatch.setattr(MappingDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    def pressed_cancel(*args: Any) -> Any:
        assert tables.runner.task is not None
        tables.runner._cancel_pressed()  # the dialog's Cancel, as it is clicked
        return rows.plan_table(*args)

    monkeypatch.setattr(tables_controller, "plan_table", pressed_cancel)
    tables.import_table()
    qtbot.waitUntil(lambda: not tables.busy, timeout=20000)
    assert _finished(qtbot, tables) == "Cancelled; nothing was changed."
    assert archive.incidents.count() == 0


def test_martus_through_the_window_with_the_region_chosen(
        qtbot: Any, tables: TablesController, archive: Any, files: list[list[str]],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(MARTUS, tmp_path / MARTUS.name)
    (tmp_path / "statement.txt").write_text("Заявление", encoding="utf-8")

    def choose(dialog: MartusDefaultsDialog) -> QDialog.DialogCode:
        assert "no region and no violation" in dialog.intro.text()
        assert not dialog.import_button.isEnabled()  # nothing is chosen for the person
        dialog.region.setCurrentIndex(dialog.region.findData("mangystau"))
        dialog.violation.setCurrentIndex(dialog.violation.findData("arrest"))
        assert dialog.import_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MartusDefaultsDialog, "exec", choose)
    told: list[str] = []  # a name in two bulletins is offered for the People page
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    files.append([str(tmp_path / MARTUS.name)])
    tables.import_martus()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert told[0].startswith("Added 2, revised 0, unchanged 0.")
    assert "(bulletins " in told[0] and "merge them on the People page" in told[0]
    regions = {i.region for i in archive.incidents.get_many(archive.incidents.all_ids())}
    assert regions == {"mangystau"}


def test_export_warns_that_names_leave_encryption(qtbot: Any, tables: TablesController,
                                                  archive: Any, files: list[list[str]],
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.interchange import incident_from_json

    archive.incidents.save(incident_from_json({
        "title": "Пикет", "date": "2018-05", "region": "almaty_city",
        "violations": ["arrest"], "victims": [{"name": "Әлия"}]}), "me")
    warned = []

    def choose(dialog: ExportTableDialog) -> QDialog.DialogCode:
        warned.append(dialog.warning.text())
        dialog.format.setCurrentIndex(dialog.format.findData("uwazi"))
        assert dialog.attachments.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportTableDialog, "exec", choose)
    files.append([str(tmp_path / "out.zip")])
    tables.export_table_of_all()
    said = _finished(qtbot, tables)
    assert warned == [("This file will not be encrypted: anyone who gets it can read every "
                      "name in it.")]
    assert said.startswith("Wrote 1 incident to") and "not encrypted" in said
    with zipfile.ZipFile(tmp_path / "out.zip") as made:
        assert "Әлия" in made.read("people.csv").decode("utf-8")


def test_the_file_menu_offers_the_three(controller: Any, qtbot: Any) -> None:
    from tests.ui.conftest import unlock_through_dialog

    unlock_through_dialog(qtbot, controller)
    menu = controller.window.file_menu
    assert menu.title() == "&File"
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Import a &spreadsheet…", "Import from &Martus…", "&Export a table…"]


def test_the_menu_exports_what_the_list_shows(controller: Any, qtbot: Any, tmp_path: Path,
                                              files: list[list[str]],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import csv
    import io

    from desktop_app.core.interchange import incident_from_json
    from tests.ui.conftest import unlock_through_dialog

    unlock_through_dialog(qtbot, controller)
    for title, region in (("Пикет", "almaty_city"), ("Обыск", "atyrau")):
        controller.archive.incidents.save(incident_from_json({
            "title": title, "date": "2018", "region": region, "violations": ["arrest"]}),
            "me")
    controller.window.incidents.search.setText("Обыск")
    monkeypatch.setattr(ExportTableDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    files.append([str(tmp_path / "shown.csv")])
    controller.window.export_table_action.trigger()
    qtbot.waitUntil(lambda: not controller.tables.busy, timeout=20000)
    text = (tmp_path / "shown.csv").read_text(encoding="utf-8-sig")
    assert [r["title"] for r in csv.DictReader(io.StringIO(text))] == ["Обыск"]
