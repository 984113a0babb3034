"""Crash injection, the full count: `tirkeu` commands killed with SIGKILL at random
moments, and what is found afterwards (tests/security/crashkit.py says what is checked).

    python bench/crash.py [--kills 200] [--seed 0] [--only save,import,...]

Kills are spread round-robin over save, import, passwd, backup, restore and rekey (rekey
only where `tirkeu --help` lists it), each after a delay drawn uniformly over that
command's measured duration. Prints, per operation: kills, runs that finished before
their kill came, vaults that opened, incidents lost (must be 0), partial saves or imports
(must be 0) and what was found. Exit status 1 if any run lost, broke or half-applied
anything. tests/security/test_crash_injection.py runs a seeded 20 in the suite.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.security import crashkit as ck  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", help="comma-separated operations")
    args = parser.parse_args()
    wanted = args.only.split(",") if args.only else list(ck.OPERATIONS)
    operations = [op for op in wanted if op != "rekey" or ck.command_has("rekey")]
    if "rekey" in wanted and "rekey" not in operations:
        print("rekey: skipped, `tirkeu rekey` does not exist yet (not in `tirkeu --help`)")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tirkeu-crash-") as tmp:
        templates = ck.make_templates(Path(tmp) / "templates")
        tally = ck.campaign(operations, args.kills, args.seed, templates, Path(tmp) / "runs",
                            report=True)
    print(f"\n{args.kills} runs (seed {args.seed}) in {time.perf_counter() - started:.0f} s\n")
    print("\n".join(tally.lines()))
    bad = [o for o in tally.outcomes if o.bad]
    for outcome in bad[:10]:
        print(f"BAD: {outcome}")
    print("\nNothing lost, nothing half-applied." if not bad else f"\n{len(bad)} BAD runs.")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
