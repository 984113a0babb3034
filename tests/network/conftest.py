"""Fixtures for the tests that run a real file transport (Syncthing on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.network.syncthing import SYNCTHING, Pair, syncthing_pair


@pytest.fixture
def syncthing(tmp_path: Path) -> Iterator[Pair]:
    """Two Syncthing instances on 127.0.0.1, connected, sharing ``a.folder`` and
    ``b.folder``; both stopped when the test ends, passed or failed."""
    if SYNCTHING is None:
        pytest.skip("syncthing is not installed (Debian: apt-get install syncthing)")
    with syncthing_pair(tmp_path / "st") as pair:
        yield pair
