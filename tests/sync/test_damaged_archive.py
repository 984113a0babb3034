"""A damaged page of a real vault's tirkeu.db (bytes changed after a checkpoint, so the
page fails SQLCipher's HMAC) met by any command: one sentence naming the part, exit 1,
never a traceback, and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bundlekit as bk
from bundlekit import COORDINATOR, Vault
from desktop_app.storage.archive import open_archive
from desktop_app.storage.database import DATABASE_FILE

PAGE = 4096  # SQLCipher 4's page size

DAMAGED_INCIDENTS = ("tirkeu: The archive is damaged in its incident records; nothing was "
                     "changed. Restore your backup (tirkeu restore) into a new folder.")


def damage(folder: Path, table: str) -> None:
    """Change bytes in the middle of the root page of ``table`` in ``folder``'s database
    (closed, so its WAL is folded in and empty)."""
    with open_archive(folder, bk.PASSPHRASE) as archive, archive.database.reading() as conn:
        root = conn.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                    (table,)).scalar_one()
    path = folder / DATABASE_FILE
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    data = bytearray(path.read_bytes())
    start = (root - 1) * PAGE + PAGE // 2
    data[start:start + 16] = bytes(b ^ 0x5A for b in data[start:start + 16])
    path.write_bytes(bytes(data))


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def test_every_command_meeting_a_damaged_page_says_one_sentence(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, _coordinator = pair
    incident = monitor.listed()[0]
    changed = {**incident, "title": "Changed after the damage"}
    record = tmp_path / "record.json"
    record.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    damage(monitor.data_dir, "incidents")
    before = _files(monitor.data_dir)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    for command in (["list"], ["list", "--json"], ["show", incident["id"]],
                    ["search", "пикета"], ["summary", "--format", "json"],
                    ["export", "--to", COORDINATOR, "--out", outbox / "b.tirkeu"],
                    ["add", "--json", record], ["delete", incident["id"]]):
        assert monitor.refused(*command) == DAMAGED_INCIDENTS, command
    assert list(outbox.iterdir()) == []
    assert _files(monitor.data_dir) == before


def test_an_import_into_a_damaged_archive_says_one_sentence(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, coordinator = pair
    bundle = tmp_path / "1.tirkeu"
    monitor.ok("export", "--to", COORDINATOR, "--out", bundle)
    damage(coordinator.data_dir, "incidents")
    before = _files(coordinator.data_dir)
    assert coordinator.refused("import", bundle) == DAMAGED_INCIDENTS
    assert _files(coordinator.data_dir) == before


@pytest.mark.parametrize(("table", "part"), [("attachment_chunks", "its attachments"),
                                             ("contacts", "its contacts")])
def test_the_sentence_names_the_damaged_part(pair: tuple[Vault, Vault], tmp_path: Path,
                                             table: str, part: str) -> None:
    monitor, _coordinator = pair
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"pixels" * 1000)
    monitor.ok("attach", monitor.listed()[0]["id"], photo)
    damage(monitor.data_dir, table)
    line = monitor.refused("export", "--to", COORDINATOR, "--out", tmp_path / "b.tirkeu")
    assert line.startswith(f"tirkeu: The archive is damaged in {part}; nothing was changed.")
    assert not (tmp_path / "b.tirkeu").exists()
