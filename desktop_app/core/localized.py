"""Dates and numbers as English, Russian and Kazakh write them, from CLDR data (Babel).

Published summaries and the command use these; the window writes the same forms with Qt's
QLocale (``ui/kit/dates.py``), so a date reads alike on screen and on paper:

    day      12 May 2018     12 мая 2018 г.     12 мамыр 2018 ж.
    month    May 2018        май 2018           мамыр 2018
    number   12,345          12 345             12 345   (a no-break space)

CLDR's own long Kazakh form puts the year first ("2018 ж. 12 мамыр"); the program keeps
the day-first order Kazakh documents and the window use. Babel is imported only for
Russian and Kazakh, so English output costs nothing more than Python's own formatting.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.language import LANGUAGES, current

# The year's word after a full date, as both languages write it in documents.
_YEAR_WORD = {"ru": " 'г.'", "kk": " 'ж.'"}

_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December")


def _language(language: str | None) -> str:
    chosen = current() if language is None else language
    return chosen if chosen in LANGUAGES else "en"


def number(value: int, language: str | None = None) -> str:
    """A whole number with the language's thousands separator (the current language if
    ``language`` is None)."""
    lang = _language(language)
    if lang == "en":
        return f"{value:,}"
    from babel.numbers import format_decimal  # noqa: PLC0415 - only for ru and kk

    return format_decimal(value, locale=lang)


def day(when: dt.date, language: str | None = None) -> str:
    """A calendar day in words: "12 May 2018", "12 мая 2018 г.", "12 мамыр 2018 ж."."""
    lang = _language(language)
    if lang == "en":
        # Not strftime's %B: it follows the C library's locale, which Qt sets from the system.
        return f"{when.day} {_ENGLISH_MONTHS[when.month - 1]} {when.year}"
    from babel.dates import format_date  # noqa: PLC0415

    return format_date(when, "d MMMM y" + _YEAR_WORD[lang], locale=lang)


def month(year: int, number_of_month: int, language: str | None = None) -> str:
    """A month of a year, as a heading or a label: "May 2018", "май 2018", "мамыр 2018"."""
    lang = _language(language)
    if lang == "en":
        return f"{_ENGLISH_MONTHS[number_of_month - 1]} {year}"
    from babel.dates import format_date  # noqa: PLC0415

    # The stand-alone form (LLLL), lower case as in running text: CLDR capitalises it in
    # Kazakh.
    name = format_date(dt.date(year, number_of_month, 1), "LLLL", locale=lang).lower()
    return f"{name} {year}"


def fuzzy_date(date: FuzzyDate, language: str | None = None) -> str:
    """A date as precise as it is known: "2018", "May 2018" or "12 May 2018"."""
    if date.month is None:
        return str(date.year)
    if date.day is None:
        return month(date.year, date.month, language)
    return day(dt.date(date.year, date.month, date.day), language)
