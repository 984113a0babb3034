"""Incidents as tables for other tools: a CSV or XLSX whose headers are the field names
``import-table`` reads (so a sheet written here comes back in without a map), and a zip
for HURIDOCS's Uwazi, in its CSV import rules (docs/INTEROP.md).

Everything here is plaintext by design: it is what the person asked to take out of the
vault. The caller writes it only to the path the person named.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.language import _
from desktop_app.core.model import Incident, LegalCase
from desktop_app.core.vocabulary import vocabulary
from desktop_app.tables.mapping import PENALTY_AMOUNT, PENALTY_JOIN, join_cell

TABLE_COLUMNS = (
    "id", "title", "date", "date_end", "region", "place", "violations", "victims.name",
    "victims.category", "victims.gender", "victims.organization", "victims.fatal",
    "victims.person_id", "perpetrators.kind", "perpetrators.description",
    "legal_cases.defendant", "legal_cases.article", "legal_cases.code",
    "legal_cases.outcome", "legal_cases.court", "legal_cases.penalties",
    "legal_cases.decided_on", "remedies.mechanism", "remedies.reference",
    "remedies.outcome", "remedies.implemented", "description", "sources.kind",
    "sources.reference", "sources.reliability", "tags", "status",
)
SEPARATOR = ";"  # between several values of one cell (and a space), as import-table splits
UWAZI_SEPARATOR = "|"
TRANSLATED = ("ru", "kk")  # Uwazi's __ru and __kk columns; the plain column is English


def _join(values: Iterable[str | None]) -> str:
    return join_cell((v or "" for v in values), SEPARATOR)


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def _penalties(case: LegalCase) -> str:
    return PENALTY_JOIN.join(f"{p.kind}{PENALTY_AMOUNT} {p.amount}" if p.amount else p.kind
                             for p in case.penalties)


def table_row(incident: Incident) -> list[str]:
    """One incident as the cells of TABLE_COLUMNS (codes, dates as Tirkeu writes them);
    a list's n-th entry is the n-th value of each of its columns, blank where it has none."""
    v, p, c = incident.victims, incident.perpetrators, incident.legal_cases
    r, s = incident.remedies, incident.sources
    return [
        incident.id, incident.title, str(incident.date),
        "" if incident.date_end is None else str(incident.date_end), incident.region,
        incident.place, _join(incident.violations), _join(x.name for x in v),
        _join(x.category for x in v), _join(x.gender for x in v),
        _join(x.organization for x in v), _join(_yes_no(x.fatal) for x in v),
        _join(x.person_id for x in v), _join(x.kind for x in p),
        _join(x.description for x in p), _join(x.defendant for x in c),
        _join(x.article for x in c), _join(x.code for x in c), _join(x.outcome for x in c),
        _join(x.court for x in c), _join(_penalties(x) for x in c),
        _join("" if x.decided_on is None else str(x.decided_on) for x in c),
        _join(x.mechanism for x in r), _join(x.reference for x in r),
        _join(x.outcome for x in r), _join(_yes_no(x.implemented) for x in r),
        incident.description, _join(x.kind for x in s), _join(x.reference for x in s),
        _join(x.reliability for x in s), _join(incident.tags), incident.status,
    ]


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def csv_table(incidents: Iterable[Incident]) -> bytes:
    """A CSV (UTF-8 with a byte-order mark, for spreadsheet programs, commas between
    columns) with one row per incident."""
    return b"\xef\xbb\xbf" + _csv(TABLE_COLUMNS, (table_row(i) for i in incidents))


def xlsx_table(incidents: Iterable[Incident]) -> bytes:
    """An XLSX workbook, one sheet, one row per incident; every cell text (a date keeps
    its precision: "2018-05" stays a month)."""
    from openpyxl import Workbook  # noqa: PLC0415 - openpyxl loads only for XLSX
    from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Incidents"))

    def text(value: str) -> Any:
        # openpyxl makes any text beginning with "=" a formula, which Excel would run (a
        # title received in a bundle could be "=HYPERLINK(…)"): such text is written as
        # text, as it was typed.
        if not value.startswith("="):
            return value
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell

    sheet.append(list(TABLE_COLUMNS))
    for incident in incidents:
        sheet.append([text(v) for v in table_row(incident)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --- Uwazi --------------------------------------------------------------------------------

def uwazi_date(date: FuzzyDate, end: FuzzyDate | None = None) -> str:
    """A day as YYYY-MM-DD; a month, a year or a span as Uwazi's range from:to."""
    if end is None and date.day is not None:
        return date.first_day().isoformat()
    last = (end or date).last_day()
    return f"{date.first_day().isoformat()}:{last.isoformat()}"


def _labels(vocab: str, codes: Iterable[str | None], language: str) -> str:
    words = vocabulary(vocab)
    return UWAZI_SEPARATOR.join(words.label(c, language) for c in codes if c)


def _coded(name: str, vocab: str, codes: Sequence[str | None]) -> dict[str, str]:
    """A select property's columns: the English labels, then the __ru and __kk ones."""
    cells = {name: _labels(vocab, codes, "en")}
    for language in TRANSLATED:
        cells[f"{name}__{language}"] = _labels(vocab, codes, language)
    return cells


class _Titles:
    """Unique titles: Uwazi links entities by title, so two must never share one."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.last: dict[str, int] = {}  # the last number given to a wanted title

    def make(self, wanted: str) -> str:
        key = wanted.casefold()
        title, n = wanted, self.last.get(key, 1)
        if n > 1:
            title = f"{wanted} ({n})"
        while title.casefold() in self.used:
            n += 1
            title = f"{wanted} ({n})"
        self.used.add(title.casefold())
        self.last[key] = n
        return title


@dataclass(frozen=True)
class UwaziCounts:
    incidents: int
    people: int
    legal_cases: int
    remedies: int


def translated(*names: str) -> list[str]:
    """Each column name, then its __ru and __kk translations."""
    return [f"{n}{suffix}" for n in names for suffix in ("", *(f"__{t}" for t in TRANSLATED))]


def _table(rows: list[dict[str, str]], header: Sequence[str]) -> bytes:
    return _csv(header, ([row.get(h, "") for h in header] for row in rows))


@dataclass(frozen=True)
class OutgoingFile:
    """A file to put in the zip for incident ``incident_id``: the bytes that leave (a photo
    already rebuilt without its hidden data) under ``filename``."""

    incident_id: str
    filename: str
    data: bytes


def uwazi_zip(incidents: Sequence[Incident],
              files: Sequence[OutgoingFile] = ()) -> tuple[bytes, UwaziCounts]:
    """The zip: import.csv (incidents) at its root, with people.csv, legal_cases.csv and
    remedies.csv for the templates an incident links to by title, and ``files`` at the root
    too, named in the incident's ``attachments`` column."""
    names = _Titles()
    attached: dict[str, list[tuple[str, bytes]]] = {}
    for item in files:
        attached.setdefault(item.incident_id, []).append((names.make(item.filename),
                                                          item.data))
    people: dict[str, dict[str, str]] = {}
    person_titles, case_titles, remedy_titles = _Titles(), _Titles(), _Titles()
    cases: list[dict[str, str]] = []
    remedies: list[dict[str, str]] = []
    rows: list[dict[str, str]] = []
    for incident in incidents:
        linked_people = []
        for v in incident.victims:
            if v.person_id not in people:
                wanted = v.name.strip() or _("Unnamed person")
                people[v.person_id] = {
                    "title": person_titles.make(wanted), "organization": v.organization,
                    "tirkeu_person_id": v.person_id, "fatal": _yes_no(v.fatal),
                    **_coded("gender", "gender", [v.gender]),
                    **_coded("category", "victim_category", [v.category])}
            if v.fatal:  # killed in one incident: dead in every one
                people[v.person_id]["fatal"] = "true"
            if v.category and not people[v.person_id]["category"]:
                people[v.person_id].update(_coded("category", "victim_category", [v.category]))
            linked_people.append(people[v.person_id]["title"])
        linked_cases = []
        for case in incident.legal_cases:
            code = vocabulary("case_code").label(case.code, "en") if case.code else ""
            wanted = " ".join(p for p in (code, case.article) if p) or _("Case")
            title = case_titles.make(f"{incident.title}: {wanted}")
            cases.append({
                "title": title, "defendant": case.defendant, "article": case.article,
                "court": case.court, "incident": incident.title,
                "decided_on": uwazi_date(case.decided_on) if case.decided_on else "",
                **_coded("code", "case_code", [case.code]),
                **_coded("outcome", "case_outcome", [case.outcome]),
                **_coded("penalties", "penalty", [p.kind for p in case.penalties]),
                "penalty_amounts": UWAZI_SEPARATOR.join(p.amount for p in case.penalties
                                                        if p.amount)})
            linked_cases.append(title)
        linked_remedies = []
        for remedy in incident.remedies:
            mechanism = (vocabulary("remedy_mechanism").label(remedy.mechanism, "en")
                         if remedy.mechanism else _("Remedy"))
            title = remedy_titles.make(f"{incident.title}: {mechanism}")
            remedies.append({
                "title": title, "reference": remedy.reference, "incident": incident.title,
                "implemented": "" if remedy.implemented is None
                else ("true" if remedy.implemented else "false"),
                **_coded("mechanism", "remedy_mechanism", [remedy.mechanism]),
                **_coded("outcome", "remedy_outcome", [remedy.outcome])})
            linked_remedies.append(title)
        rows.append({
            "title": incident.title, "date": uwazi_date(incident.date, incident.date_end),
            "place": incident.place, "description": incident.description,
            "tags": UWAZI_SEPARATOR.join(incident.tags), "tirkeu_id": incident.id,
            "victims": UWAZI_SEPARATOR.join(linked_people),
            "legal_cases": UWAZI_SEPARATOR.join(linked_cases),
            "remedies": UWAZI_SEPARATOR.join(linked_remedies),
            "attachments": UWAZI_SEPARATOR.join(n for n, _d in attached.get(incident.id, [])),
            **_coded("region", "region", [incident.region]),
            **_coded("violations", "violation", list(incident.violations)),
            **_coded("perpetrators", "perpetrator_kind",
                     [x.kind for x in incident.perpetrators]),
            "perpetrator_descriptions": "\n".join(x.description for x in incident.perpetrators
                                                  if x.description.strip()),
            **_coded("status", "status", [incident.status])})
    incident_header = ["title", "date", *translated("region"), "place",
                       *translated("violations"), *translated("perpetrators"),
                       "perpetrator_descriptions", "victims", "legal_cases", "remedies",
                       "description", "tags", *translated("status"), "tirkeu_id"]
    if files:
        incident_header.append("attachments")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("import.csv", _table(rows, incident_header))
        archive.writestr("people.csv", _table(list(people.values()), [
            "title", *translated("gender", "category"), "organization", "fatal",
            "tirkeu_person_id"]))
        archive.writestr("legal_cases.csv", _table(cases, [
            "title", "defendant", *translated("code"), "article", "court",
            *translated("outcome", "penalties"), "penalty_amounts", "decided_on",
            "incident"]))
        archive.writestr("remedies.csv", _table(remedies, [
            "title", *translated("mechanism"), "reference", *translated("outcome"),
            "implemented", "incident"]))
        for leaving in attached.values():
            for name, data in leaving:
                archive.writestr(name, data)
    return out.getvalue(), UwaziCounts(len(rows), len(people), len(cases), len(remedies))
