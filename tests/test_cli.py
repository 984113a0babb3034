"""The `tirkeu` command as a person or a script uses it.

Most tests call ``desktop_app.cli.main`` in-process (so conftest's cheap Argon2id applies)
and read what it printed. A few run the real command in a subprocess, with the real cost.
"""

from __future__ import annotations

import copy
import getpass
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app import cli
from desktop_app.core.interchange import parse_incidents
from desktop_app.crypto import vault
from desktop_app.crypto.vault import KdfParams
from desktop_app.storage import tables as t
from desktop_app.storage.archive import create_archive, open_archive

DATA = Path(__file__).parent / "data" / "realistic_incidents.json"
RAW: list[dict[str, Any]] = json.loads(DATA.read_text(encoding="utf-8"))
TITLES = [r["title"] for r in RAW]
OWNER = "Айгүл Сәрсенова"
SHARED_PERSON = "ce2b8ab1-edd4-4bf9-a191-dae0f54c0257"
PASSPHRASE = "correct horse battery staple"  # what conftest's passphrase_file holds
RECOVERY_CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b")


# --- running the command -----------------------------------------------------------------

@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def call(capsys: pytest.CaptureFixture[str], *args: object) -> Result:
    """Run ``tirkeu ARGS`` in-process; usage errors come back as their exit status."""
    capsys.readouterr()
    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code  # argparse
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return Result(code, out, err)


class Tirkeu:
    """``tirkeu --data-dir DIR [--passphrase-file FILE] ...`` on one test's vault."""

    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path, passphrase_file: Path):
        self.capsys = capsys
        self.data_dir = data_dir
        self.passphrase_file = passphrase_file

    def __call__(self, *args: object, passphrase: Path | bool | None = True) -> Result:
        prefix: list[object] = ["--data-dir", self.data_dir]
        if passphrase is True:
            prefix += ["--passphrase-file", self.passphrase_file]
        elif passphrase:
            prefix += ["--passphrase-file", passphrase]
        return call(self.capsys, *prefix, *args)

    def ok(self, *args: object, **kwargs: Any) -> Result:
        result = self(*args, **kwargs)
        assert result.code == 0, result
        assert result.err == "", result.err
        return result

    def listed(self) -> list[dict[str, Any]]:
        return self.ok("list", "--json").json()

    def listed_text(self) -> str:
        return self.ok("list", "--json").out

    def by_title(self) -> dict[str, dict[str, Any]]:
        return {i["title"]: i for i in self.listed()}


def refused(result: Result, *fragments: str) -> str:
    """Exit 1, exactly one line on stderr naming the problem; returns that line."""
    assert result.code == 1, result
    assert result.err.startswith("tirkeu: "), result.err
    assert result.err.endswith("\n") and result.err.count("\n") == 1, result.err
    for fragment in fragments:
        assert fragment in result.err, (fragment, result.err)
    assert result.out == "", result.out
    return result.err


def usage_error(result: Result) -> None:
    assert result.code == 2, result
    assert "usage:" in result.err


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.fixture
def tirkeu(capsys: pytest.CaptureFixture[str], data_dir: Path, passphrase_file: Path) -> Tirkeu:
    return Tirkeu(capsys, data_dir, passphrase_file)


@pytest.fixture
def init_output(tirkeu: Tirkeu) -> str:
    """A fresh vault made by `tirkeu init --name`; its stdout (with the recovery code)."""
    return tirkeu.ok("init", "--name", OWNER).out


@pytest.fixture
def added_by_cli(tirkeu: Tirkeu, init_output: str) -> Tirkeu:
    """A vault made by `tirkeu init`, holding the realistic incidents added by `tirkeu add`."""
    assert tirkeu.ok("add", "--json", DATA).out.strip() == "Added 10, revised 0, unchanged 0."
    return tirkeu


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The realistic incidents in a vault made once per session (cheap Argon2id), for
    tests that start from a filled vault rather than test how it was filled."""
    folder = tmp_path_factory.mktemp("template") / "data"
    archive, _ = create_archive(folder, PASSPHRASE, owner_name=OWNER, recovery_code=False,
                                params=vault.FLOOR)
    with archive:
        archive.incidents.save_many(list(parse_incidents(RAW)), OWNER)
    return folder


@pytest.fixture
def loaded(tirkeu: Tirkeu, template: Path) -> Tirkeu:
    """A vault of this test's own holding the realistic incidents."""
    assert passphrase_of(tirkeu) == PASSPHRASE
    shutil.copytree(template, tirkeu.data_dir)
    return tirkeu


def history(data_dir: Path, passphrase: str, incident_id: str):  # type: ignore[no-untyped-def]
    with open_archive(data_dir, passphrase) as archive:
        return archive.incidents.history(incident_id)


def passphrase_of(tirkeu: Tirkeu) -> str:
    return tirkeu.passphrase_file.read_text(encoding="utf-8").splitlines()[0]


# --- the interchange shape, with every key --------------------------------------------------

def _filled(defaults: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(defaults) | copy.deepcopy(given)


VICTIM = {"person_id": None, "name": "", "category": None, "gender": None, "organization": "",
          "fatal": False}
PERPETRATOR = {"kind": None, "description": ""}
PENALTY = {"kind": None, "amount": ""}
CASE = {"defendant": "", "code": None, "article": "", "court": "", "outcome": None,
        "penalties": [], "decided_on": None}
REMEDY = {"mechanism": None, "reference": "", "outcome": None, "implemented": None}
SOURCE = {"kind": None, "reference": "", "reliability": None}
INCIDENT = {"id": None, "title": None, "date": None, "date_end": None, "region": None,
            "place": "", "violations": [], "victims": [], "perpetrators": [],
            "legal_cases": [], "remedies": [], "description": "", "sources": [], "tags": [],
            "status": "draft"}


def normalised(raw: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
    """``raw`` with every key present; ids the program assigned are taken from ``stored``
    after checking they are UUIDs."""
    full = _filled(INCIDENT, raw)
    full["victims"] = [_filled(VICTIM, v) for v in full["victims"]]
    full["perpetrators"] = [_filled(PERPETRATOR, p) for p in full["perpetrators"]]
    full["legal_cases"] = [_filled(CASE, c) for c in full["legal_cases"]]
    for case in full["legal_cases"]:
        case["penalties"] = [_filled(PENALTY, p) for p in case["penalties"]]
    full["remedies"] = [_filled(REMEDY, r) for r in full["remedies"]]
    full["sources"] = [_filled(SOURCE, s) for s in full["sources"]]
    if full["id"] is None:
        full["id"] = str(uuid.UUID(stored["id"]))
    assert len(stored["victims"]) == len(full["victims"])
    for mine, theirs in zip(full["victims"], stored["victims"], strict=True):
        if mine["person_id"] is None:
            mine["person_id"] = str(uuid.UUID(theirs["person_id"]))
    return full


# --- round trip ----------------------------------------------------------------------------

def test_init_prints_a_recovery_code_and_keeps_the_name(tirkeu: Tirkeu, init_output: str) -> None:
    assert (tirkeu.data_dir / "vault.json").is_file()
    assert len(RECOVERY_CODE.findall(init_output)) == 1
    with open_archive(tirkeu.data_dir, passphrase_of(tirkeu)) as archive:
        assert archive.owner_name == OWNER


def test_list_gives_back_exactly_what_was_added(added_by_cli: Tirkeu) -> None:
    stored = added_by_cli.by_title()
    assert sorted(stored) == sorted(TITLES)
    for raw in RAW:
        assert stored[raw["title"]] == normalised(raw, stored[raw["title"]])
    ids = [i["id"] for i in stored.values()]
    assert len(set(ids)) == len(ids)
    people = [v["person_id"] for i in stored.values() for v in i["victims"]]
    assert len(set(people)) == len(people) - 1  # only the shared person appears twice


def test_list_is_oldest_first(loaded: Tirkeu) -> None:
    dates = [i["date"] for i in loaded.listed()]
    assert dates[0] == "2011-12" and dates[-1] == "2021-02-28"
    assert dates == sorted(dates)  # day, month and year dates all sort by their first day


def test_show_json_equals_the_listed_incident(loaded: Tirkeu) -> None:
    for listed in loaded.listed():
        assert loaded.ok("show", listed["id"], "--json").json() == listed


def test_show_accepts_an_upper_case_id(loaded: Tirkeu) -> None:
    first = loaded.listed()[0]
    assert loaded.ok("show", first["id"].upper(), "--json").json() == first


def test_show_as_text_tells_the_story(loaded: Tirkeu) -> None:
    incident = loaded.by_title()[TITLES[0]]
    text = loaded.ok("show", incident["id"]).out
    for expected in (TITLES[0], "Ғалымжан Өтепбергенов", "Әлия Сәрсенбаева", "art. 488",
                     "15 суток", "CCPR/C/133/D/3187/2018", "not implemented", SHARED_PERSON):
        assert expected in text


def test_adding_a_shown_incident_again_changes_nothing(loaded: Tirkeu, tmp_path: Path) -> None:
    incident = loaded.by_title()[TITLES[0]]
    shown = tmp_path / "shown.json"
    shown.write_text(loaded.ok("show", incident["id"], "--json").out, encoding="utf-8")
    before = loaded.listed_text()

    assert loaded.ok("add", "--json", shown).out.strip() == "Added 0, revised 0, unchanged 1."
    assert loaded.listed_text() == before
    revisions = history(loaded.data_dir, passphrase_of(loaded), incident["id"])
    assert [r.number for r in revisions] == [1]


def test_adding_the_whole_listing_again_changes_nothing(loaded: Tirkeu, tmp_path: Path) -> None:
    listing = tmp_path / "listing.json"
    listing.write_text(loaded.listed_text(), encoding="utf-8")
    assert loaded.ok("add", "--json", listing).out.strip() == "Added 0, revised 0, unchanged 10."


def test_an_edited_copy_becomes_revision_2(loaded: Tirkeu, tmp_path: Path) -> None:
    shown = loaded.by_title()[TITLES[2]]
    edited = dict(shown, title="Кәсіподақ төрағасы 402-бап бойынша сотталды")
    out = loaded.ok("add", "--json", write_json(tmp_path / "edited.json", edited)).out
    assert out.strip() == "Added 0, revised 1, unchanged 0."

    assert loaded.ok("show", shown["id"], "--json").json() == edited
    assert len(loaded.listed()) == 10
    revisions = history(loaded.data_dir, passphrase_of(loaded), shown["id"])
    assert [r.number for r in revisions] == [2, 1]
    assert revisions[0].changed == ("title",)
    assert revisions[0].parent_id == revisions[1].revision_id
    assert revisions[0].saved_by == OWNER  # the name given to init
    with open_archive(loaded.data_dir, passphrase_of(loaded)) as archive:
        assert archive.incidents.revision_snapshot(revisions[1].revision_id) == shown


def test_the_shared_person_keeps_one_person_id(loaded: Tirkeu) -> None:
    stored = loaded.by_title()
    first = [v for v in stored[TITLES[0]]["victims"] if v["name"] == "Ғалымжан Өтепбергенов"]
    second = [v for v in stored[TITLES[1]]["victims"] if v["name"] == "Ғалымжан Өтепбергенов"]
    assert [v["person_id"] for v in first + second] == [SHARED_PERSON, SHARED_PERSON]
    with open_archive(loaded.data_dir, passphrase_of(loaded)) as archive, \
            archive.database.reading() as conn:
        assert conn.scalar(select(func.count()).select_from(t.people)
                           .where(t.people.c.id == SHARED_PERSON)) == 1


def test_json_lines_input(tirkeu: Tirkeu, init_output: str, tmp_path: Path) -> None:
    lines = tmp_path / "incidents.jsonl"
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RAW[:4]) + "\n\n",
                     encoding="utf-8")
    assert tirkeu.ok("add", "--json", lines).out.strip() == "Added 4, revised 0, unchanged 0."
    stored = tirkeu.by_title()
    assert sorted(stored) == sorted(TITLES[:4])
    for raw in RAW[:4]:
        assert stored[raw["title"]] == normalised(raw, stored[raw["title"]])


def test_a_single_object_is_one_incident(tirkeu: Tirkeu, init_output: str, tmp_path: Path) -> None:
    tirkeu.ok("add", "--json", write_json(tmp_path / "one.json", RAW[5]))
    (stored,) = tirkeu.listed()
    assert stored == normalised(RAW[5], stored)


def test_standard_input(tirkeu: Tirkeu, init_output: str,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    payload = "\n".join(json.dumps(r, ensure_ascii=False) for r in RAW[6:9]).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload), encoding="utf-8"))
    assert tirkeu.ok("add", "--json", "-").out.strip() == "Added 3, revised 0, unchanged 0."
    assert sorted(tirkeu.by_title()) == sorted(TITLES[6:9])


# --- search ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "expected"), [
    ("ғалымжан", {0, 1}),            # stored "Ғалымжан": lower-case input, upper-case letter
    ("ӨТЕПБЕРГЕНОВ", {0, 1}),        # all capitals for "Өтепбергенов"
    ("ҚУАНЫШ жүнісов", {2}),
    ("һидаят", {7}),                 # stored "Һидаят"
    ("ЖАҢЫЛСЫН", {3}),
    ("үмітжан", {8}),
    ("ерұлан", {4}),
    ("ӘБДІҚАЛЫҚОВА", {4}),
    ("Өтепберг", {0, 1}),            # a prefix of a word
    ("ұраны", {0, 1}),               # a victim's organisation
    ("Жаңаөзен", {2, 3}),            # place
    ("Сайран", {8}),
    ("Алматы", {0, 8}),              # region label, Russian and Kazakh
    ("алматы", {0, 8}),
    ("Almaty", {0, 8}),              # region label, English
    ("Өтепбергенов Астана", {1}),    # every word must match
    ("Семёнов", {6}),
    ("нет такого слова", set()),
])
def test_search_finds(loaded: Tirkeu, query: str, expected: set[int]) -> None:
    found = loaded.ok("search", query, "--json").json()
    assert {i["title"] for i in found} == {TITLES[n] for n in expected}
    text = loaded.ok("search", query).out
    if not expected:
        assert text == f"No incident matches {query!r}.\n"
        return
    assert sorted(line.split()[0] for line in text.splitlines()) == sorted(i["id"] for i in found)


def test_search_json_is_the_interchange_shape(loaded: Tirkeu) -> None:
    listed = {i["id"]: i for i in loaded.listed()}
    found = loaded.ok("search", "Жаңаөзен", "--json").json()
    assert len(found) == 2
    for incident in found:
        assert incident == listed[incident["id"]]


def test_search_with_nothing_to_find_says_so(loaded: Tirkeu) -> None:
    assert loaded.ok("search", '"*', "--json").json() == []
    assert loaded.ok("search", '"*').out == """No incident matches '"*'.\n"""


def test_an_empty_vault_says_it_has_no_incidents(tirkeu: Tirkeu, init_output: str) -> None:
    assert tirkeu.ok("list").out == "No incidents yet.\n"
    assert tirkeu.ok("list", "--json").json() == []
    assert tirkeu.ok("search", "Жаңаөзен").out == "No incident matches 'Жаңаөзен'.\n"
    assert tirkeu.ok("search", "Жаңаөзен", "--json").json() == []
    assert tirkeu.ok("contacts", "list").out == (
        "No contacts yet; add a card with: tirkeu contacts add FILE\n")


# --- attachments and deletion ---------------------------------------------------------------

def test_attach_then_show_lists_the_file_with_its_sha256(loaded: Tirkeu, tmp_path: Path) -> None:
    incident = loaded.by_title()[TITLES[0]]
    photo = tmp_path / "пикет фото.jpg"
    content = os.urandom(300_000) + b"\xff\xd9"
    photo.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()

    out = loaded.ok("attach", incident["id"], photo).out
    assert digest in out and "пикет фото.jpg" in out
    shown = loaded.ok("show", incident["id"]).out
    assert f"пикет фото.jpg ({len(content):,} bytes, SHA-256 {digest})" in shown
    # The attachment is not part of the interchange record.
    assert loaded.ok("show", incident["id"], "--json").json() == incident


def test_delete_removes_the_incident_and_its_attachments(loaded: Tirkeu, tmp_path: Path) -> None:
    stored = loaded.by_title()
    victim, keep = stored[TITLES[0]], stored[TITLES[1]]
    document = tmp_path / "қаулы.pdf"
    document.write_bytes(os.urandom(2 * 1024 * 1024 + 17))
    loaded.ok("attach", victim["id"], document)

    assert loaded.ok("delete", victim["id"]).out.strip() == "Deleted 1 incident."
    remaining = loaded.by_title()
    assert TITLES[0] not in remaining and len(remaining) == 9
    assert remaining[TITLES[1]] == keep  # the shared person is still there
    refused(loaded("show", victim["id"]), victim["id"])
    with open_archive(loaded.data_dir, passphrase_of(loaded)) as archive:
        assert archive.attachments.for_incident(victim["id"]) == []
        with archive.database.reading() as conn:
            assert conn.scalar(select(func.count()).select_from(t.attachments)) == 0
            assert conn.scalar(select(func.count()).select_from(t.attachment_chunks)) == 0


def test_delete_several(loaded: Tirkeu) -> None:
    ids = [i["id"] for i in loaded.listed()]
    assert loaded.ok("delete", *ids[:3]).out.strip() == "Deleted 3 incidents."
    assert [i["id"] for i in loaded.listed()] == ids[3:]


def test_delete_reports_how_many_incidents_were_deleted(loaded: Tirkeu) -> None:
    ident = loaded.listed()[0]["id"]
    out = loaded.ok("delete", ident, ident.upper()).out
    assert len(loaded.listed()) == 9
    assert out.strip() == "Deleted 1 incident."


# --- refused input: exit 1, one line, nothing stored ----------------------------------------

BAD_ID = "621ba41f-da80-489c-951d-a2c5902d1bf4"


def _bad(change):  # type: ignore[no-untyped-def]
    record = copy.deepcopy(RAW[4])  # the land-protest incident: two victims, three cases
    record["id"] = BAD_ID
    change(record)
    return record


def _set(**values: Any):  # type: ignore[no-untyped-def]
    return lambda r: r.update(values)


def _drop(key: str):  # type: ignore[no-untyped-def]
    return lambda r: r.pop(key)


def _nested(*path: Any, value: Any):  # type: ignore[no-untyped-def]
    def change(record: dict[str, Any]) -> None:
        target = record
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return change


def _duplicate_person(record: dict[str, Any]) -> None:
    for victim in record["victims"]:
        victim["person_id"] = SHARED_PERSON


BAD_RECORDS = {
    "unknown field": (_set(witness="Қайрат"), ["unknown field 'witness'"]),
    "unknown nested field": (_nested("victims", 0, "age", value=34),
                             ["victims[1]: unknown field 'age'"]),
    "unknown region": (_set(region="almaty"), ["region", "'almaty'"]),
    "unknown violation": (_set(violations=["arrest", "torture"]), ["violations[2]", "'torture'"]),
    "unknown status": (_set(status="published"), ["status", "'published'"]),
    "unknown victim category": (_nested("victims", 1, "category", value="blogger"),
                                ["victims[2].category", "'blogger'"]),
    "unknown penalty": (_nested("legal_cases", 0, "penalties", 1, "kind", value="flogging"),
                        ["legal_cases[1].penalties[2].kind", "'flogging'"]),
    "unknown remedy outcome": (_nested("remedies", 0, "outcome", value="won"),
                               ["remedies[1].outcome", "'won'"]),
    "month 13": (_set(date="2018-13"), ["date", "2018-13"]),
    "30 February": (_set(date="2018-02-30"), ["date", "2018-02-30"]),
    "words for a date": (_set(date="May 2018"), ["date", "May 2018"]),
    "date as a number": (_set(date=2018), ["date"]),
    "bad decision date": (_nested("legal_cases", 2, "decided_on", value="2016-02-30"),
                          ["legal_cases[3].decided_on", "2016-02-30"]),
    "date_end before date": (_set(date="2016-05-21", date_end="2016-04"), ["date_end", "before"]),
    "no title": (_drop("title"), ["title", "required"]),
    "blank title": (_set(title="   "), ["title", "required"]),
    "no date": (_drop("date"), ["date", "required"]),
    "no region": (_drop("region"), ["region", "required"]),
    "no violations": (_drop("violations"), ["violations"]),
    "empty violations": (_set(violations=[]), ["violations"]),
    "violations as text": (_set(violations="arrest"), ["violations", "list"]),
    "victims as an object": (_set(victims={"name": "Ерұлан"}), ["victims", "list"]),
    "fatal as text": (_nested("victims", 0, "fatal", value="yes"), ["victims[1].fatal"]),
    "title as a number": (_set(title=402), ["title", "text"]),
    "tag as a number": (_set(tags=["land protests", 2016]), ["tags[2]"]),
    "id not a UUID": (_set(id="2016-land-1"), ["id", "UUID"]),
    "person_id not a UUID": (_nested("victims", 0, "person_id", value="ерұлан"),
                             ["victims[1].person_id", "UUID"]),
    "same person twice": (_duplicate_person, ["victims[2]", "person_id"]),
}


@pytest.mark.parametrize("case", list(BAD_RECORDS))
def test_a_bad_last_record_refuses_the_whole_file(loaded: Tirkeu, tmp_path: Path,
                                                  case: str) -> None:
    change, fragments = BAD_RECORDS[case]
    before = loaded.listed_text()
    stored = {i["title"]: i for i in json.loads(before)}
    edited_existing = dict(stored[TITLES[0]], title="Эта правка не должна сохраниться")
    new = {k: v for k, v in RAW[5].items() if k != "id"} | {"title": "Новый инцидент"}
    bad = _bad(change)

    result = loaded("add", "--json", write_json(tmp_path / "batch.json",
                                                [edited_existing, new, bad]))

    line = refused(result, *fragments)
    if isinstance(bad.get("id"), str) and case != "id not a UUID":
        assert line.startswith(f"tirkeu: record 3 (id {BAD_ID}): "), line
    else:
        assert line.startswith("tirkeu: record 3"), line
    assert loaded.listed_text() == before


def test_a_bad_record_without_id_is_named_by_position(loaded: Tirkeu, tmp_path: Path) -> None:
    records = [dict(RAW[5], title="Бірінші"), dict(RAW[6]) | {"region": "x"}]
    before = loaded.listed_text()
    refused(loaded("add", "--json", write_json(tmp_path / "b.json", records)),
            "tirkeu: record 2: region", "'x'")
    assert loaded.listed_text() == before


def test_add_names_every_problem_of_every_wrong_record_at_once(loaded: Tirkeu,
                                                              tmp_path: Path) -> None:
    def several(record: dict[str, Any]) -> None:
        del record["title"]
        record.update(date="2016-13", status="published")
        record["victims"][1].update(fatal="yes", age=34)

    first = _bad(several)
    second = {"title": "Пикет", "region": "almaty_city"}
    before = loaded.listed_text()
    line = refused(loaded("add", "--json", write_json(tmp_path / "batch.json",
                                                      [RAW[5], first, RAW[6], second])))
    assert line == (
        f"tirkeu: record 2 (id {BAD_ID}): title is required; date: '2016-13' has no such "
        "month; victims[2]: unknown field 'age'; victims[2].fatal: expected true or false, "
        "got text; status: unknown code 'published' (known: draft, verified); "
        "record 4: date is required; violations: at least one is required\n")
    assert loaded.listed_text() == before


def test_a_bad_json_line_refuses_the_whole_file(loaded: Tirkeu, tmp_path: Path) -> None:
    good = [json.dumps(dict(r, title=f"Жаңа {n}"), ensure_ascii=False)
            for n, r in enumerate(RAW[5:8]) if "id" not in r]
    lines = tmp_path / "batch.jsonl"
    lines.write_text("\n".join(good) + '\n{"title": "Сынған жол", "date": "2019",}\n',
                     encoding="utf-8")
    before = loaded.listed_text()
    refused(loaded("add", "--json", lines), "invalid JSON", f"line {len(good) + 1}")
    assert loaded.listed_text() == before


@pytest.mark.parametrize(("content", "fragments"), [
    ('[{"title": "Пикет", "date": "2018"', ["invalid JSON"]),
    ("not json at all", ["invalid JSON"]),
    ("", ["invalid JSON"]),
    ("42", ["expected an incident object"]),
    ("[]", ["no incidents"]),
    ('["Пикет"]', ["record 1", "expected an object"]),
])
def test_a_file_that_is_not_incidents_is_refused(loaded: Tirkeu, tmp_path: Path, content: str,
                                                 fragments: list[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    before = loaded.listed_text()
    refused(loaded("add", "--json", path), *fragments)
    assert loaded.listed_text() == before


def test_a_file_that_is_not_utf8_is_refused(loaded: Tirkeu, tmp_path: Path) -> None:
    path = tmp_path / "cp1251.json"
    path.write_bytes(json.dumps(RAW[0], ensure_ascii=False).encode("cp1251", errors="replace"))
    before = loaded.listed_text()
    refused(loaded("add", "--json", path), "UTF-8")
    assert loaded.listed_text() == before


def test_invalid_json_message_points_at_the_broken_line(loaded: Tirkeu, tmp_path: Path) -> None:
    text = json.dumps(RAW[:2], ensure_ascii=False, indent=2)
    lines = text.splitlines()
    broken = next(n for n, line in enumerate(lines) if '"region"' in line)
    lines[broken] = lines[broken].rstrip(",")  # a missing comma, as people do
    path = tmp_path / "pretty.json"
    path.write_text("\n".join(lines), encoding="utf-8")
    # json.loads reports the error where the next key begins: the line after the edit.
    refused(loaded("add", "--json", path), "invalid JSON", f"line {broken + 2}")


def test_deeply_nested_json_is_refused_in_one_line(loaded: Tirkeu, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    refused(loaded("add", "--json", path), "deep.json")
    lines = tmp_path / "deep.jsonl"
    lines.write_text(json.dumps(RAW[5], ensure_ascii=False) + "\n" + "[" * 100_000 + "\n",
                     encoding="utf-8")
    refused(loaded("add", "--json", lines), "deep.jsonl", "line 2")


def test_a_huge_number_is_refused_in_one_line(loaded: Tirkeu, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(RAW[0], ensure_ascii=False)[:-1] + ', "date_end": 1'
                    + "0" * 5000 + "}", encoding="utf-8")
    refused(loaded("add", "--json", path))


def test_add_of_a_missing_file(loaded: Tirkeu, tmp_path: Path) -> None:
    refused(loaded("add", "--json", tmp_path / "жоқ.json"), "жоқ.json")


def test_add_of_a_folder(loaded: Tirkeu, tmp_path: Path) -> None:
    refused(loaded("add", "--json", tmp_path), str(tmp_path))


def test_attach_a_missing_file(loaded: Tirkeu, tmp_path: Path) -> None:
    ident = loaded.listed()[0]["id"]
    refused(loaded("attach", ident, tmp_path / "жоқ.pdf"), "жоқ.pdf")
    assert "Attachments" not in loaded.ok("show", ident).out


def test_attach_to_an_unknown_incident(loaded: Tirkeu, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("хаттама", encoding="utf-8")
    refused(loaded("attach", BAD_ID, path), BAD_ID)
    with open_archive(loaded.data_dir, passphrase_of(loaded)) as archive, \
            archive.database.reading() as conn:
        assert conn.scalar(select(func.count()).select_from(t.attachments)) == 0


def test_wrong_passphrase(loaded: Tirkeu, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("correct horse battery stapler\n", encoding="utf-8")
    before = loaded.listed_text()
    refused(loaded("add", "--json", write_json(tmp_path / "new.json", RAW[5]), passphrase=wrong),
            "Wrong passphrase")
    refused(loaded("list", passphrase=wrong), "Wrong passphrase")
    assert loaded.listed_text() == before


@pytest.mark.parametrize("content", [None, "", "\n", b"\xff\xfe\x00bad"])
def test_an_unusable_passphrase_file(loaded: Tirkeu, tmp_path: Path, content: Any) -> None:
    path = tmp_path / "pp.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    refused(loaded("list", passphrase=path), "passphrase file", str(path))


def test_no_vault(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                  passphrase_file: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for args in (["list"], ["search", "Қасымов"], ["show", BAD_ID],
                 ["add", "--json", DATA], ["delete", BAD_ID]):
        result = call(capsys, "--data-dir", empty, "--passphrase-file", passphrase_file, *args)
        refused(result, "no vault", str(empty))
    assert list(empty.iterdir()) == []
    missing = tmp_path / "missing"
    refused(call(capsys, "--data-dir", missing, "--passphrase-file", passphrase_file, "list"),
            "no vault")
    assert not missing.exists()


@pytest.mark.parametrize("ident", ["42", "ac6a1249-1547-422a-ae29", "ac6a1249 1547", ""])
def test_show_of_something_not_an_id(loaded: Tirkeu, ident: str) -> None:
    refused(loaded("show", ident), repr(ident), "UUID")


def test_show_of_an_unknown_id(loaded: Tirkeu) -> None:
    refused(loaded("show", BAD_ID), BAD_ID)
    refused(loaded("show", BAD_ID, "--json"), BAD_ID)


def test_delete_with_one_id_not_a_uuid_deletes_nothing(loaded: Tirkeu) -> None:
    ids = [i["id"] for i in loaded.listed()]
    refused(loaded("delete", ids[0], "abc", ids[1]), "'abc'")
    assert [i["id"] for i in loaded.listed()] == ids


def test_delete_with_one_unknown_id_deletes_nothing(loaded: Tirkeu) -> None:
    ids = [i["id"] for i in loaded.listed()]
    refused(loaded("delete", ids[0], ids[1], BAD_ID), BAD_ID)
    assert [i["id"] for i in loaded.listed()] == ids


@pytest.mark.parametrize("args", [
    ["frobnicate"],
    ["add"],
    ["add", "--json"],
    ["show"],
    ["delete"],
    ["search"],
    ["attach", "ac6a1249-1547-422a-ae29-98bbc30764a7"],
    ["list", "--colour"],
    ["init", "--name"],
    ["wipe", "--yes", "now"],
])
def test_usage_errors_exit_2(tirkeu: Tirkeu, args: list[str]) -> None:
    usage_error(tirkeu(*args))
    assert not tirkeu.data_dir.exists()


# --- no terminal: nothing waits for the keyboard --------------------------------------------

@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input is not a terminal, and any attempt to ask the keyboard fails loudly."""
    def asked(*args: Any, **kwargs: Any) -> str:
        raise AssertionError("the command asked the keyboard")

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(getpass, "getpass", asked)
    monkeypatch.setattr("builtins.input", asked)


@pytest.mark.parametrize("args", [
    ["list"], ["list", "--json"], ["search", "Өтепбергенов"], ["show", SHARED_PERSON],
    ["add", "--json", DATA], ["delete", SHARED_PERSON], ["passwd"], ["passwd", "--recovery"],
    ["attach", SHARED_PERSON, DATA],
])
def test_without_a_terminal_commands_refuse_instead_of_waiting(
        loaded: Tirkeu, no_terminal: None, args: list[object]) -> None:
    before = loaded.listed_text()
    refused(loaded(*args, passphrase=None), "No", "given", "-file")
    assert loaded.listed_text() == before


def test_add_from_standard_input_without_passphrase_file_refuses(
        loaded: Tirkeu, no_terminal: None, monkeypatch: pytest.MonkeyPatch) -> None:
    payload = json.dumps(RAW[5], ensure_ascii=False).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload), encoding="utf-8"))
    before = loaded.listed_text()
    refused(loaded("add", "--json", "-", passphrase=None), "--passphrase-file")
    assert loaded.listed_text() == before


def test_init_without_a_terminal_needs_a_passphrase_file(tirkeu: Tirkeu, no_terminal: None) -> None:
    refused(tirkeu("init", passphrase=None), "--passphrase-file")
    assert not (tirkeu.data_dir / "vault.json").exists()


def test_init_refuses_a_short_passphrase(tirkeu: Tirkeu, no_terminal: None,
                                         tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("Алма5\n", encoding="utf-8")
    refused(tirkeu("init", passphrase=short), "at least 8")
    assert not (tirkeu.data_dir / "vault.json").exists()


def test_init_refuses_an_existing_vault(loaded: Tirkeu, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("a different long passphrase\n", encoding="utf-8")
    refused(loaded("init", passphrase=other), "already")
    assert len(loaded.listed()) == 10


def test_init_without_recovery_code(tirkeu: Tirkeu) -> None:
    out = tirkeu.ok("init", "--no-recovery-code").out
    assert not RECOVERY_CODE.search(out)
    assert "No recovery code" in out


def test_wipe_without_yes_and_without_a_terminal_refuses(loaded: Tirkeu, no_terminal: None) -> None:
    refused(loaded("wipe"), "--yes")
    assert (loaded.data_dir / "vault.json").is_file()
    assert len(loaded.listed()) == 10


def test_purge_without_yes_and_without_a_terminal_refuses(loaded: Tirkeu,
                                                          no_terminal: None) -> None:
    refused(loaded("purge", "--delivered"), "--yes", "no terminal")
    assert len(loaded.listed()) == 10


def test_the_readmes_purge_for_scripts_runs_without_a_terminal(loaded: Tirkeu,
                                                               no_terminal: None) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    lines = [line.split("#")[0].split() for line in readme.splitlines()
             if line.startswith("tirkeu purge") and "--yes" in line]
    assert lines == [["tirkeu", "purge", "--delivered", "--yes"]]
    assert "Purged 0 " in loaded.ok(*lines[0][1:]).out  # nothing delivered yet: all stays
    assert len(loaded.listed()) == 10


def test_wipe_yes_leaves_no_vault(loaded: Tirkeu, no_terminal: None) -> None:
    assert "Wiped" in loaded.ok("wipe", "--yes").out
    assert not (loaded.data_dir / "vault.json").exists()
    assert not list(loaded.data_dir.glob("tirkeu.db*"))
    refused(loaded("list"), "no vault")
    refused(loaded("wipe", "--yes"), "no vault")


def test_passwd_changes_the_passphrase(loaded: Tirkeu, no_terminal: None, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("Жаңа құпия сөз, ұзын әрі есте қалатын\n", encoding="utf-8")
    before = loaded.listed_text()
    loaded.ok("passwd", "--new-passphrase-file", new)
    refused(loaded("list"), "Wrong passphrase")
    assert loaded.ok("list", "--json", passphrase=new).out == before


def test_passwd_refuses_a_short_new_passphrase(loaded: Tirkeu, no_terminal: None,
                                               tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("қысқа\n", encoding="utf-8")
    refused(loaded("passwd", "--new-passphrase-file", short), "at least 8")
    assert len(loaded.listed()) == 10
    refused(loaded("list", passphrase=short), "Wrong passphrase")


def test_passwd_with_a_wrong_old_passphrase(loaded: Tirkeu, no_terminal: None,
                                            tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase\n", encoding="utf-8")
    refused(loaded("passwd", "--new-passphrase-file", new, passphrase=new), "Wrong passphrase")
    assert len(loaded.listed()) == 10


def test_recovery_code_resets_a_forgotten_passphrase(added_by_cli: Tirkeu, init_output: str,
                                                     no_terminal: None, tmp_path: Path) -> None:
    (code,) = RECOVERY_CODE.findall(init_output)
    code_file = tmp_path / "code.txt"
    code_file.write_text(code.lower().replace("-", " ") + "\n", encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("ұмытылмайтын жаңа сөйлем\n", encoding="utf-8")
    before = added_by_cli.listed_text()

    added_by_cli.ok("passwd", "--recovery-code-file", code_file, "--new-passphrase-file", new,
              passphrase=None)
    assert added_by_cli.ok("list", "--json", passphrase=new).out == before
    refused(added_by_cli("list"), "Wrong passphrase")


def test_a_wrong_recovery_code_changes_nothing(added_by_cli: Tirkeu, init_output: str,
                                               no_terminal: None, tmp_path: Path) -> None:
    (code,) = RECOVERY_CODE.findall(init_output)
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    code_file = tmp_path / "code.txt"
    code_file.write_text(wrong + "\n", encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text("ұмытылмайтын жаңа сөйлем\n", encoding="utf-8")
    refused(added_by_cli("passwd", "--recovery-code-file", code_file, "--new-passphrase-file", new,
                   passphrase=None), "recovery code")
    assert len(added_by_cli.listed()) == 10
    refused(added_by_cli("list", passphrase=new), "Wrong passphrase")


def test_lock_leaves_a_lock_request(loaded: Tirkeu, no_terminal: None) -> None:
    loaded.ok("lock", passphrase=None)
    assert (loaded.data_dir / "lock.request").is_file()


def test_lock_without_a_vault(tirkeu: Tirkeu) -> None:
    refused(tirkeu("lock"), "no vault")
    assert not tirkeu.data_dir.exists()


# --- where the vault is ----------------------------------------------------------------------

def test_data_dir_after_the_command(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    passphrase_file: Path) -> None:
    folder = tmp_path / "after"
    made = call(capsys, "init", "--data-dir", folder, "--passphrase-file", passphrase_file)
    assert made.code == 0, made
    assert (folder / "vault.json").is_file()
    result = call(capsys, "add", "--json", DATA, "--data-dir", folder,
                  "--passphrase-file", passphrase_file)
    assert result.code == 0, result
    listed = call(capsys, "list", "--json", "--passphrase-file", passphrase_file,
                  "--data-dir", folder)
    assert len(listed.json()) == 10


def test_data_dir_before_and_after_may_be_mixed(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path, passphrase_file: Path) -> None:
    folder = tmp_path / "mixed"
    assert call(capsys, "--data-dir", folder, "init", "--passphrase-file",
                passphrase_file).code == 0
    assert call(capsys, "--passphrase-file", passphrase_file, "list", "--data-dir",
                folder).code == 0


def test_environment_variable(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                              passphrase_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "from env"
    monkeypatch.setenv("TIRKEU_DATA_DIR", str(folder))
    assert call(capsys, "init", "--passphrase-file", passphrase_file).code == 0
    assert (folder / "vault.json").is_file()
    assert call(capsys, "add", "--json", DATA, "--passphrase-file", passphrase_file).code == 0
    assert len(call(capsys, "list", "--json", "--passphrase-file", passphrase_file).json()) == 10


def test_data_dir_wins_over_the_environment(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                            passphrase_file: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    env_folder, flag_folder = tmp_path / "env", tmp_path / "flag"
    monkeypatch.setenv("TIRKEU_DATA_DIR", str(env_folder))
    assert call(capsys, "init", "--data-dir", flag_folder,
                "--passphrase-file", passphrase_file).code == 0
    assert (flag_folder / "vault.json").is_file()
    assert not env_folder.exists()


# --- the real command ---------------------------------------------------------------------

def _script() -> str:
    """The installed `tirkeu` script beside this Python."""
    found = shutil.which("tirkeu", path=str(Path(sys.executable).parent))
    assert found, "the tirkeu script is not installed"
    return found


def _run(args: list[object], *, script: bool, data_dir: Path | None = None,
         stdin: Any = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TIRKEU_DATA_DIR"}
    env["PYTHONIOENCODING"] = "ascii"  # the command must still print Kazakh text (UTF-8)
    if data_dir is not None:
        env["TIRKEU_DATA_DIR"] = str(data_dir)
    command = [_script()] if script else [sys.executable, "-m", "desktop_app"]
    # Exit status is what these tests look at, so a failing command must not raise here.
    completed = subprocess.run([*command, *(str(a) for a in args)], capture_output=True,
                               text=True, encoding="utf-8", env=env, stdin=stdin, timeout=120,
                               check=False)
    assert "Traceback" not in completed.stderr, completed.stderr
    return completed


def test_real_command_with_the_real_key_derivation(tmp_path: Path, passphrase_file: Path) -> None:
    folder = tmp_path / "real"
    made = _run(["--data-dir", folder, "init", "--name", OWNER,
                 "--passphrase-file", passphrase_file], script=False)
    assert made.returncode == 0, made.stderr
    assert RECOVERY_CODE.search(made.stdout)
    header = json.loads((folder / "vault.json").read_text(encoding="utf-8"))
    assert header["passphrase"]["memory_kib"] == KdfParams().memory_kib  # not the test floor
    assert header["passphrase"]["iterations"] == KdfParams().iterations

    added = _run(["add", "--json", DATA, "--passphrase-file", passphrase_file],
                 script=True, data_dir=folder)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added 10, revised 0, unchanged 0."


def test_real_command_refuses_without_waiting_or_tracebacks(tmp_path: Path,
                                                            passphrase_file: Path) -> None:
    folder = tmp_path / "none"
    env = {k: v for k, v in os.environ.items() if k != "TIRKEU_DATA_DIR"}
    # No passphrase file, and standard input an open pipe nobody writes to: a command that
    # waited for the keyboard would hang here until the timeout.
    with subprocess.Popen([_script(), "--data-dir", str(folder), "list"], env=env,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as waiting:
        try:
            waiting.wait(timeout=60)
        finally:
            waiting.kill()
        assert waiting.stderr is not None
        stderr = waiting.stderr.read().decode("utf-8")
    assert waiting.returncode == 1
    assert stderr.count("\n") == 1 and "--passphrase-file" in stderr, stderr
    assert "Traceback" not in stderr

    bad = tmp_path / "bad.json"
    write_json(bad, [RAW[0], _bad(_set(куәгер="Қайрат Әлиев"))])
    refused_add = _run(["--data-dir", folder, "add", "--json", bad,
                        "--passphrase-file", passphrase_file], script=False)
    assert refused_add.returncode == 1
    assert refused_add.stderr == (f"tirkeu: record 2 (id {BAD_ID}): unknown field 'куәгер'\n")

    unknown = _run(["frobnicate"], script=True, data_dir=folder)
    assert unknown.returncode == 2 and "usage:" in unknown.stderr
    assert not folder.exists()


def test_init_takes_whose_laptop_it_is(tirkeu: Tirkeu) -> None:
    assert "Created a coordinator's vault" in tirkeu.ok(
        "init", "--name", OWNER, "--role", "coordinator", "--no-recovery-code").out
    with open_archive(tirkeu.data_dir, passphrase_of(tirkeu)) as archive:
        assert archive.role == "coordinator" and archive.owner_name == OWNER
    usage_error(tirkeu("init", "--role", "observer"))


def test_init_makes_a_monitors_vault_by_default(tirkeu: Tirkeu, init_output: str) -> None:
    assert "Created a monitor's vault" in init_output
    with open_archive(tirkeu.data_dir, passphrase_of(tirkeu)) as archive:
        assert archive.role == "monitor"
