"""The summary a coordinator quotes: counts of incidents, victims, legal cases and
remedies, for any filter. Counted in SQL by ``storage.summary_queries``; the rules are
written down in docs/SUMMARIES.md.

``summarize`` returns exactly the JSON object docs/SUMMARIES.md specifies for
``tirkeu summary --format json``: exact counts, for the coordinator's own use. Publishable
documents are made from a ``Summary`` by ``reports.publication``, which suppresses small
counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.filters import IncidentFilter
from desktop_app.core.vocabulary import vocabulary
from desktop_app.reports.wording import VOCABULARY_OF
from desktop_app.storage.archive import Archive
from desktop_app.storage.database import Database
from desktop_app.storage.summary_queries import summary_counts

# The key a value that was not recorded takes in JSON (a JSON key cannot be null).
UNRECORDED = "unrecorded"

Counts = dict[str, int]


@dataclass(frozen=True)
class Summary:
    """Exact counts for one filter. ``by_*`` map codes to counts in display order; a value
    not recorded has the key None here and "unrecorded" in JSON."""

    filter: IncidentFilter
    incidents: int
    by_year: dict[Any, int]
    by_month: dict[Any, int]
    by_region: dict[Any, int]
    by_violation: dict[Any, int]
    victims: int
    people: int
    fatal: int
    by_category: dict[Any, int]
    cases: int
    by_code: dict[Any, int]
    by_article: dict[Any, int]
    by_outcome: dict[Any, int]
    by_penalty: dict[Any, int]
    remedies: int
    by_mechanism: dict[Any, int]
    by_remedy_outcome: dict[Any, int]
    implemented: int

    def as_json(self) -> dict[str, Any]:
        """The object of docs/SUMMARIES.md, key for key."""
        f = self.filter
        return {
            "incidents": self.incidents,
            "from": None if f.date_from is None else str(f.date_from),
            "to": None if f.date_to is None else str(f.date_to),
            "by_year": _keys(self.by_year),
            "by_region": _keys(self.by_region),
            "by_violation": _keys(self.by_violation),
            "victims": {"total": self.victims, "people": self.people, "fatal": self.fatal,
                        "by_category": _keys(self.by_category)},
            "legal_cases": {"total": self.cases, "by_code": _keys(self.by_code),
                            "by_article": _keys(self.by_article),
                            "by_outcome": _keys(self.by_outcome),
                            "by_penalty": _keys(self.by_penalty)},
            "remedies": {"total": self.remedies, "by_mechanism": _keys(self.by_mechanism),
                         "by_outcome": _keys(self.by_remedy_outcome),
                         "implemented": self.implemented},
        }


def _keys(counts: Mapping[Any, int]) -> Counts:
    return {UNRECORDED if k is None else k: n for k, n in counts.items()}


def ordered(dimension: str, counts: Mapping[Any, int]) -> dict[Any, int]:
    """``counts`` in the order a reader expects: vocabulary order for coded values, time
    order for years and months (a year-only month after December), "not recorded" last."""
    position: dict[Any, int] = {}
    if dimension in VOCABULARY_OF:
        position = {c: i for i, c in enumerate(vocabulary(VOCABULARY_OF[dimension]).codes)}
    elif dimension == "article":
        position = {c: i for i, c in enumerate(vocabulary("legal_article").codes)}
    elif dimension in ("fatal", "implemented"):
        position = {"yes": 0, "no": 1}

    def key(code: Any) -> tuple[int, int, str]:
        if code is None:
            return (2, 0, "")
        if dimension == "month" and len(code) == 4:
            return (1, 0, code + "-13")  # "2018, month not known" after 2018-12
        if code in position:
            return (0, position[code], "")
        return (1, 0, str(code))

    return {k: counts[k] for k in sorted(counts, key=key)}


def compute(source: Archive | Database, f: IncidentFilter | None = None) -> Summary:
    """Count everything for filter ``f`` (default: none) in one read of the archive (an
    Archive or its Database)."""
    f = f or IncidentFilter()
    database = source.database if isinstance(source, Archive) else source
    c = summary_counts(database, f)
    by = {k: v for k, v in c.items() if k.startswith("by_")}
    dimension = {"by_year": "year", "by_month": "month", "by_region": "region",
                 "by_violation": "violation", "by_category": "victim_category",
                 "by_code": "case_code", "by_article": "article",
                 "by_outcome": "outcome", "by_penalty": "penalty",
                 "by_mechanism": "remedy_mechanism", "by_remedy_outcome": "remedy_outcome"}
    sorted_by = {k: ordered(dimension[k], v) for k, v in by.items()}
    return Summary(filter=f, incidents=c["incidents"], victims=c["victims"],
                   people=c["people"], fatal=c["fatal"], cases=c["cases"],
                   remedies=c["remedies"], implemented=c["implemented"], **sorted_by)


def summarize(source: Archive | Database, f: IncidentFilter | None = None) -> dict[str, Any]:
    """The JSON object of ``tirkeu summary --format json`` (docs/SUMMARIES.md), exact counts."""
    return compute(source, f).as_json()
