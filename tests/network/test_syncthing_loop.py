"""The whole loop of a network without a server, through real Syncthing: a monitor's pass
(``sync_folder``, as the window runs it) writes a bundle into its shared folder,
Syncthing carries it to the coordinator's copy of the folder, the coordinator's
`tirkeu sync --folder` imports it and writes a receipt, Syncthing carries that back, the
monitor's pass imports it (and removes its delivered bundle, a removal Syncthing carries
too), and `tirkeu purge --delivered` drops the delivered incidents.

Syncthing finds each change by itself (its file watcher; no rescan is asked for), and each
side runs its passes as `tirkeu sync --folder DIR --watch` would: again and again until the
file Syncthing brought has settled. Bounded in time; both
Syncthing processes are stopped by the fixture however the test ends."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.interchange import parse_incidents
from desktop_app.storage.archive import Archive
from desktop_app.sync.folder import PassReport, sync_folder
from tests.network.syncthing import Pair
from tests.sync import bundlekit as bk

MONITOR, COORDINATOR = "Dana Seitkali", "Aigerim Bekova"
INCIDENTS = 12
BOUND = 45.0  # seconds, for one file to travel and be taken in


def passes_until(archive: Archive, folder: Path, done: Callable[[PassReport], bool],
                 what: str, timeout: float = BOUND) -> tuple[PassReport, float]:
    """Run passes over ``folder`` (as --watch does) until one satisfies ``done``."""
    start = time.monotonic()
    while True:
        report = sync_folder(archive, folder)
        assert not report.refused, report.refused
        if done(report):
            return report, time.monotonic() - start
        assert time.monotonic() - start < timeout, f"{what}: not within {timeout:.0f} s"
        time.sleep(0.25)


def bundles(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.tirkeu")}


def test_bundle_receipt_and_purge_travel_through_syncthing(
        syncthing: Pair, tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    began = time.monotonic()
    monitor = bk.new_archive(tmp_path / "monitor", MONITOR)
    coordinator = bk.new_archive(tmp_path / "coordinator", COORDINATOR)
    try:
        coordinator.set_role("coordinator")
        bk.introduce(monitor, coordinator, coordinator=True)
        bk.introduce(coordinator, monitor)
        monitor.incidents.save_many(list(parse_incidents(bk.realistic(INCIDENTS))), MONITOR)
        recorded = len(monitor.incidents.all_ids())
        assert recorded > 1
        here, there = syncthing.a.folder, syncthing.b.folder  # the monitor's, the coordinator's

        # The monitor's pass: one bundle, under a neutral name.
        out = sync_folder(monitor, here)
        assert (out.bundles_out, out.bundles_in, out.receipts_in) == (1, 0, 0)
        (bundle,) = bundles(here)
        carried = syncthing.wait_for_file(there, bundle, timeout=BOUND)

        # The coordinator's `tirkeu sync --folder`, until the bundle has settled and is in.
        coordinator.close()
        command = bk.Vault(capsys, tmp_path / "coordinator", passphrase_file)
        start = time.monotonic()
        while (said := command.ok("sync", "--folder", there).out.strip()) in (
                "nothing new", "nothing new · 1 file still arriving"):
            assert time.monotonic() - start < BOUND, "the coordinator imports the bundle"
            time.sleep(0.25)
        took_in = time.monotonic() - start
        assert said == "1 bundle in · 1 receipt out"
        assert len(command.listed()) == recorded
        (receipt,) = bundles(there) - {bundle}
        back = syncthing.wait_for_file(here, receipt, timeout=BOUND)

        # The monitor's passes, until the receipt is in; its delivered bundle goes.
        got, took_back = passes_until(monitor, here, lambda r: r.receipts_in == 1,
                                      "the monitor imports the receipt")
        assert got.removed == 1 and not (here / bundle).exists()
        removal = syncthing.wait_for_gone(there, bundle, timeout=BOUND)

        # Nothing new on either side: a pass writes nothing.
        before = bundles(here), bundles(there)
        assert not sync_folder(monitor, here).changed
        assert command.ok("sync", "--folder", there).out == "nothing new\n"
        assert (bundles(here), bundles(there)) == before
    finally:
        monitor.close()
        if not coordinator.vault.locked:
            coordinator.close()

    vault = bk.Vault(capsys, tmp_path / "monitor", passphrase_file)
    purged = vault.ok("purge", "--delivered", "--yes")
    assert f"Purged {recorded} " in purged.out
    assert vault.listed() == []
    total = time.monotonic() - began
    print(f"syncthing connected in {syncthing.connect_seconds:.1f} s; bundle carried in "
          f"{carried:.1f} s, imported after {took_in:.1f} s more; receipt carried in "
          f"{back:.1f} s, imported after {took_back:.1f} s more; removal carried in "
          f"{removal:.1f} s; whole loop {total:.1f} s")
    assert total < 90
