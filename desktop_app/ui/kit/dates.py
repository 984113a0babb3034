"""Dates, times and counts as the window's language writes them (Qt's QLocale).

A fuzzy date keeps its precision: "2018", "May 2018" / "май 2018" / "мамыр 2018",
"12 May 2018" / "12 мая 2018 г." / "12 мамыр 2018 ж.". Qt's own long format adds the
weekday (and in Kazakh puts the year first), so the patterns are ours. The incident
list is compact: "12.05.2018" and "05.2018" in Russian and Kazakh, "12 May 2018" and
"May 2018" in English. Where a person types a date it stays ISO (2018-05-12).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from desktop_app.core.dates import FuzzyDate

_current = ["en"]  # the window's language (i18n.install), for fill() and local_time()


def use(language: str) -> None:
    _current[0] = language if language in ("en", "ru", "kk") else "en"


def current() -> str:
    return _current[0]


# The year's word after a full date: "12 мая 2018 г.", "12 мамыр 2018 ж.".
_YEAR_WORD = {"ru": " 'г.'", "kk": " 'ж.'"}


def locale_of(language: str) -> QLocale:
    """The locale of ``language`` (en, ru, kk): en_US, ru_RU, kk_KZ."""
    return QLocale(language if language in ("en", "ru", "kk") else "en")


def fuzzy_date(date: FuzzyDate, language: str, *, compact: bool = False) -> str:
    """``date`` in words, as precise as it is (``compact``: the list's short form)."""
    locale = locale_of(language)
    if date.month is None:
        return str(date.year)
    if date.day is None:
        if compact and language != "en":
            return f"{date.month:02d}.{date.year}"
        month = locale.standaloneMonthName(date.month)
        return f"{month if language == 'en' else month.lower()} {date.year}"
    if compact:
        pattern = "d MMM yyyy" if language == "en" else "dd.MM.yyyy"
    else:
        pattern = "d MMMM yyyy" + _YEAR_WORD.get(language, "")
    return locale.toString(QDate(date.year, date.month, date.day), pattern)


def day(when: dt.date, language: str) -> str:
    """A calendar day in words: "12 May 2018", "12 мая 2018 г."."""
    return fuzzy_date(FuzzyDate(when.year, when.month, when.day), language)


def moment(when: dt.datetime, language: str) -> str:
    """A local time: "12 May 2018, 14:03", "12 мая 2018 г., 14:03"."""
    return f"{day(when, language)}, {when:%H:%M}"


def number(value: int, language: str) -> str:
    """A count with the language's thousands separator: 1,234 / 1 234."""
    return locale_of(language).toString(value)
