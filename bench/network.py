"""A network without a server at scale: monitors and coordinators sharing one folder, with
the folder semantics alone (no Syncthing: the folder is a local directory, as Syncthing
leaves it once a copy is complete). Prints figures; asserts nothing.

    python bench/network.py                      # a small run (5 monitors x 100, 2 coordinators)
    python bench/network.py --monitors 40 --incidents 1000 --coordinators 3

Every vault is real (SQLCipher, the cheapest Argon2id the vault accepts, since unlocking
is not what is measured; each vault stays unlocked throughout). The loop, as a network
runs it: every monitor passes (one bundle to all coordinators); every coordinator passes
(imports each monitor's bundle, writes one receipt per monitor) — its *full pass*; every
coordinator passes again — a *pass with nothing new*; every monitor passes (takes the
receipts, removes its bundle once every coordinator has confirmed it); and the
coordinators pass once more over the folder as it is left. Files count as settled at once
(``SETTLE_SECONDS`` = 0): the bench measures the work, not the wait for a copy to finish.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from synthetic import incidents as synthetic_incidents

from desktop_app.core.interchange import parse_incidents
from desktop_app.crypto import vault
from desktop_app.storage.archive import Archive, create_archive
from desktop_app.sync import folder_files
from desktop_app.sync.folder import PassReport, describe, sync_folder

PASSPHRASE = "bench passphrase for a network"


def _vault(root: Path, name: str) -> Archive:
    archive, _code = create_archive(root / name, PASSPHRASE, owner_name=name,
                                    recovery_code=False, params=vault.FLOOR)
    return archive


def _introduce(receiver: Archive, sender: Archive, *, coordinator: bool) -> None:
    card = sender.keys().card()
    receiver.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                          coordinator=coordinator)


def _timed(archive: Archive, folder: Path) -> tuple[float, PassReport]:
    start = time.perf_counter()
    report = sync_folder(archive, folder)
    return time.perf_counter() - start, report


def _line(label: str, seconds: list[float], reports: list[PassReport]) -> None:
    shown = (f"median {statistics.median(seconds):8.3f} s   max {max(seconds):8.3f} s   "
             f"total {sum(seconds):8.2f} s")
    print(f"{label:<44} {shown}   e.g. {describe(reports[0])}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--monitors", type=int, default=5)
    parser.add_argument("--incidents", type=int, default=100, help="per monitor")
    parser.add_argument("--coordinators", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="passes with nothing new, each")
    args = parser.parse_args()
    folder_files.SETTLE_SECONDS = 0.0
    with tempfile.TemporaryDirectory(prefix="tirkeu-network-") as tmp:
        root = Path(tmp)
        shared = root / "shared"
        shared.mkdir()
        start = time.perf_counter()
        coordinators = [_vault(root, f"Coordinator {i + 1}") for i in range(args.coordinators)]
        monitors = []
        for m in range(args.monitors):
            monitor = _vault(root, f"Monitor {m + 1}")
            for coordinator in coordinators:
                _introduce(monitor, coordinator, coordinator=True)
                _introduce(coordinator, monitor, coordinator=False)
            monitor.incidents.save_many(
                list(parse_incidents(synthetic_incidents(args.incidents, seed=m + 1))),
                monitor.owner_name)
            monitors.append(monitor)
        print(f"{args.monitors} monitors x {args.incidents} incidents, {args.coordinators} "
              f"coordinators, one shared folder; set up in {time.perf_counter() - start:.1f} s "
              f"(not measured below)", flush=True)

        def passes(label: str, archives: list[Archive], repeat: int = 1) -> None:
            seconds, reports = [], []
            for archive in archives:
                for _ in range(repeat):
                    took, report = _timed(archive, shared)
                    seconds.append(took)
                    reports.append(report)
            _line(label, seconds, reports)

        passes("monitor: pass that writes its bundle", monitors)
        size = sum(p.stat().st_size for p in shared.iterdir())
        print(f"  folder: {len(os.listdir(shared))} files, {size / 1e6:.1f} MB", flush=True)
        passes("coordinator: full pass (all bundles in)", coordinators)
        passes("coordinator: pass with nothing new", coordinators, args.repeat)
        passes("monitor: pass taking the receipts", monitors)
        passes("monitor: pass with nothing new", monitors, args.repeat)
        passes("coordinator: nothing new, folder as left", coordinators, args.repeat)
        held = [len(c.incidents.all_ids()) for c in coordinators]
        size = sum(p.stat().st_size for p in shared.iterdir())
        print(f"  each coordinator holds {sorted(set(held))} incidents "
              f"(expected {args.monitors * args.incidents}); folder left: "
              f"{len(os.listdir(shared))} files (receipts), {size / 1e6:.1f} MB", flush=True)
        for archive in monitors + coordinators:
            archive.close()


if __name__ == "__main__":
    main()
