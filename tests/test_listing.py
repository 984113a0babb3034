"""The incident list's count and pages, filtered by text and by fields, in every order: the
same rows as one plain query that computes every column for every match and sorts them
(how the list was read before a page became its numbers first, docs/SEARCH.md)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.filters import IncidentFilter, SortKey
from desktop_app.core.interchange import incident_from_json
from desktop_app.core.vocabulary import vocabulary
from desktop_app.storage import incident_rows, listing, search
from desktop_app.storage import tables as t
from desktop_app.storage.spelling import sort_key

MONITOR = "Мәдина Жұмабаева"
NAMES = ["Гүлнар Қасымова", "Marat Akhmetov", "Жанна Ёлкина", "Saule Ivanova", "Ерлан Серікбаев",
         "Марат Оспанов"]
WORDS = ["пикет", "picket", "station", "detained", "ұсталды", "штраф", "court"]
REGIONS = ["almaty_city", "shymkent", "astana", "abai", "karaganda"]


def _incidents(count: int) -> list[Any]:
    rng = random.Random(11)
    made = []
    for _ in range(count):
        names = rng.sample(NAMES, rng.randint(0, 2))
        made.append(incident_from_json({
            "title": f"{rng.choice(WORDS)} {rng.choice(['Әлия', 'Aliya', 'Ахмет', 'Zhanna'])}",
            # Repeated dates and titles, so the number breaks many ties.
            "date": f"20{rng.randint(18, 21)}-0{rng.randint(1, 3)}-1{rng.randint(0, 1)}",
            "region": rng.choice(REGIONS), "place": rng.choice(["Шымкент", "Republic Square"]),
            "violations": rng.sample(["threat", "detention", "arrest"], rng.randint(1, 2)),
            "victims": [{"name": name} for name in names], "legal_cases": [],
            "description": " ".join(rng.sample(WORDS, 3)), "tags": [],
            "status": rng.choice(["draft", "verified"])}))
    return made


@pytest.fixture
def filled(archive: Any) -> Any:
    archive.incidents.save_many(_incidents(120), MONITOR)
    return archive


FILTERS = [IncidentFilter(), IncidentFilter(text="Қасымова"), IncidentFilter(text="Kasymova"),
           IncidentFilter(text="pick"), IncidentFilter(text="station detained"),
           IncidentFilter(text="Marat"), IncidentFilter(text="Osp ivanov"),
           IncidentFilter(text="Elkina", region="shymkent"),
           IncidentFilter(text="Қасым", status="verified", violation="threat"),
           IncidentFilter(text="court", date_from=FuzzyDate.parse("2019"),
                          date_to=FuzzyDate.parse("2020-02")),
           IncidentFilter(region="astana"), IncidentFilter(text="Zarina"),
           IncidentFilter(text="%")]


def _reference(archive: Any, f: IncidentFilter, sort: SortKey, descending: bool) -> list[str]:
    """Ids of the whole filtered list in order, the plain way: every column of every match,
    sorted (regions by their Kazakh labels, as the page asks)."""
    query = select(t.incidents.c.id, t.incidents.c.number, t.incidents.c.region,
                   incident_rows.VIOLATIONS_SHOWN, incident_rows.VICTIM_COUNT, listing._REVOKED_BY,
                   listing._REVOKED_AT).where(*listing.where_clauses(f))
    if f.text.strip():
        expression = search.match_expression(f.text)
        if expression is None:
            return []
        query = query.where(t.incidents.c.number.in_(search.matching_subquery(expression)))
    with archive.database.reading() as conn:
        if sort is SortKey.REGION:
            rows = conn.execute(query).all()
            region = vocabulary("region")
            rows.sort(key=lambda r: (sort_key(region.label(r.region, "kk")), r.number),
                      reverse=descending)
            return [r.id for r in rows]
        if sort is SortKey.VIOLATIONS:  # by the label of the first, as the list shows it
            labels = vocabulary("violation")
            rows = [(archive.incidents.get(r.id), r) for r in conn.execute(query).all()]
            keyed = [(sort_key(labels.label(i.violations[0], "kk") if i.violations else ""),
                      r.number, r.id) for i, r in rows]
            return [k[2] for k in sorted(keyed, reverse=descending)]
        column = listing._SORT_COLUMNS[sort]
        number = t.incidents.c.number
        order = [column.desc(), number.desc()] if descending else [column, number]
        return list(conn.scalars(query.with_only_columns(t.incidents.c.id).order_by(*order)))


@pytest.mark.parametrize("few", [0, listing.FEW])  # pages walked, and looked up
@pytest.mark.parametrize("sort", list(SortKey))
def test_pages_hold_the_rows_one_sorted_query_gives(filled: Any, sort: SortKey, few: int,
                                                    monkeypatch: Any) -> None:
    monkeypatch.setattr(listing, "FEW", few)
    for f in FILTERS:
        for descending in (False, True):
            expected = _reference(filled, f, sort, descending)
            for offset, limit in ((0, 200), (0, 7), (7, 7), (50, 30), (len(expected), 5)):
                page = filled.listing.page(f, sort, descending, offset, limit, language="kk")
                assert [row.id for row in page] == expected[offset:offset + limit], (
                    f, descending, offset)


def test_a_page_row_carries_its_columns(filled: Any) -> None:
    rows = filled.listing.page(IncidentFilter(text="Қасымова"), limit=500)
    assert rows
    for row in rows:
        incident = filled.incidents.get(row.id)
        assert row.title == incident.title and row.region == incident.region
        assert row.victims == len(incident.victims)
        assert set(row.violations) == set(incident.violations)


def test_counts_are_the_rows_the_pages_hold(filled: Any) -> None:
    for f in FILTERS:
        assert filled.listing.count(f) == len(_reference(filled, f, SortKey.DATE, False)), f
    assert filled.listing.total() == 120


def test_the_index_holds_one_row_per_incident_after_edits_and_deletes(filled: Any) -> None:
    """A text search is counted in the index alone: that is right only while the index has
    exactly one row per incident, through saves, revisions and deletes."""
    ids = [row.id for row in filled.listing.page(limit=500)]
    filled.incidents.delete(ids[:10])
    edited = filled.incidents.get(ids[20])
    filled.incidents.save(incident_from_json({
        "id": edited.id, "title": "Жаңа тақырып", "date": "2022-01-01",
        "region": "astana", "violations": ["threat"], "victims": [{"name": "Жанна Ёлкина"}],
        "legal_cases": [], "description": "", "tags": []}), MONITOR)
    with filled.database.reading() as conn:
        indexed = set(conn.scalars(text("SELECT rowid FROM incident_search")))
        numbers = set(conn.scalars(select(t.incidents.c.number)))
        assert indexed == numbers
        assert conn.scalar(select(func.count()).select_from(t.incidents)) == 110
    for typed in ("Ёлкина", "Elkina", "station", "Жаңа"):
        f = IncidentFilter(text=typed)
        assert filled.listing.count(f) == len(_reference(filled, f, SortKey.DATE, False))


def test_violations_show_in_the_incidents_own_order_and_sort_by_the_first(
        filled: Any) -> None:
    """The list shows an incident's violations in the order its monitor gave them (not
    by code), and sorting by the column orders rows by the first one's label."""
    rows = filled.listing.page(limit=500)
    for row in rows:
        assert list(row.violations) == list(filled.incidents.get(row.id).violations)
    assert any(list(r.violations) != sorted(r.violations) for r in rows)
    labels = vocabulary("violation")
    ordered = filled.listing.page(sort=SortKey.VIOLATIONS, limit=500, language="ru")
    firsts = [sort_key(labels.label(r.violations[0], "ru")) for r in ordered]
    assert firsts == sorted(firsts) and len(set(firsts)) == 3
