"""Storing what came from another tool (a spreadsheet, a Martus archive) in one unit of
work: every version of every record, in order, and the files that came with them. Any
error rolls all of it back.

An import met again is recognised, so the archive never doubles: a record's content (its
interchange JSON without the incident's and the people's ids) is compared with every
revision already stored. A spreadsheet row without an id whose content some incident had
at any revision was imported before (or came from elsewhere, word for word) and is not
stored again; a Martus version its incident already had in its history is not saved again,
so edits made in Tirkeu since stay; a file the incident already holds (the same SHA-256)
is not attached twice."""

from __future__ import annotations

import json
import mimetypes
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from desktop_app.core.interchange import incident_to_json
from desktop_app.core.model import Incident
from desktop_app.crypto.files import sha256_of
from desktop_app.storage import tables as t
from desktop_app.storage.attachments import AttachmentRepository
from desktop_app.storage.incident_rows import batches, load_incidents
from desktop_app.storage.incidents import IncidentRepository, SaveResult


@dataclass(frozen=True)
class ImportedFile:
    """A file to attach to incident ``incident_id``, read from ``path`` as ``filename``."""

    incident_id: str
    path: Path
    filename: str


@dataclass(frozen=True)
class RowsStored:
    """What storing a sheet did: the counts, and the incidents of the rows already in the
    vault from an earlier import (``left_out``, counted among the unchanged)."""

    result: SaveResult
    left_out: frozenset[str]


def content_key(snapshot: Mapping[str, Any]) -> str:
    """A record's content without its ids: equal for one row imported twice, whatever
    ids each import gave the incident and its people."""
    content = {k: v for k, v in snapshot.items() if k != "id"}
    content["victims"] = [{k: v for k, v in person.items() if k != "person_id"}
                          for person in snapshot.get("victims") or []]
    return json.dumps(content, sort_keys=True, ensure_ascii=False)


def _key(incident: Incident) -> str:
    return content_key(incident_to_json(incident))


def _seen(conn: Connection, where: Any) -> dict[str, set[str]]:
    """content key → the incidents that had that content at some revision."""
    found: dict[str, set[str]] = defaultdict(set)
    rows = conn.execute(select(t.revisions.c.incident_id, t.revisions.c.snapshot)
                        .join(t.incidents, t.incidents.c.id == t.revisions.c.incident_id)
                        .where(where))
    for incident_id, snapshot in rows:
        found[content_key(json.loads(snapshot))].add(incident_id)
    return found


def _seen_by_title(conn: Connection, titles: Iterable[str]) -> dict[str, set[str]]:
    """_seen for the revisions whose title is one of ``titles``: one pass over the titles
    of every revision, then the snapshots of those that match."""
    wanted = set(titles)
    title = func.json_extract(t.revisions.c.snapshot, "$.title")
    matching = [ident for ident, said in conn.execute(select(t.revisions.c.id, title))
                if said in wanted]
    found: dict[str, set[str]] = defaultdict(set)
    for chunk in batches(matching):
        for key, ids in _seen(conn, t.revisions.c.id.in_(chunk)).items():
            found[key] |= ids
    return found


def _seen_by_incident(conn: Connection, ids: Sequence[str]) -> dict[str, set[str]]:
    """incident id → the content keys of its revisions."""
    keys: dict[str, set[str]] = defaultdict(set)
    for chunk in batches(list(ids)):
        for key, owners in _seen(conn, t.revisions.c.incident_id.in_(chunk)).items():
            for owner in owners:
                keys[owner].add(key)
    return keys


def store_rows(incidents: IncidentRepository, rows: Sequence[Incident],
               saved_by: str) -> RowsStored:
    """Save a sheet's incidents in one transaction. A row naming an incident already here
    (its ``id`` column) revises it, as ``add --json`` does; any other row whose content an
    incident here has had is left out, one incident per such row (two equal rows need two
    equal incidents)."""
    with incidents.db.transaction() as conn:
        existing = set(load_incidents(conn, [i.id for i in rows]))
        fresh = [i for i in rows if i.id not in existing]
        seen = _seen_by_title(conn, (i.title for i in fresh)) if fresh else {}
        used: set[str] = set()
        kept, left_out = [], set()
        for incident in rows:
            if seen and incident.id not in existing:
                free = sorted(seen.get(_key(incident), set()) - used)
                if free:
                    used.add(free[0])
                    left_out.add(incident.id)
                    continue
            kept.append(incident)
        result = incidents.save_within(conn, kept, saved_by) if kept else SaveResult()
    return RowsStored(SaveResult(created=result.created, revised=result.revised,
                                 unchanged=result.unchanged + len(left_out)),
                      frozenset(left_out))


def store_imported(incidents: IncidentRepository, rounds: Sequence[Sequence[Incident]],
                   files: Sequence[ImportedFile], saved_by: str) -> SaveResult:
    """Save ``rounds`` one after the other (the n-th round holds the n-th version of the
    records that have one, so earlier versions become history and the last one is
    current), then stream ``files`` in; all in one transaction. A version a record here
    already had at some revision is not saved again, and a file it already holds is not
    attached again, so importing a file twice changes nothing; the counts are of records:
    new, given a version they did not have, or left as they are."""
    ids = list(dict.fromkeys(i.id for round_ in rounds for i in round_))
    with incidents.db.transaction() as conn:
        existing = set(load_incidents(conn, ids))
        had = _seen_by_incident(conn, sorted(existing))
        # A record's versions after the last one it already had (all of them if none);
        # the n-th round holds the n-th version of each record.
        versions: dict[str, list[Incident]] = defaultdict(list)
        for round_ in rounds:
            for incident in round_:
                versions[incident.id].append(incident)
        start = {}
        for ident, chain in versions.items():
            seen = [n for n, v in enumerate(chain) if _key(v) in had.get(ident, set())]
            start[ident] = seen[-1] + 1 if seen else 0
        revised: set[str] = set()
        for n, round_ in enumerate(rounds):
            new = [i for i in round_ if n >= start[i.id]]  # round n: the n-th versions
            revised |= {i.id for i in new}
            incidents.save_within(conn, new, saved_by)
        held = _held(conn, sorted({f.incident_id for f in files}))
        for item in files:
            sha256 = sha256_of(item.path)
            if sha256 in held[item.incident_id]:
                continue
            held[item.incident_id].add(sha256)
            media_type = mimetypes.guess_type(item.filename)[0] or "application/octet-stream"
            with open(item.path, "rb") as source:
                AttachmentRepository.stream_within(conn, item.incident_id, source,
                                                   item.filename, media_type)
    return SaveResult(created=len(set(ids) - existing),
                      revised=len(existing & revised), unchanged=len(existing - revised))


def _held(conn: Connection, ids: Sequence[str]) -> dict[str, set[str]]:
    """incident id → the SHA-256 of each file it holds."""
    held: dict[str, set[str]] = defaultdict(set)
    for chunk in batches(list(ids)):
        for incident_id, sha256 in conn.execute(
                select(t.attachments.c.incident_id, t.attachments.c.sha256)
                .where(t.attachments.c.incident_id.in_(chunk))):
            held[incident_id].add(sha256)
    return held
