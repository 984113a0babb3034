"""Benchmark: a full summary of a large archive. Not part of the test suite.

    python bench/summary.py [--incidents 100000] [--repeat 5]

Saves seeded synthetic incidents (bench/synthetic.py) into a fresh encrypted vault in
batches of 10,000, then times the summary the CLI and the window compute: every count of
`tirkeu summary` with no filter, the same with a filter, and a cross-table. Prints the
figures so a change in counting shows up as well as a change in speed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from synthetic import incidents

PASSPHRASE = "bench passphrase for tirkeu"
BATCH = 10_000


def timed(label: str, repeat: int, fn, *args):  # type: ignore[no-untyped-def]
    """Run ``fn`` ``repeat`` times; print the median and best; return the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - started)
    print(f"{label:<52} median {statistics.median(times):6.3f} s   best {min(times):6.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from desktop_app.core.dates import FuzzyDate
    from desktop_app.core.filters import IncidentFilter
    from desktop_app.core.interchange import parse_incidents
    from desktop_app.reports.crosstab import crosstab
    from desktop_app.reports.summary import compute
    from desktop_app.storage.archive import create_archive, open_archive

    print(f"Tirkeu summary benchmark, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        archive, _ = create_archive(folder, PASSPHRASE, recovery_code=False)
        records = incidents(args.incidents, seed=1)
        started = time.perf_counter()
        for start in range(0, len(records), BATCH):
            archive.incidents.save_many(list(parse_incidents(records[start:start + BATCH])),
                                        "bench")
        print(f"{'save ' + format(args.incidents, ',') + ' incidents (batches of 10,000)':<52} "
              f"{time.perf_counter() - started:13.1f} s")
        archive.close()  # measure on a freshly opened archive, as after an unlock
        archive = open_archive(folder, PASSPHRASE)
        try:
            first = time.perf_counter()
            compute(archive)
            print(f"{'full summary, first after unlock (cold cache)':<52} "
                  f"{time.perf_counter() - first:13.3f} s")
            summary = timed("full summary (tirkeu summary, no filter)", args.repeat, compute,
                            archive)
            f = IncidentFilter(date_from=FuzzyDate.parse("2015"),
                               date_to=FuzzyDate.parse("2017"), violation="physical_attack")
            timed("summary 2015–2017, physical_attack", args.repeat, compute, archive, f)
            table = timed("cross-table article × outcome", args.repeat, crosstab, archive,
                          IncidentFilter(), "article", "outcome")
            timed("cross-table year × violation", args.repeat, crosstab, archive,
                  IncidentFilter(), "year", "violation")
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
            print(f"{'data folder size':<52} {size / 1e6:10.1f} MB")
            figures = summary.as_json()
            print("figures:", json.dumps({k: figures[k] for k in ("incidents", "by_year")}))
            print("victims:", json.dumps({k: v for k, v in figures["victims"].items()
                                          if k != "by_category"}),
                  "legal cases:", figures["legal_cases"]["total"],
                  "cross-table total:", table.total)
        finally:
            archive.close()


if __name__ == "__main__":
    main()
