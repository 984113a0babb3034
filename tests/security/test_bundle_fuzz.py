"""The bundle fuzzer, a seeded few hundred (threat model 5): byte flips, truncations and
extensions of a valid bundle made by the exporter, each refused in one sentence, promptly,
with the coordinator's store exactly as before (listing, counts, every table's rows).

The same strategies (tests/sync/bundlekit.py) run 10,000 times in the full run:
``python bench/fuzz_bundles.py --total 10000``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.sync import bundlekit as bk

SEED = 20261203
PER_STRATEGY = 100  # 300 mutated bundles in all

# No shrinking: a failing mutation is reported as drawn (and a hanging one costs seconds;
# every import runs under bk.within_deadline, so a deadlock fails instead of freezing).
FUZZ = settings(max_examples=PER_STRATEGY, deadline=None, database=None,
                phases=(Phase.explicit, Phase.generate), suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[bk.World]:
    built = bk.build_world(tmp_path_factory.mktemp("fuzz"))
    yield built
    built.close()


@pytest.fixture(scope="module")
def baseline(world: bk.World) -> dict[str, Any]:
    """The coordinator's store before any fuzzed bundle (refusals never change it)."""
    return bk.store_state(world.coordinator)


def refused(world: bk.World, baseline: dict[str, Any], mutation: bk.Mutation) -> None:
    path = world.folder / "fuzzed.tirkeu"
    path.write_bytes(mutation.apply(world.bundles["fresh"].read_bytes()))
    bk.check_refused(world.coordinator, path, baseline)


@seed(SEED)
@FUZZ
@given(data=st.data())
def test_byte_flips_are_refused(world: bk.World, baseline: dict[str, Any], data: Any) -> None:
    refused(world, baseline, data.draw(bk.flips(world.bundles["fresh"].stat().st_size)))


@seed(SEED)
@FUZZ
@given(data=st.data())
def test_truncations_are_refused(world: bk.World, baseline: dict[str, Any], data: Any) -> None:
    refused(world, baseline, data.draw(bk.truncations(world.bundles["fresh"].stat().st_size)))


@seed(SEED)
@FUZZ
@given(mutation=bk.extensions())
def test_extensions_are_refused(world: bk.World, baseline: dict[str, Any],
                                mutation: bk.Mutation) -> None:
    refused(world, baseline, mutation)
