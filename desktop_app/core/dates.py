"""Dates known to a day, a month or only a year ("2018-05-12", "2018-05", "2018")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.errors import InvalidRecord
from desktop_app.core.language import _

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, order=True)
class FuzzyDate:
    """A date with its precision. Ordering and filters use the first day it covers."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise InvalidRecord otherwise."""
        if not isinstance(text, str):
            raise InvalidRecord(_("a date must be text like 2018-05-12, 2018-05 or 2018, "
                                  "not {value}").format(value=repr(text)))
        match = _PATTERN.match(text.strip())
        if not match:
            raise InvalidRecord(_("{value} is not a date like 2018-05-12, 2018-05 or "
                                  "2018").format(value=repr(text)))
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if not 1900 <= year <= 2200:
            raise InvalidRecord(_("{value} has a year outside 1900–2200").format(
                value=repr(text)))
        if month is not None and not 1 <= month <= 12:
            raise InvalidRecord(_("{value} has no such month").format(value=repr(text)))
        if day is not None:
            assert month is not None
            if not 1 <= day <= calendar.monthrange(year, month)[1]:
                raise InvalidRecord(_("{value} has no such day").format(value=repr(text)))
        return cls(year, month, day)

    @classmethod
    def from_parts(cls, first_day: str, precision: str) -> FuzzyDate:
        """Rebuild from the stored first day (ISO) and precision."""
        d = dt.date.fromisoformat(first_day)
        if precision == Precision.YEAR:
            return cls(d.year)
        if precision == Precision.MONTH:
            return cls(d.year, d.month)
        return cls(d.year, d.month, d.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"
