"""Benchmarks: measured figures, printed. Not part of the test suite.

    python bench/run.py [--incidents 10000]

Uses the real Argon2id cost and the real `tirkeu` command in a subprocess, in a fresh
temporary data folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import incidents

PASSPHRASE = "bench passphrase for tirkeu"


def tirkeu(folder: Path, pfile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(folder),
                           "--passphrase-file", str(pfile), *args],
                          capture_output=True, text=True, check=True)


def timed(label: str, fn, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - started
    print(f"{label:<48} {elapsed:8.3f} s")
    return result, elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=10_000)
    args = parser.parse_args()
    from desktop_app.crypto.vault import unlock

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder, pfile, source = root / "data", root / "pass", root / "incidents.json"
        pfile.write_text(PASSPHRASE + "\n")
        source.write_text(json.dumps(incidents(args.incidents)), encoding="utf-8")
        print(f"Tirkeu benchmarks, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
        timed("tirkeu init (Argon2id + schema)", tirkeu, folder, pfile, "init",
              "--no-recovery-code")
        times = [timed("unlock (Argon2id, vault only)", unlock, folder, PASSPHRASE)[1]
                 for _ in range(3)]
        print(f"{'unlock median':<48} {sorted(times)[1]:8.3f} s")
        timed("tirkeu list (unlock + open, empty)", tirkeu, folder, pfile, "list")
        timed(f"tirkeu add --json ({args.incidents:,} incidents)", tirkeu, folder, pfile,
              "add", "--json", str(source))
        timed("tirkeu add --json again (all unchanged)", tirkeu, folder, pfile,
              "add", "--json", str(source))
        timed(f"tirkeu list ({args.incidents:,})", tirkeu, folder, pfile, "list")
        timed(f"tirkeu list --json ({args.incidents:,})", tirkeu, folder, pfile, "list", "--json")
        timed("tirkeu search 'Қасымова'", tirkeu, folder, pfile, "search", "Қасымова")
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
        print(f"{'data folder size':<48} {size / 1e6:8.1f} MB")


if __name__ == "__main__":
    main()
