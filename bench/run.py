"""One benchmark runner: every speed target of Tirkeu measured next to its peer.

    python bench/run.py            # the full run (about 15-25 minutes on 2 cores)
    python bench/run.py --quick    # a small run (a couple of minutes): smaller data
    python bench/run.py --huge     # also 1,000,000 incidents and the growth table
    python bench/run.py --only bundles,start --repeat 3

Each case builds its data in a temporary folder (removed afterwards), runs several times
alternating with its peer (the standard tool, or the same work without encryption), and
the medians are compared with the target. The table is printed and written to
``bench/results.json`` (``--out`` to change): for each figure its value, its peer's, the
ratio, the target and whether it holds. Asserts nothing: a target that does not hold is
a figure, not a failure (docs/PERFORMANCE.md says what bounds each one).

Argon2id's deliberate unlock cost is timed on its own ("unlock") and kept out of the
other figures, which start from an unlocked vault.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from figures import Figure, Settings  # noqa: E402

CASES = ("unlock", "bundles", "many", "store", "backup", "scale", "start")


def machine() -> dict[str, object]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=HERE,
                            capture_output=True, text=True, check=False).stdout.strip()
    return {"cpu": model, "cores": os.cpu_count(), "python": platform.python_version(),
            "system": platform.platform(), "commit": commit or None,
            "load": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}


def table(figures: list[Figure]) -> str:
    lines = [f"{'case':<66} {'value':>10} {'peer':>10} {'ratio':>6}  {'target':<12} holds",
             "-" * 112]
    for f in figures:
        lines.append(f"{f.case:<66} {f.shown(f.value):>10} {f.shown(f.peer_value):>10} "
                     f"{'' if f.ratio is None else f'{f.ratio:.2f}':>6}  "
                     f"{f.target_text():<12} {f.holds_text()}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small run, smaller data")
    parser.add_argument("--huge", action="store_true",
                        help="add 1,000,000 incidents and the 10k/100k/1M growth table")
    parser.add_argument("--only", default=",".join(CASES),
                        help=f"comma-separated cases among {', '.join(CASES)}")
    parser.add_argument("--repeat", type=int, help="runs of each case (default 5, quick 3)")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--keep", metavar="DIR",
                        help="build the scale case's archives in DIR once and reuse them "
                             "(opening one migrates it)")
    args = parser.parse_args()
    chosen = [c.strip() for c in args.only.split(",") if c.strip()]
    unknown = sorted(set(chosen) - set(CASES))
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}")
    settings = Settings.make(quick=args.quick, huge=args.huge, repeat=args.repeat,
                             keep=args.keep)

    import cases_files
    import cases_scale
    import cases_start

    runners = {"unlock": cases_files.unlock, "bundles": cases_files.bundles,
               "many": cases_files.many, "store": cases_files.store,
               "backup": cases_files.backup, "scale": cases_scale.scale,
               "start": cases_start.start}
    about = machine()
    print(f"Tirkeu benchmarks: {about['cpu']}, {about['cores']} cores, Python "
          f"{about['python']}, commit {about['commit']}; {settings.describe()}", flush=True)
    started = time.perf_counter()
    figures: list[Figure] = []
    failed: dict[str, str] = {}
    for name in CASES:
        if name in chosen:
            print(f"\n== {name} ==", flush=True)
            try:
                figures.extend(runners[name](settings))
            except Exception as exc:  # noqa: BLE001 - one case's fault must not lose the rest
                failed[name] = f"{type(exc).__name__}: {exc}"
                print(f"  {name} did not run to the end: {failed[name]}", flush=True)
    spent = time.perf_counter() - started
    print("\n" + table(figures))
    held = sum(1 for f in figures if f.holds is True)
    missed = [f.case for f in figures if f.holds is False]
    print(f"\n{held} of {sum(1 for f in figures if f.holds is not None)} targets hold; "
          f"{len(missed)} do not; {spent / 60:.1f} min in all")
    for name, why in failed.items():
        print(f"case {name} failed: {why}")
    result = {"when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
              "machine": about | {"load_after": list(os.getloadavg())},
              "settings": settings.as_json(), "seconds": round(spent, 1), "failed": failed,
              "figures": [f.as_json() for f in figures]}
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
