"""The incident list: filtered, sorted and paged in SQL, so 100,000 rows scroll smoothly."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, Select, and_, exists, func, select

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.filters import IncidentFilter, SortKey
from desktop_app.core.model import IncidentSummary
from desktop_app.core.vocabulary import vocabulary
from desktop_app.storage import search
from desktop_app.storage import tables as t
from desktop_app.storage.database import Database
from desktop_app.storage.incident_rows import VICTIM_COUNT, VIOLATIONS_SHOWN
from desktop_app.storage.spelling import sort_key

# The earliest-revoked key among those whose bundles brought a revision of the incident.
_REVOKED = (select(t.revoked_keys.c.name, t.revoked_keys.c.revoked_at)
            .join(t.revisions, t.revisions.c.received_from == t.revoked_keys.c.fingerprint)
            .where(t.revisions.c.incident_id == t.incidents.c.id)
            .order_by(t.revoked_keys.c.revoked_at).limit(1))
_REVOKED_BY = _REVOKED.with_only_columns(t.revoked_keys.c.name).scalar_subquery()
_REVOKED_AT = _REVOKED.with_only_columns(t.revoked_keys.c.revoked_at).scalar_subquery()

_SORT_COLUMNS = {
    SortKey.DATE: t.incidents.c.date_first,
    SortKey.TITLE: t.incidents.c.title_key,  # alphabetical, and indexed (migration 0008)
    SortKey.REGION: t.incidents.c.region,  # by label: IncidentListing._by_label
    SortKey.VIOLATIONS: t.incidents.c.violation_first,  # the first one's label, likewise
    SortKey.STATUS: t.incidents.c.status,
}


def where_clauses(f: IncidentFilter) -> list[ColumnElement[bool]]:
    """SQL conditions on ``incidents`` for a filter (text search handled by the caller)."""
    clauses: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        clauses.append(t.incidents.c.date_first >= f.date_from.first_day().isoformat())
    if f.date_to is not None:
        clauses.append(t.incidents.c.date_first <= f.date_to.last_day().isoformat())
    if f.region:
        clauses.append(t.incidents.c.region == f.region)
    if f.status:
        clauses.append(t.incidents.c.status == f.status)
    if f.violation:
        clauses.append(exists().where(and_(
            t.incident_violations.c.incident_id == t.incidents.c.id,
            t.incident_violations.c.code == f.violation)))
    if f.victim_category:
        clauses.append(exists().where(and_(
            t.victims.c.incident_id == t.incidents.c.id,
            t.victims.c.category == f.victim_category)))
    if f.tag:
        clauses.append(exists().where(and_(
            t.incident_tags.c.incident_id == t.incidents.c.id, t.incident_tags.c.tag == f.tag)))
    return clauses


# Sort keys an index holds in the order ``ORDER BY key, number`` asks for (an index entry
# ends with the rowid, which is ``number``): a page in these orders is an index walk.
_INDEXED = {SortKey.DATE, SortKey.TITLE, SortKey.STATUS}
# Up to this many matches of a text, a page is found by looking them up, not by a walk.
FEW = 5_000
# Sorted by the label of a code in the page's language: (vocabulary, column).
_BY_LABEL = {SortKey.REGION: "region", SortKey.VIOLATIONS: "violation"}


class IncidentListing:
    """Answers the list view: how many rows match, and one page of them at a time.

    A text search costs what its full-text lookup costs and little more (docs/SEARCH.md,
    figures at 100,000): the count is counted in the index alone, and a page is found as
    its numbers first (an index walk in the list's order, each row tested against the set
    of matches), so the columns computed per row (violations, victims, revocations) are
    computed for the rows of that page only, not for every match before sorting.
    """

    def __init__(self, database: Database):
        self.db = database
        self._counted: tuple[IncidentFilter, int] | None = None  # the last count asked

    @staticmethod
    def _filtered(query: Select[Any], f: IncidentFilter, walk: bool = False) -> Select[Any] | None:
        """``query`` narrowed to the filter; None when the text holds no word. ``walk``:
        the text's matches are a set each row is tested against, never a list of rows to
        look up, so SQLite reads the rows in the order of an index (the page's order)
        and stops once it has the page, instead of reading every match and sorting them."""
        query = query.where(*where_clauses(f))
        if f.text.strip():
            expression = search.match_expression(f.text, ranked=False)
            if expression is None:
                return None
            # ``number + 0`` is the same value but no longer the rowid, which stops SQLite
            # from looking every match up by rowid (it has no other way to tell the two).
            number = t.incidents.c.number + 0 if walk else t.incidents.c.number
            query = query.where(number.in_(search.matching_subquery(expression)))
        return query

    def _many(self, conn: Connection, f: IncidentFilter) -> bool:
        """Whether the text matches so many incidents that a page is best found by walking
        the list's index, testing each row against the matches (a common name: 20 ms at
        100,000, where looking every match up and sorting takes 26 ms, a word of every
        record 150 ms). Few matches are looked up and sorted instead: a rare name's page
        in 0.1 ms, where the walk reads the whole index to find none (11 ms). The list asks
        the count first; it decides, or else the index is read as far as FEW."""
        if not f.text.strip():
            return True
        counted = self._counted
        if counted is not None and counted[0] == f:
            return counted[1] > FEW
        expression = search.match_expression(f.text, ranked=False)
        return expression is not None and search.matches_more_than(conn, expression, FEW)

    def count(self, f: IncidentFilter = IncidentFilter()) -> int:
        found = self._count(f)
        self._counted = (f, found)
        return found

    def _count(self, f: IncidentFilter) -> int:
        with self.db.reading() as conn:
            if f.text.strip() and not where_clauses(f):
                # Text alone: the index has one row per incident (saved and deleted in the
                # same transaction as the incident), so its matches are the count.
                expression = search.match_expression(f.text, ranked=False)
                return 0 if expression is None else search.count_matching(conn, expression)
            query = self._filtered(select(func.count()).select_from(t.incidents), f)
            return 0 if query is None else conn.scalar(query) or 0

    def ids(self, f: IncidentFilter = IncidentFilter()) -> list[str]:
        """The ids of every incident ``f`` matches, by date (then by when it was added)."""
        with self.db.reading() as conn:
            query = self._filtered(select(t.incidents.c.id), f)
            if query is None:
                return []
            return list(conn.scalars(query.order_by(t.incidents.c.date_first,
                                                    t.incidents.c.number)))

    def total(self) -> int:
        return self.count(IncidentFilter())

    def page(self, f: IncidentFilter = IncidentFilter(), sort: SortKey = SortKey.DATE,
             descending: bool = False, offset: int = 0, limit: int = 200,
             language: str = "en") -> list[IncidentSummary]:
        """Rows ``offset``…``offset+limit`` of the filtered list in the given order; regions
        in the alphabetical order of their labels in ``language``."""
        column = _SORT_COLUMNS[sort]
        number = t.incidents.c.number.desc() if descending else t.incidents.c.number.asc()
        with self.db.reading() as conn:
            if sort in _BY_LABEL:
                numbers = self._by_label(conn, f, column, _BY_LABEL[sort], descending, offset,
                                         limit, language)
            else:
                query = self._filtered(select(t.incidents.c.number), f,
                                       walk=sort in _INDEXED and self._many(conn, f))
                if query is None:
                    return []
                order = [column.desc() if descending else column.asc(), number]
                numbers = list(conn.scalars(query.order_by(*order).offset(offset).limit(limit)))
            rows = _rows(conn, numbers)
        return [summary(rows[n]) for n in numbers if n in rows]

    def _by_label(self, conn: Connection, f: IncidentFilter, column: Any, kind: str,
                  descending: bool, offset: int, limit: int, language: str) -> list[int]:
        """The numbers of a page in the order of the labels of ``column``'s codes (a
        region, the first violation), which no index holds: count each code (an index
        lookup), then read only the codes the page covers, each from the column's index,
        instead of sorting every row by a label computed in SQL."""
        counted = self._filtered(select(column, func.count()).group_by(column), f)
        if counted is None:
            return []
        counts: dict[str, int] = dict(conn.execute(counted).all())
        query = self._filtered(select(t.incidents.c.number), f, walk=True)
        assert query is not None  # the same filter gave ``counted``
        labels = vocabulary(kind)
        order = sorted(counts, key=lambda code: sort_key(labels.label(code, language)
                                                         if code else ""),
                       reverse=descending)
        number = t.incidents.c.number.desc() if descending else t.incidents.c.number.asc()
        numbers: list[int] = []
        start = 0
        for code in order:
            if len(numbers) >= limit:
                break
            if offset < start + counts[code]:
                part = (query.where(column == code).order_by(number)
                        .offset(max(0, offset - start)).limit(limit - len(numbers)))
                numbers += conn.scalars(part).all()
            start += counts[code]
        return numbers


def _rows(conn: Connection, numbers: list[int]) -> dict[int, Row[Any]]:
    """The list's columns of these incidents (one page), by number."""
    if not numbers:
        return {}
    query: Select[Any] = (
        select(t.incidents.c.number, t.incidents.c.id, t.incidents.c.title,
               t.incidents.c.date_first, t.incidents.c.date_precision, t.incidents.c.region,
               t.incidents.c.status, VIOLATIONS_SHOWN.label("violations"),
               VICTIM_COUNT.label("victims"), _REVOKED_BY.label("revoked_by"),
               _REVOKED_AT.label("revoked_at"))
        .where(t.incidents.c.number.in_(numbers)))
    rows: dict[int, Row[Any]] = {}
    for r in conn.execute(query):
        rows[r.number] = r
    return rows


def summary(r: Row[Any]) -> IncidentSummary:
    return IncidentSummary(
        id=r.id, title=r.title, date=FuzzyDate.from_parts(r.date_first, r.date_precision),
        region=r.region, violations=tuple(r.violations.split(",")) if r.violations else (),
        status=r.status, victims=r.victims, revoked_by=r.revoked_by or "",
        revoked_on=(r.revoked_at or "")[:10])
