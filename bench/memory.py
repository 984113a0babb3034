"""Bounded memory: exporting and importing one large attachment (2 GB by default) keeps the
process's resident memory within a bound (300 MB by default): files stream, never whole.

    python bench/memory.py [--megabytes 2000] [--limit 300] [--json]

Two vaults in a temporary folder (removed afterwards); the attachment goes in from a
stream of random bytes (no copy of it on disk). Export and import each run in a fresh
process that unlocks its vault first and only then starts counting (Linux: the high-water
mark is reset through /proc/self/clear_refs, so Argon2id's memory at unlock is not in
it; elsewhere the whole process's peak is reported, unlock included). Reported: resident
memory when the step starts (the baseline: Python, the libraries, the open vault), the
peak during it, and the growth. Prints figures; with --json, one JSON object. Used by
tests/sync/test_bundle_memory.py with a small file.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

PASSPHRASE = "bench passphrase for tirkeu memory"
MB = 1_000_000


class _RandomBytes(io.RawIOBase):
    """``size`` random bytes, read as a file (hashed as they go, for the check after)."""

    def __init__(self, size: int):
        self.left, self.digest = size, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.left)
        block = os.urandom(n)
        buffer[:n] = block
        self.digest.update(block)
        self.left -= n
        return n


def _status(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024 / MB
    except OSError:
        pass
    return None


def child(step: str, root: Path) -> dict[str, Any]:
    """Run one step in this (fresh) process; its memory figures."""
    from desktop_app.storage.archive import open_archive
    from desktop_app.sync.export import export_bundle
    from desktop_app.sync.importer import open_bundle

    name = "monitor" if step == "export" else "coordinator"
    with open_archive(root / name, PASSPHRASE) as archive:
        try:
            Path("/proc/self/clear_refs").write_text("5")  # high-water mark := now
            reset = True
        except OSError:
            reset = False
        baseline = _status("VmRSS")
        if step == "export":
            export_bundle(archive, ["Coordinator"], root / "big.tirkeu", since_last=True)
        else:
            report = open_bundle(archive, root / "big.tirkeu")
            assert report.attachments_added == 1, report.sentence()
        peak = _status("VmHWM") if reset else None
        if peak is None:  # not Linux: the whole process's peak (kilobytes on Linux, bytes on macOS)
            scale = 1 if sys.platform == "darwin" else 1024
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / MB
    return {"step": step, "baseline_mb": baseline, "peak_mb": peak, "reset": reset}


def measure(megabytes: int) -> dict[str, Any]:
    from desktop_app.core.interchange import parse_incidents
    from desktop_app.crypto import vault
    from desktop_app.storage.archive import create_archive, open_archive

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic import incidents as synthetic_incidents

    with tempfile.TemporaryDirectory(prefix="tirkeu-memory-") as tmp:
        root = Path(tmp)
        # The cheapest Argon2id: unlocking is not what is measured here.
        monitor, _ = create_archive(root / "monitor", PASSPHRASE, owner_name="Marat",
                                    recovery_code=False, params=vault.FLOOR)
        coordinator, _ = create_archive(root / "coordinator", PASSPHRASE,
                                        owner_name="Coordinator", recovery_code=False,
                                        params=vault.FLOOR)
        for a, b, coord in ((monitor, coordinator, True), (coordinator, monitor, False)):
            card = b.keys().card()
            a.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                           coordinator=coord)
        coordinator.close()
        monitor.incidents.save_many(list(parse_incidents(synthetic_incidents(1, seed=7))),
                                    "Marat")
        (incident_id,) = monitor.incidents.all_ids()
        source = _RandomBytes(megabytes * MB)
        info = monitor.attachments.add_stream(incident_id, source, "video.bin")
        assert info.sha256 == source.digest.hexdigest()
        monitor.close()
        steps = []
        for step in ("export", "import"):
            done = subprocess.run([sys.executable, __file__, "--child", step, str(root)],
                                  capture_output=True, text=True, check=True)
            steps.append(json.loads(done.stdout))
        with open_archive(root / "coordinator", PASSPHRASE) as coordinator:
            (stored,) = coordinator.attachments.for_incident(incident_id)
            assert stored.sha256 == info.sha256
    return {"megabytes": megabytes, "steps": steps}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=2000)
    parser.add_argument("--limit", type=float, default=300.0, help="MB of resident memory")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("STEP", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return
    result = measure(args.megabytes)
    if args.json:
        print(json.dumps(result))
        return
    print(f"Resident memory, one {args.megabytes:,} MB attachment (limit {args.limit:.0f} MB)")
    for s in result["steps"]:
        verdict = "holds" if s["peak_mb"] <= args.limit else "does not hold"
        base = f"{s['baseline_mb']:7.1f}" if s["baseline_mb"] is not None else "      ?"
        print(f"{s['step']:<8} at start {base} MB   peak {s['peak_mb']:7.1f} MB   "
              f"growth {s['peak_mb'] - (s['baseline_mb'] or 0):7.1f} MB   {verdict}"
              + ("" if s["reset"] else "   (peak includes the unlock)"))


if __name__ == "__main__":
    main()
