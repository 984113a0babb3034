"""A save names the revision it was based on; the repository refuses a stale one.

The editor's rule (no save over a newer revision) rests on this: whatever wrote the newer
revision — an import, a merge, a resolved conflict, another window — the older copy is
refused with StaleRevision and nothing at all is written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from desktop_app.core.errors import NotFound
from desktop_app.storage.incidents import StaleRevision
from tests.test_incidents import COORDINATOR, MONITOR, incident


def test_a_save_on_the_current_revision_goes_through(archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    base = archive.incidents.current(first.id).revision.revision_id
    archive.incidents.save(replace(first, title="Edited"), MONITOR, base_revision=base)
    current = archive.incidents.current(first.id)
    assert current.incident.title == "Edited" and current.revision.number == 2
    assert current.revision.parent_id == base


def test_a_save_on_an_older_revision_is_refused_and_writes_nothing(archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    base = archive.incidents.current(first.id).revision.revision_id
    archive.incidents.save(replace(first, title="The coordinator's title"), COORDINATOR)

    with pytest.raises(StaleRevision) as refused:
        archive.incidents.save(replace(first, description="Typed on the old copy"), MONITOR,
                               base_revision=base)

    assert refused.value.incident_id == first.id
    assert refused.value.current is not None
    assert (refused.value.current.saved_by, refused.value.current.number) == (COORDINATOR, 2)
    assert refused.value.current.changed == ("title",)
    assert str(refused.value).endswith("nothing was saved.")
    assert archive.incidents.get(first.id).title == "The coordinator's title"
    assert [r.saved_by for r in archive.incidents.history(first.id)] == [COORDINATOR, MONITOR]


def test_the_old_copy_unchanged_is_refused_too(archive: Any) -> None:
    """Save pressed without typing: the old text must not come back as a new revision."""
    first = incident()
    archive.incidents.save(first, MONITOR)
    base = archive.incidents.current(first.id).revision.revision_id
    archive.incidents.save(replace(first, title="Newer"), COORDINATOR)
    with pytest.raises(StaleRevision):
        archive.incidents.save(first, MONITOR, base_revision=base)
    assert archive.incidents.get(first.id).title == "Newer"


def test_a_copy_equal_to_what_is_current_is_simply_unchanged(archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    base = archive.incidents.current(first.id).revision.revision_id
    newer = replace(first, title="Newer")
    archive.incidents.save(newer, COORDINATOR)
    result = archive.incidents.save(newer, MONITOR, base_revision=base)
    assert result.unchanged == 1 and len(archive.incidents.history(first.id)) == 2


def test_a_save_based_on_a_deleted_incident_does_not_bring_it_back(archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    base = archive.incidents.current(first.id).revision.revision_id
    archive.incidents.delete([first.id])
    with pytest.raises(StaleRevision) as refused:
        archive.incidents.save(first, MONITOR, base_revision=base)
    assert refused.value.current is None and "removed" in str(refused.value)
    assert archive.incidents.count() == 0


def test_without_a_base_an_existing_id_is_revised_on_top_as_tirkeu_add_does(
        archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    archive.incidents.save(replace(first, title="Newer"), COORDINATOR)
    archive.incidents.save(replace(first, description="From a file"), MONITOR)
    history = archive.incidents.history(first.id)
    assert [r.number for r in history] == [3, 2, 1]


def test_one_stale_record_refuses_the_whole_batch(archive: Any) -> None:
    a, b = incident(), incident(title="Second")
    archive.incidents.save_many([a, b], MONITOR)
    bases = {i.id: archive.incidents.current(i.id).revision.revision_id for i in (a, b)}
    archive.incidents.save(replace(b, title="Newer second"), COORDINATOR)
    with pytest.raises(StaleRevision):
        archive.incidents.save_many([replace(a, title="A2"), replace(b, title="B2")], MONITOR,
                                    bases=bases)
    assert archive.incidents.get(a.id).title == a.title, "all or nothing"


def test_restore_on_a_stale_base_is_refused(archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    old = archive.incidents.current(first.id).revision.revision_id
    archive.incidents.save(replace(first, title="Second"), MONITOR)
    seen = archive.incidents.current(first.id).revision.revision_id
    archive.incidents.save(replace(first, title="Third, from an import"), COORDINATOR)
    with pytest.raises(StaleRevision):
        archive.incidents.restore(old, MONITOR, base_revision=seen)
    assert archive.incidents.get(first.id).title == "Third, from an import"


def test_current_reads_the_incident_with_its_revision(archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    archive.incidents.save(replace(first, title="Second"), COORDINATOR)
    current = archive.incidents.current(first.id)
    assert current.incident.title == "Second"
    assert current.revision == archive.incidents.history(first.id)[0]
    with pytest.raises(NotFound):
        archive.incidents.current("00000000-0000-4000-8000-000000000000")
