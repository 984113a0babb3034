"""Sentences for people: filling translated templates and showing times."""

from __future__ import annotations

import datetime as dt
import re

from desktop_app.ui.kit import dates


def fill(template: str, *values: object) -> str:
    """Put ``values`` in for %1, %2… in one pass, so a name that itself holds "%2" stays as
    typed (chained str.replace would substitute inside it). Numbers are written with the
    window's language's thousands separators (1,234 / 1 234)."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        if not 0 < index <= len(values):
            return match.group(0)
        item = values[index - 1]
        if isinstance(item, int) and not isinstance(item, bool):
            return dates.number(item, dates.current())
        return str(item)
    return re.sub(r"%(\d)", value, template)


def local_time(stamp: str) -> str:
    """An ISO time stamp (UTC) as local time in the window's language: "12 May 2018, 14:03",
    "12 мая 2018 г., 14:03"; unparseable ones as they are."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return dates.moment(when, dates.current())


def local_day(stamp: str) -> str:
    """An ISO time stamp's local day in words: "12 May 2018", "12 мая 2018 г."."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp[:10]
    return dates.day(when.date(), dates.current())
