"""Tamper: bits flipped in tirkeu.db (its first page and pages past it), in a WAL holding
committed frames not yet checkpointed, and in vault.json (every field, and bytes of its
base64 values). Each flip must end in a refusal — one sentence, a typed error, and from
the command exit 1 with one line on stderr — or, where the flip hit bytes nothing reads
(a free page, a slot this unlock does not use), in exactly the data read before: the
listing and every row of every table. Never different data.

Flips are seeded; both outcomes are counted and most flips must be refusals.

Found: a flip in the WAL is neither (see test_flips_in_the_wal, an expected failure): the
vault opens without the transactions the WAL held.
"""

from __future__ import annotations

import base64
import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import TirkeuError
from desktop_app.core.interchange import parse_incidents
from desktop_app.storage.archive import open_archive
from desktop_app.storage.database import DATABASE_FILE
from tests.conftest import PASSPHRASE
from tests.security import cli_session as cs
from tests.security.canary import record
from tests.sync import bundlekit as bk

SEED = 20261203
PAGE = 4096  # SQLCipher 4's page size
VAULT_FILE = "vault.json"


def new_vault(folder: Path, count: int) -> Any:
    archive = bk.new_archive(folder, "Tamper Monitor")
    archive.incidents.save_many(list(parse_incidents(
        [record(f"kept-{n:04x}", n) for n in range(count)])), archive.author)
    return archive


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A locked vault (WAL folded in and empty): 25 incidents and an attachment."""
    folder = tmp_path_factory.mktemp("tamper") / "closed"
    archive = new_vault(folder, 25)
    source = folder.parent / "evidence.bin"
    source.write_bytes(random.Random(SEED).randbytes(3 * PAGE * 10))
    archive.attachments.add_file(archive.incidents.all_ids()[0], source)
    archive.close()
    return folder


@pytest.fixture(scope="module")
def open_vault_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of a vault taken while the program held it open: its last transactions are
    committed frames of the WAL, not yet in tirkeu.db (as on a laptop seized unlocked)."""
    root = tmp_path_factory.mktemp("tamper-wal")
    archive = new_vault(root / "live", 10)
    try:
        archive.database.checkpoint()
        for late in parse_incidents([record(f"late-{n:04x}", n) for n in range(5)]):
            archive.incidents.save(late, archive.author)  # five transactions in the WAL
        copy = root / "copy"
        copy.mkdir()
        for name in ("vault.json", "vault.key", DATABASE_FILE, DATABASE_FILE + "-wal"):
            shutil.copy2(root / "live" / name, copy / name)
    finally:
        archive.close()
    assert (copy / (DATABASE_FILE + "-wal")).stat().st_size > 10 * PAGE
    return copy


def read_back(folder: Path) -> tuple[str, Any]:
    """("refused", the sentence) or ("read", the listing and every table's rows)."""
    try:
        with open_archive(folder, PASSPHRASE) as archive:
            return "read", (bk.listing_json(archive), bk.table_dump(archive))
    except TirkeuError as exc:
        return "refused", bk.one_line_refusal(exc)


class Flips:
    """Copies of a pristine folder, one changed file each, judged against the pristine
    read-back: refusal or identical data."""

    def __init__(self, pristine: Path, work: Path):
        self.pristine, self.work = pristine, work
        self.expected = self._read(lambda folder: None)
        assert self.expected[0] == "read"
        self.refused: list[str] = []
        self.identical: list[str] = []
        self.different: list[str] = []

    def _read(self, change: Callable[[Path], None]) -> tuple[str, Any]:
        copy = self.work / "copy"  # one at a time, removed after its read-back
        shutil.copytree(self.pristine, copy)
        change(copy)
        try:
            return read_back(copy)
        finally:
            shutil.rmtree(copy, ignore_errors=True)

    def try_change(self, what: str, change: Callable[[Path], None]) -> None:
        outcome, found = self._read(change)
        if outcome == "refused":
            self.refused.append(f"{what}: {found}")
        elif found == self.expected[1]:
            self.identical.append(what)
        else:
            self.different.append(what)

    def flip(self, name: str, position: int, mask: int = 0x01) -> None:
        def change(folder: Path) -> None:
            data = bytearray((folder / name).read_bytes())
            data[position] ^= mask
            (folder / name).write_bytes(bytes(data))
        self.try_change(f"{name}[{position}]^{mask:#04x}", change)

    def report(self) -> str:
        return (f"{len(self.refused)} refused, {len(self.identical)} identical, "
                f"{len(self.different)} different: {self.different}")


def seeded_positions(chance: random.Random, start: int, end: int, count: int) -> list[int]:
    return sorted(chance.sample(range(start, end), count))


def test_flips_in_the_database_file(closed_vault: Path, tmp_path: Path) -> None:
    flips = Flips(closed_vault, tmp_path / "work")
    chance = random.Random(SEED)
    size = (closed_vault / DATABASE_FILE).stat().st_size
    # Page 1: SQLCipher's salt (16 bytes, plain), then the encrypted rest of the page.
    for position in [*seeded_positions(chance, 0, 16, 2), *seeded_positions(chance, 16, PAGE, 4)]:
        flips.flip(DATABASE_FILE, position, 1 << chance.randrange(8))
    for position in seeded_positions(chance, PAGE, size, 14):
        flips.flip(DATABASE_FILE, position, 1 << chance.randrange(8))
    print(f"tirkeu.db ({size // PAGE} pages): {flips.report()}")
    assert flips.different == []
    assert len(flips.refused) > len(flips.identical)


def test_flips_in_the_wal(open_vault_copy: Path, tmp_path: Path) -> None:
    """Refusal before a later commit (storage/wal_check.py); inside the last transaction a
    flip cannot be told from a write torn by a crash, and the vault opens as after one:
    without that transaction, every earlier one there (docs/SECURITY.md)."""
    flips = Flips(open_vault_copy, tmp_path / "work")
    listing = json.loads(flips.expected[1][0])
    assert sum("late-" in i["title"] for i in listing) == 5  # the WAL's frames are read
    wal = DATABASE_FILE + "-wal"
    data = (open_vault_copy / wal).read_bytes()
    frame = 24 + PAGE
    commits = [i for i in range((len(data) - 32) // frame)
               if int.from_bytes(data[32 + i * frame + 4:32 + i * frame + 8], "big")]
    assert len(commits) >= 5
    last_starts = 32 + (commits[-2] + 1) * frame  # the last transaction's first frame
    chance = random.Random(SEED)
    # The WAL header (32 bytes), then frames of a 24-byte header and one page each.
    for position in [*seeded_positions(chance, 0, 32, 2),
                     *seeded_positions(chance, 32, last_starts, 10)]:
        flips.flip(wal, position, 1 << chance.randrange(8))
    print(f"{wal} ({len(data)} bytes): {flips.report()}")
    assert flips.different == []
    assert len(flips.refused) == 12

    torn = Flips(open_vault_copy, tmp_path / "torn")
    torn.expected = torn._read(lambda folder: (folder / wal).write_bytes(data[:last_starts]))
    assert sum("late-" in i["title"] for i in json.loads(torn.expected[1][0])) == 4
    # In the last transaction: refused if its commit frame is still good (a frame before
    # it is bad), else read as torn; in its commit frame (the WAL's last), always torn.
    last_frame = 32 + commits[-1] * frame
    for position in [*seeded_positions(chance, last_starts, last_frame, 3),
                     *seeded_positions(chance, last_frame, len(data), 2)]:
        torn.flip(wal, position, 1 << chance.randrange(8))
    assert torn.different == [], torn.report()
    assert len(torn.refused) + len(torn.identical) == 5 and len(torn.identical) >= 2


def leaves(node: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in leaves(value, (*path, key))]
    return [path]


def changed_value(value: Any, chance: random.Random) -> Any:
    """``value`` with one bit changed: in a base64 value, a bit of the decoded bytes."""
    if isinstance(value, bool) or value is None:
        return not value
    if isinstance(value, int):
        return value ^ 1
    try:
        raw = bytearray(base64.b64decode(value, validate=True))
    except (ValueError, TypeError):
        raw = bytearray()
    if len(raw) >= 8:
        raw[chance.randrange(len(raw))] ^= 1 << chance.randrange(8)
        return base64.b64encode(bytes(raw)).decode("ascii")
    text = list(str(value))
    spot = chance.randrange(len(text))
    text[spot] = chr(ord(text[spot]) ^ 1)
    return "".join(text)


def test_flips_in_vault_json(closed_vault: Path, tmp_path: Path) -> None:
    flips = Flips(closed_vault, tmp_path / "work")
    header = json.loads((closed_vault / VAULT_FILE).read_text(encoding="utf-8"))
    chance = random.Random(SEED)
    for path in leaves(header):
        new = changed_value(_get(header, path), chance)

        def change(folder: Path, path: tuple[str, ...] = path, new: Any = new) -> None:
            doctored = json.loads((folder / VAULT_FILE).read_text(encoding="utf-8"))
            _get(doctored, path[:-1])[path[-1]] = new
            (folder / VAULT_FILE).write_text(json.dumps(doctored, indent=2), encoding="utf-8")
        flips.try_change(".".join(path), change)
    text = (closed_vault / VAULT_FILE).read_bytes()
    base64_spans = [i for i, b in enumerate(text) if chr(b).isalnum() or chr(b) in "+/="]
    for position in sorted(chance.sample(base64_spans, 8)):
        flips.flip(VAULT_FILE, position, 1 << chance.randrange(8))
    print(f"vault.json ({len(leaves(header))} fields): {flips.report()}")
    assert flips.different == []
    assert len(flips.refused) > len(flips.identical)


def _get(node: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


@pytest.mark.parametrize(("name", "position"), [(DATABASE_FILE, PAGE + 100),
                                                (DATABASE_FILE, 5), (VAULT_FILE, 60)])
def test_the_command_refuses_a_flip_in_one_line(closed_vault: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                passphrase_file: Path, name: str,
                                                position: int) -> None:
    folder = Path(shutil.copytree(closed_vault, tmp_path / "copy"))
    data = bytearray((folder / name).read_bytes())
    data[position] ^= 0x10
    (folder / name).write_bytes(bytes(data))
    result = cs.run_here(cs.Step("list", ("--data-dir", str(folder), "--passphrase-file",
                                          str(passphrase_file), "list", "--json")), capsys)
    assert result.code == 1, result
    assert result.out == ""
    assert result.err.startswith("tirkeu: ") and result.err.count("\n") == 1, result.err
