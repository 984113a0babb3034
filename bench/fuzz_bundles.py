"""The full-count bundle fuzz: the generators of tests/sync/test_refusals.py (byte flips,
truncations, extensions of a valid bundle made by the exporter), many more examples.

    python bench/fuzz_bundles.py [--examples 1000 | --total N] [--seed 0] [--timeout 5]
                                 [--only flips|truncations|extensions] [--shrink]

The full run is ``--total 10000``: 10,000 bundles split over the three strategies
(3,334 flips, 3,333 truncations, 3,333 extensions). tests/security/test_bundle_fuzz.py runs
the same strategies, a seeded 300, in the suite.

Every mutated bundle must be refused with one sentence (BundleRejected), promptly, and
leave the coordinator's store exactly as it was (listing, counts, every table's rows).
Each outcome is counted; refusal sentences are tallied. Exit status 1 if any example was
accepted, crashed, hung, changed the store, or gave a message of more than one line.

--shrink     raise on the first bad example so hypothesis shrinks it and prints it.
--timeout    an import that has not returned by then counts as hung (its thread is left
             blocked); a strategy stops after --max-hangs of them.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sync")]  # bundlekit imports tests.photos

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402

import bundlekit as bk  # noqa: E402


class Bad(AssertionError):
    pass


def classify(world: bk.World, original: bytes, mutation: bk.Mutation, before: dict[str, Any],
             timeout: float) -> str:
    from desktop_app.sync.errors import BundleRejected
    from desktop_app.sync.importer import open_bundle

    path = world.folder / "fuzzed.tirkeu"
    path.write_bytes(mutation.apply(original))
    try:
        report = bk.within_deadline(open_bundle, world.coordinator, path, seconds=timeout)
    except BundleRejected as exc:
        text = str(exc)
        if "\n" in text or not text:
            return "BAD: message not one line"
        outcome = f"refused: {text}"
    except bk.Hung:
        return "BAD: hung"
    except Exception as exc:  # noqa: BLE001 - that is the finding
        return f"BAD: crashed with {type(exc).__name__}: {str(exc)[:120]}"
    else:
        return f"BAD: accepted ({report.sentence()[:100]})"
    if bk.store_state(world.coordinator) != before:
        return "BAD: the store changed"
    return outcome


def run(name: str, strategy: Any, count: int, args: argparse.Namespace,
        world: bk.World) -> tuple[bool, collections.Counter[str]]:
    original = world.bundles["fresh"].read_bytes()
    before = bk.store_state(world.coordinator)
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, bk.Mutation] = {}
    hangs = [0]

    @seed(args.seed)
    @settings(max_examples=count, database=None, deadline=None,
              phases=(Phase.generate, Phase.shrink) if args.shrink else (Phase.generate,),
              suppress_health_check=list(HealthCheck))
    @given(mutation=strategy)
    def fuzz(mutation: bk.Mutation) -> None:
        if hangs[0] >= args.max_hangs:
            return
        outcome = classify(world, original, mutation, before, args.timeout)
        counts[outcome] += 1
        if outcome.startswith("BAD"):
            examples.setdefault(outcome, mutation)
            if outcome == "BAD: hung":
                hangs[0] += 1
            if args.shrink:
                raise Bad(f"{outcome}: {mutation}")

    started = time.perf_counter()
    try:
        fuzz()
    except Bad as exc:
        print(f"[{name}] shrunk failure: {exc}")
    elapsed = time.perf_counter() - started
    total = sum(counts.values())
    print(f"\n== {name}: {total} examples in {elapsed:.1f} s"
          + (f" (stopped after {hangs[0]} hangs)" if hangs[0] >= args.max_hangs else ""))
    for outcome, n in counts.most_common():
        print(f"  {n:6}  {outcome}")
    for outcome, mutation in examples.items():
        shown = (f"edits={mutation.edits}" if mutation.kind == "flip" else
                 f"keep={mutation.keep} of {len(original)}" if mutation.kind == "truncate" else
                 f"tail={mutation.tail[:24]!r}{'…' if len(mutation.tail) > 24 else ''} "
                 f"({len(mutation.tail)} bytes)")
        print(f"  first {outcome!r}: {mutation.kind} {shown}")
    return not any(o.startswith("BAD") for o in counts), counts


def split(total: int, parts: int) -> list[int]:
    """``total`` in ``parts`` shares as even as can be, the first ones larger."""
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=1000, help="per strategy")
    parser.add_argument("--total", type=int,
                        help="bundles in all, split evenly over the strategies run "
                             "(instead of --examples)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds before 'hung'")
    parser.add_argument("--max-hangs", type=int, default=10, help="per strategy")
    parser.add_argument("--only", choices=["flips", "truncations", "extensions"])
    parser.add_argument("--shrink", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tirkeu-fuzz-") as tmp:
        world = bk.build_world(Path(tmp) / "world")
        size = world.bundles["fresh"].stat().st_size
        print(f"Fuzzing a valid {size:,}-byte bundle (seed {args.seed}, "
              f"{args.examples} examples per strategy).")
        strategies = {"flips": bk.flips(size), "truncations": bk.truncations(size),
                      "extensions": bk.extensions()}
        chosen = [name for name in strategies if args.only in (None, name)]
        shares = split(args.total, len(chosen)) if args.total else [args.examples] * len(chosen)
        ok = True
        totals: collections.Counter[str] = collections.Counter()
        try:
            for name, examples in zip(chosen, shares, strict=True):
                passed, counts = run(name, strategies[name], examples, args, world)
                ok = passed and ok
                totals += counts
        finally:
            world.close()
    fuzzed = sum(totals.values())
    refused = sum(n for outcome, n in totals.items() if outcome.startswith("refused"))
    accepted = sum(n for outcome, n in totals.items() if outcome.startswith("BAD: accepted"))
    crashed = sum(n for outcome, n in totals.items() if outcome.startswith("BAD: crashed"))
    other = fuzzed - refused - accepted - crashed
    print(f"\nfuzzed {fuzzed}  refused {refused}  accepted {accepted}  crashed {crashed}  "
          f"other bad (hung, changed the store, long message) {other}")
    print("\nAll refused cleanly." if ok else "\nFAILURES: see the BAD lines above.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
