"""The interchange JSON (docs/INTERCHANGE.md): strict parsing into the model, and back.

``incident_from_json`` refuses unknown keys, unknown vocabulary codes, malformed dates and
wrong types with one InvalidRecord listing every problem of the record, each with the path
of its field. ``incident_to_json`` emits every key, so its output parses back to an equal
Incident. docs/INTERCHANGE.md describes the shape for people.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.errors import InvalidRecord, Problem
from desktop_app.core.language import _, n_
from desktop_app.core.model import (
    Incident,
    LegalCase,
    Penalty,
    Perpetrator,
    Remedy,
    Source,
    Victim,
    new_id,
)
from desktop_app.core.vocabulary import vocabulary

MAX_TEXT = 200_000  # a description or a perpetrator's description, in characters
MAX_SHORT = 1_000  # every other text field
MAX_ARTICLE = 100  # a legal case's article
MAX_TAG = 200  # one tag
MAX_ITEMS = 1_000  # entries in any one list (violations, victims, penalties of a case, ...)

# The keys of each object of the shape; any other key is refused.
INCIDENT_KEYS = {
    "id", "title", "date", "date_end", "region", "place", "violations", "victims",
    "perpetrators", "legal_cases", "remedies", "description", "sources", "tags", "status",
}
VICTIM_KEYS = {"person_id", "name", "category", "gender", "organization", "fatal"}
PERPETRATOR_KEYS = {"kind", "description"}
LEGAL_CASE_KEYS = {"defendant", "code", "article", "court", "outcome", "penalties",
                   "decided_on"}
PENALTY_KEYS = {"kind", "amount"}
REMEDY_KEYS = {"mechanism", "reference", "outcome", "implemented"}
SOURCE_KEYS = {"kind", "reference", "reliability"}

T = TypeVar("T")


class _Reader:
    """Reads one JSON object, noting every problem (with its path) instead of stopping."""

    def __init__(self, obj: dict[str, Any], path: str, problems: list[Problem]):
        self.obj = obj
        self.path = path
        self.problems = problems

    @classmethod
    def open(cls, obj: Any, path: str, keys: set[str], problems: list[Problem]) -> _Reader | None:
        """A reader of ``obj``, or None (the problem noted) if it is not an object."""
        if not isinstance(obj, dict):
            clause = (_("{field}: expected an object, got {kind}") if path
                      else _("expected an object, got {kind}"))
            problems.append((path or None, clause.format(field=path, kind=_kind(obj))))
            return None
        unknown = sorted(set(obj) - keys)
        if unknown:
            names = ", ".join(repr(k) for k in unknown)
            clause = n_("unknown field {names}", "unknown fields {names}", len(unknown)).format(
                names=names)
            problems.append((path or None, f"{path}: {clause}" if path else clause))
        return cls(obj, path, problems)

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fault(self, key: str, clause: str, **values: object) -> None:
        """Note a problem of field ``key``: ``clause`` (translated, "{field} is required")
        filled with the field's path and ``values``."""
        where = self.where(key)
        self.problems.append((where, clause.format(field=where, **values)))

    def checked(self, value: Any, vocab: str, where: str) -> str | None:
        """``value`` if it is a code of ``vocab``; else None, the problem noted."""
        try:
            return vocabulary(vocab).check(value, where)
        except InvalidRecord as exc:
            self.problems.extend(exc.problems)
            return None

    def _given(self, key: str, required: bool) -> Any:
        value = self.obj.get(key)
        if (value is None or value == "") and required:
            self.fault(key, _("{field} is required"))
        return None if value == "" else value

    def text(self, key: str, *, required: bool = False, limit: int = MAX_SHORT) -> str:
        value = self._given(key, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fault(key, _("{field}: expected text, got {kind}"), kind=_kind(value))
        elif len(value) > limit:
            self.fault(key, n_("{field}: longer than {n} character",
                               "{field}: longer than {n} characters", limit), n=limit)
        elif required and not value.strip():
            self.fault(key, _("{field} is required"))
        else:
            return value
        return ""

    def code(self, key: str, vocab: str, *, required: bool = False) -> str | None:
        value = self._given(key, required)
        return None if value is None else self.checked(value, vocab, self.where(key))

    def date(self, key: str, *, required: bool = False) -> FuzzyDate | None:
        value = self._given(key, required)
        if value is None:
            return None
        try:
            return FuzzyDate.parse(value)
        except InvalidRecord as exc:
            self.fault(key, "{field}: {problem}", problem=exc.problem)
            return None

    def flag(self, key: str, *, default: bool | None) -> bool | None:
        value = self.obj.get(key, default)
        if value is None or isinstance(value, bool):
            return value
        self.fault(key, _("{field}: expected true or false, got {kind}"), kind=_kind(value))
        return default

    def uuid(self, key: str) -> str:
        value = self.obj.get(key)
        if value is None or value == "":
            return new_id()
        try:
            if isinstance(value, str):
                return str(uuid.UUID(value))
        except ValueError:
            pass
        self.fault(key, _("{field}: not a UUID"))
        return new_id()

    def items(self, key: str) -> list[Any]:
        value = self.obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fault(key, _("{field}: expected a list, got {kind}"), kind=_kind(value))
            return []
        if len(value) > MAX_ITEMS:
            self.fault(key, n_("{field}: more than {n} entry", "{field}: more than {n} entries",
                               MAX_ITEMS), n=MAX_ITEMS)
            return []
        return value

    def entries(self, key: str, build: Callable[[_Reader], T],
                keys: set[str]) -> list[tuple[str, T]]:
        """Each object listed under ``key`` built, with its path ("victims[2]")."""
        built = []
        for i, item in enumerate(self.items(key)):
            path = f"{self.where(key)}[{i + 1}]"
            reader = _Reader.open(item, path, keys, self.problems)
            if reader is not None:
                built.append((path, build(reader)))
        return built

    def objects(self, key: str, build: Callable[[_Reader], T], keys: set[str]) -> tuple[T, ...]:
        return tuple(value for _, value in self.entries(key, build, keys))


def _kind(value: Any) -> str:
    """What ``value`` is, as the sentences "expected text, got {kind}" name it."""
    if isinstance(value, bool):
        return _("true/false")
    return {dict: _("an object"), list: _("a list"), str: _("text"),
            type(None): _("null")}.get(type(value), _("a number"))


def _victim(r: _Reader) -> Victim:
    return Victim(
        person_id=r.uuid("person_id"), name=r.text("name"),
        category=r.code("category", "victim_category"), gender=r.code("gender", "gender"),
        organization=r.text("organization"), fatal=bool(r.flag("fatal", default=False)),
    )


def _perpetrator(r: _Reader) -> Perpetrator:
    return Perpetrator(kind=r.code("kind", "perpetrator_kind"),
                       description=r.text("description", limit=MAX_TEXT))


def _penalty(r: _Reader) -> Penalty:
    # A missing kind is noted as a problem, so this placeholder is never saved.
    return Penalty(kind=r.code("kind", "penalty", required=True) or "",
                   amount=r.text("amount"))


def _legal_case(r: _Reader) -> LegalCase:
    return LegalCase(
        defendant=r.text("defendant"), code=r.code("code", "case_code"),
        article=r.text("article", limit=MAX_ARTICLE).strip(), court=r.text("court"),
        outcome=r.code("outcome", "case_outcome"),
        penalties=r.objects("penalties", _penalty, PENALTY_KEYS),
        decided_on=r.date("decided_on"),
    )


def _remedy(r: _Reader) -> Remedy:
    return Remedy(mechanism=r.code("mechanism", "remedy_mechanism"),
                  reference=r.text("reference"), outcome=r.code("outcome", "remedy_outcome"),
                  implemented=r.flag("implemented", default=None))


def _source(r: _Reader) -> Source:
    return Source(kind=r.code("kind", "source_kind"), reference=r.text("reference"),
                  reliability=r.code("reliability", "reliability"))


def _violations(r: _Reader) -> tuple[str, ...]:
    if r.obj.get("violations") in (None, []):
        r.fault("violations", _("{field}: at least one is required"))
        return ()
    codes = (r.checked(v, "violation", f"violations[{i + 1}]")
             for i, v in enumerate(r.items("violations")))
    return tuple(dict.fromkeys(c for c in codes if c is not None))


def _victims(r: _Reader) -> tuple[Victim, ...]:
    seen: set[str] = set()
    for path, victim in (entries := r.entries("victims", _victim, VICTIM_KEYS)):
        if victim.person_id in seen:
            r.problems.append((path, _("{field}: the same person_id appears twice").format(
                field=path)))
        seen.add(victim.person_id)
    return tuple(victim for _, victim in entries)


def _tags(r: _Reader) -> tuple[str, ...]:
    tags = []
    for i, tag in enumerate(r.items("tags")):
        if not isinstance(tag, str) or not tag.strip() or len(tag) > MAX_TAG:
            path = f"tags[{i + 1}]"
            r.problems.append((path, _("{field}: expected a short piece of text").format(
                field=path)))
        else:
            tags.append(tag.strip())
    return tuple(dict.fromkeys(tags))


def incident_from_json(obj: Any) -> Incident:
    """Build an Incident from one interchange object, or raise InvalidRecord listing
    every problem of it (``problems``), the first one's path as ``field``."""
    problems: list[Problem] = []
    r = _Reader.open(obj, "", INCIDENT_KEYS, problems)
    if r is None:
        raise InvalidRecord.listing(problems)
    # Read in the order of the interchange shape, so problems are listed in that order.
    ident, title = r.uuid("id"), r.text("title", required=True).strip()
    date, date_end = r.date("date", required=True), r.date("date_end")
    if date is not None and date_end is not None and date_end.last_day() < date.first_day():
        r.fault("date_end", _("{field}: before date"))
    region, place = r.code("region", "region", required=True), r.text("place")
    violations, victims = _violations(r), _victims(r)
    perpetrators = r.objects("perpetrators", _perpetrator, PERPETRATOR_KEYS)
    legal_cases = r.objects("legal_cases", _legal_case, LEGAL_CASE_KEYS)
    remedies = r.objects("remedies", _remedy, REMEDY_KEYS)
    description = r.text("description", limit=MAX_TEXT)
    sources, tags = r.objects("sources", _source, SOURCE_KEYS), _tags(r)
    status = r.code("status", "status") or "draft"
    if problems or date is None or region is None:
        raise InvalidRecord.listing(problems)
    return Incident(
        id=ident, title=title, date=date, date_end=date_end, region=region, place=place,
        violations=violations, victims=victims, perpetrators=perpetrators,
        legal_cases=legal_cases, remedies=remedies, description=description,
        sources=sources, tags=tags, status=status,
    )


def _date_text(value: FuzzyDate | None) -> str | None:
    return None if value is None else str(value)


def incident_to_json(incident: Incident) -> dict[str, Any]:
    """The interchange object for ``incident``, with every key present."""
    return {
        "id": incident.id,
        "title": incident.title,
        "date": str(incident.date),
        "date_end": _date_text(incident.date_end),
        "region": incident.region,
        "place": incident.place,
        "violations": list(incident.violations),
        "victims": [
            {"person_id": v.person_id, "name": v.name, "category": v.category,
             "gender": v.gender, "organization": v.organization, "fatal": v.fatal}
            for v in incident.victims
        ],
        "perpetrators": [{"kind": p.kind, "description": p.description}
                         for p in incident.perpetrators],
        "legal_cases": [
            {"defendant": c.defendant, "code": c.code, "article": c.article, "court": c.court,
             "outcome": c.outcome,
             "penalties": [{"kind": p.kind, "amount": p.amount} for p in c.penalties],
             "decided_on": _date_text(c.decided_on)}
            for c in incident.legal_cases
        ],
        "remedies": [{"mechanism": m.mechanism, "reference": m.reference,
                      "outcome": m.outcome, "implemented": m.implemented}
                     for m in incident.remedies],
        "description": incident.description,
        "sources": [{"kind": s.kind, "reference": s.reference, "reliability": s.reliability}
                    for s in incident.sources],
        "tags": list(incident.tags),
        "status": incident.status,
    }


def record_label(index: int, obj: Any) -> str:
    """How a message names the ``index``-th record of an input (1-based), with its id."""
    ident = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(ident, str) and ident:
        return _("record {index} (id {id})").format(index=index, id=ident)
    return _("record {index}").format(index=index)


def parse_incidents(objects: Iterable[Any], *, labels: Sequence[str] | None = None,
                    noted: Sequence[Sequence[Problem]] | None = None) -> list[Incident]:
    """Every record parsed, or (all or nothing) an InvalidRecord for the first wrong record,
    named by position and id, with every further wrong record in its ``others``: its
    sentence lists their problems too, within InvalidRecord's cap.

    An input that is not JSON (a spreadsheet, a Martus file) names its records itself
    (``labels``: "row 12") and may bring problems it found while building each object
    (``noted``, per record): they are listed first, and the format's own problems about the
    same fields (a date it could not read is then also "required") are left out."""
    parsed: list[Incident] = []
    wrong: list[InvalidRecord] = []
    for index, obj in enumerate(objects, start=1):
        before = list(noted[index - 1]) if noted is not None else []
        incident: Incident | None = None
        try:
            incident = incident_from_json(obj)
            found: list[Problem] = []
        except InvalidRecord as exc:
            found = exc.problems
        faulty = {f for f, _clause in before if f}
        found = [(f, c) for f, c in found
                 if not (f and any(f == g or f.startswith((g + ".", g + "[")) for g in faulty))]
        problems = before + found
        if problems:
            label = labels[index - 1] if labels is not None else record_label(index, obj)
            wrong.append(InvalidRecord.listing(problems, label))
        elif incident is not None:
            parsed.append(incident)
    if wrong:
        first, *others = wrong
        raise InvalidRecord.listing(first.problems, first.record, others=others)
    return parsed
