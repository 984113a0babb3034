"""An export that fails after the bundle was sealed (a damaged page met when the ledger is
written, a rename refused) leaves no bundle on disk, says one sentence, and the next export
gives the coordinator one bundle per number: never two different bundles numbered alike."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

import bundlekit as bk
from bundlekit import COORDINATOR, Vault
from desktop_app.core.interchange import parse_incidents
from desktop_app.storage.database import sqlcipher_module
from desktop_app.sync import export as export_module

DAMAGED_LEDGER = ("The archive is damaged in its ledger of bundles sent; nothing was changed. "
                  "Restore your backup (tirkeu restore) into a new folder.")


@dataclass
class Fault:
    """While ``on``, every engine meets a damaged page (what SQLCipher says of a page that
    fails its HMAC) when it writes the ledger of bundles sent; ``met`` counts the times."""

    on: bool = True
    met: list[str] = field(default_factory=list)


@pytest.fixture
def damaged_ledger() -> Iterator[Fault]:
    fault = Fault()
    dbapi = sqlcipher_module()

    def inject(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if fault.on and statement.lstrip().upper().startswith("INSERT INTO BUNDLES_SENT"):
            fault.met.append(statement)
            raise dbapi.DatabaseError("database disk image is malformed")

    event.listen(Engine, "before_cursor_execute", inject)
    try:
        yield fault
    finally:
        event.remove(Engine, "before_cursor_execute", inject)


def _outbox(tmp_path: Path) -> Path:
    """An empty folder the bundles are written to, so whatever is left there shows."""
    folder = tmp_path / "outbox"
    folder.mkdir()
    return folder


def test_a_ledger_that_cannot_be_written_leaves_no_bundle(
        pair: tuple[Vault, Vault], tmp_path: Path, damaged_ledger: Fault) -> None:
    monitor, coordinator = pair
    count = len(monitor.listed())
    outbox = _outbox(tmp_path)
    line = monitor.refused("export", "--to", COORDINATOR, "--out", outbox / "first.tirkeu")
    assert damaged_ledger.met, "the fault was never met"
    assert line == f"tirkeu: {DAMAGED_LEDGER}"
    assert list(outbox.iterdir()) == []  # no bundle, no .part

    # The page mended, the next export takes the number the failed one had: safe, as the
    # failed bundle exists nowhere. The coordinator gets one bundle 1, complete.
    damaged_ledger.on = False
    second = outbox / "second.tirkeu"
    wrote = monitor.ok("export", "--to", COORDINATOR, "--since-last", "--out", second)
    assert f"Wrote bundle 1 to {second}: {count} incident(s)" in wrote.out
    assert f"Imported bundle 1 from {bk.MONITOR}: {count} new" in coordinator.ok(
        "import", second).out


def test_a_receipt_whose_ledger_cannot_be_written_leaves_no_file(
        pair: tuple[Vault, Vault], tmp_path: Path, damaged_ledger: Fault) -> None:
    monitor, coordinator = pair
    damaged_ledger.on = False
    bundle = tmp_path / "1.tirkeu"
    monitor.ok("export", "--to", COORDINATOR, "--out", bundle)
    damaged_ledger.on = True
    receipt = tmp_path / "receipt.tirkeu"
    result = coordinator("import", bundle, "--receipt-out", receipt)
    assert result.code == 1 and result.err == f"tirkeu: {DAMAGED_LEDGER}\n"
    assert not receipt.exists() and not Path(f"{receipt}.part").exists()


def test_a_refused_rename_takes_the_ledger_entry_back(
        pair: tuple[Vault, Vault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ledger committed, then the bundle could not take its name: nothing was sent, so
    the number and the incidents go back (the next --since-last bundle carries them)."""
    monitor, coordinator = pair
    count = len(monitor.listed())

    def refused(source: Any, target: Any) -> None:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patched:
        patched.setattr(export_module.os, "replace", refused)
        outbox = _outbox(tmp_path)
        out = outbox / "b.tirkeu"
        line = monitor.refused("export", "--to", COORDINATOR, "--out", out)
    assert line == f"tirkeu: Cannot write {out}: Permission denied."
    assert list(outbox.iterdir()) == []
    wrote = monitor.ok("export", "--to", COORDINATOR, "--since-last", "--out", out)
    assert f"Wrote bundle 1 to {out}: {count} incident(s)" in wrote.out
    assert os.path.isfile(out)
    assert f"{count} new" in coordinator.ok("import", out).out


@pytest.mark.parametrize("damage", ["changed", "short", "long"])
def test_a_file_that_no_longer_matches_its_hash_is_not_sent(tmp_path: Path, damage: str) -> None:
    """A file whose stored bytes no longer match the SHA-256 recorded when it was attached
    (changed in place, a chunk lost, a chunk too many) stops the export: no bundle, no
    part file, nothing in the ledger, one sentence."""
    monitor = bk.new_archive(tmp_path / "monitor", bk.MONITOR)
    coordinator = bk.new_archive(tmp_path / "coordinator", COORDINATOR)
    try:
        bk.introduce(monitor, coordinator, coordinator=True)
        incident = bk.fresh_incident("Evidence")
        monitor.incidents.save_many(list(parse_incidents([incident])), bk.MONITOR)
        video = tmp_path / "video.bin"
        video.write_bytes(os.urandom(2 * 1024 * 1024 + 5))  # three chunks
        info = monitor.attachments.add_file(incident["id"], video)
        statement = {
            "changed": "UPDATE attachment_chunks SET data = zeroblob(length(data)) WHERE seq = 1",
            "short": "DELETE FROM attachment_chunks WHERE seq = 2",
            "long": "INSERT INTO attachment_chunks (attachment_id, seq, data) "
                    "SELECT attachment_id, 3, data FROM attachment_chunks WHERE seq = 2",
        }[damage]
        with monitor.database.transaction() as conn:
            conn.exec_driver_sql(statement)
        outbox = _outbox(tmp_path)
        with pytest.raises(export_module.ExportRefused, match="no longer matches"):
            export_module.export_bundle(monitor, [COORDINATOR], outbox / "b.tirkeu",
                                        since_last=True)
        assert list(outbox.iterdir()) == []
        with monitor.database.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM bundles_sent").scalar() == 0
        assert info.size == video.stat().st_size
    finally:
        monitor.close()
        coordinator.close()
