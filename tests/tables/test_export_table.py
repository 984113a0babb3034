"""`tirkeu export-table`: plaintext tables, on purpose, to the named path only; the Uwazi
zip read back with Python's csv as Uwazi's CSV import rules describe it."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.test_cli import DATA, Tirkeu, refused, usage_error

RAW: list[dict[str, Any]] = json.loads(DATA.read_text(encoding="utf-8"))


def _added(vault: Tirkeu) -> Tirkeu:
    vault.ok("add", "--json", DATA)
    return vault


def _rows(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8"), newline="")))


def test_uwazi_zip_follows_uwazis_csv_rules(vault: Tirkeu, tmp_path: Path) -> None:
    out = _added(vault).ok("export-table", "--format", "uwazi", "--out", tmp_path / "u.zip").out
    assert "Wrote 10 incidents" in out and "not encrypted" in out
    people = {v["person_id"] for i in vault.listed() for v in i["victims"]}
    cases = sum(len(i.get("legal_cases", [])) for i in RAW)
    remedies = sum(len(i.get("remedies", [])) for i in RAW)
    assert f"{len(people)} people, {cases} legal cases and {remedies} remedies" in out
    with zipfile.ZipFile(tmp_path / "u.zip") as archive:
        assert sorted(archive.namelist()) == [
            "import.csv", "legal_cases.csv", "people.csv", "remedies.csv"]
        incidents = _rows(archive, "import.csv")
        linked = {name: {r["title"] for r in _rows(archive, f"{name}.csv")}
                  for name in ("people", "legal_cases", "remedies")}
    assert len(incidents) == 10
    by_title = {r["title"]: r for r in incidents}
    picket = by_title[RAW[0]["title"]]
    assert picket["date"] == "2018-05-12:2018-05-14"  # a span as from:to
    assert by_title[RAW[1]["title"]]["date"] == "2019-03-01:2019-03-31"  # a month
    assert by_title[RAW[5]["title"]]["date"] == "2019-01-01:2019-12-31"  # a year
    assert by_title[RAW[4]["title"]]["date"] == "2016-05-21"  # a day
    assert (picket["region"], picket["region__ru"], picket["region__kk"]) == (
        "Almaty (city)", "г. Алматы", "Алматы қаласы")
    assert picket["violations"].count("|") == len(RAW[0]["violations"]) - 1
    for row in incidents:  # every link names an entity of the related template
        for column, template in (("victims", "people"), ("legal_cases", "legal_cases"),
                                 ("remedies", "remedies")):
            assert set(filter(None, row[column].split("|"))) <= linked[template]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(:\d{4}-\d{2}-\d{2})?", row["date"])
    assert sum(len(list(filter(None, r["legal_cases"].split("|")))) for r in incidents) == cases
    assert len(linked["people"]) == len(people)  # titles unique, so links are unambiguous
    assert stat.S_IMODE((tmp_path / "u.zip").stat().st_mode) == 0o600


def test_csv_and_xlsx_with_the_summary_filters(vault: Tirkeu, tmp_path: Path) -> None:
    _added(vault).ok("export-table", "--format", "csv", "--out", tmp_path / "a.csv",
                     "--region", "mangystau")
    raw = (tmp_path / "a.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheet programs read Cyrillic right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert sorted(r["title"] for r in rows) == sorted(
        i["title"] for i in RAW if i["region"] == "mangystau")
    vault.ok("export-table", "--format", "xlsx", "--out", tmp_path / "b.xlsx",
             "--from", "2019", "--to", "2019")
    sheet = load_workbook(tmp_path / "b.xlsx", read_only=True).worksheets[0]
    header, *cells = list(sheet.iter_rows(values_only=True))
    dates = sorted(row[header.index("date")] for row in cells)
    assert dates == sorted(i["date"] for i in RAW if i["date"].startswith("2019"))
    refused(vault("export-table", "--format", "csv", "--out", tmp_path / "c.csv",
                  "--region", "atlantis"), "--region")
    usage_error(vault("export-table", "--format", "ods", "--out", tmp_path / "c.ods"))
    assert not (tmp_path / "c.csv").exists()


def test_uwazi_zip_carries_chosen_attachments_photos_rebuilt(vault: Tirkeu,
                                                             tmp_path: Path) -> None:
    from tests.photos import photo_with_gps

    _added(vault)
    ident = vault.listed()[0]["id"]
    photo = tmp_path / "scene.jpg"
    photo.write_bytes(photo_with_gps())
    vault.ok("attach", ident, photo)
    vault.ok("export-table", "--format", "uwazi", "--out", tmp_path / "plain.zip")
    with zipfile.ZipFile(tmp_path / "plain.zip") as archive:
        assert "attachments" not in _rows(archive, "import.csv")[0]
    vault.ok("export-table", "--format", "uwazi", "--out", tmp_path / "u.zip",
             "--with-attachments")
    with zipfile.ZipFile(tmp_path / "u.zip") as archive:
        rows = {r["tirkeu_id"]: r for r in _rows(archive, "import.csv")}
        name = rows[ident]["attachments"]
        assert name in archive.namelist()
        assert b"Exif" not in archive.read(name)  # left without its GPS position
