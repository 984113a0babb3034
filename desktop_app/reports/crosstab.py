"""Cross-tables: any two dimensions against each other (year × violation, article ×
outcome, …), counted in SQL with totals that count each unit once.

What a cell counts depends on the dimensions (docs/SUMMARIES.md): the most specific unit
any of them belongs to — legal cases, then remedies, then victims, then incidents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.filters import IncidentFilter
from desktop_app.core.language import _
from desktop_app.reports.summary import ordered
from desktop_app.reports.wording import DIMENSION_NAMES
from desktop_app.storage.archive import Archive
from desktop_app.storage.database import Database
from desktop_app.storage.summary_dimensions import DIMENSIONS, adds_up
from desktop_app.storage.summary_queries import cross_counts

assert set(DIMENSION_NAMES) == set(DIMENSIONS)  # one list of dimensions, in two layers

# What a table counts, by the unit of its dimensions.
UNIT_NAMES = {"incident": "incidents", "victim": "victims", "case": "cases",
              "remedy": "remedies"}


class UnknownDimension(TirkeuError):
    pass


def check_dimension(name: str) -> str:
    """``name`` if it is a dimension, else UnknownDimension listing the known ones."""
    if name not in DIMENSIONS:
        raise UnknownDimension(_("{name} is not something to count by (one of: "
                                 "{known})").format(name=repr(name),
                                                    known=", ".join(DIMENSION_NAMES)))
    return name


@dataclass(frozen=True)
class CrossTable:
    """Exact counts of ``rows`` × ``columns``. ``row_keys``/``column_keys`` are the values
    that occur, in display order (None: not recorded)."""

    rows: str
    columns: str
    unit: str  # incidents, victims, cases or remedies
    row_keys: tuple[Any, ...]
    column_keys: tuple[Any, ...]
    cells: dict[tuple[Any, Any], int]
    row_totals: dict[Any, int]
    column_totals: dict[Any, int]
    total: int
    rows_add_up: bool  # the cells of each row sum to its total
    columns_add_up: bool  # the cells of each column sum to its total

    def cell(self, row: Any, column: Any) -> int:
        return self.cells.get((row, column), 0)

    def as_json(self) -> dict[str, Any]:
        """Exact counts for the coordinator's own use (keys: "unrecorded" for None)."""
        def key(k: Any) -> str:
            return "unrecorded" if k is None else str(k)

        return {"rows": self.rows, "columns": self.columns, "unit": self.unit,
                "total": self.total,
                "cells": {key(r): {key(c): self.cell(r, c) for c in self.column_keys}
                          for r in self.row_keys},
                "row_totals": {key(r): self.row_totals.get(r, 0) for r in self.row_keys},
                "column_totals": {key(c): self.column_totals.get(c, 0)
                                  for c in self.column_keys}}


def crosstab(source: Archive | Database, f: IncidentFilter, rows: str, columns: str) -> CrossTable:
    """Count ``rows`` × ``columns`` for the incidents matching ``f`` (source: an Archive
    or its Database)."""
    check_dimension(rows)
    check_dimension(columns)
    database = source.database if isinstance(source, Archive) else source
    counts = cross_counts(database, f, rows, columns)
    unit = counts.unit
    return CrossTable(
        rows=rows, columns=columns, unit=UNIT_NAMES[unit],
        row_keys=tuple(ordered(rows, counts.row_totals)),
        column_keys=tuple(ordered(columns, counts.column_totals)),
        cells=counts.cells, row_totals=counts.row_totals,
        column_totals=counts.column_totals, total=counts.total,
        rows_add_up=adds_up(columns, unit), columns_add_up=adds_up(rows, unit))
