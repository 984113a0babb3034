"""Rows of a table become interchange objects, then incidents through the interchange's
own checks, all or nothing: a wrong row refuses the file, naming each wrong row ("row 12")
and value, within InvalidRecord's cap."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import InvalidRecord, Problem
from desktop_app.core.interchange import parse_incidents
from desktop_app.core.language import _
from desktop_app.core.model import Incident
from desktop_app.tables.mapping import (
    CODED,
    DATES,
    FIELDS,
    GROUPS,
    NO,
    PENALTY_AMOUNT,
    PENALTY_JOIN,
    PENALTY_VOCABULARY,
    SPLIT,
    YES,
    InvalidMap,
    TableMap,
    label_code,
    normal,
    propose_columns,
    split_cell,
)
from desktop_app.tables.reading import Cell, Sheet
from desktop_app.tables.sheet_dates import sheet_date

STEP = 200  # rows between two reports of progress

# Fields filled by several columns at once are joined; any other field takes one column.
_JOINED = SPLIT | {"description", "place"}


def parse_defaults(given: Sequence[str]) -> dict[str, str]:
    """``--default FIELD=VALUE`` options as {field: value}, or InvalidMap."""
    defaults = {}
    for item in given:
        name, sep, value = item.partition("=")
        if not sep or name.strip() not in FIELDS or not value.strip():
            raise InvalidMap(_("--default {item}: expected FIELD=VALUE with a field among "
                               "{known}").format(item=item, known=", ".join(FIELDS)))
        defaults[name.strip()] = value.strip()
    return defaults


def cell_text(value: Cell) -> str:
    """A cell as text: whole numbers without ".0", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value).strip()


@dataclass
class RowBuilder:
    """Builds the interchange object of one row: ``values`` are (header, field, cell)."""

    table_map: TableMap
    defaults: Mapping[str, str]
    # Chosen in the window's mapping dialog (not MAP.json): an unknown word says so.
    in_window: bool = False

    def build(self, values: Sequence[tuple[str, str, Cell]]) -> tuple[dict[str, Any],
                                                                        list[Problem]]:
        problems: list[Problem] = []
        by_field: dict[str, list[tuple[str, Cell]]] = defaultdict(list)
        extra: list[str] = []
        for header, name, cell in values:
            if cell is None or not cell_text(cell):
                continue
            if name:
                by_field[name].append((header, cell))
            elif header:  # a column no field takes is kept in the description
                extra.append(f"{header}: {cell_text(cell)}")
        for name, value in self.defaults.items():
            if name not in by_field:
                by_field[name].append((f"--default {name}", value))
        obj: dict[str, Any] = {}
        groups: dict[str, dict[str, list[Any]]] = defaultdict(dict)
        for name, cells in by_field.items():
            value = self._value(name, cells, problems)
            if value is None:
                continue
            group, _dot, part = name.partition(".")
            if group in GROUPS:
                groups[group][part] = value
            else:
                obj[name] = value
        description = "\n\n".join(p for p in [obj.pop("description", ""), "\n".join(extra)]
                                  if p)
        if description:
            obj["description"] = description
        for group, parts in groups.items():
            if entries := self._aligned(group, parts, by_field, problems):
                obj[group] = entries
        return obj, problems

    def _value(self, name: str, cells: list[tuple[str, Cell]],
               problems: list[Problem]) -> Any:
        if len(cells) > 1 and name not in _JOINED:
            problems.append((name, _("columns {columns} both fill {field}").format(
                columns=", ".join(repr(h) for h, _c in cells), field=name)))
            return None
        if name in DATES:
            header, cell = cells[0]
            try:
                return str(sheet_date(cell))
            except InvalidRecord as exc:
                problems.append((name, _("{column}: {problem}").format(
                    column=header, problem=exc.problem)))
                return None
        if name in SPLIT:
            values: list[Any] = []
            wrong = len(problems)
            for header, cell in cells:
                for part in split_cell(cell_text(cell), self.table_map.separator,
                                       keep_blanks="." in name):
                    values.append(self._part(name, header, part, problems) if part else None)
            return None if len(problems) > wrong or not values else values
        texts = [cell_text(c) for _h, c in cells]
        if name in CODED:
            return self._coded(name, cells[0][0], texts[0], problems)
        return ("\n\n" if name == "description" else ", ").join(texts)

    def _part(self, name: str, header: str, text: str, problems: list[Problem]) -> Any:
        """One value of a list or of one entry of a group (a person, a case…)."""
        if name == "victims.fatal":
            return self._yes_no(name, header, text, problems, unknown=False)
        if name == "remedies.implemented":
            return self._yes_no(name, header, text, problems, unknown=True)
        if name == "legal_cases.decided_on":
            try:
                return str(sheet_date(text))
            except InvalidRecord as exc:
                problems.append((name, _("{column}: {problem}").format(
                    column=header, problem=exc.problem)))
                return None
        if name == "legal_cases.penalties":
            penalties = []
            for item in (p.strip() for p in text.split(PENALTY_JOIN.strip())):
                kind, _sep, amount = item.partition(PENALTY_AMOUNT)
                code = (self.table_map.values.get(name, {}).get(kind.strip())
                        or label_code(PENALTY_VOCABULARY, kind))
                if code is None:
                    problems.append((name, _("{column}: {value} is no penalty code or "
                                             "label").format(column=header,
                                                             value=repr(kind.strip()))))
                penalties.append({"kind": code, "amount": amount.strip()})
            return penalties
        return self._coded(name, header, text, problems)

    def _yes_no(self, name: str, header: str, text: str, problems: list[Problem], *,
                unknown: bool) -> bool | None:
        said = normal(text)
        if said in YES or said in NO:
            return said in YES
        if unknown and label_code("reliability", text) == "unknown":  # "unknown", "неизвестно"
            return None
        problems.append((name, _("{column}: {value} is neither yes nor no").format(
            column=header, value=repr(text))))
        return None

    def _coded(self, name: str, header: str, text: str, problems: list[Problem]) -> Any:
        if name not in CODED:
            return text
        code = self.table_map.code_for(name, text)
        if code is None and self.in_window:
            problems.append((name, _("{column}: {value} has no code chosen in the list of "
                                     "words").format(column=header, value=repr(text))))
        elif code is None:
            problems.append((name, _("{column}: {value} is no {field} code or label (map "
                                     "it under values in MAP.json)").format(
                column=header, value=repr(text), field=name)))
        return code

    def _aligned(self, group: str, parts: dict[str, list[Any]],
                 by_field: Mapping[str, list[tuple[str, Cell]]],
                 problems: list[Problem]) -> list[dict[str, Any]]:
        """One object per person (or case): the n-th value of each column; a column with
        one value gives it to all of them."""
        count = max(len(v) for v in parts.values())
        entries: list[dict[str, Any]] = [{} for _i in range(count)]
        own = [False] * count  # a value of the entry's own, not one given to every entry
        for part, values in parts.items():
            if len(values) not in (1, count):
                header = by_field[f"{group}.{part}"][0][0]
                problems.append((f"{group}.{part}", _(
                    "{column}: {n} values for {count} entries").format(
                    column=header, n=len(values), count=count)))
                continue
            for i, entry in enumerate(entries):
                value = values[0] if len(values) == 1 else values[i]
                if value is not None:
                    entry[part] = value
                    own[i] = own[i] or len(values) == count
        # An entry with nothing of its own is no entry ("Ерлан;" names one person).
        return [entry for entry, mine in zip(entries, own, strict=True) if mine]


@dataclass(frozen=True)
class TablePlan:
    """What importing a sheet would store: ``incidents`` in row order, the field each
    column fills (``fields``, "" for one kept in the description), and the names given in
    more than one row (``repeated``: name → row numbers), stored as different people."""

    sheet: Sheet
    fields: tuple[str, ...]
    incidents: tuple[Incident, ...]
    repeated: Mapping[str, tuple[int, ...]]


def repeated_names(named: Sequence[tuple[int, Incident]]) -> dict[str, tuple[int, ...]]:
    """People's names (as first written) that appear in more than one record, with the
    numbers of those records."""
    rows: dict[str, list[int]] = defaultdict(list)
    written: dict[str, str] = {}
    for number, incident in named:
        for victim in incident.victims:
            if victim.name.strip():
                key = normal(victim.name)
                written.setdefault(key, victim.name.strip())
                if number not in rows[key]:
                    rows[key].append(number)
    return {written[k]: tuple(v) for k, v in rows.items() if len(v) > 1}


def plan_table(sheet: Sheet, table_map: TableMap, defaults: Mapping[str, str],
               fields: Sequence[str] | None = None,
               progress: Callable[[int], None] | None = None) -> TablePlan:
    """The incidents ``sheet`` holds under ``table_map`` (or the window's chosen
    ``fields``, its problems then said as the window shows them), or InvalidRecord naming
    each wrong row and value. ``progress(n)`` is told
    of every STEP rows built (it may raise to stop: the window's Cancel)."""
    chosen = list(fields) if fields is not None else propose_columns(
        sheet.headers, [list(sheet.column(i)) for i in range(len(sheet.headers))], table_map)
    builder = RowBuilder(table_map, defaults, in_window=fields is not None)
    objects, noted = [], []
    for number, row in enumerate(sheet.rows, start=1):
        if progress is not None and number % STEP == 0:
            progress(STEP)
        obj, problems = builder.build(list(zip(sheet.headers, chosen, row, strict=True)))
        objects.append(obj)
        noted.append(problems)
    labels = [_("row {n}").format(n=n) for n in sheet.numbers]
    incidents = parse_incidents(objects, labels=labels, noted=noted)
    return TablePlan(sheet, tuple(chosen), tuple(incidents),
                     repeated_names(list(zip(sheet.numbers, incidents, strict=True))))
