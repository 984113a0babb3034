"""Importing a sheet or a Martus file that was imported before: the archive must not
double. Rows and versions already stored are recognised by their content, edits made in
Tirkeu since are kept, and files already attached are not attached again."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop_app.storage.archive import open_archive
from tests.conftest import PASSPHRASE
from tests.test_cli import Tirkeu

DATA = Path(__file__).parent / "data"
DEFAULTS = ("--default", "region=mangystau", "--default", "violations=arrest")
SHEET = """\
Название;Дата;Область;Нарушение;ФИО
Задержание на пикете;12.05.2018;г. Алматы;Задержание;Ерлан Жаксылыков
Угрозы журналисту;май 2018;Актюбинская область;Угрозы;Айгуль Нурова
Обыск;2019;Актюбинская область;Угрозы;"Ерлан Жаксылыков; Роза Т."
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _people(vault: Tirkeu) -> set[str]:
    return {v["person_id"] for i in vault.listed() for v in i["victims"]}


def test_the_same_sheet_twice_stores_nothing_the_second_time(vault: Tirkeu,
                                                             tmp_path: Path) -> None:
    sheet = _write(tmp_path / "журнал.csv", SHEET)
    assert "Added 3, revised 0, unchanged 0." in vault.ok("import-table", sheet).out
    before, people = vault.listed(), _people(vault)
    copy = shutil.copy(sheet, tmp_path / "журнал (копия).csv")  # a copy, renamed
    out = vault.ok("import-table", copy).out
    assert "Added 0, revised 0, unchanged 3." in out
    assert ("Every row of this file was already in the vault from an earlier import; "
            "nothing was stored again.") in out
    assert "already in the vault and is kept as another person" not in out
    assert "appear in more than one record" not in out
    assert vault.listed() == before  # no new incident, no new person, no new revision
    assert _people(vault) == people


def test_a_sheet_that_grew_adds_only_its_new_rows(vault: Tirkeu, tmp_path: Path) -> None:
    vault.ok("import-table", _write(tmp_path / "май.csv", SHEET))
    grown = _write(tmp_path / "июнь.csv", SHEET + "Пикет у акимата;06.2018;г. Алматы;"
                   "Задержание;Асель Ахметова\n")
    out = vault.ok("import-table", grown).out
    assert "Added 1, revised 0, unchanged 3." in out
    assert ("3 rows were already in the vault from an earlier import (the same content) "
            "and were not stored again.") in out
    assert sorted(i["title"] for i in vault.listed()) == sorted([
        "Обыск", "Задержание на пикете", "Пикет у акимата", "Угрозы журналисту"])


def test_two_equal_rows_stay_two_incidents_and_are_recognised_again(
        vault: Tirkeu, tmp_path: Path) -> None:
    row = SHEET.splitlines()[1]
    sheet = _write(tmp_path / "twice.csv", "\n".join([SHEET.splitlines()[0], row, row, ""]))
    assert "Added 2, revised 0, unchanged 0." in vault.ok("import-table", sheet).out
    assert "Added 0, revised 0, unchanged 2." in vault.ok("import-table", sheet).out
    assert len(vault.listed()) == 2


def test_an_incident_edited_since_its_import_keeps_the_edit(vault: Tirkeu,
                                                             tmp_path: Path) -> None:
    sheet = _write(tmp_path / "журнал.csv", SHEET)
    vault.ok("import-table", sheet)
    edited = vault.by_title()["Обыск"]
    edited["title"] = "Обыск в редакции"
    edited["place"] = "Актобе"
    (tmp_path / "edit.json").write_text(json.dumps(edited, ensure_ascii=False),
                                        encoding="utf-8")
    vault.ok("add", "--json", tmp_path / "edit.json")
    out = vault.ok("import-table", sheet).out
    assert "Added 0, revised 0, unchanged 3." in out
    stored = vault.by_title()
    assert "Обыск" not in stored and stored["Обыск в редакции"]["place"] == "Актобе"


def test_a_changed_row_is_a_new_incident_beside_the_old_one(vault: Tirkeu,
                                                            tmp_path: Path) -> None:
    vault.ok("import-table", _write(tmp_path / "a.csv", SHEET))
    changed = _write(tmp_path / "b.csv", SHEET.replace("май 2018", "06.05.2018"))
    assert "Added 1, revised 0, unchanged 2." in vault.ok("import-table", changed).out
    assert len(vault.listed()) == 4


def test_the_same_martus_file_twice_adds_no_revision_and_no_file(vault: Tirkeu,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "martus"
    folder.mkdir()
    xml = Path(shutil.copy(DATA / "martus_export.xml", folder))
    (folder / "statement.txt").write_bytes("Заявление\n".encode())
    vault.ok("import-martus", xml, *DEFAULTS)
    detained = vault.by_title()["Задержание у акимата"]
    # An edit made in Tirkeu after the import.
    detained["place"] = "Жанаозен, акимат"
    (tmp_path / "edit.json").write_text(json.dumps(detained, ensure_ascii=False),
                                        encoding="utf-8")
    vault.ok("add", "--json", tmp_path / "edit.json")
    with open_archive(vault.data_dir, PASSPHRASE) as archive:
        history = len(archive.incidents.history(detained["id"]))
    out = vault.ok("import-martus", xml, *DEFAULTS).out
    assert "Added 0, revised 0, unchanged 2." in out
    with open_archive(vault.data_dir, PASSPHRASE) as archive:
        assert len(archive.incidents.history(detained["id"])) == history == 3
        assert [f.filename for f in archive.attachments.for_incident(detained["id"])] == [
            "statement.txt"]
    assert vault.by_title()["Задержание у акимата"]["place"] == "Жанаозен, акимат"
