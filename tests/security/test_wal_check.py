"""A damaged WAL is refused before SQLite half-replays it (storage/wal_check.py).

A copy of a vault taken while it was open holds its last transactions only in the WAL.
SQLite alone would stop at a damaged frame and open the vault without every transaction
after it, silently."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from desktop_app.core.interchange import incident_from_json
from desktop_app.storage import wal_check
from desktop_app.storage.archive import create_archive, open_archive
from desktop_app.storage.damage import ArchiveDamaged
from desktop_app.storage.database import DATABASE_FILE
from desktop_app.storage.wal_check import FRAME_HEADER_BYTES, HEADER_BYTES, WalDamaged, check_wal
from tests.conftest import PASSPHRASE

WAL = DATABASE_FILE + "-wal"
PAGE = 4096
FRAME = FRAME_HEADER_BYTES + PAGE


def incident(title: str):  # type: ignore[no-untyped-def]
    return incident_from_json({"title": title, "date": "2018-05-12", "region": "almaty_city",
                               "violations": ["arrest"]})


@pytest.fixture(scope="module")
def seized_open(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault copied while open: 3 incidents in the database, then 4 transactions of
    one incident each, committed in the WAL only."""
    root = tmp_path_factory.mktemp("wal")
    archive, _ = create_archive(root / "live", PASSPHRASE, recovery_code=False)
    try:
        archive.incidents.save_many([incident(f"early {n}") for n in range(3)], archive.author)
        archive.database.checkpoint()
        for n in range(4):
            archive.incidents.save(incident(f"late {n}"), archive.author)
        copy = root / "copy"
        copy.mkdir()
        for name in ("vault.json", "vault.key", DATABASE_FILE, WAL):
            shutil.copy2(root / "live" / name, copy / name)
    finally:
        archive.close()
    return copy


def titles(folder: Path, tmp: Path) -> list[str]:
    """What the vault shows, read from a copy (opening folds the WAL in and removes it)."""
    copy = tmp / f"read-{folder.name}"
    shutil.copytree(folder, copy)
    with open_archive(copy, PASSPHRASE) as archive:
        return sorted(s.title for s in archive.listing.page())


def commit_frames(wal: bytes) -> list[int]:
    count = (len(wal) - HEADER_BYTES) // FRAME
    return [i for i in range(count)
            if int.from_bytes(wal[HEADER_BYTES + i * FRAME + 4:][:4], "big")]


def flipped(folder: Path, tmp: Path, offset: int) -> Path:
    target = tmp / f"flip-{offset}"
    shutil.copytree(folder, target)
    data = bytearray((target / WAL).read_bytes())
    data[offset] ^= 0x10
    (target / WAL).write_bytes(bytes(data))
    return target


def test_an_intact_wal_opens_with_every_committed_transaction(
        seized_open: Path, tmp_path: Path) -> None:
    check_wal(seized_open / WAL)
    assert titles(seized_open, tmp_path) == [*(f"early {n}" for n in range(3)),
                                   *(f"late {n}" for n in range(4))]


def test_a_flip_before_a_later_commit_is_refused_and_changes_nothing(
        seized_open: Path, tmp_path: Path) -> None:
    wal = (seized_open / WAL).read_bytes()
    commits = commit_frames(wal)
    assert len(commits) >= 4
    rng = random.Random(7)
    # The WAL header, frame headers and encrypted pages of every transaction but the last.
    last_but_one = HEADER_BYTES + (commits[-2] + 1) * FRAME
    offsets = [3, 20, HEADER_BYTES + 2, HEADER_BYTES + 6,
               *(rng.randrange(HEADER_BYTES, last_but_one) for _ in range(8))]
    for offset in offsets:
        target = flipped(seized_open, tmp_path, offset)
        before = (target / WAL).read_bytes(), (target / DATABASE_FILE).read_bytes()
        with pytest.raises(ArchiveDamaged, match="journal of recent changes"):
            open_archive(target, PASSPHRASE)
        assert ((target / WAL).read_bytes(), (target / DATABASE_FILE).read_bytes()) == before


def test_a_flip_in_the_last_transaction_reads_as_a_torn_write(
        seized_open: Path, tmp_path: Path) -> None:
    """Indistinguishable from a crash during the last save: that save is dropped, every
    one before it is there (docs/SECURITY.md)."""
    wal = (seized_open / WAL).read_bytes()
    commits = commit_frames(wal)
    target = flipped(seized_open, tmp_path, HEADER_BYTES + commits[-1] * FRAME + 100)
    check_wal(target / WAL)
    shown = titles(target, tmp_path)
    assert "late 2" in shown and "late 3" not in shown


def test_a_wal_changing_while_read_is_not_judged(seized_open: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The window may be writing its WAL while a command opens the vault: a file that
    changes while it is read gets no verdict (SQLite does not recover a live WAL)."""
    target = flipped(seized_open, tmp_path, HEADER_BYTES + 6)
    with pytest.raises(WalDamaged):
        check_wal(target / WAL)
    sizes = iter(range(10**6, 2 * 10**6))
    real_stat = wal_check.os.stat

    class Growing:
        def __init__(self, path: Path) -> None:
            self.st_size, self.st_mtime_ns = next(sizes), real_stat(path).st_mtime_ns

    monkeypatch.setattr(wal_check.os, "stat", Growing)
    check_wal(target / WAL)


def test_a_torn_tail_alone_is_no_damage(seized_open: Path, tmp_path: Path) -> None:
    """A crash in the middle of writing the last frame: SQLite drops that transaction."""
    target = tmp_path / "torn"
    shutil.copytree(seized_open, target)
    wal = (target / WAL).read_bytes()
    (target / WAL).write_bytes(wal[:-PAGE // 2])
    check_wal(target / WAL)
    assert "late 2" in titles(target, tmp_path)
