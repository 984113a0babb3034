"""Bundle throughput: Tirkeu's export and import next to `tar | age` on the same files,
and the import time of a bundle of many incidents. Prints figures; asserts nothing.

    python bench/bundles.py [--megabytes 200] [--incidents 10000]

Real Argon2id cost, real vaults in a temporary folder removed afterwards. Export and import
are timed through the same services the `tirkeu` command uses (unlocking is timed apart).
The comparison runs the standard tools on the same attachment and records:

    tar cf - records/ attachments/ | age -r RECIPIENT > out.age
    age -d -i KEY out.age | tar xf - -C DIR

Peak memory is this process's resident high-water mark during each step (Linux: reset
through /proc/self/clear_refs before the step; elsewhere omitted); for the standard tools,
that of the `age` process (through /usr/bin/time, where installed). The baseline (Python,
Qt-free imports, SQLCipher's 64 MiB page cache, Argon2id's 128 MiB at unlock) is included,
so compare steps, not absolutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import incidents as synthetic_incidents

PASSPHRASE = "bench passphrase for tirkeu bundles"
MB = 1_000_000


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / MB
    except OSError:
        pass
    return None


def timed(label: str, fn: Callable[..., Any], *args: Any, size: int | None = None,
          children: bool = False) -> Any:
    can_reset = _reset_peak()
    started = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - started
    if children:  # age's own high-water mark, as /usr/bin/time measured it
        peak: float | None = _AGE_PEAK.pop() if _AGE_PEAK else None
        where = "age"
    else:
        peak, where = (_peak_mb() if can_reset else None), "this"
    rate = f"{size / MB / elapsed:8.1f} MB/s" if size else " " * 13
    memory = f"   peak RSS ({where}) {peak:7.1f} MB" if peak is not None else ""
    print(f"{label:<52} {elapsed:8.2f} s {rate}{memory}", flush=True)
    return result


_AGE_PEAK: list[float] = []
_TIME = Path("/usr/bin/time")


def shell(command: str, cwd: Path) -> None:
    """Run a pipeline; `age` in it is measured by /usr/bin/time where that exists."""
    memory = cwd / ".age-peak"
    if _TIME.exists():
        command = command.replace("age ", f"{_TIME} -f %M -o {memory} age ", 1)
    subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, check=True)
    if memory.exists():
        _AGE_PEAK.append(int(memory.read_text().split()[-1]) * 1024 / MB)
        memory.unlink()


def write_random(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    with open(path, "wb") as handle:
        left = size
        while left:
            block = os.urandom(min(left, 4 * 1024 * 1024))
            digest.update(block)
            handle.write(block)
            left -= len(block)
    return digest.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--incidents", type=int, default=10_000)
    args = parser.parse_args()

    from desktop_app.core.interchange import parse_incidents
    from desktop_app.crypto.identity import Keys
    from desktop_app.storage.archive import create_archive, open_archive
    from desktop_app.sync.export import export_bundle
    from desktop_app.sync.importer import open_bundle

    size = args.megabytes * MB
    print(f"Tirkeu bundle benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} cores; "
          f"age {_version(['age', '--version'])}")
    with tempfile.TemporaryDirectory(prefix="tirkeu-bench-") as tmp:
        root = Path(tmp)
        monitor, _ = create_archive(root / "monitor", PASSPHRASE, owner_name="Marat",
                                    recovery_code=False)
        coordinator, _ = create_archive(root / "coordinator", PASSPHRASE,
                                        owner_name="Coordinator", recovery_code=False)
        for a, b, coord in ((monitor, coordinator, True), (coordinator, monitor, False)):
            card = b.keys().card()
            a.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                           coordinator=coord)
        coordinator.close()
        timed("unlock coordinator (Argon2id, real cost)", lambda: open_archive(
            root / "coordinator", PASSPHRASE).close())
        coordinator = open_archive(root / "coordinator", PASSPHRASE)

        # --- one large attachment -------------------------------------------------------
        print(f"\n-- one incident with a {args.megabytes} MB attachment --")
        monitor.incidents.save_many(list(parse_incidents(synthetic_incidents(1, seed=7))),
                                    "Marat")
        (incident_id,) = monitor.incidents.all_ids()
        video = root / "video.bin"
        digest = write_random(video, size)
        timed("attach (file into the vault)", monitor.attachments.add_file, incident_id, video,
              size=size)
        bundle = root / "big.tirkeu"
        timed("tirkeu export (vault -> signed, encrypted bundle)",
              lambda: export_bundle(monitor, ["Coordinator"], bundle, since_last=True), size=size)
        print(f"{'   bundle size':<52} {bundle.stat().st_size / MB:8.1f} MB")
        report = timed("tirkeu import (bundle -> vault, every hash checked)",
                       lambda: open_bundle(coordinator, bundle), size=size)
        print(f"{'   import said':<52} {report.sentence()}")
        (stored,) = coordinator.attachments.for_incident(incident_id)
        assert stored.sha256 == digest

        # The same files with the standard tools.
        plain = root / "plain"
        (plain / "attachments").mkdir(parents=True)
        (plain / "records").mkdir()
        os.replace(video, plain / "attachments" / digest)
        record = json.dumps({"incident": "…"}).encode()
        (plain / "records" / f"{incident_id}.json").write_bytes(record)
        key = root / "coordinator-key.txt"
        keys: Keys = coordinator.keys()
        key.write_text(keys.identity_file("bench"))
        if shutil.which("age") and shutil.which("tar"):
            out = root / "out.age"
            timed("tar cf - files | age -r RECIPIENT > out", shell,
                  f"tar cf - records attachments | age -r {keys.age_recipient} > {out}",
                  plain, size=size, children=True)
            extract = root / "extract"
            extract.mkdir()
            timed("age -d -i KEY out | tar xf - -C DIR", shell,
                  f"age -d -i {key} {out} | tar xf - -C {extract}", plain, size=size,
                  children=True)
            timed("age -d -i KEY out > /dev/null", shell,
                  f"age -d -i {key} {out} > /dev/null", plain, size=size, children=True)
        else:
            print("age or tar not installed: no comparison")
        for path in (bundle, plain, root / "out.age", root / "extract"):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)

        # --- many incidents ---------------------------------------------------------------
        print(f"\n-- {args.incidents:,} incidents (bench/synthetic.py), no attachments --")
        many = list(parse_incidents(synthetic_incidents(args.incidents)))
        timed(f"save {args.incidents:,} incidents in the monitor's vault",
              monitor.incidents.save_many, many, "Marat")
        bundle = root / "many.tirkeu"
        timed(f"tirkeu export ({args.incidents:,} incidents)",
              lambda: export_bundle(monitor, ["Coordinator"], bundle, since_last=True))
        print(f"{'   bundle size':<52} {bundle.stat().st_size / MB:8.1f} MB")
        report = timed(f"tirkeu import ({args.incidents:,} incidents, fresh vault)",
                       lambda: open_bundle(coordinator, bundle))
        print(f"{'   import said':<52} {report.sentence()}")
        monitor.close()
        coordinator.close()


def _version(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True,
                              check=False).stdout.strip() or "?"
    except OSError:
        return "not installed"


if __name__ == "__main__":
    main()
