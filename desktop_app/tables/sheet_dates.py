"""Dates as spreadsheets hold them: 12.05.2018, 2018-05, "май 2018", "12 мамыр 2018 ж.",
Excel serial numbers and cells already typed as dates. Each keeps its precision: a cell
that names only a month is a month, never the first of it."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.errors import InvalidRecord
from desktop_app.core.language import _

# Excel's 1900 date system counts days from 1899-12-30 (it believes 1900 was a leap year,
# so serials from 61 on land right with this epoch; earlier ones are no incident's date).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIALS = (367, 110_000)  # 1901-01-01 … 2200: anything else is a number, not a date
_NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{4})$")
_ISO_DOTS = re.compile(r"^(\d{4})[./](\d{1,2})(?:[./](\d{1,2}))?$")
# "2018 г.", "2018 года", "2018 ж.", "2018 жылы": words for "year", never inside a word
# (the г of "август", the ж of "желтоқсан").
_YEAR_WORDS = re.compile(r"\s*(?<![^\W\d_])(?:года|год|г\.?|жылы|жыл|ж\.?)(?![^\W\d_])\s*",
                         re.IGNORECASE)


@cache
def _month_words() -> dict[str, int]:
    """Month names in English, Russian (both cases) and Kazakh, full and shortened."""
    from babel.dates import get_month_names  # noqa: PLC0415 - CLDR data, loaded when needed

    words: dict[str, int] = {}
    for locale in ("en", "ru", "kk"):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, context, locale).items():
                    words[name.casefold().rstrip(".")] = number
    return words


def excel_serial(value: float) -> FuzzyDate | None:
    """The day an Excel serial number stands for, or None if it cannot be an incident's."""
    if not _SERIALS[0] <= value < _SERIALS[1]:
        return None
    day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
    return FuzzyDate(day.year, day.month, day.day)


def _checked(year: int, month: int | None, day: int | None, text: str) -> FuzzyDate:
    parts = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    try:
        return FuzzyDate.parse(parts)
    except InvalidRecord:
        raise InvalidRecord(_("{value} is not a date").format(value=repr(text))) from None


def _in_words(text: str) -> FuzzyDate | None:
    """"май 2018", "12 мая 2018 г.", "2018 ж. 12 мамыр", "May 12, 2018"."""
    words = _YEAR_WORDS.sub(" ", text.replace(",", " ")).split()
    numbers = [w for w in words if w.isdigit()]
    names = [w for w in words if not w.isdigit()]
    if len(names) != 1 or not 1 <= len(numbers) <= 2:
        return None
    month = _month_words().get(names[0].casefold().rstrip("."))
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if month is None or len(years) != 1 or len(days) != len(numbers) - 1:
        return None
    return _checked(int(years[0]), month, int(days[0]) if days else None, text)


def sheet_date(value: object) -> FuzzyDate:
    """The date a cell holds, with its precision; InvalidRecord (its ``problem`` a clause
    naming the value) if it holds none."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _checked(value.year, value.month, value.day, value.isoformat())
    if isinstance(value, bool):
        raise InvalidRecord(_("{value} is not a date").format(value=repr(value)))
    if isinstance(value, int | float):
        if float(value).is_integer() and 1900 <= value <= 2200:
            return FuzzyDate(int(value))
        found = excel_serial(float(value))
        if found is None:
            raise InvalidRecord(_("{value} is not a date").format(value=repr(value)))
        return found
    text = str(value).strip()
    if text.isdigit() and len(text) == 5:  # a serial that reached a CSV as text
        return sheet_date(int(text))
    if match := _NUMERIC.match(text):  # day first, as in Kazakhstan and Russia
        day, month, year = (int(g) for g in match.groups())
        return _checked(year, month, day, text)
    if match := _MONTH_YEAR.match(text):
        month, year = (int(g) for g in match.groups())
        return _checked(year, month, None, text)
    bare = _YEAR_WORDS.sub("", text).strip() if re.match(r"^\d{4}\s*\D", text) else text
    if match := _ISO_DOTS.match(bare):
        year_text, month_text, day_text = match.groups()
        return _checked(int(year_text), int(month_text),
                        int(day_text) if day_text else None, text)
    if bare.isdigit() and len(bare) == 4:
        return _checked(int(bare), None, None, text)
    try:
        return FuzzyDate.parse(text)
    except InvalidRecord:
        pass
    found = _in_words(text)
    if found is None:
        raise InvalidRecord(_("{value} is not a date").format(value=repr(text)))
    return found
