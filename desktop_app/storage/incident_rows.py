"""Between Incident objects and table rows: flattening for bulk inserts, loading in batches."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Row, ScalarSelect, func, literal_column, select

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.model import (
    Incident,
    LegalCase,
    Penalty,
    Perpetrator,
    Remedy,
    Source,
    Victim,
)
from desktop_app.storage import tables as t
from desktop_app.storage.spelling import sort_key

BATCH = 500  # ids per IN (...) clause, well under SQLite's variable limit

CHILD_TABLES = (t.incident_violations, t.victims, t.perpetrators, t.legal_cases, t.penalties,
                t.remedies, t.sources, t.incident_tags)


def _date_parts(value: FuzzyDate | None) -> tuple[str | None, str | None]:
    return (None, None) if value is None else (value.first_day().isoformat(), value.precision.value)


def _date(first: str | None, precision: str | None) -> FuzzyDate | None:
    return None if first is None or precision is None else FuzzyDate.from_parts(first, precision)


# Per incident, as its list row shows them: its violation codes in its own order,
# comma-separated (without ORDER BY, SQLite reads them from the code index, so
# alphabetically by code; the first shown is the one the list sorts by), and how many
# people it names.
VIOLATIONS_SHOWN: ScalarSelect[str] = (
    select(literal_column(
        "group_concat(incident_violations.code, ',' ORDER BY incident_violations.position)"))
    .where(t.incident_violations.c.incident_id == t.incidents.c.id).scalar_subquery())
VICTIM_COUNT: ScalarSelect[int] = (
    select(func.count()).where(t.victims.c.incident_id == t.incidents.c.id)
    .scalar_subquery())


def incident_row(incident: Incident) -> dict[str, Any]:
    """The incidents-table columns an Incident determines (not revision or timestamps)."""
    date_first, date_precision = _date_parts(incident.date)
    end_first, end_precision = _date_parts(incident.date_end)
    return {
        "id": incident.id, "title": incident.title, "title_key": sort_key(incident.title),
        "date_first": date_first,
        "date_precision": date_precision, "date_end_first": end_first,
        "date_end_precision": end_precision, "region": incident.region, "place": incident.place,
        "description": incident.description, "status": incident.status,
        "violation_first": incident.violations[0] if incident.violations else "",
    }


def child_rows(incident: Incident, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Append the rows of every child table of ``incident`` to ``rows`` (by table name)."""
    iid = incident.id
    for pos, code in enumerate(incident.violations):
        rows["incident_violations"].append({"incident_id": iid, "position": pos, "code": code})
    for pos, v in enumerate(incident.victims):
        rows["victims"].append({"incident_id": iid, "position": pos, "person_id": v.person_id,
                                "category": v.category, "organization": v.organization,
                                "fatal": v.fatal})
    for pos, p in enumerate(incident.perpetrators):
        rows["perpetrators"].append({"incident_id": iid, "position": pos, "kind": p.kind,
                                     "description": p.description})
    for pos, c in enumerate(incident.legal_cases):
        decided_first, decided_precision = _date_parts(c.decided_on)
        rows["legal_cases"].append({
            "incident_id": iid, "position": pos, "defendant": c.defendant, "code": c.code,
            "article": c.article, "court": c.court, "outcome": c.outcome,
            "decided_on_first": decided_first, "decided_on_precision": decided_precision})
        for ppos, pen in enumerate(c.penalties):
            rows["penalties"].append({"incident_id": iid, "case_position": pos,
                                      "position": ppos, "kind": pen.kind, "amount": pen.amount})
    for pos, r in enumerate(incident.remedies):
        rows["remedies"].append({"incident_id": iid, "position": pos, "mechanism": r.mechanism,
                                 "reference": r.reference, "outcome": r.outcome,
                                 "implemented": r.implemented})
    for pos, s in enumerate(incident.sources):
        rows["sources"].append({"incident_id": iid, "position": pos, "kind": s.kind,
                                "reference": s.reference, "reliability": s.reliability})
    for pos, tag in enumerate(incident.tags):
        rows["incident_tags"].append({"incident_id": iid, "position": pos, "tag": tag})


def batches(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start:start + BATCH]


def _grouped(conn: Connection, table: Any, ids: Sequence[str],
             *extra: Any) -> dict[str, list[Row[Any]]]:
    groups: dict[str, list[Row[Any]]] = defaultdict(list)
    order = [table.c.incident_id, *([table.c.case_position] if "case_position" in table.c else []),
             table.c.position]
    query = select(table, *extra)
    if table is t.victims:
        query = query.join(t.people, t.people.c.id == t.victims.c.person_id)
    for row in conn.execute(query.where(table.c.incident_id.in_(ids)).order_by(*order)):
        groups[row.incident_id].append(row)
    return groups


def load_incidents(conn: Connection, ids: Sequence[str]) -> dict[str, Incident]:
    """The incidents with these ids that exist, keyed by id; a few queries per 500 ids."""
    found: dict[str, Incident] = {}
    for chunk in batches(list(ids)):
        heads = conn.execute(select(t.incidents).where(t.incidents.c.id.in_(chunk))).all()
        if not heads:
            continue
        violations = _grouped(conn, t.incident_violations, chunk)
        victims = _grouped(conn, t.victims, chunk, t.people.c.name, t.people.c.gender)
        perpetrators = _grouped(conn, t.perpetrators, chunk)
        cases = _grouped(conn, t.legal_cases, chunk)
        penalties = _grouped(conn, t.penalties, chunk)
        remedies = _grouped(conn, t.remedies, chunk)
        sources = _grouped(conn, t.sources, chunk)
        tags = _grouped(conn, t.incident_tags, chunk)
        for h in heads:
            iid = h.id
            by_case: dict[int, list[Penalty]] = defaultdict(list)
            for p in penalties.get(iid, ()):
                by_case[p.case_position].append(Penalty(kind=p.kind, amount=p.amount))
            found[iid] = Incident(
                id=iid, title=h.title, date=FuzzyDate.from_parts(h.date_first, h.date_precision),
                date_end=_date(h.date_end_first, h.date_end_precision), region=h.region,
                place=h.place, description=h.description, status=h.status,
                violations=tuple(r.code for r in violations.get(iid, ())),
                victims=tuple(
                    Victim(person_id=r.person_id, name=r.name, category=r.category,
                           gender=r.gender, organization=r.organization, fatal=bool(r.fatal))
                    for r in victims.get(iid, ())),
                perpetrators=tuple(Perpetrator(kind=r.kind, description=r.description)
                                   for r in perpetrators.get(iid, ())),
                legal_cases=tuple(
                    LegalCase(defendant=r.defendant, code=r.code, article=r.article,
                              court=r.court, outcome=r.outcome,
                              penalties=tuple(by_case.get(r.position, ())),
                              decided_on=_date(r.decided_on_first, r.decided_on_precision))
                    for r in cases.get(iid, ())),
                remedies=tuple(
                    Remedy(mechanism=r.mechanism, reference=r.reference, outcome=r.outcome,
                           implemented=None if r.implemented is None else bool(r.implemented))
                    for r in remedies.get(iid, ())),
                sources=tuple(Source(kind=r.kind, reference=r.reference,
                                     reliability=r.reliability)
                              for r in sources.get(iid, ())),
                tags=tuple(r.tag for r in tags.get(iid, ())),
            )
    return found
