"""IncidentRepository: save (with revisions), load, list, search and delete incidents."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as upsert

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.errors import InvalidRecord, NotFound, TirkeuError
from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.core.language import _
from desktop_app.core.model import Incident, IncidentSummary, RevisionInfo, new_id
from desktop_app.storage import search
from desktop_app.storage import tables as t
from desktop_app.storage.database import Database
from desktop_app.storage.incident_rows import (
    CHILD_TABLES,
    VICTIM_COUNT,
    VIOLATIONS_SHOWN,
    batches,
    child_rows,
    incident_row,
    load_incidents,
)
from desktop_app.storage.spelling import sort_key


def now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class SaveResult:
    created: int = 0
    revised: int = 0
    unchanged: int = 0


class StaleRevision(TirkeuError):
    """A save was based on a revision that is no longer the incident's current one: an
    import, a conflict resolution, a merge or another window wrote a newer one (``current``),
    or the incident is gone (``current`` is None: deleted or purged). Nothing was saved."""

    def __init__(self, incident_id: str, current: RevisionInfo | None):
        self.incident_id = incident_id
        self.current = current
        if current is None:
            said = _("Incident {id} was removed after it was opened; nothing was saved.")
        elif current.saved_by:
            said = _("Incident {id} was changed by {name} after it was opened; nothing was "
                     "saved.")
        else:
            said = _("Incident {id} was changed by someone after it was opened; nothing was "
                     "saved.")
        super().__init__(said.format(id=incident_id, name=current and current.saved_by))


@dataclass(frozen=True)
class CurrentIncident:
    """An incident as it is now, with the revision it is at: what an editor loads, and the
    base its save names."""

    incident: Incident
    revision: RevisionInfo


class IncidentRepository:
    """Incidents of one open database. Every method is one transaction."""

    def __init__(self, database: Database):
        self.db = database

    # --- writing -------------------------------------------------------------------------

    def save(self, incident: Incident, saved_by: str, *,
             base_revision: str | None = None) -> SaveResult:
        """Save one incident. With ``base_revision`` (the revision the person's copy was
        loaded at) the save goes through only if that is still the current revision, or
        if nothing differs from what is current; otherwise StaleRevision, nothing saved.
        A ``base_revision`` for an incident that no longer exists is stale too."""
        bases = {incident.id: base_revision} if base_revision is not None else None
        return self.save_many([incident], saved_by, bases=bases)

    def save_many(self, incidents: Sequence[Incident], saved_by: str, *,
                  bases: Mapping[str, str] | None = None) -> SaveResult:
        """Save all or nothing. A new id is created; an existing one gets a new revision on
        top of its current one, unless nothing changed. Each revision records who, when and
        which fields changed. ``bases`` maps ids to the revision each copy was based on
        (see ``save``); ids not in it are saved on top of whatever is current."""
        latest: dict[str, Incident] = {}
        for incident in incidents:  # the last copy of an id in one call wins
            latest[incident.id] = incident
        _check_people_agree(latest.values())
        with self.db.transaction() as conn:
            return self._save(conn, list(latest.values()), saved_by, bases or {})

    def save_within(self, conn: Connection, incidents: Sequence[Incident],
                    saved_by: str) -> SaveResult:
        """``save_many`` inside a transaction the caller holds (an import that stores
        several versions of a record, or attachments with it, in one unit of work)."""
        latest = {incident.id: incident for incident in incidents}
        _check_people_agree(latest.values())
        return self._save(conn, list(latest.values()), saved_by, {})

    def _save(self, conn: Connection, incidents: list[Incident], saved_by: str,
              bases: Mapping[str, str]) -> SaveResult:
        stamp = now()
        ids = [i.id for i in incidents]
        existing = load_incidents(conn, ids)
        heads = _heads(conn, ids)
        to_write = [i for i in incidents if existing.get(i.id) != i]
        for incident in to_write:
            base = bases.get(incident.id)
            head = heads.get(incident.id)
            if base is not None and (head is None or head.revision_id != base):
                raise StaleRevision(incident.id, _revision_info(conn, head.revision_id)
                                    if head is not None else None)
        if not to_write:
            return SaveResult(unchanged=len(incidents))
        revisions: dict[str, tuple[str, int]] = {}
        revision_rows = []
        for incident in to_write:
            head = heads.get(incident.id)
            revision_id, number = new_id(), (head.revision_number + 1 if head else 1)
            revisions[incident.id] = (revision_id, number)
            snapshot = incident_to_json(incident)
            before = incident_to_json(existing[incident.id]) if head else {}
            changed = [k for k in snapshot if k != "id" and before.get(k) != snapshot[k]]
            revision_rows.append({
                "id": revision_id, "incident_id": incident.id, "number": number,
                "parent_id": head.revision_id if head else None, "saved_at": stamp,
                "saved_by": saved_by, "changed": json.dumps(changed),
                "snapshot": json.dumps(snapshot, ensure_ascii=False)})
        created = self.write_current(conn, to_write, heads, revisions, saved_by, stamp)
        conn.execute(insert(t.revisions), revision_rows)
        return SaveResult(created=created, revised=len(to_write) - created,
                          unchanged=len(incidents) - len(to_write))

    def write_current(self, conn: Connection, incidents: list[Incident], heads: dict[str, Any],
                      revisions: dict[str, tuple[str, int]], saved_by: str, stamp: str, *,
                      received: bool = False) -> int:
        """Make ``incidents`` the current content (rows, people, search index), each at the
        revision ``revisions[id]`` = (revision id, number). The caller writes the revision
        rows. ``received``: the content came in a bundle (so do revisions it makes of other
        incidents about a renamed person). Returns how many incidents were new."""
        revised_ids = [i.id for i in incidents if i.id in heads]
        for chunk in batches(revised_ids):
            for table in (t.penalties, *[c for c in CHILD_TABLES if c is not t.penalties]):
                conn.execute(delete(table).where(table.c.incident_id.in_(chunk)))
        renamed = self._upsert_people(conn, incidents, stamp)
        new_rows = []
        children: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for incident in incidents:
            revision_id, number = revisions[incident.id]
            row = incident_row(incident) | {"revision_id": revision_id,
                                            "revision_number": number, "updated_at": stamp,
                                            "saved_here": not received}
            if incident.id in heads:
                conn.execute(update(t.incidents).where(t.incidents.c.id == incident.id)
                             .values(**row))
            else:
                new_rows.append(row | {"created_at": stamp})
            child_rows(incident, children)
        if new_rows:
            conn.execute(insert(t.incidents), new_rows)
            conn.execute(delete(t.tombstones).where(
                t.tombstones.c.incident_id.in_([r["id"] for r in new_rows])))
        for table in CHILD_TABLES:
            if children[table.name]:
                conn.execute(insert(table), children[table.name])
        numbers = self._numbers(conn, [i.id for i in incidents])
        search.reindex(conn, [search.index_row(numbers[i.id], i) for i in incidents])
        if renamed:
            self._revise_for_people(conn, renamed, {i.id for i in incidents}, saved_by, stamp,
                                    received)
        if revised_ids:
            _drop_orphan_people(conn)
        return len(new_rows)

    @staticmethod
    def _upsert_people(conn: Connection, incidents: Iterable[Incident], stamp: str) -> set[str]:
        """Write the people these incidents name; return the ids whose name or gender
        changed (other incidents about them then show the new name)."""
        people: dict[str, dict[str, Any]] = {}
        for incident in incidents:
            for v in incident.victims:
                people[v.person_id] = {"id": v.person_id, "name": v.name, "gender": v.gender,
                                       "name_key": sort_key(v.name),
                                       "name_skeleton": search.skeleton_words(v.name),
                                       "created_at": stamp, "updated_at": stamp}
        if not people:
            return set()
        renamed = {r.id for chunk in batches(list(people)) for r in conn.execute(
            select(t.people.c.id, t.people.c.name, t.people.c.gender)
            .where(t.people.c.id.in_(chunk)))
            if (r.name, r.gender) != (people[r.id]["name"], people[r.id]["gender"])}
        stmt = upsert(t.people)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={"name": stmt.excluded.name, "name_key": stmt.excluded.name_key,
                  "name_skeleton": stmt.excluded.name_skeleton, "gender": stmt.excluded.gender,
                  "updated_at": stmt.excluded.updated_at}), list(people.values()))
        return renamed

    def _revise_for_people(self, conn: Connection, person_ids: set[str], skip: set[str],
                           saved_by: str, stamp: str, received: bool) -> None:
        """A person's name or gender changed: every other incident about them shows the
        change, so each gets a revision recording it (history matches what is shown)."""
        ids = [i for i in conn.scalars(select(t.victims.c.incident_id).distinct()
                                       .where(t.victims.c.person_id.in_(list(person_ids))))
               if i not in skip]
        if not ids:
            return
        current = load_incidents(conn, ids)
        heads = {r.id: r for chunk in batches(ids) for r in conn.execute(
            select(t.incidents.c.id, t.incidents.c.revision_id, t.incidents.c.revision_number)
            .where(t.incidents.c.id.in_(chunk)))}
        rows = []
        for incident_id, incident in current.items():
            head, revision_id = heads[incident_id], new_id()
            conn.execute(update(t.incidents).where(t.incidents.c.id == incident_id).values(
                revision_id=revision_id, revision_number=head.revision_number + 1,
                updated_at=stamp, saved_here=not received))
            rows.append({"id": revision_id, "incident_id": incident_id,
                         "number": head.revision_number + 1, "parent_id": head.revision_id,
                         "saved_at": stamp, "saved_by": saved_by,
                         "changed": json.dumps(["victims"]), "received": received,
                         "snapshot": json.dumps(incident_to_json(incident), ensure_ascii=False)})
        conn.execute(insert(t.revisions), rows)

    @staticmethod
    def _numbers(conn: Connection, ids: Sequence[str]) -> dict[str, int]:
        return {r.id: r.number for chunk in batches(list(ids)) for r in conn.execute(
            select(t.incidents.c.id, t.incidents.c.number).where(t.incidents.c.id.in_(chunk)))}

    def restore(self, revision_id: str, saved_by: str, *,
                base_revision: str | None = None) -> Incident:
        """Make an old revision current again, as a new revision (history is kept). With
        ``base_revision``, only if that is still current (StaleRevision otherwise)."""
        incident = incident_from_json(self.revision_snapshot(revision_id))
        self.save(incident, saved_by, base_revision=base_revision)
        return incident

    def delete(self, ids: Sequence[str]) -> None:
        """Delete these incidents with their revisions and attachments; NotFound (and
        nothing deleted) if any id is unknown. People left in no incident go too."""
        ids = list(dict.fromkeys(ids))
        stamp = now()
        with self.db.transaction() as conn:
            numbers = self._numbers(conn, ids)
            missing = [i for i in ids if i not in numbers]
            if missing:
                raise NotFound(_("No incident with id {id}.").format(id=missing[0]))
            search.forget(conn, list(numbers.values()))
            for chunk in batches(ids):
                conn.execute(delete(t.incidents).where(t.incidents.c.id.in_(chunk)))
                # A kept signed original (for forwarding) must not outlive a deletion.
                conn.execute(delete(t.received_records).where(t.received_records.c.name.in_(
                    [f"records/{i}.json" for i in chunk])))
            conn.execute(upsert(t.tombstones).on_conflict_do_nothing(),
                         [{"incident_id": i, "deleted_at": stamp} for i in ids])
            _drop_orphan_people(conn)

    # --- reading -------------------------------------------------------------------------

    def get(self, incident_id: str) -> Incident:
        with self.db.reading() as conn:
            found = load_incidents(conn, [incident_id])
        if incident_id not in found:
            raise NotFound(_("No incident with id {id}.").format(id=incident_id))
        return found[incident_id]

    def current(self, incident_id: str) -> CurrentIncident:
        """The incident with the revision it is at, read together: a write in between
        (an import in a worker) is noticed and the read repeated, so the revision always
        matches the content. NotFound if there is no such incident."""
        with self.db.reading() as conn:
            for _attempt in range(5):
                before = _heads(conn, [incident_id]).get(incident_id)
                found = load_incidents(conn, [incident_id])
                after = _heads(conn, [incident_id]).get(incident_id)
                if before is None or after is None or incident_id not in found:
                    raise NotFound(_("No incident with id {id}.").format(id=incident_id))
                if before.revision_id == after.revision_id:
                    return CurrentIncident(found[incident_id],
                                           _revision_info(conn, after.revision_id))
        raise TirkeuError(_("The incident kept changing while it was being read; try again."))

    def get_many(self, ids: Sequence[str]) -> list[Incident]:
        """The incidents with these ids, in the order given, skipping unknown ids."""
        with self.db.reading() as conn:
            found = load_incidents(conn, ids)
        return [found[i] for i in ids if i in found]

    def all_ids(self) -> list[str]:
        with self.db.reading() as conn:
            return list(conn.scalars(select(t.incidents.c.id).order_by(
                t.incidents.c.date_first, t.incidents.c.number)))

    def count(self) -> int:
        with self.db.reading() as conn:
            return conn.scalar(select(func.count()).select_from(t.incidents)) or 0

    def summaries(self, ids: Sequence[str] | None = None) -> list[IncidentSummary]:
        """List rows, oldest first (or in the order of ``ids``)."""
        query = select(t.incidents.c.id, t.incidents.c.title, t.incidents.c.date_first,
                       t.incidents.c.date_precision, t.incidents.c.region,
                       t.incidents.c.status, VIOLATIONS_SHOWN.label("violations"),
                       VICTIM_COUNT.label("victims"))
        with self.db.reading() as conn:
            if ids is None:
                rows = conn.execute(query.order_by(t.incidents.c.date_first,
                                                   t.incidents.c.number)).all()
            else:
                by_id = {r.id: r for chunk in batches(list(ids))
                         for r in conn.execute(query.where(t.incidents.c.id.in_(chunk)))}
                rows = [by_id[i] for i in ids if i in by_id]
        return [IncidentSummary(
            id=r.id, title=r.title, date=FuzzyDate.from_parts(r.date_first, r.date_precision),
            region=r.region, violations=tuple((r.violations or "").split(",")) if r.violations
            else (), status=r.status, victims=r.victims) for r in rows]

    def search(self, user_text: str, limit: int | None = None) -> list[str]:
        """Ids of incidents whose title, description, names or places match, best first."""
        with self.db.reading() as conn:
            numbers = search.matching_numbers(conn, user_text, limit)
            if not numbers:
                return []
            by_number = {r.number: r.id for r in conn.execute(
                select(t.incidents.c.number, t.incidents.c.id)
                .where(t.incidents.c.number.in_(numbers)))}
        return [by_number[n] for n in numbers if n in by_number]

    def history(self, incident_id: str) -> list[RevisionInfo]:
        """Revisions of an incident, newest first."""
        with self.db.reading() as conn:
            rows = conn.execute(select(t.revisions).where(t.revisions.c.incident_id == incident_id)
                                .order_by(t.revisions.c.number.desc(),
                                          t.revisions.c.saved_at.desc())).all()
        if not rows:
            raise NotFound(_("No incident with id {id}.").format(id=incident_id))
        return [_as_info(r) for r in rows]

    def revision_snapshot(self, revision_id: str) -> dict[str, Any]:
        """The interchange JSON an incident had at one revision."""
        with self.db.reading() as conn:
            snapshot = conn.scalar(select(t.revisions.c.snapshot)
                                   .where(t.revisions.c.id == revision_id))
        if snapshot is None:
            raise NotFound(_("No revision {id}.").format(id=revision_id))
        record: dict[str, Any] = json.loads(snapshot)
        return record


def _heads(conn: Connection, ids: Sequence[str]) -> dict[str, Any]:
    """id → (id, number, revision_id, revision_number) of the incidents that exist."""
    return {r.id: r for chunk in batches(list(ids)) for r in conn.execute(
        select(t.incidents.c.id, t.incidents.c.number, t.incidents.c.revision_id,
               t.incidents.c.revision_number).where(t.incidents.c.id.in_(chunk)))}


def _as_info(row: Any) -> RevisionInfo:
    return RevisionInfo(revision_id=row.id, number=row.number, parent_id=row.parent_id,
                        saved_at=row.saved_at, saved_by=row.saved_by,
                        changed=tuple(json.loads(row.changed)))


def _revision_info(conn: Connection, revision_id: str) -> RevisionInfo:
    row = conn.execute(select(t.revisions).where(t.revisions.c.id == revision_id)).one()
    return _as_info(row)


def _check_people_agree(incidents: Iterable[Incident]) -> None:
    """One person has one name and gender within one save; refuse two versions of them."""
    seen: dict[str, tuple[str, str | None, str]] = {}
    for incident in incidents:
        for v in incident.victims:
            before = seen.setdefault(v.person_id, (v.name, v.gender, incident.id))
            if before[:2] != (v.name, v.gender):
                unknown = _("gender unknown")
                raise InvalidRecord(
                    _("person {person} is {name!r} ({gender}) in incident {incident} but "
                      "{other_name!r} ({other_gender}) in incident {other}; one person has one "
                      "name and gender").format(
                        person=v.person_id, name=before[0], gender=before[1] or unknown,
                        incident=before[2], other_name=v.name, other_gender=v.gender or unknown,
                        other=incident.id))


def _drop_orphan_people(conn: Connection) -> None:
    conn.execute(delete(t.people).where(~t.people.c.id.in_(select(t.victims.c.person_id))))
