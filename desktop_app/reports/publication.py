"""What a published summary shows: labelled counts with small cells suppressed.

Every export (CSV, HTML, PDF) is drawn from a ``Publication`` and from nothing else, so all
three show the same numbers and none can reach a name or free text: labels come from
vocabularies and fixed words only, a typed-in legal article that does not look like an
article number becomes "Other article", and tags (free text) are never a published
dimension. A suppressed count is not even stored here, only its "<3" or "x".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.core.localized import fuzzy_date, number
from desktop_app.reports.crosstab import CrossTable
from desktop_app.reports.summary import Summary, ordered
from desktop_app.reports.suppression import DEFAULT_THRESHOLD, Line, Mark, protect, shown
from desktop_app.reports.wording import (
    dimension_label,
    publishable_article,
    value_label,
    word,
)


class NotPublishable(TirkeuError):
    pass


@dataclass(frozen=True)
class Figure:
    code: str  # stable, for machines: "2011", "almaty_city", "unrecorded", "total"
    label: str
    text: str  # "17", "1,234" / "1 234" (the language's), "<3" or "x"
    bar: int | None  # length to draw: the count, the threshold for "<3", None for "x"
    mark: Mark

    @property
    def plain(self) -> str:
        """The text for a spreadsheet: a shown count in bare digits ("1234"), so any
        program reads it as a number whatever its own locale; else "<3" or "x"."""
        return str(self.bar) if self.mark is Mark.SHOWN and self.bar is not None else self.text


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    dimension: str  # heading of the label column
    unit: str  # heading of the count column
    rows: tuple[Figure, ...]
    total: Figure | None  # only where the rows add up to it
    note: str
    chart: str  # "time", "bars" or ""


@dataclass(frozen=True)
class CrossRow:
    code: str
    label: str
    cells: tuple[Figure, ...]
    total: Figure


@dataclass(frozen=True)
class Cross:
    title: str
    rows_heading: str
    columns_heading: str
    columns: tuple[tuple[str, str], ...]  # (code, label)
    rows: tuple[CrossRow, ...]
    column_totals: tuple[Figure, ...]
    total: Figure
    note: str


@dataclass(frozen=True)
class Publication:
    language: str
    title: str
    period: str
    conditions: tuple[str, ...]
    headline: tuple[Figure, ...]
    tables: tuple[Table, ...]
    cross: Cross | None
    notes: tuple[str, ...]
    threshold: int  # 0: exact counts, not for publication


def time_dimension(summary: Summary) -> str:
    """Months when the incidents fall within two calendar years, else years."""
    return "month" if 0 < len(summary.by_year) <= 2 else "year"


# (table key, unit, dimension, Summary attribute, adds up to the unit's total, chart, note)
_TABLES = (
    ("region", "incidents", "region", "by_region", True, "bars", ""),
    ("violation", "incidents", "violation", "by_violation", False, "bars", "rule_violations"),
    ("victim_category", "victims", "victim_category", "by_category", True, "bars", ""),
    ("case_code", "cases", "case_code", "by_code", True, "", ""),
    ("article", "cases", "article", "by_article", True, "", ""),
    ("outcome", "cases", "outcome", "by_outcome", True, "", ""),
    ("penalty", "cases", "penalty", "by_penalty", False, "", "rule_penalties"),
    ("remedy_mechanism", "remedies", "remedy_mechanism", "by_mechanism", True, "", ""),
    ("remedy_outcome", "remedies", "remedy_outcome", "by_remedy_outcome", True, "", ""),
)
_HEADLINE = ("incidents", "victims", "people", "fatal", "cases", "remedies", "implemented")


def _code(key: Any) -> str:
    return "unrecorded" if key is None else str(key)


def _merge_articles(counts: dict[Any, int]) -> dict[Any, int]:
    merged: dict[Any, int] = defaultdict(int)
    for key, n in counts.items():
        merged[publishable_article(key)] += n
    return ordered("article", merged)


def publish(summary: Summary, language: str = "en", threshold: int = DEFAULT_THRESHOLD,
            cross: CrossTable | None = None) -> Publication:
    """Labelled, suppressed figures of ``summary`` (and of ``cross``, if given) in
    ``language``. ``threshold`` <= 1 publishes exact counts, marked as not for
    publication."""
    values: dict[Hashable, int] = {}
    lines: list[Line] = []
    headline = {"incidents": summary.incidents, "victims": summary.victims,
                "people": summary.people, "fatal": summary.fatal, "cases": summary.cases,
                "remedies": summary.remedies, "implemented": summary.implemented}
    for name, n in headline.items():
        values[(name,)] = n
    time = time_dimension(summary)
    specs = [("time", "incidents", time, getattr(summary, f"by_{time}"), True, "time", "")]
    specs += [(k, u, d, getattr(summary, a), adds, chart, note)
              for k, u, d, a, adds, chart, note in _TABLES]
    for _key, unit, dimension, by_code, adds, _chart, _note in specs:
        counts = _merge_articles(by_code) if dimension == "article" else by_code
        names = [(unit, dimension, code) for code in counts]
        values.update(zip(names, counts.values(), strict=True))
        if adds:
            lines.append((names, (unit,)))
    cross_names = _add_cross(cross, values, lines) if cross is not None else None
    _add_month_lines(values, lines)
    marks = (protect(values, lines, threshold) if threshold > 1
             else dict.fromkeys(values, Mark.SHOWN))

    def figure(name: Hashable, code: str, label: str) -> Figure:
        mark, n = marks[name], values[name]
        bar = n if mark is Mark.SHOWN else threshold if mark is Mark.SMALL else None
        text = number(n, language) if mark is Mark.SHOWN else shown(n, mark, threshold)
        return Figure(code, label, text, bar, mark)

    tables = []
    for key, unit, dimension, by_code, adds, chart, note in specs:
        counts = _merge_articles(by_code) if dimension == "article" else by_code
        if not counts:
            continue
        rows = tuple(figure((unit, dimension, c), _code(c),
                            value_label(dimension, c, language)) for c in counts)
        total = figure((unit,), "total", word("total", language)) if adds else None
        title = (word("over_time", language) if key == "time"
                 else _by(unit, dimension, language))
        tables.append(Table(key, title, dimension_label(dimension, language),
                            word(unit, language), rows, total,
                            word(note, language) if note else "", chart))
    return Publication(
        language=language, title=word("title", language),
        period=_period(summary, language), conditions=_conditions(summary, language),
        headline=tuple(figure((n,), n, word(_HEADLINE_WORD.get(n, n), language))
                       for n in _HEADLINE),
        tables=tuple(tables),
        cross=(_cross(cross, cross_names, figure, language)
               if cross is not None and cross_names is not None else None),
        notes=(word("suppressed" if threshold > 1 else "exact", language,
                    threshold=threshold),
               word("rule_dates", language), word("rule_victims", language),
               word("produced_by", language)),
        threshold=threshold if threshold > 1 else 0)


_HEADLINE_WORD = {"fatal": "fatal_victims", "implemented": "implemented_remedies"}


def _by(unit: str, dimension: str, language: str) -> str:
    name = dimension_label(dimension, language)
    if language == "en":
        name = name[:1].lower() + name[1:]
    return word("by", language, unit=word(unit, language), dimension=name)


def _period(summary: Summary, language: str) -> str:
    """"Period: 1 March 2011 – July 2011", as precise as each end was given."""
    first, last = summary.filter.date_from, summary.filter.date_to
    if first is not None and last is not None:
        return word("between", language, first=fuzzy_date(first, language),
                    last=fuzzy_date(last, language))
    if first is not None:
        return word("from", language, date=fuzzy_date(first, language))
    if last is not None:
        return word("to", language, date=fuzzy_date(last, language))
    return word("all_dates", language)


def _conditions(summary: Summary, language: str) -> tuple[str, ...]:
    """The filter in words; a tag or search text is free text, so only its presence."""
    f = summary.filter
    chosen = [("region", f.region), ("violation", f.violation),
              ("victim_category", f.victim_category), ("status", f.status)]
    found = [f"{dimension_label(d, language)}: {value_label(d, code, language)}"
             for d, code in chosen if code]
    if f.tag:
        found.append(word("a_tag", language))
    if f.text.strip():
        found.append(word("a_search", language))
    return tuple(found)


def _published_keys(dimension: str, keys: tuple[Any, ...]) -> dict[Any, Any]:
    return {k: publishable_article(k) if dimension == "article" else k for k in keys}


def _add_cross(cross: CrossTable, values: dict[Hashable, int],
               lines: list[Line]) -> dict[str, Any]:
    """Add the cross-table's cells and totals to ``values`` and its lines to ``lines``.
    A total that is the same number as a summary figure takes that figure's name, so it
    is shown or withheld alike in both places."""
    if "tag" in (cross.rows, cross.columns):
        raise NotPublishable(_("Tags are free text and may identify people, so a cross-table "
                               "by tag is for the window only; it cannot be exported."))
    row_of = _published_keys(cross.rows, cross.row_keys)
    col_of = _published_keys(cross.columns, cross.column_keys)
    cells: dict[tuple[Any, Any], int] = defaultdict(int)
    row_totals: dict[Any, int] = defaultdict(int)
    col_totals: dict[Any, int] = defaultdict(int)
    for (r, c), n in cross.cells.items():
        cells[(row_of[r], col_of[c])] += n
    for r, n in cross.row_totals.items():
        row_totals[row_of[r]] += n  # a case has one article: merged rows stay disjoint
    for c, n in cross.column_totals.items():
        col_totals[col_of[c]] += n
    rows = list(ordered(cross.rows, row_totals))
    cols = list(ordered(cross.columns, col_totals))

    def name(preferred: Hashable, fallback: Hashable, n: int) -> Hashable:
        chosen = preferred if values.get(preferred, n) == n else fallback
        values[chosen] = n
        return chosen

    unit = cross.unit
    cell_names = {}
    for r in rows:
        for c in cols:
            cell_names[(r, c)] = ("cross", r, c)
            values[("cross", r, c)] = cells.get((r, c), 0)
    row_names = {r: name((unit, cross.rows, r), ("cross-row", r), row_totals[r]) for r in rows}
    col_names = {c: name((unit, cross.columns, c), ("cross-column", c), col_totals[c])
                 for c in cols}
    total_name = name((unit,), ("cross-total",), cross.total)
    if cross.rows_add_up:
        lines += [([cell_names[(r, c)] for c in cols], row_names[r]) for r in rows]
        lines.append((list(col_names.values()), total_name))
    if cross.columns_add_up:
        lines += [([cell_names[(r, c)] for r in rows], col_names[c]) for c in cols]
        lines.append((list(row_names.values()), total_name))
    return {"rows": rows, "cols": cols, "cells": cell_names, "row_names": row_names,
            "col_names": col_names, "total": total_name}


def _add_month_lines(values: dict[Hashable, int], lines: list[Line]) -> None:
    """Months published beside their year add up to it: one more line per year."""
    named = [k for k in values if isinstance(k, tuple) and len(k) == 3]
    for unit, dimension, year in named:
        if dimension != "year":
            continue
        months = [k for k in named if k[:2] == (unit, "month") and str(k[2])[:4] == year]
        if months:
            lines.append((months, (unit, dimension, year)))


def _cross(cross: CrossTable, names: dict[str, Any], figure: Any, language: str) -> Cross:
    rows_dim, cols_dim = cross.rows, cross.columns
    rows = tuple(
        CrossRow(_code(r), value_label(rows_dim, r, language),
                 tuple(figure(names["cells"][(r, c)], _code(c), "") for c in names["cols"]),
                 figure(names["row_names"][r], "total", word("total", language)))
        for r in names["rows"])
    note = ""
    if any(d in ("violation", "penalty") for d in (rows_dim, cols_dim)):
        note = word("rule_violations" if "violation" in (rows_dim, cols_dim)
                    else "rule_penalties", language)
    return Cross(
        title=word("cross", language, unit=word(cross.unit, language),
                   rows=dimension_label(rows_dim, language),
                   columns=dimension_label(cols_dim, language)),
        rows_heading=dimension_label(rows_dim, language),
        columns_heading=dimension_label(cols_dim, language),
        columns=tuple((_code(c), value_label(cols_dim, c, language)) for c in names["cols"]),
        rows=rows,
        column_totals=tuple(figure(names["col_names"][c], _code(c), word("total", language))
                            for c in names["cols"]),
        total=figure(names["total"], "total", word("total", language)), note=note)

