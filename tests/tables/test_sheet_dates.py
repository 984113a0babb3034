"""Dates as sheets write them, each with its precision."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import get_month_names

from desktop_app.core.errors import InvalidRecord
from desktop_app.tables.sheet_dates import sheet_date


@pytest.mark.parametrize(("cell", "date"), [
    ("12.05.2018", "2018-05-12"), ("12/05/2018", "2018-05-12"), ("2018-05", "2018-05"),
    ("05.2018", "2018-05"), ("2018", "2018"), ("2018 г.", "2018"), ("2018 ж.", "2018"),
    ("2018 года", "2018"), ("2018.05.12", "2018-05-12"), ("май 2018", "2018-05"),
    ("12 мая 2018 г.", "2018-05-12"), ("мамыр 2018", "2018-05"),
    ("2018 ж. 12 мамыр", "2018-05-12"), ("Желтоқсан 2011", "2011-12"),
    ("16 желтоқсан 2011 ж.", "2011-12-16"), ("август 2014", "2014-08"),
    ("авг. 2014", "2014-08"), ("May 2018", "2018-05"), ("43232", "2018-05-12"),
    (43232, "2018-05-12"), (43232.75, "2018-05-12"), (2018, "2018"),
    (dt.date(2018, 5, 12), "2018-05-12"), (dt.datetime(2018, 5, 12, 9, 30), "2018-05-12"),  # noqa: DTZ001 - a sheet's cell has no zone
])
def test_sheet_dates_keep_their_precision(cell: object, date: str) -> None:
    assert str(sheet_date(cell)) == date


@pytest.mark.parametrize("locale", ["ru", "kk", "en"])
def test_every_month_name_in_every_language(locale: str) -> None:
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("wide", context, locale).items():
            assert str(sheet_date(f"{name} 2019")) == f"2019-{number:02d}"


@pytest.mark.parametrize("cell", ["31.02.2018", "12.05.18", "вчера", "13.2018", "5", "май",
                                  "2018-13", True, 12.5])
def test_what_is_no_date_is_refused_by_name(cell: object) -> None:
    with pytest.raises(InvalidRecord, match="is not a date"):
        sheet_date(cell)
