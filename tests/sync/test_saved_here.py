"""The flag an incident keeps of whether its current revision was saved here (migration
0016) agrees with its revisions through saves, imports both ways, and a renamed person's
revisions; the status bar counts from it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

import bundlekit as bk
from desktop_app.core.interchange import incident_from_json
from desktop_app.storage.archive import Archive
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import open_bundle


def flags_and_revisions(archive: Archive) -> tuple[dict[str, bool], dict[str, bool]]:
    with archive.database.reading() as conn:
        flags = {r.id: bool(r.saved_here) for r in conn.execute(text(
            "SELECT id, saved_here FROM incidents"))}
        truth = {r.id: bool(r.here) for r in conn.execute(text(
            "SELECT incidents.id, revisions.received = 0 AS here FROM incidents "
            "JOIN revisions ON revisions.id = incidents.revision_id"))}
    return flags, truth


def test_the_flag_follows_the_current_revision(tmp_path: Path) -> None:
    monitor = bk.new_archive(tmp_path / "monitor", "Marat")
    coordinator = bk.new_archive(tmp_path / "coordinator", "Coordinator")
    try:
        bk.introduce(monitor, coordinator, coordinator=True)
        bk.introduce(coordinator, monitor)
        records = [incident_from_json(r) for r in bk.realistic(6)]
        monitor.incidents.save_many(records, "Marat")
        export_bundle(monitor, ["Coordinator"], tmp_path / "out.tirkeu", since_last=False)
        open_bundle(coordinator, tmp_path / "out.tirkeu")
        # The coordinator edits one; it goes back to the monitor.
        edited = coordinator.incidents.get(records[0].id)
        coordinator.incidents.save_many([replace(edited, title="Checked")], "Coordinator")
        export_bundle(coordinator, ["Marat"], tmp_path / "back.tirkeu", since_last=True)
        open_bundle(monitor, tmp_path / "back.tirkeu")
        for archive, here in ((monitor, 5), (coordinator, 1)):
            flags, truth = flags_and_revisions(archive)
            assert flags == truth
            assert sum(flags.values()) == here
            assert archive.delivery_counts().saved_here == here
    finally:
        monitor.close()
        coordinator.close()
