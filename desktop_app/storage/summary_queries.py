"""Counting for summaries and cross-tables: GROUP BY inside the encrypted database.

Answers are plain dicts keyed by codes (``None`` where a value was not recorded), so
``reports`` builds on them without SQLAlchemy. The counting rules are in docs/SUMMARIES.md:
every count is a number of distinct *units* (incidents, victims, legal cases or remedies),
so a join that repeats a unit never counts it twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Exists,
    Select,
    and_,
    distinct,
    exists,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.sql.elements import ColumnElement

from desktop_app.core.filters import IncidentFilter
from desktop_app.storage import search
from desktop_app.storage import tables as t
from desktop_app.storage.database import Database
from desktop_app.storage.listing import where_clauses
from desktop_app.storage.summary_dimensions import (
    DIMENSIONS,
    ENTITY_TABLES,
    OUTER,
    TABLES,
    UNIQUE,
    UNIT_TABLE,
    join,
    unit_of,
)


def _matching(f: IncidentFilter) -> list[ColumnElement[Any]] | None:
    """Conditions on ``incidents`` for the filter; None when the text filter holds no word
    (nothing can match)."""
    # The filter's EXISTS tests name child tables a query may join too: correlate them to
    # the incident only, or SQLAlchemy would correlate the joined tables away.
    clauses = [c.correlate(t.incidents) if isinstance(c, Exists) else c
               for c in where_clauses(f)]
    if f.text.strip():
        expression = search.match_expression(f.text, ranked=False)
        if expression is None:
            return None
        clauses.append(t.incidents.c.number.in_(search.matching_subquery(expression)))
    return clauses


def _counted(f: IncidentFilter, dimensions: Sequence[str], unit: str,
             condition: ColumnElement[Any] | None = None, joined: Sequence[str] = (),
             expressions: Sequence[ColumnElement[Any]] | None = None) -> Select[Any] | None:
    """SELECT dim0, dim1, …, COUNT(unit) grouped by ``dimensions``, over the tables of
    ``dimensions`` and ``joined``; None when nothing can match.

    Two things keep this fast on 100,000 incidents: a query that needs no column of
    ``incidents`` starts from the child table (the filter, if any, becomes an IN over the
    matching incidents), and DISTINCT is used only where a join can repeat a unit."""
    clauses = _matching(f)
    if clauses is None:
        return None
    # A cross-table's totals join the tables of both its dimensions, so they count the
    # cells' units; only tables of another entity can leave units out (a case in an
    # incident without victims). Violations (every incident has one), tags and penalties
    # (outer joins) and plain incident columns leave nothing out: they are not joined.
    wanted = [j for d in dimensions for j in DIMENSIONS[d].joins]
    wanted += [j for d in joined for j in DIMENSIONS[d].joins if j in ENTITY_TABLES]
    tables: list[str] = []
    for name in [*wanted, UNIT_TABLE[unit]]:
        if name != "incidents" and name not in tables:
            tables.append(name)
    # rowid identifies a child row. A unit repeats only through a join to a table with
    # several rows for it — unless the rows differ by a counted value that the interchange
    # keeps unique per incident (a violation or tag is listed once), or hold one row per
    # unit (a victim's person).
    unique = {UNIQUE[d] for d in dimensions if d in UNIQUE}
    repeats = [n for n in tables if n not in (UNIT_TABLE[unit], "people", *unique)]
    from_incidents = (not tables or tables[0] in OUTER
                      or any(not DIMENSIONS[d].joins for d in dimensions))
    if from_incidents:
        source: Any = t.incidents
        incident_id, incident_key = t.incidents.c.id, t.incidents.c.number
    else:
        root = TABLES[tables.pop(0)]
        source, incident_id = root, root.c.incident_id
        incident_key = incident_id
        if clauses:
            clauses = [incident_id.in_(select(t.incidents.c.id).where(*clauses))]
    for name in tables:
        source = join(source, name, incident_id)
    key = incident_key if unit == "incident" else literal_column(f"{UNIT_TABLE[unit]}.rowid")
    count = func.count(distinct(key)) if repeats else func.count()
    columns = [e.label(f"d{i}") for i, e in enumerate(
        expressions if expressions is not None
        else [DIMENSIONS[d].expression() for d in dimensions])]
    query = select(*columns, count.label("n")).select_from(source).where(*clauses)
    if condition is not None:
        query = query.where(condition)
    if columns:
        query = query.group_by(*(literal_column(f"d{i}") for i in range(len(columns))))
    return query


def _grouped(conn: Connection, f: IncidentFilter, dimensions: Sequence[str],
             unit: str | None = None, condition: ColumnElement[Any] | None = None,
             joined: Sequence[str] = (),
             expressions: Sequence[ColumnElement[Any]] | None = None,
             ) -> dict[tuple[Any, ...], int]:
    query = _counted(f, dimensions, unit or unit_of(dimensions), condition, joined,
                     expressions)
    if query is None:
        return {}
    return {tuple(row[:-1]): row[-1] for row in conn.execute(query)}


def _single(conn: Connection, f: IncidentFilter, dimension: str) -> dict[Any, int]:
    return {key[0]: n for key, n in _grouped(conn, f, [dimension]).items()}


def _total(conn: Connection, f: IncidentFilter, unit: str,
           condition: ColumnElement[Any] | None = None) -> int:
    return _grouped(conn, f, [], unit, condition).get((), 0)


def _months(conn: Connection, f: IncidentFilter) -> dict[Any, int]:
    """Incidents by month ("2018-05"; "2018" when only the year is known).

    The month dimension reads each incident's date precision, a full read of the incidents
    table. Here months come from the date index alone, and only the incidents dated 1
    January are looked up to move those known only by their year to their own key."""
    first = t.incidents.c.date_first
    months = {k[0]: n for k, n in _grouped(conn, f, ["year"],
                                           expressions=[func.substr(first, 1, 7)]).items()}
    january = t.incidents.c.number.in_(select(t.incidents.c.number).where(
        first.like("%-01-01")))
    year_only = _grouped(conn, f, ["year"], condition=and_(
        january, t.incidents.c.date_precision == "year"))
    for (year,), n in year_only.items():
        months[f"{year}-01"] -= n
        if not months[f"{year}-01"]:
            del months[f"{year}-01"]
        months[year] = n
    return months


def _penalties(conn: Connection, f: IncidentFilter) -> dict[Any, int]:
    """Cases by kind of penalty, each case once per kind; cases without a penalty are no
    kind of penalty and are left out. A penalty row counts unless an earlier penalty of
    the same case has the same kind; the first penalty of a case (nearly all of them) is
    counted without looking further, which keeps this one pass over the table."""
    clauses = _matching(f)
    if clauses is None:
        return {}
    p, earlier = t.penalties, t.penalties.alias("earlier")
    repeated = exists().where(earlier.c.incident_id == p.c.incident_id,
                              earlier.c.case_position == p.c.case_position,
                              earlier.c.position < p.c.position, earlier.c.kind == p.c.kind)
    query = (select(p.c.kind, func.count()).where(or_(p.c.position == 0, ~repeated))
             .group_by(p.c.kind))
    if clauses:
        query = query.where(p.c.incident_id.in_(select(t.incidents.c.id).where(*clauses)))
    return dict(conn.execute(query).all())


def _people(conn: Connection, f: IncidentFilter) -> int:
    """Distinct people (person_id) among the victims of the matching incidents."""
    query = _counted(f, [], "victim")
    if query is None:
        return 0
    return conn.scalar(query.with_only_columns(func.count(distinct(t.victims.c.person_id)))) or 0


def _margins(conn: Connection, f: IncidentFilter, dimensions: Sequence[str]
             ) -> list[dict[Any, int]]:
    """Counts by each of ``dimensions`` (all single-valued, of one unit) from one GROUP BY
    over all of them: one pass over the table instead of one per dimension."""
    margins: list[dict[Any, int]] = [defaultdict(int) for _ in dimensions]
    for key, n in _grouped(conn, f, dimensions).items():
        for margin, value in zip(margins, key, strict=True):
            margin[value] += n
    return [dict(m) for m in margins]


def summary_counts(database: Database, f: IncidentFilter) -> dict[str, Any]:
    """Every count of a summary, in one read transaction (one consistent snapshot).

    Keys: incidents, by_year, by_month, by_region, by_violation, victims, people, fatal,
    by_category, cases, by_code, by_article, by_outcome, by_penalty, remedies,
    by_mechanism, by_remedy_outcome, implemented. ``by_*`` map a code (None: not
    recorded) to a count."""
    with database.reading() as conn:
        by_month = _months(conn, f)
        by_year: dict[Any, int] = defaultdict(int)
        for month, n in by_month.items():
            by_year[month[:4]] += n
        # Category alone is read from its index; with fatal beside it, it would be sorted.
        by_category = _single(conn, f, "victim_category")
        by_code, by_article, by_outcome = _margins(conn, f, ["case_code", "article",
                                                             "outcome"])
        by_mechanism, by_remedy_outcome, implemented = _margins(
            conn, f, ["remedy_mechanism", "remedy_outcome", "implemented"])
        return {
            "incidents": sum(by_month.values()), "by_year": dict(by_year),
            "by_month": by_month, "by_region": _single(conn, f, "region"),
            "by_violation": _single(conn, f, "violation"),
            "victims": sum(by_category.values()), "people": _people(conn, f),
            "fatal": _total(conn, f, "victim", t.victims.c.fatal == 1),
            "by_category": by_category,
            "cases": sum(by_code.values()), "by_code": by_code, "by_article": by_article,
            "by_outcome": by_outcome, "by_penalty": _penalties(conn, f),
            "remedies": sum(by_mechanism.values()), "by_mechanism": by_mechanism,
            "by_remedy_outcome": by_remedy_outcome, "implemented": implemented.get("yes", 0),
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
