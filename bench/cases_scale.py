"""bench/run.py's scale case: an archive of 10,000, 100,000 or 1,000,000 incidents, and what a
coordinator does with it: search (as the list asks while one types), sort by each column,
the full summary, and the window from unlock to a usable list, with its memory.

The window runs in a child process of its own (``python bench/cases_scale.py --window
FOLDER``), so its resident memory is the window's alone.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from figures import PASSPHRASE, Figure, Settings, fill, rss_mb

# Targets by archive size: (search, sort, summary, usable list) in seconds; at 1,000,000
# the list's figure is after the unlock, at the others the unlock is included.
TARGETS = {100_000: (0.050, 0.100, 0.300, 2.0), 1_000_000: (0.150, None, 2.0, 3.0)}


def ms_median(run: Callable[[], object], times: int) -> float:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        spent.append(time.perf_counter() - started)
    return statistics.median(spent)


def scale(settings: Settings) -> list[Figure]:
    figures: list[Figure] = []
    growth: dict[int, dict[str, float]] = {}
    for count in settings.scales:
        figures.extend(_one(count, settings, growth))
    if len(growth) > 1:
        print("\nhow cost grows (medians)")
        names = list(next(iter(growth.values())))
        print(f"{'':<28}" + "".join(f"{n:>14,}" for n in growth))
        for name in names:
            print(f"{name:<28}" + "".join(f"{growth[n][name] * 1000:>11.1f} ms"
                                            for n in growth))
    return figures


def _one(count: int, settings: Settings, growth: dict[int, dict[str, float]]) -> list[Figure]:
    from scripts import CASES, rare

    from desktop_app.core.filters import IncidentFilter, SortKey
    from desktop_app.core.interchange import parse_incidents
    from desktop_app.reports.summary import compute
    from desktop_app.storage.archive import create_archive, open_archive

    search_t, sort_t, summary_t, usable_t = TARGETS.get(count, (None, None, None, None))
    if settings.keep:
        folder = Path(settings.keep) / str(count)
    else:
        folder = Path(tempfile.mkdtemp(prefix="tirkeu-bench-scale-")) / "data"
    figures: list[Figure] = []
    try:
        if not (folder / "vault.json").exists():
            archive, _ = create_archive(folder, PASSPHRASE, recovery_code=False)
            spent = fill(archive, count)
            archive.incidents.save_many(list(parse_incidents(rare(count))), "bench")
            print(f"[{count:,}] filled in {spent:.0f} s", flush=True)
            archive.close()
        archive = open_archive(folder, PASSPHRASE)
        rows, times = archive.listing, max(settings.repeat * 3, 9)
        worst: dict[str, float] = {}
        found: dict[str, int] = {}
        for label, text in CASES:
            f = IncidentFilter(text=text)
            found[label] = rows.count(f)
        # Round after round over every case, so a busy moment falls on all alike.
        spent_by: dict[str, list[float]] = {label: [] for label, _ in CASES}
        for _ in range(times):
            for label, text in CASES:
                f = IncidentFilter(text=text)
                started = time.perf_counter()
                rows.count(f)
                rows.page(f, limit=200)
                spent_by[label].append(time.perf_counter() - started)
        for label, text in CASES:
            value = statistics.median(spent_by[label])
            worst["search (worst case)"] = max(worst.get("search (worst case)", 0), value)
            figures.append(Figure(f"[{count:,}] search {text!r} ({label}, "
                                  f"{found[label]:,} found)", value, target=search_t,
                                  runs=times))
        for key in SortKey:
            value = max(ms_median(lambda key=key, d=d: rows.page(  # type: ignore[misc]
                sort=key, descending=d, limit=200, language="ru"), times)
                for d in (False, True))
            worst["sort (worst column)"] = max(worst.get("sort (worst column)", 0), value)
            figures.append(Figure(f"[{count:,}] sort by {key} (first page, either way)", value,
                                  target=sort_t, runs=times))
        compute(archive)  # the first after opening reads the pages in
        value = ms_median(lambda: compute(archive), settings.repeat)
        worst["full summary"] = value
        figures.append(Figure(f"[{count:,}] full summary", value, target=summary_t,
                              runs=settings.repeat))
        archive.close()
        window = _window(folder)
        if count >= 1_000_000:
            after = window["usable"] - window["unlock"]
            worst["list usable after unlock"] = after
            figures.append(Figure(f"[{count:,}] window: list usable after the unlock", after,
                                  target=usable_t, note=f"unlock {window['unlock']:.2f} s"))
        else:
            worst["list usable after unlock"] = window["usable"] - window["unlock"]
            figures.append(Figure(f"[{count:,}] window: unlock to a usable list",
                                  window["usable"], target=usable_t))
        figures.append(Figure(f"[{count:,}] window: resident memory", window["rss"], unit="MB",
                              target=400 if count == 100_000 else None))
        growth[count] = worst
        return figures
    finally:
        if not settings.keep:
            shutil.rmtree(folder.parent, ignore_errors=True)


def _window(folder: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, __file__, "--window", str(folder)], env=env,
                          capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  window: unlock {result['unlock']:.2f} s, usable {result['usable']:.2f} s, "
          f"{result['rss']:.0f} MB", flush=True)
    return result


def unlock_to_usable(app: Any, folder: Path) -> tuple[Any, float]:
    """A window on ``folder`` unlocked through its dialog (real Argon2id cost): the
    controller, and the seconds from submitting the passphrase to a list whose rows are
    counted and whose first screen is read."""
    from desktop_app.ui.shell.controller import Controller

    controller = Controller(folder)
    controller.ask_to_unlock()
    controller.dialog.passphrase.setText(PASSPHRASE)
    started = time.perf_counter()
    controller.dialog.submit()
    while controller.archive is None:
        app.processEvents()
    model = controller.window.incidents.model
    rows = model.rowCount()
    first_screen = [model.index(r, c).data() for r in range(min(rows, 40)) for c in range(5)]
    app.processEvents()
    usable = time.perf_counter() - started
    assert rows and first_screen[0]
    return controller, usable


def window_child(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.crypto.vault import unlock

    app = QApplication.instance() or QApplication([])
    unlock_times = []
    for _ in range(3):
        started = time.perf_counter()
        unlock(folder, PASSPHRASE).lock()
        unlock_times.append(time.perf_counter() - started)
    controller, usable = unlock_to_usable(app, folder)
    for _ in range(20):  # let the pages that load after the first screen settle
        app.processEvents()
        time.sleep(0.05)
    print(json.dumps({"unlock": statistics.median(unlock_times), "usable": usable,
                      "rss": rss_mb()}))
    controller.shutdown()


if __name__ == "__main__" and sys.argv[1:2] == ["--window"]:
    window_child(Path(sys.argv[2]))
