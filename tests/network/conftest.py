"""Fixtures for the tests that run a real file transport (Syncthing on loopback)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.network.syncthing import SYNCTHING, Pair, syncthing_pair


@pytest.fixture
def syncthing(tmp_path: Path) -> Iterator[Pair]:
    """Two Syncthing instances on 127.0.0.1, connected, sharing ``a.folder`` and
    ``b.folder``; both stopped when the test ends, passed or failed."""
    if SYNCTHING is None:
        # CI installs it (.ci/run) and says so: there a missing syncthing is a failure,
        # never a skip reported as a pass.
        if os.environ.get("TIRKEU_REQUIRE_SYNCTHING"):
            pytest.fail("syncthing is required here (TIRKEU_REQUIRE_SYNCTHING) but missing")
        pytest.skip("syncthing is not installed (Debian: apt-get install syncthing)")
    with syncthing_pair(tmp_path / "st") as pair:
        yield pair
