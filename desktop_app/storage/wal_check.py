"""The WAL checked before SQLite reads it: a damaged journal is refused, not half-replayed.

Between a save and the next checkpoint, committed transactions live in ``tirkeu.db-wal``
(a lock folds them into the database and empties it, so this matters after a crash or a
copy taken while the vault was open). SQLite replays the WAL's frames in order and stops,
without a word, at the first frame whose checksum or salt is wrong, as it must for a
write torn by a crash. A bit flipped in an earlier frame then drops every transaction
after it, and the vault opens as if they had never been made.

SQLite writes a transaction's frames in order, its commit frame last, and with
``synchronous = FULL`` syncs the WAL at each commit before the next transaction writes.
A crash therefore leaves the last frames unwritten or torn, never a good commit frame
after a bad one. This module reads the format (sqlite.org/fileformat2.html, "The
Write-Ahead Log"; SQLCipher encrypts the pages but not the frame headers) and says the WAL
is damaged when a good commit frame follows a bad frame, or a good frame follows a bad
WAL header. Two limits, both written in docs/SECURITY.md: damage in the last frames
(after the last good commit) cannot be told from a torn write, so SQLite drops that last
transaction as after a crash; and a power cut whose disk wrote the commit frame of the
last transaction but not an earlier frame of it (a drive reordering writes before the
sync) is refused as damaged, though only that unsaved transaction is at stake.

Each frame's checksum is checked from the checksum *stored* in the frame before it, so
frames after a bad one can still be judged on their own.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
_MAGIC_LITTLE, _MAGIC_BIG = 0x377F0682, 0x377F0683
_MASK = 0xFFFFFFFF


class WalDamaged(Exception):
    """The WAL holds committed transactions SQLite would silently drop."""


def check_wal(path: Path) -> None:
    """Raise WalDamaged if the WAL at ``path`` is damaged before a later commit.

    A missing or empty WAL is fine. Another process may be writing it (the window open
    while a command runs): a verdict of damage counts only if the file did not change
    while it was read."""
    for _attempt in range(2):
        try:
            before = os.stat(path)
            data = path.read_bytes()
            after = os.stat(path)
        except FileNotFoundError:
            return
        if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
            continue  # being written as we read: read again
        problem = _problem(data)
        if problem is None:
            return
        if len(data) == after.st_size and os.stat(path).st_mtime_ns == after.st_mtime_ns:
            raise WalDamaged(problem)
    # Changing under us both times: a live writer, whose WAL SQLite does not recover.


def _problem(data: bytes, page_size_hint: int = 4096) -> str | None:
    if len(data) < HEADER_BYTES:
        return None
    magic, _version, page_size, _seq, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", data[:HEADER_BYTES])
    if not _plausible_page_size(page_size):
        page_size = page_size_hint  # a flipped size: look for frames where they would be
    known = {_MAGIC_LITTLE: "<", _MAGIC_BIG: ">"}
    for order in [known[magic]] if magic in known else ["<", ">"]:
        header_good = (magic in known
                       and _checksum(order, data[:24], (0, 0)) == (sum1, sum2))
        problem = _frames_problem(data, order, page_size, header_good, (salt1, salt2),
                                  (sum1, sum2))
        if problem is not None:
            return problem
    return None


def _frames_problem(data: bytes, order: str, page_size: int, header_good: bool,
                    salts: tuple[int, int], seed: tuple[int, int]) -> str | None:
    frame_size = FRAME_HEADER_BYTES + page_size
    frames = (len(data) - HEADER_BYTES) // frame_size
    first_bad: int | None = None if header_good else -1
    for index in range(frames):
        start = HEADER_BYTES + index * frame_size
        frame = data[start:start + frame_size]
        _page, commit, f_salt1, f_salt2, f_sum1, f_sum2 = struct.unpack(">6I", frame[:24])
        good = _checksum(order, frame[:8] + frame[24:], seed) == (f_sum1, f_sum2)
        seed = (f_sum1, f_sum2)
        ours = (f_salt1, f_salt2) == salts
        if first_bad is None:
            if good and ours:
                continue
            first_bad = index
        if first_bad == -1 and index == 0 and good:
            return "its header is damaged"  # SQLite would ignore every frame
        if index > first_bad and commit and good and ours:
            return "a frame before a committed change is damaged"
    return None


def _plausible_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _checksum(order: str, data: bytes, seed: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum: two running sums over pairs of 32-bit words."""
    s1, s2 = seed
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & _MASK
        s2 = (s2 + words[i + 1] + s1) & _MASK
    return s1, s2
