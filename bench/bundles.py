"""Bundle throughput: Tirkeu's export and import next to `tar | age` on the same files,
and the import time of a bundle of many incidents. Prints figures; asserts nothing.

    python bench/bundles.py [--megabytes 200] [--incidents 10000] [--repeat 3]

Real Argon2id cost, real vaults in a temporary folder removed afterwards. Export and import
are timed through the same services the `tirkeu` command uses (unlocking is timed apart;
each import goes into a fresh copy of the receiving vault, unlocked before the clock starts).
The comparison runs the standard tools on the same attachment, alternating with ours, and
prints medians and ratios at the end:

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


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def compare(label: str, ours: list[float], peer: list[float], target: float) -> None:
    """One line of the summary: medians, their ratio, and whether the target holds."""
    ratio = median(ours) / median(peer)
    verdict = "holds" if ratio <= target else "does not hold"
    print(f"{label:<44} {median(ours):7.2f} s vs {median(peer):7.2f} s  ratio {ratio:5.2f} "
          f"(target <= {target}: {verdict})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each case, ours and the peer's alternating (medians)")
    parser.add_argument("--cases", default="file,many",
                        help="file (one large attachment), many (many incidents), or both")
    args = parser.parse_args()
    cases = set(args.cases.split(","))

    from desktop_app.cli.terminal import read_json_records
    from desktop_app.core.interchange import parse_incidents
    from desktop_app.crypto.identity import Keys
    from desktop_app.storage.archive import Archive, create_archive, open_archive
    from desktop_app.sync.export import export_bundle
    from desktop_app.sync.importer import open_bundle

    size = args.megabytes * MB
    print(f"Tirkeu bundle benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} cores; "
          f"age {_version(['age', '--version'])}; {args.repeat} runs of each, alternating")
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
        key = root / "coordinator-key.txt"
        keys: Keys = coordinator.keys()
        key.write_text(keys.identity_file("bench"))
        coordinator.close()
        timed("unlock coordinator (Argon2id, real cost)", lambda: open_archive(
            root / "coordinator", PASSPHRASE).close())

        def fresh_coordinator(name: str) -> Archive:
            """A copy of the coordinator's vault as it was before any import, unlocked
            (the unlock is not part of any figure below)."""
            shutil.copytree(root / "coordinator", root / name)
            return open_archive(root / name, PASSPHRASE)

        def discard(*paths: Path) -> None:
            for path in paths:
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)

        figures: dict[str, list[float]] = {k: [] for k in ("export", "tar|age", "import",
                                                           "age|tar")}
        tools = bool(shutil.which("age") and shutil.which("tar"))
        if "file" in cases:
            # --- one large attachment -------------------------------------------------------
            print(f"\n-- one incident with a {args.megabytes} MB attachment --")
            monitor.incidents.save_many(list(parse_incidents(synthetic_incidents(1, seed=7))),
                                        "Marat")
            (incident_id,) = monitor.incidents.all_ids()
            video = root / "video.bin"
            digest = write_random(video, size)
            timed("attach (file into the vault)", monitor.attachments.add_file, incident_id,
                  video, size=size)
            # The same files laid out for the standard tools.
            plain = root / "plain"
            (plain / "attachments").mkdir(parents=True)
            (plain / "records").mkdir()
            os.replace(video, plain / "attachments" / digest)
            record = json.dumps({"incident": "…"}).encode()
            (plain / "records" / f"{incident_id}.json").write_bytes(record)
            if not tools:
                print("age or tar not installed: no comparison")
            bundle, out, extract = root / "big.tirkeu", root / "out.age", root / "extract"
            for run in range(args.repeat):
                discard(bundle, out, extract)
                started = time.perf_counter()
                timed("tirkeu export (vault -> signed, encrypted bundle)",
                      lambda: export_bundle(monitor, ["Coordinator"], bundle, since_last=False),
                      size=size)
                figures["export"].append(time.perf_counter() - started)
                if tools:
                    started = time.perf_counter()
                    timed("tar cf - files | age -r RECIPIENT > out", shell,
                          f"tar cf - records attachments | age -r {keys.age_recipient} > {out}",
                          plain, size=size, children=True)
                    figures["tar|age"].append(time.perf_counter() - started)
                receiver = fresh_coordinator(f"coordinator-{run}")
                started = time.perf_counter()
                report = timed("tirkeu import (bundle -> vault, every hash checked)",
                               lambda: open_bundle(receiver, bundle), size=size)  # noqa: B023
                figures["import"].append(time.perf_counter() - started)
                if run == 0:
                    print(f"{'   bundle size':<52} {bundle.stat().st_size / MB:8.1f} MB")
                    print(f"{'   import said':<52} {report.sentence()}")
                (stored,) = receiver.attachments.for_incident(incident_id)
                assert stored.sha256 == digest
                receiver.close()
                discard(root / f"coordinator-{run}")
                if tools:
                    extract.mkdir()
                    started = time.perf_counter()
                    timed("age -d -i KEY out | tar xf - -C DIR", shell,
                          f"age -d -i {key} {out} | tar xf - -C {extract}", plain, size=size,
                          children=True)
                    figures["age|tar"].append(time.perf_counter() - started)
                    if run == 0:
                        timed("age -d -i KEY out > /dev/null", shell,
                              f"age -d -i {key} {out} > /dev/null", plain, size=size,
                              children=True)
            discard(bundle, plain, out, extract)

        if "many" not in cases:
            monitor.close()
            _summary(figures, None, tools and "file" in cases, args.incidents)
            return
        # --- many incidents ---------------------------------------------------------------
        print(f"\n-- {args.incidents:,} incidents (bench/synthetic.py), no attachments --")
        source = root / "incidents.json"
        source.write_text(json.dumps(synthetic_incidents(args.incidents)), encoding="utf-8")
        many = list(parse_incidents(read_json_records(str(source))))
        timed(f"save {args.incidents:,} incidents in the monitor's vault",
              monitor.incidents.save_many, many, "Marat")
        bundle = root / "many.tirkeu"
        # Since the last bundle: the incident with the large file went in those already.
        timed(f"tirkeu export ({args.incidents:,} incidents)",
              lambda: export_bundle(monitor, ["Coordinator"], bundle, since_last=True))
        print(f"{'   bundle size':<52} {bundle.stat().st_size / MB:8.1f} MB")
        counts: dict[str, list[float]] = {"import": [], "add": [], "again": []}
        for run in range(args.repeat if "many" in cases else 0):
            receiver = fresh_coordinator(f"add-{run}")
            started = time.perf_counter()
            timed(f"add --json ({args.incidents:,}: read, check, save)",
                  lambda: receiver.incidents.save_many(  # noqa: B023
                      list(parse_incidents(read_json_records(str(source)))), "Coordinator"))
            counts["add"].append(time.perf_counter() - started)
            receiver.close()
            discard(root / f"add-{run}")
            receiver = fresh_coordinator(f"many-{run}")
            started = time.perf_counter()
            report = timed(f"tirkeu import ({args.incidents:,} incidents, fresh vault)",
                           lambda: open_bundle(receiver, bundle))  # noqa: B023
            counts["import"].append(time.perf_counter() - started)
            if run == 0:
                print(f"{'   import said':<52} {report.sentence()}")
            started = time.perf_counter()
            timed("tirkeu import again (no-op)", lambda: open_bundle(receiver, bundle))  # noqa: B023
            counts["again"].append(time.perf_counter() - started)
            receiver.close()
            discard(root / f"many-{run}")
        monitor.close()

        _summary(figures, counts, tools and "file" in cases, args.incidents)


def _summary(figures: dict[str, list[float]], counts: dict[str, list[float]] | None,
             tools: bool, incidents: int) -> None:
    print("\n-- medians (after unlock) --")
    if tools:
        compare("export vs tar | age -r", figures["export"], figures["tar|age"], 1.0)
        compare("import vs age -d | tar -x", figures["import"], figures["age|tar"], 1.5)
    if counts:
        compare(f"import of {incidents:,} vs add --json", counts["import"], counts["add"], 1.0)
        print(f"{f'import of {incidents:,} (target <= 3 s)':<44} {median(counts['import']):7.2f} s")
        print(f"{'no-op re-import (target <= 0.3 s)':<44} {median(counts['again']):7.2f} s")


def _version(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True,
                              check=False).stdout.strip() or "?"
    except OSError:
        return "not installed"


if __name__ == "__main__":
    main()
