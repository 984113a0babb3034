"""Sentences for people: filling translated templates and showing times."""

from __future__ import annotations

import datetime as dt
import re


def fill(template: str, *values: object) -> str:
    """Put ``values`` in for %1, %2… in one pass, so a name that itself holds "%2" stays as
    typed (chained str.replace would substitute inside it). Numbers are written with
    thousands separators."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        if not 0 < index <= len(values):
            return match.group(0)
        item = values[index - 1]
        return f"{item:,}" if isinstance(item, int) and not isinstance(item, bool) else str(item)
    return re.sub(r"%(\d)", value, template)


def local_time(stamp: str) -> str:
    """An ISO time stamp (UTC) as local "2018-05-12 14:03"; unparseable ones as they are."""
    try:
        return (dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
                .strftime("%Y-%m-%d %H:%M"))
    except ValueError:
        return stamp
