"""Merging incoming incidents: what becomes of each one is decided here, from plain facts
(``decide``); storage only reads those facts and writes what was chosen.

An older revision never overwrites a newer one, an incident deleted here is not revived,
and two histories that went apart are both kept as a conflict for a person to resolve.
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING, Any, Literal

from desktop_app.storage import exchange_store as store

if TYPE_CHECKING:
    from desktop_app.storage.incidents import IncidentRepository

Outcome = Literal["new", "updated", "unchanged", "older", "conflict", "deleted_here"]


def decide(*, deleted_here: bool, head: str | None, local: Set[str], current: str,
           incoming: Set[str]) -> Outcome:
    """What to do with one incoming incident.

    ``deleted_here``: it was deleted in this vault; ``head``: its current revision here
    (None if it is not here); ``local``: every revision of it stored here; ``current``:
    the incoming latest revision; ``incoming``: every revision the incoming history names,
    ``current`` and the branches its merges took in (their ``merged_id``) included.

    - deleted_here: stays deleted;
    - unchanged: the same revision is current here;
    - older: the incoming revision is already in the history here (we are ahead);
    - conflict: our current revision is not in the incoming history (both changed it);
    - new / updated: take it (it was not here / it follows from what is here).
    """
    if deleted_here:
        return "deleted_here"
    if head == current:
        return "unchanged"
    if current in local:
        return "older"
    if head is not None and head not in incoming:
        return "conflict"
    return "new" if head is None else "updated"


def incoming_revisions(revisions: list[dict[str, Any]]) -> set[str]:
    """Every revision an incoming history names, merged branches included."""
    return {r["id"] for r in revisions} | {r["merged_id"] for r in revisions
                                           if r.get("merged_id")}


def merge_records(conn: Any, repo: IncidentRepository, records: list[dict[str, Any]],
                  sender: str) -> list[Outcome]:
    """Merge checked incoming records (distinct incidents) inside the open transaction
    ``conn``; returns, per record, its Outcome. Conflicts are stored for resolution."""
    ids = [r["revisions"][-1]["snapshot"]["id"] for r in records]
    states = store.local_states(conn, ids)
    outcomes: list[Outcome] = []
    chosen: list[dict[str, Any]] = []
    for incident_id, record in zip(ids, records, strict=True):
        state, current = states[incident_id], record["revisions"][-1]
        outcome = decide(deleted_here=state.deleted, head=state.head_revision,
                         local=state.revisions, current=current["id"],
                         incoming=incoming_revisions(record["revisions"]))
        if outcome == "conflict":
            assert state.head_revision is not None
            store.record_conflict(conn, incident_id, state.head_revision, current, sender)
        elif outcome in ("new", "updated"):
            chosen.append(record)
        outcomes.append(outcome)
    store.write_incoming(conn, repo, chosen, {i: s.revisions for i, s in states.items()},
                         sender)
    return outcomes
