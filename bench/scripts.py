"""Search across scripts and alphabetical sorting at scale, each against what it replaced,
in one process on one vault (so a busy machine slows both alike).

    python bench/scripts.py --incidents 100000
    python bench/scripts.py --incidents 100000 --search-only --repeats 31 [--keep DIR]

Prints medians: list searches (count + first page, as the window asks) with the typed
form only (before migration 0008) and with the cross-script skeleton; a page sorted by
title from the indexed key, by plain BINARY title (before) and through the Python
collation (once: it is slow); regions by label; the People list.

``--search-only`` measures only searches, the figures docs/SEARCH.md holds against the
50 ms target: for each case (a common name, typed in Cyrillic and in Latin; a rare name,
both ways; a word of every description; prefixes down to one letter, as the list
searches while one types; two words; a word found nowhere) the
count and the first page of 200 sorted by date as the window asks them, each timed alone
and together, and the ranked ids ``tirkeu search`` asks for. Cases run in turn, round
after round, so a busy moment of the machine falls on all of them alike. ``--keep DIR``
builds the vault in DIR once and opens it on later runs (opening migrates it).
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
from desktop_app.storage.archive import Archive, create_archive, open_archive

PASSPHRASE = "bench passphrase for scripts"
# A rare name among the synthetic ones: RARE incidents about Ёлкина, spread over the years.
RARE = 25
# (label, what is typed) for --search-only.
CASES = [("common name, Cyrillic", "Қасымова"), ("common name, Latin", "Qasymova"),
         ("rare name, Cyrillic", "Ёлкина"), ("rare name, Latin", "Elkina"),
         ("description word", "station"), ("prefix, Latin", "Qasym"),
         ("short prefix", "det"), ("one letter", "а"), ("two letters", "Қа"),
         ("two words", "Republic Square"),
         ("found nowhere", "Zarina")]


def median_ms(run: Callable[[], object], times: int = 5) -> float:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        spent.append((time.perf_counter() - started) * 1000)
    return statistics.median(spent)


def typed_only(user_text: str, ranked: bool = True) -> str | None:
    """The expression before 0008: each word as typed, as a prefix."""
    words = search._WORD.findall(search.fold(user_text))
    return " AND ".join(f'"{w}"*' for w in words) if words else None


def rare(count: int) -> list[dict[str, object]]:
    made = incidents(RARE, seed=count + 7)
    for n, one in enumerate(made):
        one["victims"] = [{"person_id": "7e1a0000-0000-4000-8000-00000000e1e1",
                           "name": "Жанна Ёлкина", "gender": "female", "category": None}]
        one["legal_cases"] = []
        one["date"] = f"{2011 + n % 14}-06-15"
    return made


def build(folder: Path, count: int) -> Archive:
    archive, _ = create_archive(folder, PASSPHRASE, recovery_code=False)
    for start in range(0, count, 10_000):
        made = incidents(min(10_000, count - start), seed=start + 1)
        archive.incidents.save_many(list(parse_incidents(made)), "bench")
    archive.incidents.save_many(list(parse_incidents(rare(count))), "bench")
    return archive


def searches(archive: Archive, repeats: int) -> None:
    rows = archive.listing
    spent: dict[str, dict[str, list[float]]] = {text: {"count": [], "page": [], "both": [],
                                                       "ids": []} for _, text in CASES}

    def timed(run: Callable[[], object]) -> float:
        started = time.perf_counter()
        run()
        return (time.perf_counter() - started) * 1000

    for _ in range(repeats):
        for _, text in CASES:
            f = IncidentFilter(text=text)
            times = spent[text]
            times["count"].append(timed(lambda f=f: rows.count(f)))
            times["page"].append(timed(lambda f=f: rows.page(f, limit=200)))
            times["both"].append(timed(lambda f=f: (rows.count(f), rows.page(f, limit=200))))
            times["ids"].append(timed(lambda t=text: archive.incidents.search(t)))
    total = rows.total()
    print(f"{total:,} incidents; medians of {repeats} rounds, ms")
    print("| case | typed | rows | count | first page | count + page | search (ids) |")
    print("|---|---|---|---|---|---|---|")
    for label, text in CASES:
        med = {k: statistics.median(v) for k, v in spent[text].items()}
        found = rows.count(IncidentFilter(text=text))
        print(f"| {label} | {text} | {found:,} | {med['count']:.1f} | {med['page']:.1f} | "
              f"{med['both']:.1f} | {med['ids']:.1f} |")


def measure(count: int) -> None:
    folder = Path(tempfile.mkdtemp()) / "data"
    try:
        archive = build(folder, count)
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
    parser.add_argument("--search-only", action="store_true")
    parser.add_argument("--repeats", type=int, default=31)
    parser.add_argument("--keep", type=Path, help="build the vault here once, reuse it")
    args = parser.parse_args()
    for count in args.incidents:
        if not args.search_only:
            measure(count)
        elif args.keep is not None:
            folder = args.keep / str(count)
            if folder.exists():
                started = time.perf_counter()
                archive = open_archive(folder, PASSPHRASE)
                print(f"opened (and migrated if due) in {time.perf_counter() - started:.1f} s")
            else:
                folder.parent.mkdir(parents=True, exist_ok=True)
                archive = build(folder, count)
            try:
                searches(archive, args.repeats)
            finally:
                archive.close()
        else:
            folder = Path(tempfile.mkdtemp()) / "data"
            try:
                archive = build(folder, count)
                try:
                    searches(archive, args.repeats)
                finally:
                    archive.close()
            finally:
                shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
