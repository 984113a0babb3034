"""`tirkeu import-table`: spreadsheets as organisations keep them, in Russian and Kazakh,
with their own column names and words; all or nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.test_cli import Tirkeu, refused, usage_error

RUSSIAN = """\
Название;Дата;Область;Нарушение;ФИО;Пол;Примечание
Задержание на пикете;12.05.2018;г. Алматы;Задержание;Ерлан Жаксылыков;Мужской;было холодно
Угрозы журналисту;май 2018;Актюбинская область;Угрозы;Айгуль Нурова;Женский;
Обыск и давление;2019;Актюбинская область;"Угрозы; Шантаж";"Ерлан Жаксылыков; Роза Т.";м;
"""

KAZAKH = """\
Тақырып,Күні,Облыс,Бұзушылық,Аты-жөні,Жынысы,Сот,Бабы
Пикеттегі ұстау,мамыр 2018,Алматы қаласы,Ұстап алу,Асель Ахметова,Әйел,Алмалы аудандық соты,488
Журналистке қорқыту,2018-06,Ақтөбе облысы,Қорқыту,Бауыржан Омаров,Ер,,
"""


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _map(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_russian_sheet_is_mapped_by_its_own_headers_and_words(vault: Tirkeu,
                                                                  tmp_path: Path) -> None:
    sheet = _write(tmp_path / "журнал.csv", RUSSIAN)
    out = vault.ok("import-table", sheet, "--map", _map(tmp_path / "map.json", {
        "values": {"victims.gender": {"м": "male"}}})).out
    assert "Added 3, revised 0, unchanged 0." in out
    assert "Название → title" in out and "Примечание → kept in the description" in out
    stored = vault.by_title()
    picket = stored["Задержание на пикете"]
    assert (picket["date"], picket["region"], picket["violations"]) == (
        "2018-05-12", "almaty_city", ["arrest"])
    assert picket["victims"][0]["name"] == "Ерлан Жаксылыков"
    assert picket["victims"][0]["gender"] == "male"
    assert "Примечание: было холодно" in picket["description"]
    assert stored["Угрозы журналисту"]["date"] == "2018-05"  # a month stays a month
    pressure = stored["Обыск и давление"]
    assert pressure["date"] == "2019"
    assert pressure["violations"] == ["threat", "blackmail"]
    assert [(v["name"], v["gender"]) for v in pressure["victims"]] == [
        ("Ерлан Жаксылыков", "male"), ("Роза Т.", "male")]


def test_a_name_in_two_rows_is_offered_as_one_person_never_merged(vault: Tirkeu,
                                                                   tmp_path: Path) -> None:
    sheet = _write(tmp_path / "журнал.csv", RUSSIAN.replace(";м;", ";Мужской;"))
    out = vault.ok("import-table", sheet).out
    assert "Ерлан Жаксылыков (rows 2, 4)" in out
    assert "merge them on the People page" in out
    ids = {v["person_id"] for i in vault.listed() for v in i["victims"]
           if v["name"] == "Ерлан Жаксылыков"}
    assert len(ids) == 2  # two people until someone who knows merges them


def test_a_kazakh_sheet_with_a_court_case(vault: Tirkeu, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "тізім.csv", KAZAKH)
    vault.ok("import-table", sheet)
    stored = vault.by_title()
    picket = stored["Пикеттегі ұстау"]
    assert (picket["date"], picket["region"], picket["violations"]) == (
        "2018-05", "almaty_city", ["arrest"])
    assert picket["victims"][0]["gender"] == "female"
    assert picket["legal_cases"][0]["article"] == "488"
    assert picket["legal_cases"][0]["court"] == "Алмалы аудандық соты"
    assert stored["Журналистке қорқыту"]["violations"] == ["threat"]
    assert stored["Журналистке қорқыту"]["legal_cases"] == []


def test_a_bad_row_refuses_the_whole_file_naming_rows_and_values(vault: Tirkeu,
                                                                 tmp_path: Path) -> None:
    bad = (RUSSIAN + "Ещё одно;31.02.2018;Актюбинская область;Угрозы;;;\n"
           + "И ещё;2018-07;Атлантида;Угрозы;;;\n")
    err = refused(vault("import-table", _write(tmp_path / "bad.csv", bad)),
                  "row 4", "'м'", "row 5", "'31.02.2018'", "row 6", "'Атлантида'")
    assert "MAP.json" in err
    assert vault.listed() == []  # nothing stored, not even the good rows


def test_dry_run_reports_and_stores_nothing(vault: Tirkeu, tmp_path: Path) -> None:
    out = vault.ok("import-table", _write(tmp_path / "k.csv", KAZAKH), "--dry-run").out
    assert "Would store 2 incidents; nothing was changed" in out
    assert vault.listed() == []


def test_a_windows_1251_csv_is_read_and_said(vault: Tirkeu, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "old.csv", RUSSIAN.replace(";м;", ";Мужской;"), "cp1251")
    out = vault.ok("import-table", sheet).out
    assert "as Windows-1251 text, columns separated by ;" in out
    assert "Задержание на пикете" in vault.by_title()


def test_utf8_with_a_bom_and_tabs(vault: Tirkeu, tmp_path: Path) -> None:
    text = KAZAKH.replace(",", "\t")
    out = vault.ok("import-table", _write(tmp_path / "t.csv", "\ufeff" + text)).out
    assert "UTF-8 (with a byte-order mark)" in out and "separated by Tab" in out
    assert len(vault.listed()) == 2


def test_xlsx_with_merged_headers_and_excel_dates(vault: Tirkeu, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Событие", "Дата", "Регион", "Вид нарушения", "Пострадавший", None])
    sheet.append([None, None, None, None, "ФИО", "Пол"])
    for column in "ABCD":
        sheet.merge_cells(f"{column}1:{column}2")
    sheet.merge_cells("E1:F1")
    sheet.append(["Задержание", dt.date(2018, 5, 12), "Жамбылская область", "Задержание",
                  "Айгерим Д.", "Женский"])
    sheet.append(["Угрозы", 43232, "Жамбылская область", "Угрозы", "Нурлан К.", "Мужской"])
    sheet.append(["Суд", "июнь 2018", "Жамбылская область", "Задержание", None, None])
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    out = vault.ok("import-table", path).out
    assert "Пострадавший / ФИО → victims.name" in out
    assert "Пострадавший / Пол → victims.gender" in out
    stored = vault.by_title()
    assert stored["Задержание"]["date"] == "2018-05-12"
    assert stored["Угрозы"]["date"] == "2018-05-12"  # serial 43232
    assert stored["Суд"]["date"] == "2018-06"
    assert stored["Угрозы"]["victims"][0] == stored["Угрозы"]["victims"][0] | {
        "name": "Нурлан К.", "gender": "male"}


def test_defaults_fill_what_the_sheet_lacks(vault: Tirkeu, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "s.csv", "title,date\nПикет,2018-05-12\n")
    refused(vault("import-table", sheet), "row 2", "region is required")
    vault.ok("import-table", sheet, "--default", "region=Атырауская область",
             "--default", "violations=arrest")
    assert vault.by_title()["Пикет"]["region"] == "atyrau"


def test_wrong_map_and_default_are_refused(vault: Tirkeu, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "s.csv", KAZAKH)
    refused(vault("import-table", sheet, "--map", _map(tmp_path / "m.json",
                                                       {"columns": {"Күні": "when"}})),
            "'when' is not a field")
    refused(vault("import-table", sheet, "--map", _map(tmp_path / "m.json",
                                                       {"values": {"region": {"A": "mars"}}})),
            "unknown code 'mars'")
    refused(vault("import-table", sheet, "--default", "colour=red"), "--default colour=red")
    refused(vault("import-table", tmp_path / "missing.csv"), "Cannot read")
    usage_error(vault("import-table"))
    assert vault.listed() == []


def test_an_exported_table_comes_back_without_a_map(vault: Tirkeu, tmp_path: Path) -> None:
    vault.ok("import-table", _write(tmp_path / "k.csv", KAZAKH))
    before = vault.by_title()
    vault.ok("export-table", "--format", "xlsx", "--out", tmp_path / "out.xlsx")
    out = vault.ok("import-table", tmp_path / "out.xlsx").out
    assert "revised 0" not in out or "Added 0" in out
    after = vault.by_title()
    assert {t: (i["date"], i["region"], i["violations"]) for t, i in after.items()} == {
        t: (i["date"], i["region"], i["violations"]) for t, i in before.items()}
    assert len(vault.listed()) == 2  # the id column brought them back to themselves


def test_a_name_already_in_the_vault_is_offered_not_merged(vault: Tirkeu,
                                                           tmp_path: Path) -> None:
    sheet = _write(tmp_path / "k.csv", KAZAKH)
    assert "already in the vault" not in vault.ok("import-table", sheet).out
    again = _write(tmp_path / "again.csv", KAZAKH.splitlines()[0] + "\n"
                   + KAZAKH.splitlines()[1].replace("Пикеттегі", "Екінші") + "\n")
    out = vault.ok("import-table", again).out
    assert ("This name was already in the vault and is kept as another person: "
            "Асель Ахметова.") in out
    assert "merge them on the People page" in out
    ids = {v["person_id"] for i in vault.listed() for v in i["victims"]
           if v["name"] == "Асель Ахметова"}
    assert len(ids) == 2


def test_a_code_a_coordinators_update_added_is_taken_once_the_vault_is_open(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, passphrase_file: Path) -> None:
    """A code the built-in vocabularies lack, added by the network's vocabulary update,
    is known only to the unlocked vault: the sheet is planned again with the vault open
    (the passphrase asked once); --dry-run, which never unlocks, still refuses it."""
    coordinator = Tirkeu(capsys, tmp_path / "coordinator", passphrase_file)
    monitor = Tirkeu(capsys, tmp_path / "monitor", passphrase_file)
    coordinator.ok("init", "--name", "Айгерим", "--role", "coordinator", "--no-recovery-code")
    monitor.ok("init", "--name", "Марат", "--no-recovery-code")
    monitor.ok("identity", "--out", tmp_path / "marat.json")
    coordinator.ok("contacts", "add", tmp_path / "marat.json", "--yes")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("title;date;region;violations\n"
                     "Интернет отключили;2026-11-03;astana;internet_shutdown\n", "utf-8")
    refused(coordinator("import-table", sheet), "internet_shutdown")
    terms = tmp_path / "terms.json"
    terms.write_text(json.dumps({"terms": [{
        "vocabulary": "violation", "code": "internet_shutdown",
        "labels": {"en": "Internet shutdown", "ru": "Отключение интернета",
                   "kk": "Интернетті өшіру"}}]}, ensure_ascii=False), "utf-8")
    coordinator.ok("vocabulary", "update", terms, "--to", "Марат", "--out",
                   tmp_path / "update.tirkeu")

    refused(coordinator("import-table", sheet, "--dry-run"), "internet_shutdown")
    coordinator.ok("import-table", sheet)
    [stored] = coordinator.listed()
    assert stored["violations"] == ["internet_shutdown"]
    coordinator.ok("export-table", "--format", "csv", "--out", tmp_path / "out.csv",
                   "--violation", "internet_shutdown")
    assert "Интернет отключили" in (tmp_path / "out.csv").read_text("utf-8-sig")
