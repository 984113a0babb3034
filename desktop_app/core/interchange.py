"""The interchange JSON of DESIGN.md: strict parsing into the model, and back.

``incident_from_json`` refuses unknown keys, unknown vocabulary codes, malformed dates and
wrong types with an InvalidRecord naming the field. ``incident_to_json`` emits every key,
so its output parses back to an equal Incident.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.errors import InvalidRecord
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

MAX_TEXT = 200_000  # a description; other fields are far shorter
MAX_SHORT = 1_000
MAX_ITEMS = 1_000

_INCIDENT_KEYS = {
    "id", "title", "date", "date_end", "region", "place", "violations", "victims",
    "perpetrators", "legal_cases", "remedies", "description", "sources", "tags", "status",
}


class _Reader:
    """Reads one JSON object, remembering the path for messages."""

    def __init__(self, obj: Any, path: str, keys: set[str]):
        if not isinstance(obj, dict):
            raise InvalidRecord(f"{path or 'record'}: expected an object, got {_kind(obj)}",
                                field=path or None)
        unknown = sorted(set(obj) - keys)
        if unknown:
            where = f"{path}: " if path else ""
            raise InvalidRecord(f"{where}unknown field{'s' if len(unknown) > 1 else ''} "
                                + ", ".join(repr(k) for k in unknown), field=path or None)
        self.obj = obj
        self.path = path

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fault(self, key: str, problem: str) -> InvalidRecord:
        """The error for field ``key``: its path, then ``problem`` (" is required")."""
        where = self.where(key)
        return InvalidRecord(where + problem, field=where)

    def text(self, key: str, *, required: bool = False, limit: int = MAX_SHORT) -> str:
        value = self.obj.get(key)
        if value is None or value == "":
            if required:
                raise self.fault(key, " is required")
            return ""
        if not isinstance(value, str):
            raise self.fault(key, f": expected text, got {_kind(value)}")
        if len(value) > limit:
            raise self.fault(key, f": longer than {limit} characters")
        if required and not value.strip():
            raise self.fault(key, " is required")
        return value

    def code(self, key: str, vocab: str, *, required: bool = False) -> str | None:
        value = self.obj.get(key)
        if value is None or value == "":
            if required:
                raise self.fault(key, " is required")
            return None
        return vocabulary(vocab).check(value, self.where(key))

    def date(self, key: str, *, required: bool = False) -> FuzzyDate | None:
        value = self.obj.get(key)
        if value is None or value == "":
            if required:
                raise self.fault(key, " is required")
            return None
        try:
            return FuzzyDate.parse(value)
        except InvalidRecord as exc:
            raise self.fault(key, f": {exc.problem}") from None

    def flag(self, key: str, *, default: bool | None) -> bool | None:
        value = self.obj.get(key, default)
        if value is None or isinstance(value, bool):
            return value
        raise self.fault(key, f": expected true or false, got {_kind(value)}")

    def uuid(self, key: str) -> str:
        value = self.obj.get(key)
        if value is None or value == "":
            return new_id()
        try:
            return str(uuid.UUID(value)) if isinstance(value, str) else _bad_uuid(self.where(key))
        except ValueError:
            return _bad_uuid(self.where(key))

    def items(self, key: str) -> list[Any]:
        value = self.obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fault(key, f": expected a list, got {_kind(value)}")
        if len(value) > MAX_ITEMS:
            raise self.fault(key, f": more than {MAX_ITEMS} entries")
        return value

    def objects(self, key: str, build: Callable[[_Reader], Any],
                keys: set[str]) -> tuple[Any, ...]:
        return tuple(
            build(_Reader(item, f"{self.where(key)}[{i + 1}]", keys))
            for i, item in enumerate(self.items(key))
        )


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")


def _bad_uuid(where: str) -> str:
    raise InvalidRecord(f"{where}: not a UUID", field=where)


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
    kind = r.code("kind", "penalty", required=True)
    assert kind is not None
    return Penalty(kind=kind, amount=r.text("amount"))


def _legal_case(r: _Reader) -> LegalCase:
    return LegalCase(
        defendant=r.text("defendant"), code=r.code("code", "case_code"),
        article=r.text("article", limit=100).strip(), court=r.text("court"),
        outcome=r.code("outcome", "case_outcome"),
        penalties=r.objects("penalties", _penalty, {"kind", "amount"}),
        decided_on=r.date("decided_on"),
    )


def _remedy(r: _Reader) -> Remedy:
    return Remedy(mechanism=r.code("mechanism", "remedy_mechanism"),
                  reference=r.text("reference"), outcome=r.code("outcome", "remedy_outcome"),
                  implemented=r.flag("implemented", default=None))


def _source(r: _Reader) -> Source:
    return Source(kind=r.code("kind", "source_kind"), reference=r.text("reference"),
                  reliability=r.code("reliability", "reliability"))


def incident_from_json(obj: Any) -> Incident:
    """Build an Incident from one interchange object, or raise InvalidRecord."""
    r = _Reader(obj, "", _INCIDENT_KEYS)
    violations = r.items("violations")
    if not violations:
        raise InvalidRecord("violations: at least one is required", field="violations")
    codes = tuple(dict.fromkeys(
        vocabulary("violation").check(v, f"violations[{i + 1}]") for i, v in enumerate(violations)
    ))
    tags = []
    for i, tag in enumerate(r.items("tags")):
        if not isinstance(tag, str) or not tag.strip() or len(tag) > 200:
            raise InvalidRecord(f"tags[{i + 1}]: expected a short piece of text",
                                field=f"tags[{i + 1}]")
        tags.append(tag.strip())
    date = r.date("date", required=True)
    date_end = r.date("date_end")
    assert date is not None
    if date_end is not None and date_end.last_day() < date.first_day():
        raise InvalidRecord("date_end: before date", field="date_end")
    region = r.code("region", "region", required=True)
    assert region is not None
    victims = r.objects("victims", _victim, {"person_id", "name", "category", "gender",
                                             "organization", "fatal"})
    seen: set[str] = set()
    for i, victim in enumerate(victims):
        if victim.person_id in seen:
            raise InvalidRecord(f"victims[{i + 1}]: the same person_id appears twice",
                                field=f"victims[{i + 1}]")
        seen.add(victim.person_id)
    return Incident(
        id=r.uuid("id"), title=r.text("title", required=True).strip(), date=date,
        date_end=date_end, region=region, place=r.text("place"), violations=codes,
        victims=victims,
        perpetrators=r.objects("perpetrators", _perpetrator, {"kind", "description"}),
        legal_cases=r.objects("legal_cases", _legal_case, {
            "defendant", "code", "article", "court", "outcome", "penalties", "decided_on"}),
        remedies=r.objects("remedies", _remedy, {"mechanism", "reference", "outcome",
                                                 "implemented"}),
        description=r.text("description", limit=MAX_TEXT),
        sources=r.objects("sources", _source, {"kind", "reference", "reliability"}),
        tags=tuple(dict.fromkeys(tags)),
        status=r.code("status", "status") or "draft",
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
    return f"record {index}" + (f" (id {ident})" if isinstance(ident, str) and ident else "")


def parse_incidents(objects: Iterable[Any]) -> Iterator[Incident]:
    """Parse many records, naming the failing one by position and id."""
    for index, obj in enumerate(objects, start=1):
        try:
            yield incident_from_json(obj)
        except InvalidRecord as exc:
            raise InvalidRecord(exc.problem, record_label(index, obj), field=exc.field) from None
