"""What a person can narrow the incident list (and later summaries) down to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.dates import FuzzyDate


class SortKey(StrEnum):
    DATE = "date"
    TITLE = "title"
    REGION = "region"
    VIOLATIONS = "violations"
    STATUS = "status"


@dataclass(frozen=True)
class IncidentFilter:
    """All given conditions must hold. Dates compare by the first day an incident's date
    covers, so "2018-05" falls inside a filter from 2018-05-01."""

    text: str = ""
    date_from: FuzzyDate | None = None
    date_to: FuzzyDate | None = None
    region: str | None = None
    violation: str | None = None
    victim_category: str | None = None
    status: str | None = None
    tag: str | None = None

    @property
    def empty(self) -> bool:
        return self == IncidentFilter()
