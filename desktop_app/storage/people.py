"""People: one row per person across incidents; suggestions, their incidents, merging."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import ColumnElement, and_, func, or_, select

from desktop_app.core.dates import FuzzyDate
from desktop_app.core.errors import NotFound
from desktop_app.core.language import _
from desktop_app.core.model import IncidentSummary, PersonCase, PersonSummary, Victim
from desktop_app.storage import tables as t
from desktop_app.storage.database import Database
from desktop_app.storage.incidents import IncidentRepository, SaveResult
from desktop_app.storage.spelling import skeleton


def _containing(text: str) -> str:
    """A LIKE pattern for values containing ``text`` literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _name_contains(word: str) -> ColumnElement[bool]:
    # SQLite's lower() only folds ASCII, so compare Python-folded text on both sides.
    typed = func.tirkeu_fold(t.people.c.name).like(_containing(word.casefold()), escape="\\")
    key = skeleton(word)  # empty for "ъ": it would match every name
    if not key:
        return typed
    return or_(typed, t.people.c.name_skeleton.like(_containing(key), escape="\\"))


class PeopleRepository:
    def __init__(self, database: Database, incidents: IncidentRepository):
        self.db = database
        self.incidents = incidents

    def _summaries(self, where: ColumnElement[bool] | None,
                   limit: int | None = None) -> list[PersonSummary]:
        count = (select(func.count(func.distinct(t.victims.c.incident_id)))
                 .where(t.victims.c.person_id == t.people.c.id).scalar_subquery())
        query = select(t.people.c.id, t.people.c.name, t.people.c.gender, count.label("n"))
        if where is not None:
            query = query.where(where)
        # The Kazakh and Russian alphabets (lower() folds ASCII only), from an index.
        query = query.order_by(t.people.c.name_key, t.people.c.id)
        if limit is not None:
            query = query.limit(limit)
        with self.db.reading() as conn:
            rows = conn.execute(query).all()
        return [PersonSummary(id=r.id, name=r.name, gender=r.gender, incidents=r.n) for r in rows]

    def suggest(self, typed: str, limit: int = 12) -> list[PersonSummary]:
        """People whose name contains every typed word (case-insensitive), in any script
        (Kasymova finds Қасымова), for a completer and the People filter."""
        words = [w for w in typed.split() if w]
        if not words:
            return []
        conditions = [_name_contains(w) for w in words]
        return self._summaries(and_(*conditions), limit)

    def all(self) -> list[PersonSummary]:
        return self._summaries(None)

    def get(self, person_id: str) -> PersonSummary:
        found = self._summaries(t.people.c.id == person_id)
        if not found:
            raise NotFound(_("No person with id {id}.").format(id=person_id))
        return found[0]

    def incidents_of(self, person_id: str) -> list[IncidentSummary]:
        """Every incident in which this person is among the people affected, oldest first."""
        ids = select(t.victims.c.incident_id).where(t.victims.c.person_id == person_id)
        with self.db.reading() as conn:
            numbers = list(conn.scalars(select(t.incidents.c.id).where(t.incidents.c.id.in_(ids))
                                        .order_by(t.incidents.c.date_first)))
        return self.incidents.summaries(numbers)

    def cases_of(self, person_id: str) -> list[PersonCase]:
        """Legal cases about this person: cases in their incidents whose defendant is them
        (by name) or names no one else."""
        person = self.get(person_id)
        ids = select(t.victims.c.incident_id).where(t.victims.c.person_id == person_id)
        query = (select(t.legal_cases, t.incidents.c.title)
                 .join(t.incidents, t.incidents.c.id == t.legal_cases.c.incident_id)
                 .where(t.legal_cases.c.incident_id.in_(ids))
                 .order_by(t.incidents.c.date_first, t.legal_cases.c.position))
        with self.db.reading() as conn:
            rows = conn.execute(query).all()
        name = person.name.casefold().strip()
        return [PersonCase(incident_id=r.incident_id, incident_title=r.title,
                           defendant=r.defendant, code=r.code, article=r.article,
                           outcome=r.outcome,
                           decided_on=None if r.decided_on_first is None else str(
                               FuzzyDate.from_parts(r.decided_on_first, r.decided_on_precision)))
                for r in rows if not r.defendant.strip() or r.defendant.casefold().strip() == name]

    def merge(self, keep_id: str, drop_id: str, saved_by: str) -> SaveResult:
        """Make ``drop_id`` the same person as ``keep_id`` in every incident (each changed
        incident gets a new revision). Where both appear in one incident, one row stays,
        fatal if either was."""
        if keep_id == drop_id:
            return SaveResult()
        keep = self.get(keep_id)
        dropped_name = self.get(drop_id).name.casefold().strip()
        affected = [s.id for s in self.incidents_of(drop_id)]
        revised = []
        for incident in self.incidents.get_many(affected):
            victims: list[Victim] = []
            for v in incident.victims:
                if v.person_id not in (keep_id, drop_id):
                    victims.append(v)
                    continue
                merged = next((x for x in victims if x.person_id == keep_id), None)
                if merged is not None:
                    victims[victims.index(merged)] = _combine(merged, v)
                    continue
                victims.append(Victim(person_id=keep_id, name=keep.name, category=v.category,
                                      gender=v.gender if keep.gender is None else keep.gender,
                                      organization=v.organization, fatal=v.fatal))
            # Cases naming the dropped record as defendant now name the kept one, so they
            # still show among the person's cases.
            cases = tuple(replace(c, defendant=keep.name)
                          if dropped_name and c.defendant.casefold().strip() == dropped_name else c
                          for c in incident.legal_cases)
            revised.append(replace(incident, victims=tuple(victims), legal_cases=cases))
        return self.incidents.save_many(revised, saved_by)


def _combine(a: Victim, b: Victim) -> Victim:
    return Victim(person_id=a.person_id, name=a.name, category=a.category or b.category,
                  gender=a.gender or b.gender, organization=a.organization or b.organization,
                  fatal=a.fatal or b.fatal)
