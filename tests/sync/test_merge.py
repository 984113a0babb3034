"""The merge decision on its own (``sync.merge.decide``): what an incoming copy of an
incident does here, from the plain facts, one case per outcome a coordinator can read in
an import report ("3 new, 1 updated, 2 unchanged, 1 older, 1 in conflict, 1 deleted here")."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sync.merge import decide, incoming_revisions

# Revisions named by letter: a history here a→b, and incoming histories built on it or not.


@pytest.mark.parametrize(("facts", "outcome"), [
    # Never seen here: taken.
    ({"head": None, "local": set(), "current": "a", "incoming": {"a"}}, "new"),
    # It follows from what is here (b grew from our head a): taken.
    ({"head": "a", "local": {"a"}, "current": "b", "incoming": {"a", "b"}}, "updated"),
    # The same revision is current here: nothing to do.
    ({"head": "b", "local": {"a", "b"}, "current": "b", "incoming": {"a", "b"}}, "unchanged"),
    # The incoming revision is behind ours: ours is kept.
    ({"head": "b", "local": {"a", "b"}, "current": "a", "incoming": {"a"}}, "older"),
    # Both changed it after a: c does not know our b, so both are kept for a person.
    ({"head": "b", "local": {"a", "b"}, "current": "c", "incoming": {"a", "c"}}, "conflict"),
    # A merge over there took our b in (as its merged_id): it follows from ours after all.
    ({"head": "b", "local": {"a", "b"}, "current": "m", "incoming": {"a", "c", "m", "b"}},
     "updated"),
])
def test_each_outcome(facts: dict[str, Any], outcome: str) -> None:
    assert decide(deleted_here=False, **facts) == outcome


@pytest.mark.parametrize("head", [None, "b"])
def test_an_incident_deleted_here_is_not_revived_whatever_comes(head: str | None) -> None:
    # Deleted here, by a purge or a person: even a newer revision leaves it deleted.
    assert decide(deleted_here=True, head=head, local={"a"}, current="z",
                  incoming={"a", "z"}) == "deleted_here"


def test_the_incoming_history_counts_the_branches_its_merges_took_in() -> None:
    revisions = [{"id": "a", "merged_id": None}, {"id": "m", "merged_id": "b"}]
    assert incoming_revisions(revisions) == {"a", "m", "b"}
