"""`tirkeu import-martus`: bulletins from Martus archives, in both XML formats, kept whole.

The XML files in data/ were written for these tests from the format's description."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from desktop_app.storage.archive import open_archive
from tests.conftest import PASSPHRASE
from tests.test_cli import Tirkeu, refused

DATA = Path(__file__).parent / "data"
DEFAULTS = ("--default", "region=mangystau", "--default", "violations=arrest")


def _beside(tmp_path: Path, name: str, *attachments: tuple[str, bytes]) -> Path:
    """The Martus file copied to its own folder, with attachments beside it."""
    target = tmp_path / "martus" / name
    target.parent.mkdir(exist_ok=True)
    shutil.copy(DATA / name, target)
    for filename, content in attachments:
        (target.parent / filename).write_bytes(content)
    return target


STATEMENT = "Заявление пострадавшего\n".encode()


def test_the_export_format_with_versions_grids_and_an_attachment(vault: Tirkeu,
                                                                  tmp_path: Path) -> None:
    xml = _beside(tmp_path, "martus_export.xml", ("statement.txt", STATEMENT))
    out = vault.ok("import-martus", xml, *DEFAULTS).out
    assert "3 bulletins in Martus's export format" in out
    assert "2 incidents; earlier versions" in out
    assert "Read 1 label that Martus wrote without escaping it." in out  # "Witness & …"
    assert "Added 2, revised 0, unchanged 0." in out
    stored = vault.by_title()
    detained = stored["Задержание у акимата"]
    assert (detained["date"], detained["date_end"]) == ("2012-03-05", "2012-03-07")
    assert detained["place"] == "Жанаозен"
    assert detained["status"] == "draft"
    assert detained["tags"] == ["нефтяники", "забастовка", "martus"]
    assert [(v["name"], v["gender"]) for v in detained["victims"]] == [
        ("Roza Tuletaeva", "female"), ("Ерлан Касымов", "male")]
    text = detained["description"]
    for kept in ("Задержаны двое рабочих.", "Подробности со слов родственников.",
                 "Телефон брата", "Witness & neighbour: Сосед из дома 5", "Age: 45",
                 "Police cars:", "Plate: 123 ABC 12", "Author: Гульнара",
                 "Organization: Бюро"):
        assert kept in text, kept
    assert "1900" not in text  # Martus's "no entry date"
    assert stored["Угрозы в мае"]["date"] == "2011-05"  # a whole month's range is the month
    with open_archive(vault.data_dir, PASSPHRASE) as archive:
        history = archive.incidents.history(detained["id"])
        first = archive.incidents.revision_snapshot(
            min(history, key=lambda r: r.number).revision_id)
        files = archive.attachments.for_incident(detained["id"])
    assert len(history) == 2  # version 1 became its history
    assert "Первая версия." in first["description"]
    assert [(f.filename, f.sha256) for f in files] == [
        ("statement.txt", hashlib.sha256(STATEMENT).hexdigest())]
    # The same file again changes nothing.
    assert "Added 0, revised 0, unchanged 2." in vault.ok("import-martus", xml, *DEFAULTS).out


def test_the_import_format_maps_labelled_fields(vault: Tirkeu, tmp_path: Path) -> None:
    xml = _beside(tmp_path, "martus_import.xml", ("scene.pdf", b"%PDF-1.4 scene"))
    refused(vault("import-martus", xml), "bulletin 2 (Picket dispersed)", "--default date=")
    out = vault.ok("import-martus", xml, "--default", "date=2011").out
    assert "2 bulletins in Martus's import format" in out
    stored = vault.by_title()
    strike = stored["Strikers detained in Zhanaozen"]
    # Labelled fields whose value is a label of their field fill it without a map.
    assert (strike["region"], strike["violations"]) == ("mangystau", ["arrest"])
    assert strike["date"] == "2011"  # the whole year's range
    assert strike["tags"] == ["oil", "strike", "martus"]
    assert strike["victims"][0] | {"person_id": ""} == {
        "person_id": "", "name": "Roza Tuletaeva", "gender": "female",
        "organization": "Oil workers' union", "category": None, "fatal": False}
    assert "Hearing date: unknown" in strike["description"]
    assert stored["Picket dispersed"]["date"] == "2011"  # 1900-01-01 is no date: the default


@pytest.mark.parametrize(("broken", "said"), [
    (("<Tag>witness</Tag><Label>Witness</Label>", "<Label>Witness</Label>"),
     "Bulletin 1: a field spec has no tag"),
    (("type='STRING'><Tag>witness</Tag>", "type='HOLOGRAM'><Tag>witness</Tag>"),
     "unknown type HOLOGRAM"),
    (("<Field tag='summary'><Value>Первая", "<Field tag='ghost'><Value>Первая"),
     "'ghost', which no spec declares"),
    (("<Column type='STRING'><Tag></Tag><Label>Plate</Label></Column>", ""),
     "the grid vehicles has no columns"),
])
def test_invalid_specs_refuse_the_file_with_nothing_stored(
        vault: Tirkeu, tmp_path: Path, broken: tuple[str, str], said: str) -> None:
    xml = _beside(tmp_path, "martus_export.xml", ("statement.txt", STATEMENT))
    text = xml.read_text(encoding="utf-8")
    assert broken[0] in text
    xml.write_text(text.replace(broken[0], broken[1], 1), encoding="utf-8")
    refused(vault("import-martus", xml, *DEFAULTS), said, "nothing was imported")
    assert vault.listed() == []


def test_entities_and_broken_xml_are_refused(vault: Tirkeu, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]>'
                    "<MartusBulletins>&a;</MartusBulletins>", encoding="utf-8")
    refused(vault("import-martus", bomb), "DTD or entities")
    broken = tmp_path / "broken.xml"
    broken.write_text("<MartusBulletins><MartusBulletin>", encoding="utf-8")
    refused(vault("import-martus", broken), "not well-formed XML (line 1")
    other = tmp_path / "other.xml"
    other.write_text("<html/>", encoding="utf-8")
    refused(vault("import-martus", other), "not a Martus bulletin file")
    xml = _beside(tmp_path, "martus_export.xml")  # its attachment is not there
    refused(vault("import-martus", xml, *DEFAULTS), "statement.txt is not beside")
    assert vault.listed() == []


def test_dry_run_changes_nothing(vault: Tirkeu, tmp_path: Path) -> None:
    xml = _beside(tmp_path, "martus_export.xml", ("statement.txt", STATEMENT))
    out = vault.ok("import-martus", xml, *DEFAULTS, "--dry-run").out
    assert "Would store 2 incidents as drafts tagged martus" in out
    assert "Ерлан Касымов (bulletins 2, 3)" in out
    assert vault.listed() == []


def test_a_map_names_martus_fields_by_their_label(vault: Tirkeu, tmp_path: Path) -> None:
    xml = _beside(tmp_path, "martus_export.xml", ("statement.txt", STATEMENT))
    mapping = tmp_path / "map.json"
    mapping.write_text('{"columns": {"Witness & neighbour": "place"}}', encoding="utf-8")
    vault.ok("import-martus", xml, "--map", mapping, *DEFAULTS)
    detained = vault.by_title()["Задержание у акимата"]
    # Martus's own location comes first, the mapped field after it: nothing is dropped.
    assert detained["place"] == "Жанаозен, Сосед из дома 5"
    assert "Witness & neighbour" not in detained["description"]
