"""Published summaries write dates and numbers as their language does: "12 мамыр 2018 ж.",
"май 2018", "1 234"; a spreadsheet still gets bare digits it can add up."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.filters import IncidentFilter
from desktop_app.core.localized import day, fuzzy_date, month, number
from desktop_app.reports.csv_writer import summary_csv
from desktop_app.reports.html_writer import html_document
from desktop_app.reports.publication import publish
from desktop_app.reports.summary import Summary

NBSP = "\u00a0"


@pytest.mark.parametrize(("language", "long", "month_name", "count"), [
    ("en", "12 May 2018", "December 2018", "12,345"),
    ("ru", "12 мая 2018 г.", "декабрь 2018", f"12{NBSP}345"),
    ("kk", "12 мамыр 2018 ж.", "желтоқсан 2018", f"12{NBSP}345"),
])
def test_dates_and_numbers_in_each_language(language: str, long: str, month_name: str,
                                            count: str) -> None:
    assert day(dt.date(2018, 5, 12), language) == long
    assert month(2018, 12, language) == month_name
    assert number(12345, language) == count
    assert number(999, language) == "999"
    assert fuzzy_date(FuzzyDate.parse("2016"), language) == "2016"
    assert fuzzy_date(FuzzyDate.parse("2018-05-12"), language) == long


def _summary(date_from: str | None, date_to: str | None) -> Summary:
    """A network's year: 1,234 incidents in Almaty over two months of 2018."""
    f = IncidentFilter(date_from=FuzzyDate.parse(date_from) if date_from else None,
                       date_to=FuzzyDate.parse(date_to) if date_to else None)
    return Summary(
        filter=f, incidents=1234, by_year={"2018": 1234},
        by_month={"2018-05": 1000, "2018-12": 234}, by_region={"almaty_city": 1234},
        by_violation={"threat": 1234}, victims=1500, people=1200, fatal=0,
        by_category={"journalist": 1500}, cases=0, by_code={}, by_article={}, by_outcome={},
        by_penalty={}, remedies=0, by_mechanism={}, by_remedy_outcome={}, implemented=0)


@pytest.mark.parametrize(("language", "period", "may", "thousand"), [
    ("en", "Period: 12 May 2018 – December 2018", "May 2018", "1,234"),
    ("ru", "Период: 12 мая 2018 г. – декабрь 2018", "май 2018", f"1{NBSP}234"),
    ("kk", "Кезең: 12 мамыр 2018 ж. – желтоқсан 2018", "мамыр 2018", f"1{NBSP}234"),
])
def test_a_publication_speaks_its_language(language: str, period: str, may: str,
                                           thousand: str) -> None:
    pub = publish(_summary("2018-05-12", "2018-12"), language)
    assert pub.period == period
    headline = {f.code: f.text for f in pub.headline}
    assert headline["incidents"] == thousand
    over_time = pub.tables[0]
    assert over_time.rows[0].label == may
    page = html_document(pub)
    assert period in page and may in page and thousand in page
    assert "2018-05" not in page  # no machine date is left for a reader


def test_the_spreadsheet_gets_bare_digits_beside_words_in_the_language() -> None:
    rows = list(csv.reader(io.StringIO(summary_csv(publish(_summary(None, None), "ru")))))
    assert ["period", "", "Период: все даты", ""] in rows
    assert ["headline", "incidents", "Инциденты", "1234"] in rows
    assert ["time", "2018-05", "май 2018", "1000"] in rows


@pytest.mark.parametrize(("language", "open_start", "open_end"), [
    ("en", "Period: from May 2018", "Period: up to 2018"),
    ("ru", "Начало периода: май 2018", "Конец периода: 2018"),
    ("kk", "Кезең басы: мамыр 2018", "Кезең соңы: 2018"),
])
def test_a_period_open_at_one_end(language: str, open_start: str, open_end: str) -> None:
    assert publish(_summary("2018-05", None), language).period == open_start
    assert publish(_summary(None, "2018"), language).period == open_end


def test_many_month_names_are_slanted_on_the_chart_not_overlapping() -> None:
    summary = _summary(None, None)
    months = {f"{y}-{m:02d}": 10 + m for y in (2017, 2018) for m in range(1, 13)}
    page = html_document(publish(Summary(**{**summary.__dict__, "by_year": {"2017": 1, "2018": 1},
                                            "by_month": months}), "kk"))
    assert "rotate(-45" in page and "қаңтар 2017" in page
    few = html_document(publish(_summary(None, None), "en"))
    assert "rotate(-45" not in few
