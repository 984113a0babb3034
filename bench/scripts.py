"""Search across scripts and alphabetical sorting at scale, each against what it replaced,
in one process on one vault (so a busy machine slows both alike).

    python bench/scripts.py --incidents 100000

Prints medians: list searches (count + first page, as the window asks) with the typed
form only (before migration 0008) and with the cross-script skeleton; a page sorted by
title from the indexed key, by plain BINARY title (before) and through the Python
collation (once: it is slow); regions by label; the People list.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import incidents

from desktop_app.core.filters import IncidentFilter, SortKey
from desktop_app.core.interchange import parse_incidents
from desktop_app.storage import listing, search
from desktop_app.storage.archive import create_archive

PASSPHRASE = "bench passphrase for scripts"


def median_ms(run: Callable[[], object], times: int = 5) -> float:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        spent.append((time.perf_counter() - started) * 1000)
    return statistics.median(spent)


def typed_only(user_text: str) -> str | None:
    """The expression before 0008: each word as typed, as a prefix."""
    words = search._WORD.findall(search.fold(user_text))
    return " AND ".join(f'"{w}"*' for w in words) if words else None


def measure(count: int) -> None:
    folder = Path(tempfile.mkdtemp()) / "data"
    try:
        archive, _ = create_archive(folder, PASSPHRASE, recovery_code=False)
        for start in range(0, count, 10_000):
            made = incidents(min(10_000, count - start), seed=start + 1)
            archive.incidents.save_many(list(parse_incidents(made)), "bench")
        rows = archive.listing

        def listed(text: str) -> Callable[[], object]:
            f = IncidentFilter(text=text)
            return lambda: (rows.count(f), rows.page(f, limit=200))

        for text in ("Қасымова", "Kasymova", "Qasym", "picket", "Republic Square"):
            new = median_ms(listed(text))
            found = rows.count(IncidentFilter(text=text))
            real = search.match_expression
            search.match_expression = typed_only  # type: ignore[assignment]
            try:
                old = median_ms(listed(text))
                found_old = rows.count(IncidentFilter(text=text))
            finally:
                search.match_expression = real  # type: ignore[assignment]
            print(f"[{count:,}] search {text!r}: cross-script {found:,} rows {new:.1f} ms; "
                  f"typed form only {found_old:,} rows {old:.1f} ms")

        for key in SortKey:
            spent = median_ms(lambda key=key: rows.page(sort=key, limit=200, language="kk"))
            middle = median_ms(lambda key=key: rows.page(sort=key, offset=count // 2,
                                                         limit=200, language="kk"))
            print(f"[{count:,}] page sorted by {key}: first {spent:.1f} ms, middle {middle:.1f} ms")
        column = listing._SORT_COLUMNS
        saved = column[SortKey.TITLE]
        title = listing.t.incidents.c.title
        for name, expression in (("BINARY title (before)", title),
                                 ("COLLATE tirkeu", title.collate("tirkeu"))):
            column[SortKey.TITLE] = expression
            try:
                spent = median_ms(lambda: rows.page(sort=SortKey.TITLE, limit=200),
                                  times=5 if expression is title else 1)
            finally:
                column[SortKey.TITLE] = saved
            print(f"[{count:,}] page sorted by {name}: {spent:.1f} ms")
        print(f"[{count:,}] People list ({len(archive.people.all()):,}): "
              f"{median_ms(archive.people.all, times=3):.1f} ms")
        archive.close()
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, nargs="+", default=[100_000])
    for count in parser.parse_args().incidents:
        measure(count)


if __name__ == "__main__":
    main()
