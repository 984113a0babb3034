"""Kazakh and Russian, completely: a name found whichever script it is typed in, and lists
in the order of the Kazakh and Russian alphabets. Real names, through a real archive."""

from __future__ import annotations

import importlib.util
import random
import types
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop_app.core.filters import IncidentFilter, SortKey
from desktop_app.core.interchange import incident_from_json
from desktop_app.core.model import Incident
from desktop_app.storage import search, spelling

MONITOR = "Мәдина Жұмабаева"

# Each row: how the name is stored, then spellings a person might type for it.
SPELLINGS = [
    ("Қасымова", ["Kasymova", "Qasymova", "Касымова", "қасымова"]),
    ("Ёлкин", ["Elkin", "Yolkin", "Елкин"]),
    ("Жанна", ["Zhanna", "Janna"]),
    ("Шымкент", ["Shymkent", "Şymkent", "Šymkent"]),
    ("Өскемен", ["Oskemen", "Öskemen", "Оскемен"]),
    ("Ұлан", ["Ulan", "Ūlan", "Улан"]),
    ("Әлия", ["Aliya", "Äliia", "Алия"]),
    ("Нұрсұлтан", ["Nursultan", "Nūrsūltan"]),
    ("Хасенов", ["Khasenov", "Hasenov"]),
    ("Щербаков", ["Shcherbakov"]),
    ("Юлия", ["Yulia", "Iuliia", "Yuliya"]),
    ("Ерлан", ["Yerlan", "Erlan"]),
    ("Қызылорда", ["Kyzylorda", "Qyzylorda"]),
    ("Ғалымжан", ["Galymzhan", "Ğalymjan"]),
    ("Kasymova", ["Қасымова", "Qasymova"]),   # stored in Latin, typed in Cyrillic
    ("Zhanbolat", ["Жанболат", "Janbolat"]),
]
# Names that look alike but are other people: never found for each other.
DIFFERENT = [("Марат", "Murat"), ("Ахметов", "Akhmatov"), ("Усенов", "Isenov"),
             ("Жанна", "Zarina"), ("Шымкент", "Chimkent"), ("Орлов", "Arlov"),
             ("Серік", "Sergei")]

# The order a Kazakh reader expects: Ә right after А, Ғ after Г, Қ after К, Ң after Н,
# Ө after О, Ұ Ү after У, Һ after Х, І after Ы; Latin after Cyrillic; case ignored.
ALPHABETICAL = ["Абдрахманов", "Ахметов", "әлиев", "Әлиева", "Гусев", "Ғалымов", "Ерлан",
                "Ёлкин", "Жанна", "Иванов", "Кузнецов", "Қасымова", "Нұрлан", "Ңғ",
                "Орлов", "Өтегенова", "Усенов", "Ұлан", "Үсенова", "Хасенов", "Һидаят",
                "Шымкент", "Щербаков", "Ыбырай", "Іпатова", "Эдуард", "Юлия", "Яковлев",
                "Aliya", "Ivanov", "Zhanna"]


def incident(title: str, names: Sequence[str] = (), place: str = "") -> Incident:
    return incident_from_json({
        "title": title, "date": "2021-03-01", "region": "almaty_city", "place": place,
        "violations": ["threat"], "victims": [{"name": n} for n in names],
        "legal_cases": [], "description": "", "tags": []})


@pytest.mark.parametrize(("stored", "typed"), [(s, t) for s, ts in SPELLINGS for t in ts])
def test_a_name_is_found_in_any_script(archive: Any, stored: str, typed: str) -> None:
    wanted = incident("Угроза", [f"Айгерим {stored}"])
    other = incident("Угроза", ["Дмитрий Иванов"])
    archive.incidents.save_many([wanted, other], MONITOR)
    assert archive.incidents.search(typed) == [wanted.id]
    assert archive.listing.count(IncidentFilter(text=typed)) == 1


def test_part_of_a_name_finds_it_too(archive: Any) -> None:
    wanted = incident("Пикет", ["Гүлнар Қасымова"], place="Өскемен")
    archive.incidents.save_many([wanted, incident("Пикет", ["Марат Ахметов"])], MONITOR)
    for typed in ("Qasym", "Kasy", "Қасым", "Gulnar Kas", "Ösk", "oske"):
        assert archive.incidents.search(typed) == [wanted.id], typed


@pytest.mark.parametrize(("stored", "typed"), DIFFERENT)
def test_a_different_name_is_not_found(archive: Any, stored: str, typed: str) -> None:
    archive.incidents.save(incident("Угроза", [stored]), MONITOR)
    assert archive.incidents.search(typed) == []


def test_cyrillic_still_finds_cyrillic_and_latin_latin(archive: Any) -> None:
    kazakh = incident("Кәсіподақ жетекшісі ұсталды", ["Ғалия Үсенова"])
    english = incident("Picket dispersed", ["Saule Ivanova"])
    archive.incidents.save_many([kazakh, english], MONITOR)
    assert archive.incidents.search("ұстал") == [kazakh.id]
    assert archive.incidents.search("dispers") == [english.id]
    assert archive.incidents.search("Үсенова Ғалия") == [kazakh.id]
    assert archive.incidents.search("Usenova Saule") == []  # every word must match


def test_the_search_index_uses_the_skeleton_column(archive: Any) -> None:
    """The cross-script match is an FTS lookup, not a scan of the incidents."""
    archive.incidents.save(incident("Угроза", ["Қасымова"]), MONITOR)
    expression = search.match_expression("Kasymova")
    with archive.database.reading() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT rowid FROM incident_search "
            "WHERE incident_search MATCH :q"), {"q": expression}))
    assert "VIRTUAL TABLE INDEX" in plan and "SCAN incidents" not in plan


def test_sort_key_orders_by_the_kazakh_and_russian_alphabets() -> None:
    shuffled = ALPHABETICAL[:]
    random.Random(8).shuffle(shuffled)
    assert sorted(shuffled, key=spelling.sort_key) == ALPHABETICAL


def test_the_collation_on_the_connection_orders_alike(archive: Any) -> None:
    with archive.database.reading() as conn:
        found = conn.execute(text(
            "SELECT column1 FROM (VALUES " + ", ".join(f"('{n}')" for n in ALPHABETICAL)
            + ") ORDER BY column1 COLLATE tirkeu DESC")).scalars().all()
    assert found == list(reversed(ALPHABETICAL))


def test_the_incident_list_sorts_titles_alphabetically(archive: Any) -> None:
    archive.incidents.save_many([incident(title) for title in reversed(ALPHABETICAL)],
                                MONITOR)
    page = archive.listing.page(sort=SortKey.TITLE)
    assert [row.title for row in page] == ALPHABETICAL
    backwards = archive.listing.page(sort=SortKey.TITLE, descending=True, limit=3)
    assert [row.title for row in backwards] == ["Zhanna", "Ivanov", "Aliya"]


def test_people_are_listed_alphabetically(archive: Any) -> None:
    archive.incidents.save_many([incident("Угроза", [name]) for name in reversed(ALPHABETICAL)],
                                MONITOR)
    assert [p.name for p in archive.people.all()] == ALPHABETICAL


def test_people_are_found_in_any_script(archive: Any) -> None:
    """The People filter and the editor's name completer (suggest) across scripts."""
    archive.incidents.save_many([incident("Угроза", ["Гүлнар Қасымова"]),
                                 incident("Угроза", ["Marat Akhmetov"])], MONITOR)
    for typed, expected in (("Kasymova", ["Гүлнар Қасымова"]), ("gulnar qas", ["Гүлнар Қасымова"]),
                            ("ҚАСЫМ", ["Гүлнар Қасымова"]), ("Ахметов", ["Marat Akhmetov"]),
                            ("Akhmatov", []), ("ъ", []), ("%", [])):
        assert [p.name for p in archive.people.suggest(typed)] == expected, typed


def test_renamed_person_moves_to_their_new_place(archive: Any) -> None:
    first = incident("Угроза", ["Яковлев"])
    archive.incidents.save_many([first, incident("Угроза", ["Жанна"])], MONITOR)
    renamed = replace(first, victims=(replace(first.victims[0], name="Әлиев"),))
    archive.incidents.save(renamed, MONITOR)
    assert [p.name for p in archive.people.all()] == ["Әлиев", "Жанна"]


def _migration(revision: str) -> types.ModuleType:
    versions = Path(str(resources.files("desktop_app.migrations"))) / "versions"
    path = next(versions.glob(f"{revision}_*.py"))
    spec = importlib.util.spec_from_file_location(f"_frozen_rules_{revision}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_index_was_built_with_todays_rules() -> None:
    """The migration that filled the keys froze the rules; saves use storage/spelling.py.
    If this fails, the rules changed: add a revision that rebuilds the keys with a copy of
    the new rules, and point SKELETON_MIGRATION at it."""
    frozen = _migration(spelling.SKELETON_MIGRATION)
    letters = ("АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ ÄĞIİÑÖŞŪÜÇŠŽČ "
               "abcdefghijklmnopqrstuvwxyz éíñ 0123 ß ǵńóú əı")
    words = [w for _, ts in SPELLINGS for w in ts] + ALPHABETICAL + list(letters)
    words += [letters, letters.lower(), "Kh Zh Ch Ye Yo kh zh ch ye yo Shch"]
    for word in words:
        assert frozen.skeleton(word) == spelling.skeleton(word), word
        assert frozen.sort_key(word) == spelling.sort_key(word), word
    assert frozen.skeleton_words(letters, "Қасымова Kasymova") == search.skeleton_words(
        letters, "Қасымова Kasymova")


# Regions by their Kazakh labels: Қ comes between К and Л (Ақмола before Алматы, Алматы
# қаласы before Алматы облысы, Қарағанды after Жетісу), Ұ after У, Ш after Ұ.
KAZAKH_REGIONS = ["abai", "akmola", "aktobe", "almaty_city", "almaty_region", "astana",
                  "atyrau", "west_kazakhstan", "jambyl", "jetisu", "karaganda", "kostanay",
                  "kyzylorda", "mangystau", "pavlodar", "north_kazakhstan", "turkistan",
                  "ulytau", "east_kazakhstan", "shymkent"]


def test_the_incident_list_sorts_regions_by_their_labels_page_by_page(archive: Any) -> None:
    made = [incident_from_json({"title": f"{code} {n}", "date": "2021-03-01", "region": code,
                                "violations": ["threat"], "victims": [], "legal_cases": []})
            for n in range(2) for code in reversed(KAZAKH_REGIONS)]
    archive.incidents.save_many(made, MONITOR)

    def listed(language: str, descending: bool = False) -> list[str]:
        pages = [archive.listing.page(sort=SortKey.REGION, descending=descending,
                                      offset=offset, limit=7, language=language)
                 for offset in range(0, 42, 7)]
        return [row.region for page in pages for row in page]

    assert listed("kk") == [code for code in KAZAKH_REGIONS for _ in range(2)]
    assert listed("kk", descending=True) == [c for c in reversed(KAZAKH_REGIONS) for _ in "ab"]
    english = listed("en")
    assert english[:6] == ["abai", "abai", "akmola", "akmola", "aktobe", "aktobe"]
    assert english[-2:] == ["west_kazakhstan", "west_kazakhstan"]
    filtered = archive.listing.page(IncidentFilter(text="Shymkent"), sort=SortKey.REGION,
                                    language="kk")
    assert [row.region for row in filtered] == ["shymkent", "shymkent"]


def test_the_words_seen_are_forgotten_when_the_archive_locks(archive: Any) -> None:
    """Each word's search key is remembered while the archive is open (saving thousands
    of incidents repeats the same words); locking forgets them with everything else."""
    archive.incidents.save_many([incident("Пикет", ["Гүлнар Қасымова"], place="Өскемен")],
                                MONITOR)
    assert archive.incidents.search("Qasymova")
    assert spelling.skeleton.cache_info().currsize > 0
    archive.close()
    assert spelling.skeleton.cache_info().currsize == 0
