"""Each counting rule of docs/SUMMARIES.md, and each filter, on a few incidents small
enough to count by hand; and the small-cell suppression rule on hand-made lines."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.filters import IncidentFilter
from desktop_app.core.interchange import incident_from_json
from desktop_app.reports.crosstab import UnknownDimension, crosstab
from desktop_app.reports.publication import NotPublishable, publish
from desktop_app.reports.summary import compute, summarize
from desktop_app.reports.suppression import Mark, protect

ALIYA = "aaaaaaaa-0000-4000-8000-000000000001"
MARAT = "aaaaaaaa-0000-4000-8000-000000000002"


def save(archive: Any, date: str, violations: list[str], victims: list[dict[str, Any]] = (),  # type: ignore[assignment]
         region: str = "almaty_city", **extra: Any) -> str:
    record = {"id": str(uuid.uuid4()), "title": "Hand-made incident", "date": date,
              "region": region, "violations": violations, "victims": list(victims), **extra}
    archive.incidents.save(incident_from_json(record), "Test Monitor")
    return record["id"]


def person(person_id: str, category: str | None = "journalist", **more: Any) -> dict[str, Any]:
    return {"person_id": person_id, "name": "Someone", "category": category, **more}


def dates(start: str | None = None, end: str | None = None, **more: Any) -> IncidentFilter:
    return IncidentFilter(date_from=FuzzyDate.parse(start) if start else None,
                          date_to=FuzzyDate.parse(end) if end else None, **more)


def test_a_person_counts_once_per_incident_and_once_among_people(archive) -> None:  # type: ignore[no-untyped-def]
    save(archive, "2018-01-05", ["arrest"], [person(ALIYA), person(MARAT)])
    save(archive, "2018-02-05", ["threat"], [person(ALIYA, fatal=True)])
    victims = summarize(archive)["victims"]
    assert (victims["total"], victims["people"], victims["fatal"]) == (3, 2, 1)
    assert victims["by_category"] == {"journalist": 3}


def test_an_incident_counts_once_under_each_of_its_violations(archive) -> None:  # type: ignore[no-untyped-def]
    save(archive, "2018-03-01", ["arrest", "threat", "detention"], [person(ALIYA)])
    figures = summarize(archive)
    assert figures["incidents"] == 1
    assert figures["by_violation"] == {"threat": 1, "arrest": 1, "detention": 1}
    table = crosstab(archive, IncidentFilter(), "year", "violation")
    assert table.row_totals == {"2018": 1}  # the incident once, not three times
    assert table.total == 1 and not table.rows_add_up and table.columns_add_up
    # Victims by violation: the person counts under each violation of the incident.
    assert crosstab(archive, IncidentFilter(), "victim_category", "violation").cells == {
        ("journalist", "arrest"): 1, ("journalist", "threat"): 1,
        ("journalist", "detention"): 1}


def test_a_case_counts_once_and_under_each_kind_of_penalty(archive) -> None:  # type: ignore[no-untyped-def]
    case = {"code": "administrative", "article": "488", "outcome": "convicted",
            "penalties": [{"kind": "fine"}, {"kind": "administrative_detention",
                                             "amount": "15 days"}]}
    save(archive, "2018-05-14", ["arrest"], legal_cases=[case, {"code": "criminal"}])
    cases = summarize(archive)["legal_cases"]
    assert cases["total"] == 2
    assert cases["by_penalty"] == {"fine": 1, "administrative_detention": 1}
    assert cases["by_outcome"] == {"convicted": 1, "unrecorded": 1}
    assert cases["by_article"] == {"administrative 488": 1, "unrecorded": 1}
    table = crosstab(archive, IncidentFilter(), "case_code", "penalty")
    assert table.unit == "cases" and table.total == 2
    assert table.row_totals == {"administrative": 1, "criminal": 1}
    assert table.cell("criminal", None) == 1  # a case without a penalty is not lost


def test_dates_filter_on_their_first_day(archive) -> None:  # type: ignore[no-untyped-def]
    year_only = save(archive, "2018", ["threat"])
    month_only = save(archive, "2018-05", ["threat"])
    save(archive, "2018-05-31", ["threat"])
    save(archive, "2019-01-01", ["threat"])
    assert summarize(archive, dates("2018", "2018"))["incidents"] == 3
    assert summarize(archive, dates("2018-05"))["incidents"] == 3  # not "2018" (1 January)
    assert summarize(archive, dates(None, "2018-04"))["incidents"] == 1  # only "2018"
    assert summarize(archive, dates("2018-05-31", "2018-05-31"))["incidents"] == 1
    assert summarize(archive, dates("2018-05-01", "2018-05-01"))["incidents"] == 1
    assert summarize(archive, dates("2018-06", "2018-12"))["incidents"] == 0
    by_month = compute(archive).by_month
    assert by_month == {"2018-05": 2, "2018": 1, "2019-01": 1}  # "2018": month not known
    assert year_only and month_only


def test_filters_narrow_the_counts(archive) -> None:  # type: ignore[no-untyped-def]
    save(archive, "2018-01-01", ["arrest"], [person(ALIYA, "lawyer")], region="astana",
         tags=["land protests"], status="verified")
    save(archive, "2018-01-02", ["threat"], [person(MARAT)], region="shymkent")
    save(archive, "2018-01-03", ["threat", "arrest"])
    count = [summarize(archive, IncidentFilter(**{name: value}))["incidents"]
             for name, value in (("region", "astana"), ("violation", "arrest"),
                                 ("victim_category", "lawyer"), ("status", "verified"),
                                 ("tag", "land protests"), ("text", "Hand-made"),
                                 ("text", "nothing-like-this"), ("tag", "no such tag"))]
    assert count == [1, 2, 1, 1, 1, 3, 0, 0]
    both = summarize(archive, IncidentFilter(violation="arrest", region="astana"))
    assert both["incidents"] == 1 and both["victims"]["by_category"] == {"lawyer": 1}


def test_unrecorded_values_count_under_their_own_key(archive) -> None:  # type: ignore[no-untyped-def]
    save(archive, "2018-01-01", ["arrest"], [person(ALIYA, None)],
         remedies=[{"mechanism": "ombudsman"}])
    figures = summarize(archive)
    assert figures["victims"]["by_category"] == {"unrecorded": 1}
    assert figures["remedies"] == {"total": 1, "by_mechanism": {"ombudsman": 1},
                                   "by_outcome": {"unrecorded": 1}, "implemented": 0}


def test_cross_table_cells_add_up_to_its_totals(archive) -> None:  # type: ignore[no-untyped-def]
    for region, outcome in (("astana", "convicted"), ("astana", "acquitted"),
                            ("shymkent", "convicted")):
        save(archive, "2017-06-01", ["criminal_prosecution"], region=region,
             legal_cases=[{"code": "criminal", "article": "174", "outcome": outcome}])
    save(archive, "2018-06-01", ["arrest"], legal_cases=[{"code": "criminal",
                                                          "article": "400"}])
    table = crosstab(archive, IncidentFilter(), "article", "outcome")
    assert table.rows_add_up and table.columns_add_up and table.unit == "cases"
    for r in table.row_keys:
        assert sum(table.cell(r, c) for c in table.column_keys) == table.row_totals[r]
    for c in table.column_keys:
        assert sum(table.cell(r, c) for r in table.row_keys) == table.column_totals[c]
    assert sum(table.row_totals.values()) == table.total == 4
    assert table.cell("criminal 174", "convicted") == 2
    years = crosstab(archive, IncidentFilter(), "year", "region")
    assert years.cells == {("2017", "astana"): 2, ("2017", "shymkent"): 1,
                           ("2018", "almaty_city"): 1}
    with pytest.raises(UnknownDimension):
        crosstab(archive, IncidentFilter(), "year", "colour")


def test_a_typed_article_that_is_not_a_number_is_published_as_other(archive) -> None:  # type: ignore[no-untyped-def]
    save(archive, "2018-01-01", ["arrest"],
         legal_cases=[{"code": "criminal", "article": "Aigerim's case file"}] * 3)
    assert summarize(archive)["legal_cases"]["by_article"] == {
        "criminal Aigerim's case file": 3}  # exact, for the coordinator
    pub = publish(compute(archive), "en")
    articles = next(t for t in pub.tables if t.key == "article")
    assert [(f.label, f.text) for f in articles.rows] == [("Criminal · Other article", "3")]
    with pytest.raises(NotPublishable):
        publish(compute(archive), "en", cross=crosstab(archive, IncidentFilter(), "tag",
                                                        "year"))


# --- suppression -----------------------------------------------------------------------------

def test_small_cells_are_hidden_and_a_total_cannot_give_them_away() -> None:
    values = {"a": 2, "b": 40, "c": 50, "d": 0, "total": 92}
    marks = protect(values, [(["a", "b", "c", "d"], "total")])
    assert marks == {"a": Mark.SMALL, "b": Mark.WITHHELD, "c": Mark.SHOWN, "d": Mark.SHOWN,
                     "total": Mark.SHOWN}  # b, the smallest larger cell, hides a's value


def test_when_every_cell_is_small_the_total_is_withheld() -> None:
    marks = protect({"a": 2, "b": 2, "total": 4}, [(["a", "b"], "total")])
    assert marks == {"a": Mark.SMALL, "b": Mark.SMALL, "total": Mark.WITHHELD}


def test_a_shared_total_is_hidden_everywhere_or_nowhere() -> None:
    values = {"x1": 1, "x2": 4, "y1": 3, "y2": 2, "total": 5}
    marks = protect(values, [(["x1", "x2"], "total"), (["y1", "y2"], "total")])
    # x1 small forces x2 hidden; y2 small forces y1 hidden; the total stays.
    assert marks["total"] is Mark.SHOWN
    assert {marks["x2"], marks["y1"]} == {Mark.WITHHELD}
    # A line whose only hidden number is a withheld total: a member must hide too.
    marks = protect({"a": 2, "b": 2, "t": 4, "c": 10, "u": 14},
                    [(["a", "b"], "t"), (["t", "c"], "u")])
    assert marks["t"] is Mark.WITHHELD and marks["c"] is Mark.WITHHELD


def test_zero_stays_zero_and_no_threshold_means_exact() -> None:
    assert protect({"a": 0, "b": 0, "t": 0}, [(["a", "b"], "t")]) == {
        "a": Mark.SHOWN, "b": Mark.SHOWN, "t": Mark.SHOWN}
    assert set(protect({"a": 1, "t": 1}, [(["a"], "t")], threshold=0).values()) == {Mark.SHOWN}
