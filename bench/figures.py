"""What bench/run.py's cases share: a measured figure with its peer and target, the run's
settings, and timing helpers (medians of runs alternating with the peer's)."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

PASSPHRASE = "bench passphrase for tirkeu"
MB = 1024 * 1024


@dataclass
class Figure:
    """One line of the table. ``target`` bounds the ratio when ``of_ratio`` (ours / the
    peer's), else the value itself; ``holds`` is None when there is no target."""

    case: str
    value: float
    unit: str = "s"
    peer: str | None = None
    peer_value: float | None = None
    target: float | None = None
    of_ratio: bool = False
    runs: int = 1
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.peer_value in (None, 0):
            return None
        return self.value / self.peer_value  # type: ignore[operator]

    @property
    def holds(self) -> bool | None:
        if self.target is None:
            return None
        measured = self.ratio if self.of_ratio else self.value
        return None if measured is None else measured <= self.target

    def shown(self, value: float | None) -> str:
        if value is None:
            return ""
        if self.unit == "s" and value < 1:
            return f"{value * 1000:.0f} ms"
        if self.unit == "s":
            return f"{value:.2f} s"
        return f"{value:.0f} {self.unit}"

    def target_text(self) -> str:
        if self.target is None:
            return ""
        if self.of_ratio:
            return f"<= {self.target:g}x"
        return f"<= {self.shown(self.target)}"

    def holds_text(self) -> str:
        return {True: "yes", False: "NO", None: ""}[self.holds]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["holds"] = self.holds
        data["target_of"] = "ratio" if self.of_ratio else "value"
        del data["of_ratio"]
        return data


@dataclass(frozen=True)
class Settings:
    quick: bool
    huge: bool
    repeat: int
    megabytes: int        # the large attachment of the bundle and backup cases
    incidents: int        # the "many incidents" cases
    scales: tuple[int, ...]   # archive sizes of the scale case
    keep: str | None = None   # build the scale case's archives here once, reuse them

    @classmethod
    def make(cls, *, quick: bool, huge: bool, repeat: int | None,
             keep: str | None = None) -> Settings:
        if quick:
            return cls(quick, huge, repeat or 3, 20, 2_000,
                       (10_000, 1_000_000) if huge else (10_000,), keep)
        scales = (10_000, 100_000, 1_000_000) if huge else (100_000,)
        return cls(quick, huge, repeat or 5, 200, 10_000, scales, keep)

    def describe(self) -> str:
        return (f"{'quick' if self.quick else 'full'} run, {self.repeat} runs each, "
                f"{self.megabytes} MB attachment, {self.incidents:,} incidents, archives of "
                + ", ".join(f"{n:,}" for n in self.scales))

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def median(values: list[float]) -> float:
    return statistics.median(values)


def clock(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def alternate(runs: int, ours: Callable[[int], float], theirs: Callable[[int], float],
              label: str) -> tuple[list[float], list[float]]:
    """Run ours and the peer's in turn ``runs`` times (so a busy moment of the machine falls
    on both alike); each callable times itself (its set-up is not part of the figure)."""
    mine, peer = [], []
    for run in range(runs):
        mine.append(ours(run))
        peer.append(theirs(run))
        print(f"  {label} run {run + 1}: {mine[-1]:.3f} s vs {peer[-1]:.3f} s", flush=True)
    return mine, peer


def shell(command: str, cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, check=True)
    return time.perf_counter() - started


def write_random(path: Path, size: int) -> None:
    with open(path, "wb") as out:
        left = size
        while left:
            chunk = min(left, 8 * MB)
            out.write(os.urandom(chunk))
            left -= chunk


def rss_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fill(archive: Any, count: int, batch: int = 10_000) -> float:
    """Save ``count`` seeded synthetic incidents in batches; return the seconds spent."""
    from synthetic import incidents

    from desktop_app.core.interchange import parse_incidents

    started = time.perf_counter()
    for start in range(0, count, batch):
        made = incidents(min(batch, count - start), seed=start + 1)
        archive.incidents.save_many(list(parse_incidents(made)), "bench")
    return time.perf_counter() - started
