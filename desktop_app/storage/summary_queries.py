"""Counting for summaries and cross-tables: GROUP BY inside the encrypted database.

Answers are plain dicts keyed by codes (``None`` where a value was not recorded), so
``reports`` builds on them without SQLAlchemy. The counting rules are in docs/SUMMARIES.md:
every count is a number of distinct *units* (incidents, victims, legal cases or remedies),
so a join that repeats a unit never counts it twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection, Exists, Select, and_, case, distinct, func, literal_column, select,
)
from sqlalchemy.sql.elements import ColumnElement

from desktop_app.core.filters import IncidentFilter
from desktop_app.storage import search
from desktop_app.storage import tables as t
from desktop_app.storage.database import Database
from desktop_app.storage.listing import where_clauses

# The things counted, from the most specific to the least: a cross-table counts the most
# specific unit any of its dimensions belongs to (article × victim category counts cases).
UNITS = ("case", "remedy", "victim", "incident")
_UNIT_TABLE = {"incident": "incidents", "victim": "victims", "case": "legal_cases",
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
    "year": Dimension("incident", False, (), lambda: func.substr(t.incidents.c.date_first, 1, 4)),
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
    "penalty": Dimension("case", True, ("legal_cases", "penalties"), lambda: t.penalties.c.kind),
    "remedy_mechanism": Dimension("remedy", False, ("remedies",),
                                  lambda: t.remedies.c.mechanism),
    "remedy_outcome": Dimension("remedy", False, ("remedies",), lambda: t.remedies.c.outcome),
    "implemented": Dimension("remedy", False, ("remedies",),
                             lambda: _flag(t.remedies.c.implemented)),
}

# How each table joins the incidents. Tags and penalties are outer joins: an incident
# without a tag, or a case without a penalty, still counts (under "none").
_JOINS: dict[str, Callable[[Any], Any]] = {
    "incident_violations": lambda f: f.join(
        t.incident_violations, t.incident_violations.c.incident_id == t.incidents.c.id),
    "incident_tags": lambda f: f.outerjoin(
        t.incident_tags, t.incident_tags.c.incident_id == t.incidents.c.id),
    "victims": lambda f: f.join(t.victims, t.victims.c.incident_id == t.incidents.c.id),
    "people": lambda f: f.join(t.people, t.people.c.id == t.victims.c.person_id),
    "legal_cases": lambda f: f.join(t.legal_cases,
                                    t.legal_cases.c.incident_id == t.incidents.c.id),
    "penalties": lambda f: f.outerjoin(t.penalties, and_(
        t.penalties.c.incident_id == t.legal_cases.c.incident_id,
        t.penalties.c.case_position == t.legal_cases.c.position)),
    "remedies": lambda f: f.join(t.remedies, t.remedies.c.incident_id == t.incidents.c.id),
}


def unit_of(dimensions: Sequence[str]) -> str:
    """The unit a table over these dimensions counts (see UNITS)."""
    units = {DIMENSIONS[d].unit for d in dimensions} or {"incident"}
    return next(u for u in UNITS if u in units)


def adds_up(dimension: str, unit: str) -> bool:
    """True if every ``unit`` has exactly one value of ``dimension``, so counts over its
    values add up to the total (which is what lets a total betray a hidden count)."""
    d = DIMENSIONS[dimension]
    return not d.multiple and d.unit in (unit, "incident")


def _counted(f: IncidentFilter, dimensions: Sequence[str], unit: str,
             condition: ColumnElement[Any] | None = None,
             joined: Sequence[str] = ()) -> Select[Any] | None:
    """SELECT dim0, dim1, …, COUNT(DISTINCT unit) grouped by ``dimensions``, over the
    tables of ``dimensions`` and ``joined``; None when the text filter holds no word."""
    tables: list[str] = []
    for name in [*(j for d in (*dimensions, *joined) for j in DIMENSIONS[d].joins),
                 _UNIT_TABLE[unit]]:
        if name != "incidents" and name not in tables:
            tables.append(name)
    source: Any = t.incidents
    for name in tables:
        source = _JOINS[name](source)
    # rowid identifies a child row; incidents.number is the incidents' rowid.
    key = t.incidents.c.number if unit == "incident" else literal_column(
        f"{_UNIT_TABLE[unit]}.rowid")
    columns = [DIMENSIONS[d].expression().label(f"d{i}") for i, d in enumerate(dimensions)]
    query = select(*columns, func.count(distinct(key)).label("n")).select_from(source)
    # The filter's EXISTS tests name child tables this query may join too: correlate them
    # to the incident only, or SQLAlchemy would correlate the joined tables away.
    query = query.where(*(c.correlate(t.incidents) if isinstance(c, Exists) else c
                          for c in where_clauses(f)))
    if condition is not None:
        query = query.where(condition)
    if f.text.strip():
        expression = search.match_expression(f.text)
        if expression is None:
            return None
        query = query.where(t.incidents.c.number.in_(search.matching_subquery(expression)))
    if columns:
        query = query.group_by(*(literal_column(f"d{i}") for i in range(len(columns))))
    return query


def _grouped(conn: Connection, f: IncidentFilter, dimensions: Sequence[str],
             unit: str | None = None, condition: ColumnElement[Any] | None = None,
             joined: Sequence[str] = ()) -> dict[tuple[Any, ...], int]:
    query = _counted(f, dimensions, unit or unit_of(dimensions), condition, joined)
    if query is None:
        return {}
    return {tuple(row[:-1]): row[-1] for row in conn.execute(query)}


def _single(conn: Connection, f: IncidentFilter, dimension: str) -> dict[Any, int]:
    return {key[0]: n for key, n in _grouped(conn, f, [dimension]).items()}


def _total(conn: Connection, f: IncidentFilter, unit: str,
           condition: ColumnElement[Any] | None = None) -> int:
    return _grouped(conn, f, [], unit, condition).get((), 0)


def _people(conn: Connection, f: IncidentFilter) -> int:
    """Distinct people (person_id) among the victims of the matching incidents."""
    query = _counted(f, [], "victim")
    if query is None:
        return 0
    return conn.scalar(query.with_only_columns(func.count(distinct(t.victims.c.person_id)))) or 0


def summary_counts(database: Database, f: IncidentFilter) -> dict[str, Any]:
    """Every count of a summary, in one read transaction (one consistent snapshot).

    Keys: incidents, by_year, by_month, by_region, by_violation, victims, people, fatal,
    by_category, by_gender, cases, by_code, by_article, by_outcome, by_penalty, remedies,
    by_mechanism, by_remedy_outcome, implemented. ``by_*`` map a code (None: not
    recorded) to a count."""
    with database.reading() as conn:
        by_penalty = _single(conn, f, "penalty")
        by_penalty.pop(None, None)  # a case without a penalty is no kind of penalty
        return {
            "incidents": _total(conn, f, "incident"),
            "by_year": _single(conn, f, "year"),
            "by_month": _single(conn, f, "month"),
            "by_region": _single(conn, f, "region"),
            "by_violation": _single(conn, f, "violation"),
            "victims": _total(conn, f, "victim"),
            "people": _people(conn, f),
            "fatal": _total(conn, f, "victim", t.victims.c.fatal == 1),
            "by_category": _single(conn, f, "victim_category"),
            "by_gender": _single(conn, f, "gender"),
            "cases": _total(conn, f, "case"),
            "by_code": _single(conn, f, "case_code"),
            "by_article": _single(conn, f, "article"),
            "by_outcome": _single(conn, f, "outcome"),
            "by_penalty": by_penalty,
            "remedies": _total(conn, f, "remedy"),
            "by_mechanism": _single(conn, f, "remedy_mechanism"),
            "by_remedy_outcome": _single(conn, f, "remedy_outcome"),
            "implemented": _total(conn, f, "remedy", t.remedies.c.implemented == 1),
        }


@dataclass(frozen=True)
class CrossCounts:
    unit: str
    cells: dict[tuple[Any, Any], int]
    row_totals: dict[Any, int]
    column_totals: dict[Any, int]
    total: int


def cross_counts(database: Database, f: IncidentFilter, rows: str,
                 columns: str) -> CrossCounts:
    """Counts of ``rows`` × ``columns`` with their totals. Totals count each unit once
    over the same joins as the cells, so a row total is not the sum of its cells when a
    unit has several column values (an incident with two violations)."""
    for name in (rows, columns):
        if name not in DIMENSIONS:
            raise KeyError(name)
    unit, both = unit_of([rows, columns]), (rows, columns)
    with database.reading() as conn:
        cells = {(r, c): n for (r, c), n in _grouped(conn, f, both, unit).items()}
        row_totals = {k[0]: n for k, n in _grouped(conn, f, [rows], unit,
                                                    joined=both).items()}
        column_totals = {k[0]: n for k, n in _grouped(conn, f, [columns], unit,
                                                       joined=both).items()}
        total = _grouped(conn, f, [], unit, joined=both).get((), 0)
    return CrossCounts(unit, cells, row_totals, column_totals, total)


def known_tags(database: Database) -> list[str]:
    """Every tag in use, for the filter's choice list (the window only, never published)."""
    with database.reading() as conn:
        return list(conn.scalars(select(t.incident_tags.c.tag).distinct()
                                 .order_by(t.incident_tags.c.tag)))
