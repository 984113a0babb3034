"""MAP.json (DESIGN.md) and what Tirkeu proposes without one.

A map names, for each column header, the interchange field it fills, and for coded fields
the code each cell text stands for. Without a map, a header equal to a field's name (or to
one of the names sheets in English, Russian and Kazakh give it) proposes that field, a
column whose cells are mostly dates, regions, violations... proposes its field by content,
and a cell equal to a vocabulary code or label in any of the three languages maps itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from desktop_app.core.errors import InvalidRecord, TirkeuError
from desktop_app.core.language import _
from desktop_app.core.vocabulary import LANGUAGES, vocabulary
from desktop_app.tables.sheet_dates import sheet_date

# The fields a column can fill, in the order of the interchange shape: every field an
# incident has (penalties as one column of the case, "fine: 100 MCI + confiscation").
FIELDS = (
    "id", "title", "date", "date_end", "region", "place", "description", "violations",
    "tags", "status", "victims.name", "victims.category", "victims.gender",
    "victims.organization", "victims.fatal", "victims.person_id", "perpetrators.kind",
    "perpetrators.description", "legal_cases.defendant", "legal_cases.article",
    "legal_cases.code", "legal_cases.outcome", "legal_cases.court",
    "legal_cases.penalties", "legal_cases.decided_on", "remedies.mechanism",
    "remedies.reference", "remedies.outcome", "remedies.implemented", "sources.kind",
    "sources.reference", "sources.reliability",
)
# Coded fields and their vocabularies.
CODED = {
    "region": "region", "violations": "violation", "status": "status",
    "victims.category": "victim_category", "victims.gender": "gender",
    "perpetrators.kind": "perpetrator_kind",
    "legal_cases.code": "case_code", "legal_cases.outcome": "case_outcome",
    "remedies.mechanism": "remedy_mechanism", "remedies.outcome": "remedy_outcome",
    "sources.kind": "source_kind", "sources.reliability": "reliability",
}
# The lists of an incident whose entries a row gives, one value per entry in each column.
GROUPS = ("victims", "perpetrators", "legal_cases", "remedies", "sources")
# Fields whose cell may hold several values, split by the map's separator.
SPLIT = {"violations", "tags"} | {f for f in FIELDS if "." in f}
DATES = {"date", "date_end"}
# True or false in a cell (an empty cell, or "unknown", is not given).
YES = ("true", "yes", "y", "1", "да", "иә", "иа", "ия")
NO = ("false", "no", "n", "0", "нет", "жоқ")
PENALTY_JOIN = " + "  # between the penalties of one case
PENALTY_AMOUNT = ":"  # between a penalty and its amount
PENALTY_VOCABULARY = "penalty"  # legal_cases.penalties: its kinds, mapped through values

# How sheets name a field, besides its own name (compared after normalising).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("uuid",),
    "title": ("title", "headline", "incident", "event", "заголовок", "название", "событие",
              "инцидент", "кратко", "тақырып", "атауы", "оқиға"),
    "date": ("date", "when", "дата", "дата события", "когда", "күні", "оқиға күні", "уақыты"),
    "date_end": ("end date", "date end", "until", "дата окончания", "по", "аяқталған күні",
                 "аяқталу күні"),
    "region": ("region", "oblast", "регион", "область", "облыс", "аймақ", "өңір"),
    "place": ("place", "location", "city", "место", "город", "населенный пункт", "орны",
              "жері", "мекен", "мекенжай", "қала", "елді мекен"),
    "description": ("description", "details", "summary", "описание", "подробности",
                    "суть", "сипаттама", "толығырақ", "мазмұны"),
    "violations": ("violation", "violations", "type", "нарушение", "нарушения",
                   "вид нарушения", "тип нарушения", "бұзушылық", "бұзушылықтар",
                   "бұзушылық түрі"),
    "tags": ("tag", "tags", "keywords", "метки", "теги", "ключевые слова", "белгілер",
             "тегтер", "кілт сөздер"),
    "status": ("status", "статус", "мәртебе", "күйі"),
    "victims.name": ("victim", "victims", "name", "names", "person", "people",
                     "пострадавший", "пострадавшие", "фио", "жертва", "имя",
                     "зардап шеккен", "зардап шеккендер", "аты-жөні", "аты жөні"),
    "victims.category": ("category", "victim category", "категория", "санат", "санаты"),
    "victims.gender": ("gender", "sex", "пол", "жынысы", "жыныс"),
    "victims.organization": ("organization", "organisation", "организация", "ұйым",
                             "ұйымы"),
    "legal_cases.article": ("article", "статья", "бап", "бабы"),
    "legal_cases.code": ("code", "case type", "кодекс", "вид дела", "іс түрі"),
    "legal_cases.outcome": ("outcome", "verdict", "decision", "решение", "исход", "итог",
                            "приговор", "шешім", "нәтиже", "үкім"),
    "legal_cases.court": ("court", "суд", "сот"),
    "victims.fatal": ("fatal", "killed", "died", "погиб", "погибший", "убит", "қаза тапты",
                      "қайтыс болды"),
    "victims.person_id": ("person id", "person uuid"),
    "perpetrators.kind": ("perpetrator", "perpetrators", "who violated", "нарушитель",
                          "нарушители", "кто нарушил", "бұзушы", "бұзушылар"),
    "perpetrators.description": ("perpetrator description", "описание нарушителя",
                                 "бұзушының сипаттамасы"),
    "legal_cases.defendant": ("defendant", "accused", "подсудимый", "обвиняемый",
                              "ответчик", "айыпталушы", "сотталушы", "жауапкер"),
    "legal_cases.penalties": ("penalty", "penalties", "sentence", "наказание", "наказания",
                              "взыскание", "жаза", "жазалар"),
    "legal_cases.decided_on": ("decided on", "decision date", "date of decision",
                               "дата решения", "дата приговора", "шешім күні",
                               "үкім күні"),
    "remedies.mechanism": ("remedy", "remedies", "mechanism", "средство защиты",
                           "механизм", "жалоба", "қорғау құралы", "тетік", "шағым"),
    "remedies.reference": ("communication", "complaint number", "номер жалобы",
                           "номер сообщения", "шағым нөмірі"),
    "remedies.outcome": ("remedy outcome", "результат жалобы", "шағым нәтижесі"),
    "remedies.implemented": ("implemented", "исполнено", "орындалды"),
    "sources.kind": ("source", "sources", "source kind", "источник", "источники",
                     "вид источника", "дереккөз", "дереккөздер", "дереккөз түрі"),
    "sources.reference": ("source reference", "reference", "link", "ссылка",
                          "ссылка на источник", "сілтеме"),
    "sources.reliability": ("reliability", "достоверность", "надежность", "сенімділік"),
}


class InvalidMap(TirkeuError):
    """A MAP.json (or a --default) that does not say what DESIGN.md's shape says."""


def normal(text: object) -> str:
    """Text compared without case, spacing, ё/е or trailing dots."""
    folded = str(text).casefold().replace("ё", "е").strip().rstrip(".:")
    return re.sub(r"\s+", " ", folded)


@dataclass(frozen=True)
class TableMap:
    """``columns``: header → field ("" for a column to leave out); ``values``: field →
    {cell text: code}; ``separator`` between several values of one cell."""

    separator: str = ";"
    columns: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def code_for(self, name: str, cell: str) -> str | None:
        """The code ``cell`` stands for in field ``name``: the map's, else a code or a
        label of the field's vocabulary in any language; None if neither."""
        given = self.values.get(name, {})
        if cell in given:
            return given[cell]
        by_normal = {normal(k): v for k, v in given.items()}
        return by_normal.get(normal(cell)) or label_code(CODED[name], cell)


def _refuse(path: str, clause: str) -> InvalidMap:
    return InvalidMap(_("{path}: {problem}").format(path=path, problem=clause))


def parse_map(data: Any, path: str) -> TableMap:
    """A TableMap from a parsed MAP.json, or InvalidMap naming what is wrong."""
    if not isinstance(data, dict):
        raise _refuse(path, _("expected an object with columns, values and separator"))
    unknown = sorted(set(data) - {"separator", "columns", "values"})
    if unknown:
        raise _refuse(path, _("unknown key {names}").format(names=", ".join(unknown)))
    separator = data.get("separator", ";")
    if not isinstance(separator, str) or not separator:
        raise _refuse(path, _("separator must be text such as \";\""))
    columns = data.get("columns", {})
    if not isinstance(columns, dict):
        raise _refuse(path, _("columns must map each header to a field"))
    for header, name in columns.items():
        if name not in (*FIELDS, "", None):
            raise _refuse(path, _("column {header}: {field} is not a field (fields: "
                                  "{known})").format(header=repr(header), field=repr(name),
                                                     known=", ".join(FIELDS)))
    values = data.get("values", {})
    if not isinstance(values, dict):
        raise _refuse(path, _("values must map each field to its cell texts and codes"))
    for name, table in values.items():
        vocab = PENALTY_VOCABULARY if name == "legal_cases.penalties" else CODED.get(name)
        if vocab is None or not isinstance(table, dict):
            coded = ", ".join([*CODED, "legal_cases.penalties"])
            raise _refuse(path, _("values: {field} is not a coded field (coded: "
                                  "{known})").format(field=repr(name), known=coded))
        for cell, code in table.items():
            try:
                vocabulary(vocab).check(code, f"values.{name}[{cell!r}]")
            except InvalidRecord as exc:
                raise _refuse(path, exc.problem) from None
    return TableMap(separator, {h: n or "" for h, n in columns.items()},
                    {n: dict(t) for n, t in values.items()})


def read_map(path: Path) -> TableMap:
    """The MAP.json at ``path``, or InvalidMap."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InvalidMap(_("Cannot read {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _refuse(str(path), _("not a JSON file")) from None
    return parse_map(data, str(path))


# By vocabulary: the Vocabulary the labels were read from, and them. A vault's network
# update gives a new Vocabulary (core/vocabulary.set_network_terms), read afresh.
_LABELS: dict[str, tuple[object, dict[str, str]]] = {}


def _labels(vocab: str) -> dict[str, str]:
    words = vocabulary(vocab)
    kept = _LABELS.get(vocab)
    if kept is not None and kept[0] is words:
        return kept[1]
    found: dict[str, str] = {}
    for term in words.terms:
        found[normal(term.code)] = term.code
        for language in LANGUAGES:
            if language in term.labels:
                found.setdefault(normal(term.labels[language]), term.code)
    _LABELS[vocab] = (words, found)
    return found


def label_code(vocab: str, cell: str) -> str | None:
    """The code whose code or label (en, ru, kk) ``cell`` equals, or None."""
    return _labels(vocab).get(normal(cell))


@cache
def _header_words() -> dict[str, str]:
    words = {}
    for name in FIELDS:
        words[normal(name)] = name
        words[normal(name.replace(".", " ").replace("_", " "))] = name
        for word in HEADER_WORDS[name]:
            words.setdefault(normal(word), name)
    return words


def field_by_header(header: str) -> str | None:
    """The field a header names: equal to a field or one of its usual names (the last
    part of a merged header first, "Пострадавший / Пол" → victims.gender)."""
    words = _header_words()
    parts = [normal(p) for p in header.split(" / ")]
    for candidate in (*reversed(parts), normal(header)):
        if candidate in words:
            return words[candidate]
    return None


def _share(cells: Sequence[str], test: Any) -> float:
    return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0


def _is_date(cell: Any) -> bool:
    try:
        sheet_date(cell)
    except InvalidRecord:
        return False
    return True


def field_by_content(cells: Sequence[Any]) -> str | None:
    """The field most of a column's non-empty cells (a sample) look like, or None."""
    present = [c for c in cells if c is not None and str(c).strip()][:200]
    if not present:
        return None
    if _share(present, _is_date) >= 0.8:
        return "date"
    texts = [str(c) for c in present]
    for name in ("region", "violations", "victims.gender", "victims.category",
                 "legal_cases.outcome", "status"):
        if _share(texts, lambda c, n=name: label_code(CODED[n], c) is not None) >= 0.8:
            return name
    return None


def propose_columns(headers: Sequence[str], columns: Iterable[Sequence[Any]],
                    table_map: TableMap | None = None) -> list[str]:
    """A field (or "" for none) for each column: the map's, else by header, else by
    content; each single-valued field proposed for one column only (a second date column
    proposes date_end)."""
    given = table_map.columns if table_map is not None else {}
    proposed: list[str] = []
    samples = list(columns)
    for header in headers:
        name = given[header] if header in given else field_by_header(header) or ""
        proposed.append(name)
    for index, header in enumerate(headers):
        if proposed[index] or header in given or index >= len(samples):
            continue
        name = field_by_content(samples[index]) or ""
        if name == "date" and "date" in proposed:
            name = "" if "date_end" in proposed else "date_end"
        if name and name not in SPLIT and name in proposed:
            name = ""
        proposed[index] = name
    return proposed


def propose_values(name: str, cells: Iterable[str], table_map: TableMap) -> dict[str, str | None]:
    """For a coded field, each distinct cell value (split by the separator) with the code
    it maps to, or None where a person has to choose."""
    seen: dict[str, str | None] = {}
    for cell in cells:
        for part in split_cell(cell, table_map.separator) if name in SPLIT else [cell]:
            if part not in seen:
                seen[part] = table_map.code_for(name, part)
    return seen


def split_cell(cell: str, separator: str, *, keep_blanks: bool = False) -> list[str]:
    """A cell's values: split by ``separator`` and by line breaks; blanks dropped, or with
    ``keep_blanks`` kept where they stand (the n-th value is the n-th person's) unless all
    are blank. A backslash keeps the separator in a value ("\\;"), and "\\n" is a line
    break inside one: how export-table writes values that hold them."""
    text = str(cell)
    if "\\" not in text:  # nothing escaped: the quick way, as most cells are
        parts = [p.strip() for line in re.split(r"[\r\n]+", text)
                 for p in line.split(separator)]
        return (parts if any(parts) else []) if keep_blanks else [p for p in parts if p]
    parts, value, i = [], [], 0
    while i < len(text):
        char = text[i]
        if char == "\\" and text.startswith(separator, i + 1):
            value.append(separator)
            i += 1 + len(separator)
            continue
        if char == "\\" and text[i + 1:i + 2] in ("n", "\\"):
            value.append("\n" if text[i + 1] == "n" else "\\")
            i += 2
            continue
        if text.startswith(separator, i) or char in "\r\n":
            if not (char in "\r\n" and i > 0 and text[i - 1] in "\r\n"):  # one break
                parts.append("".join(value).strip())
                value = []
            i += len(separator) if text.startswith(separator, i) else 1
            continue
        value.append(char)
        i += 1
    parts.append("".join(value).strip())
    if keep_blanks:
        return parts if any(parts) else []
    return [p for p in parts if p]


def join_cell(values: Iterable[str], separator: str = ";") -> str:
    """Values as one cell that ``split_cell`` gives back: each value's separator, line
    breaks and backslashes escaped, joined by the separator and a space."""
    def escaped(value: str) -> str:
        value = value.replace("\\", "\\\\").replace(separator, "\\" + separator)
        return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return (separator + " ").join(escaped(v) for v in values)
