"""A large attachment streams through export and import: resident memory grows by far
less than the file's size (bench/memory.py with a 64 MB file; at 2 GB it is the same
bound that matters, measured there). Linux only: it reads /proc/self/status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MEGABYTES = 64
# Measured growth is about 20 MB (an 8 MiB page cache while streaming, a 1 MiB pipe, a few
# 1 MiB chunks in flight); a file held whole, or a full 128 MiB page cache, would pass 64.
GROWTH_MB = 48


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="Linux /proc only")
def test_a_64_mb_attachment_goes_out_and_in_without_being_held_in_memory() -> None:
    done = subprocess.run([sys.executable, str(REPO / "bench" / "memory.py"), "--megabytes",
                           str(MEGABYTES), "--json"], capture_output=True, text=True,
                          check=True, timeout=120)
    steps = {s["step"]: s for s in json.loads(done.stdout)["steps"]}
    assert set(steps) == {"export", "import"}
    for name, step in steps.items():
        assert step["reset"], "the high-water mark could not be reset"
        growth = step["peak_mb"] - step["baseline_mb"]
        assert growth < GROWTH_MB, f"{name} grew by {growth:.1f} MB for a {MEGABYTES} MB file"
