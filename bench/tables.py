"""Benchmark: importing a 10,000-row spreadsheet, and a round trip sheet → Tirkeu → Uwazi.
Not part of the test suite.

    python bench/tables.py [--rows 10000]

Writes a seeded sheet in Russian (its own headers, region and violation labels, dates as
12.05.2018, май 2018 or a year, one or two people per row, a court case in some) as CSV
and as XLSX, imports each with the real `tirkeu import-table` (real Argon2id) into a fresh
vault, then exports the vault with `tirkeu export-table --format uwazi` and counts what
the zip's CSVs hold against the sheet.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

PASSPHRASE = "bench passphrase for tirkeu"
HEADERS = ["Название", "Дата", "Область", "Нарушение", "ФИО", "Пол", "Статья", "Суд",
           "Примечание"]
REGIONS = ["г. Алматы", "Актюбинская область", "Мангистауская область", "г. Астана",
           "Карагандинская область"]
VIOLATIONS = ["Задержание", "Угрозы", "Шантаж", "Дискриминация"]
MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
          "сентябрь", "октябрь", "ноябрь", "декабрь"]
NAMES = ["Ерлан Жаксылыков", "Айгуль Нурова", "Роза Т.", "Бауыржан Омаров", "Асель А.",
         "Нурлан К.", "Дина С.", "Максат Б."]


def sheet_rows(count: int) -> list[list[object]]:
    rng = random.Random(14)
    rows = []
    for n in range(count):
        year, month, day = rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice([f"{day:02d}.{month:02d}.{year}", f"{MONTHS[month - 1]} {year}",
                           str(year)])
        people = rng.sample(NAMES, rng.choice([1, 1, 2]))
        genders = "; ".join("Женский" if p.split()[0][-1] in "аьъ" else "Мужской"
                            for p in people)
        case = rng.random() < 0.3
        rows.append([f"Инцидент {n + 1}", date, rng.choice(REGIONS),
                     "; ".join(rng.sample(VIOLATIONS, rng.choice([1, 2]))), "; ".join(people),
                     genders, "488" if case else "", "Районный суд" if case else "",
                     "заметка" if rng.random() < 0.2 else ""])
    return rows


def tirkeu(folder: Path, pfile: Path, *args: str) -> str:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(folder),
                           "--passphrase-file", str(pfile), *args],
                          capture_output=True, text=True, check=True).stdout


def added(said: str) -> str:
    """The line of what an import stored."""
    return next(line for line in said.splitlines() if line.startswith("Added"))


def timed(label: str, fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args)
    print(f"{label:<52} {time.perf_counter() - started:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    from openpyxl import Workbook

    rows = sheet_rows(args.rows)
    print(f"Tirkeu tables benchmark, Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"{args.rows:,} rows")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pfile = root / "pass"
        pfile.write_text(PASSPHRASE + "\n")
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";").writerows([HEADERS, *rows])
        (root / "sheet.csv").write_text(out.getvalue(), encoding="utf-8")
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Журнал")
        for row in [HEADERS, *rows]:
            sheet.append(row)
        book.save(root / "sheet.xlsx")
        for kind in ("csv", "xlsx"):
            folder = root / f"vault-{kind}"
            tirkeu(folder, pfile, "init", "--no-recovery-code")
            timed(f"import-table --dry-run ({kind}, no unlock)", tirkeu, folder, pfile,
                  "import-table", str(root / f"sheet.{kind}"), "--dry-run")
            said = timed(f"import-table ({kind}, unlock + check + store)", tirkeu, folder,
                         pfile, "import-table", str(root / f"sheet.{kind}"))
            print("   ", added(said))
        folder = root / "vault-csv"
        said = timed("import-table again (csv, every row already there)", tirkeu, folder,
                     pfile, "import-table", str(root / "sheet.csv"))
        print("   ", added(said))
        timed("export-table --format uwazi (all)", tirkeu, folder, pfile, "export-table",
              "--format", "uwazi", "--out", str(root / "uwazi.zip"))
        with zipfile.ZipFile(root / "uwazi.zip") as archive:
            def read(name: str) -> list[dict[str, str]]:
                text = archive.read(name).decode("utf-8")
                return list(csv.DictReader(io.StringIO(text, newline="")))

            incidents, people = read("import.csv"), read("people.csv")
            cases = read("legal_cases.csv")
        links = sum(len([t for t in r["victims"].split("|") if t]) for r in incidents)
        named = sum(len(r[4].split("; ")) for r in rows)
        print(f"round trip: sheet rows {len(rows):,} -> import.csv rows {len(incidents):,}")
        print(f"            people named in the sheet {named:,} -> victim links {links:,}, "
              f"people.csv rows {len(people):,} (each row's people kept apart until merged)")
        print(f"            rows with a court case {sum(1 for r in rows if r[6]):,} -> "
              f"legal_cases.csv rows {len(cases):,}")
        months = sum(1 for r in incidents if ":" in r["date"])
        print(f"            month- or year-only dates as from:to ranges {months:,}")


if __name__ == "__main__":
    main()
