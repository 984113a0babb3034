"""Every field an incident has goes out in export-table's CSV and XLSX and comes back with
import-table: people (killed or not, their ids), perpetrators, legal cases with their
defendant, penalties and date of decision, remedies and sources. A sheet a coordinator
wrote, read into Tirkeu, written out and read into another vault, is the same archive."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import Tirkeu

# Russian headers and words, as a sheet holds them; two people, the first without a
# gender; a perpetrator's description holding the separator and a line break.
SHEET = (
    "Название;Дата;Область;Нарушение;ФИО;Пол;Погиб;Нарушитель;Описание нарушителя;"
    "Подсудимый;Статья;Кодекс;Суд;Решение;Наказание;Дата решения;Средство защиты;"
    "Номер жалобы;Результат жалобы;Исполнено;Источник;Ссылка на источник;Достоверность\n"
    'Задержание на пикете;12.05.2018;г. Алматы;Задержание;"Ерлан Жаксылыков; Роза Т.";'
    '"; Женский";"нет; да";Полиция;"Двое в форме\\; без жетонов\\nи один в штатском";'
    "Ерлан Жаксылыков;488;Административное;Алмалинский суд;Признан(а) виновным(ой);"
    '"Штраф: 100 МРП + Административный арест: 15 суток";20.05.2018;'
    '"Жалоба в прокуратуру; Ombudsman (Commissioner for Human Rights)";'
    '"№ 12-345; ";"Отклонено; ";"нет; ";"Интервью; Документ";"запись 3; протокол";'
    '"Высокая; Средняя"\n'
)


def _other_vault(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Tirkeu:
    tmp_path.mkdir()
    (tmp_path / "other-passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    other = Tirkeu(capsys, tmp_path / "other", tmp_path / "other-passphrase.txt")
    other.ok("init", "--name", "Бауыржан", "--no-recovery-code")
    return other


def _content(incidents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(incidents, key=lambda i: i["id"])


def test_a_sheet_with_every_field_goes_through_tirkeu_and_back(
        vault: Tirkeu, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "журнал.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    out = vault.ok("import-table", sheet).out
    assert "kept in the description" not in out  # every column found its field
    (stored,) = vault.listed()
    assert [(v["name"], v["gender"], v["fatal"]) for v in stored["victims"]] == [
        ("Ерлан Жаксылыков", None, False), ("Роза Т.", "female", True)]
    assert stored["perpetrators"] == [{
        "kind": "police", "description": "Двое в форме; без жетонов\nи один в штатском"}]
    (case,) = stored["legal_cases"]
    assert (case["defendant"], case["article"], case["code"], case["outcome"],
            case["decided_on"]) == ("Ерлан Жаксылыков", "488", "administrative", "convicted",
                                    "2018-05-20")
    assert case["penalties"] == [{"kind": "fine", "amount": "100 МРП"},
                                 {"kind": "administrative_detention", "amount": "15 суток"}]
    assert stored["remedies"] == [
        {"mechanism": "prosecutor_complaint", "reference": "№ 12-345", "outcome": "rejected",
         "implemented": False},
        {"mechanism": "ombudsman", "reference": "", "outcome": None, "implemented": None}]
    assert stored["sources"] == [
        {"kind": "interview", "reference": "запись 3", "reliability": "high"},
        {"kind": "document", "reference": "протокол", "reliability": "medium"}]

    for table_format in ("csv", "xlsx"):
        out_file = tmp_path / f"out.{table_format}"
        vault.ok("export-table", "--format", table_format, "--out", out_file)
        other = _other_vault(capsys, tmp_path / table_format)
        assert "Added 1, revised 0, unchanged 0." in other.ok("import-table", out_file).out
        assert _content(other.listed()) == _content(vault.listed())  # every field, every id
        again = tmp_path / f"again.{table_format}"
        other.ok("export-table", "--format", table_format, "--out", again)
        if table_format == "csv":
            assert again.read_bytes() == out_file.read_bytes()  # sheet → Tirkeu → sheet
        # Back into the first vault: the id column brings it to itself, unchanged.
        assert "Added 0, revised 0, unchanged 1." in vault.ok("import-table", again).out


def test_the_csv_has_a_column_for_every_field(vault: Tirkeu, tmp_path: Path) -> None:
    sheet = tmp_path / "журнал.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    vault.ok("import-table", sheet)
    vault.ok("export-table", "--format", "csv", "--out", tmp_path / "out.csv")
    (row,) = csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig")))
    assert row["victims.gender"] == "; female"  # the n-th value is the n-th person's
    assert row["victims.fatal"] == "false; true"
    assert row["perpetrators.description"] == (
        "Двое в форме\\; без жетонов\\nи один в штатском")
    assert row["legal_cases.penalties"] == "fine: 100 МРП + administrative_detention: 15 суток"
    assert row["legal_cases.decided_on"] == "2018-05-20"
    assert row["remedies.implemented"] == "false; "
    assert row["sources.reliability"] == "high; medium"


def test_uwazi_carries_perpetrators_and_who_was_killed(vault: Tirkeu, tmp_path: Path) -> None:
    sheet = tmp_path / "журнал.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    vault.ok("import-table", sheet)
    vault.ok("export-table", "--format", "uwazi", "--out", tmp_path / "u.zip")
    with zipfile.ZipFile(tmp_path / "u.zip") as archive:
        (incident,) = csv.DictReader(io.StringIO(archive.read("import.csv").decode()))
        people = list(csv.DictReader(io.StringIO(archive.read("people.csv").decode())))
        (case,) = csv.DictReader(io.StringIO(archive.read("legal_cases.csv").decode()))
    assert (incident["perpetrators"], incident["perpetrators__ru"]) == ("Police", "Полиция")
    assert incident["perpetrator_descriptions"].startswith("Двое в форме; без жетонов")
    assert [(p["title"], p["fatal"]) for p in people] == [
        ("Ерлан Жаксылыков", "false"), ("Роза Т.", "true")]
    assert (case["penalties"], case["penalty_amounts"], case["decided_on"]) == (
        "Fine|Administrative detention", "100 МРП|15 суток", "2018-05-20")


def test_a_trailing_separator_names_no_one_more(vault: Tirkeu, tmp_path: Path) -> None:
    sheet = tmp_path / "журнал.csv"
    sheet.write_text("Название;Дата;Область;Нарушение;ФИО;Пол\n"
                     "Пикет;2018;г. Алматы;Задержание;Ерлан Жаксылыков,;Мужской\n",
                     encoding="utf-8")
    vault.ok("import-table", sheet, "--map", _map(tmp_path, {"separator": ","}))
    (stored,) = vault.listed()
    assert [(v["name"], v["gender"]) for v in stored["victims"]] == [
        ("Ерлан Жаксылыков", "male")]


def _map(tmp_path: Path, data: dict[str, Any]) -> Path:
    import json

    path = tmp_path / "map.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_text_that_looks_like_a_formula_stays_text_in_xlsx(
        vault: Tirkeu, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from openpyxl import load_workbook

    title = '=HYPERLINK("http://example.org/?leak","открыть")'
    (tmp_path / "one.json").write_text(json.dumps({
        "title": title, "date": "2018", "region": "almaty_city", "violations": ["arrest"],
        "description": "=1+1"}, ensure_ascii=False), encoding="utf-8")
    vault.ok("add", "--json", tmp_path / "one.json")
    vault.ok("export-table", "--format", "xlsx", "--out", tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    for name, value in (("title", title), ("description", "=1+1")):
        cell = row[header.index(name)]
        assert (cell.value, cell.data_type) == (value, "s")  # text, never a formula
    other = _other_vault(capsys, tmp_path / "other")
    other.ok("import-table", tmp_path / "out.xlsx")
    assert [(i["title"], i["description"]) for i in other.listed()] == [(title, "=1+1")]
