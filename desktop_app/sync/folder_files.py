"""The files of a shared folder as one pass sees them: which are still arriving, which
are someone else's, which are for this vault, told as cheaply as possible.

A transport copies a file while we look. Syncthing writes ``.syncthing.NAME.tmp`` and
renames it when complete; Nextcloud's client writes ``.NAME.~XXXX``; Tirkeu itself writes
``NAME.part``; a USB stick or ``cp`` writes the file in place, growing. None of these is
read until it has settled: a temporary name, a file changed in the last few seconds, or a
file whose size cannot be that of a whole age file (cut short) is left for the next pass.
Whether a settled file is for this vault is told from its age header alone (a few hundred
bytes): a file for someone else is never read further, never reported, never touched.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop_app.crypto.age_header import VERSION_LINE, AgeFormatError, read_header
from desktop_app.crypto.age_unwrap import opens, payload_can_be_complete
from desktop_app.sync import bundle_format as fmt

SUFFIX = ".tirkeu"
# A file changed more recently than this may still be growing (a copy in place).
SETTLE_SECONDS = 2.0
HEADER_BYTES = 64 * 1024


def is_temporary(name: str) -> bool:
    """A name transports and Tirkeu give a file while it is being written."""
    return (name.endswith(".part")
            or (name.startswith(".syncthing.") and name.endswith(".tmp"))
            or name.startswith(".~") or ".~" in name)


@dataclass(frozen=True)
class Stat:
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Stat | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(st.st_size, st.st_mtime_ns)


def settled(stat: Stat, now: float | None = None) -> bool:
    """Not changed in the last SETTLE_SECONDS."""
    now = time.time() if now is None else now
    return now - stat.mtime_ns / 1e9 >= SETTLE_SECONDS


# What the header says: someone else's, ours, cut short (still arriving), or no bundle.
Addressing = Literal["other", "ours", "waiting", "bad"]


def addressing(path: Path, stat: Stat, age_identity: str) -> Addressing:
    """Read only the age header of ``path`` and say who it is for."""
    try:
        with open(path, "rb") as handle:
            header = read_header(handle, max_bytes=HEADER_BYTES)
    except OSError:
        return "waiting"  # replaced or removed while we looked
    except AgeFormatError:
        # A header cut short is a file still arriving; any other flaw makes it no bundle.
        return "waiting" if _ends_early(path, stat) else "bad"
    if not opens(header, age_identity):
        return "other"
    if stat.size > fmt.MAX_BUNDLE_BYTES:
        return "ours"  # the import refuses it, with its own sentence
    if not payload_can_be_complete(stat.size - len(header.raw)):
        return "waiting"
    return "ours"


def _ends_early(path: Path, stat: Stat) -> bool:
    """Whether the file is the start of an age file that ends before its header does
    (every header line ends in a newline; the last one starts with ``---``)."""
    if stat.size >= HEADER_BYTES:
        return False
    try:
        data = path.read_bytes()
    except OSError:
        return True
    first = VERSION_LINE + b"\n"
    if not (data.startswith(first) or first.startswith(data)):
        return False
    rest = data.split(b"\n--- ", 1)
    return len(rest) == 1 or b"\n" not in rest[1]


def neutral_name(folder: Path) -> Path:
    """A new file name in ``folder`` that says nothing: 128 random bits, hex."""
    while True:
        path = folder / (os.urandom(16).hex() + SUFFIX)
        if not path.exists() and not path.with_name(path.name + ".part").exists():
            return path
