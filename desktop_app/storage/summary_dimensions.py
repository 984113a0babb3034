"""What summaries count by: the dimensions of a cross-table, the unit each belongs to, and
how its table joins the incidents. Plain definitions for ``summary_queries``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func
from sqlalchemy.sql.elements import ColumnElement

from desktop_app.storage import tables as t

# The things counted, from the most specific to the least: a cross-table counts the most
# specific unit any of its dimensions belongs to (article × victim category counts cases).
UNITS = ("case", "remedy", "victim", "incident")
UNIT_TABLE = {"incident": "incidents", "victim": "victims", "case": "legal_cases",
              "remedy": "remedies"}


@dataclass(frozen=True)
class Dimension:
    """What a dimension's value belongs to, and whether one unit may carry several values
    (an incident has several violations; a case several penalties)."""

    unit: str
    multiple: bool
    joins: tuple[str, ...]
    expression: Callable[[], ColumnElement[Any]]


def _month() -> ColumnElement[Any]:
    # A year-only date has no month: it keeps its year alone ("2018"), never "2018-01".
    first = t.incidents.c.date_first
    return case((t.incidents.c.date_precision == "year", func.substr(first, 1, 4)),
                else_=func.substr(first, 1, 7))


def _article() -> ColumnElement[Any]:
    # "criminal 174", the key of the legal_article vocabulary; no article recorded -> NULL.
    c = t.legal_cases.c
    return case((c.article == "", None), (c.code.is_(None), c.article),
                else_=c.code + " " + c.article)


def _flag(column: Any) -> ColumnElement[Any]:
    return case((column.is_(None), None), (column == 1, "yes"), else_="no")


DIMENSIONS: dict[str, Dimension] = {
    "year": Dimension("incident", False, (),
                      lambda: func.substr(t.incidents.c.date_first, 1, 4)),
    "month": Dimension("incident", False, (), _month),
    "region": Dimension("incident", False, (), lambda: t.incidents.c.region),
    "status": Dimension("incident", False, (), lambda: t.incidents.c.status),
    "violation": Dimension("incident", True, ("incident_violations",),
                           lambda: t.incident_violations.c.code),
    "tag": Dimension("incident", True, ("incident_tags",), lambda: t.incident_tags.c.tag),
    "victim_category": Dimension("victim", False, ("victims",), lambda: t.victims.c.category),
    "gender": Dimension("victim", False, ("victims", "people"), lambda: t.people.c.gender),
    "fatal": Dimension("victim", False, ("victims",), lambda: _flag(t.victims.c.fatal)),
    "case_code": Dimension("case", False, ("legal_cases",), lambda: t.legal_cases.c.code),
    "article": Dimension("case", False, ("legal_cases",), _article),
    "outcome": Dimension("case", False, ("legal_cases",), lambda: t.legal_cases.c.outcome),
    "penalty": Dimension("case", True, ("legal_cases", "penalties"),
                         lambda: t.penalties.c.kind),
    "remedy_mechanism": Dimension("remedy", False, ("remedies",),
                                  lambda: t.remedies.c.mechanism),
    "remedy_outcome": Dimension("remedy", False, ("remedies",), lambda: t.remedies.c.outcome),
    "implemented": Dimension("remedy", False, ("remedies",),
                             lambda: _flag(t.remedies.c.implemented)),
}

TABLES = {name: getattr(t, name) for name in (
    "incident_violations", "incident_tags", "victims", "people", "legal_cases", "penalties",
    "remedies")}
# An incident without a tag, or a case without a penalty, still counts (under "none").
OUTER = {"incident_tags", "penalties"}
# Tables of other entities: an inner join to one leaves out units that have none.
ENTITY_TABLES = {"victims", "legal_cases", "remedies"}
# Dimensions whose values the interchange lists once per incident (it drops repeats).
UNIQUE = {"violation": "incident_violations", "tag": "incident_tags"}


def join(source: Any, name: str, incident_id: Any) -> Any:
    """``source`` joined to table ``name``, children by the incident id given."""
    table = TABLES[name]
    if name == "people":
        on = t.people.c.id == t.victims.c.person_id
    elif name == "penalties":
        on = and_(t.penalties.c.incident_id == t.legal_cases.c.incident_id,
                  t.penalties.c.case_position == t.legal_cases.c.position)
    else:
        on = table.c.incident_id == incident_id
    return source.outerjoin(table, on) if name in OUTER else source.join(table, on)


def unit_of(dimensions: Sequence[str]) -> str:
    """The unit a table over these dimensions counts (see UNITS)."""
    units = {DIMENSIONS[d].unit for d in dimensions} or {"incident"}
    return next(u for u in UNITS if u in units)


def adds_up(dimension: str, unit: str) -> bool:
    """True if every ``unit`` has exactly one value of ``dimension``, so counts over its
    values add up to the total (which is what lets a total betray a hidden count)."""
    d = DIMENSIONS[dimension]
    return not d.multiple and d.unit in (unit, "incident")
