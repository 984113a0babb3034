"""Monitor → coordinator and back, through the `tirkeu` command (in-process), on two vaults
of one machine: export, import, receipts and purge, --since-last, replays, older bundles,
gaps, conflicts and their resolution, deletions, a 20 MiB attachment in bounded memory, and
no file written besides the one named."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import threading
import time
import tracemalloc
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import bundlekit as bk
from bundlekit import COORDINATOR, MONITOR, Vault
from desktop_app.storage.archive import open_archive
from desktop_app.sync import chain

DATA = bk.REALISTIC

# --- watching what gets written ----------------------------------------------------------------

_WRITES: list[list[str]] = []
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _WRITES or event != "open":
        return
    path, mode, flags = args
    writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        isinstance(flags, int) and flags & _WRITE_FLAGS)
    if writing and isinstance(path, (str, bytes, os.PathLike)):
        _WRITES[-1].append(os.fsdecode(path))


sys.addaudithook(_audit)


def _files(*folders: Path) -> set[str]:
    return {str(p) for folder in folders for p in folder.rglob("*") if p.is_file()}


@contextmanager
def writes_only(allowed: list[Path], *folders: Path,
                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Python opens nothing for writing but ``allowed`` (and its ``.part``), no file appears
    in ``folders`` but ``allowed``, and the temporary folder stays empty."""
    scratch = tmp_path / f"tmp-{uuid.uuid4().hex[:8]}"
    scratch.mkdir()
    before = _files(*folders)
    with monkeypatch.context() as patched:
        patched.setattr(tempfile, "tempdir", str(scratch))
        patched.setenv("TMPDIR", str(scratch))
        _WRITES.append([])
        try:
            yield
        finally:
            written = _WRITES.pop()
    names = {str(p) for p in allowed} | {f"{p}.part" for p in allowed}
    assert set(written) <= names, sorted(set(written) - names)
    assert _files(*folders) - before == {str(p) for p in allowed if p.exists()}
    assert not any(p.endswith(".part") for p in _files(*folders))
    assert list(scratch.iterdir()) == []


# --- helpers -----------------------------------------------------------------------------------

def edit(vault: Vault, incident_id: str, folder: Path, **changes: Any) -> None:
    """Change some fields of an incident with `tirkeu add --json` (a new revision)."""
    item = vault.ok("show", incident_id, "--json").json()
    item.update(changes)
    path = folder / f"edit-{uuid.uuid4().hex[:8]}.json"
    path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    assert "revised 1" in vault.ok("add", "--json", path).out


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {i["id"]: i for i in items}


def stored_files(vault: Vault) -> dict[str, list[tuple[str, str, int, str]]]:
    """incident id → (filename, SHA-256 recorded, size, SHA-256 of the bytes held)."""
    out: dict[str, list[tuple[str, str, int, str]]] = {}
    with open_archive(vault.data_dir, bk.PASSPHRASE) as archive:
        for incident_id in archive.incidents.all_ids():
            for info in archive.attachments.for_incident(incident_id):
                digest = hashlib.sha256()
                for chunk in archive.attachments.chunks(info.id):
                    digest.update(chunk)
                out.setdefault(incident_id, []).append(
                    (info.filename, info.sha256, info.size, digest.hexdigest()))
    return out


def export(vault: Vault, folder: Path, name: str, *args: str, to: str = COORDINATOR) -> Path:
    path = folder / name
    result = vault.ok("export", "--to", to, *args, "--out", path)
    assert path.is_file(), result.out
    return path


# --- the round trip ------------------------------------------------------------------------------

def test_monitor_to_coordinator_and_back_through_the_cli(
        tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monitor = Vault(capsys, tmp_path / "monitor", passphrase_file)
    coordinator = Vault(capsys, tmp_path / "coordinator", passphrase_file)
    monitor.ok("init", "--name", MONITOR, "--no-recovery-code")
    coordinator.ok("init", "--name", COORDINATOR, "--no-recovery-code")

    # Cards swapped, fingerprints read aloud and compared.
    cards = tmp_path / "cards"
    cards.mkdir()
    monitor.ok("identity", "--out", cards / "monitor.json")
    coordinator.ok("identity", "--out", cards / "coordinator.json")
    added = monitor.ok("contacts", "add", cards / "coordinator.json", "--yes", "--coordinator")
    coordinator.ok("contacts", "add", cards / "monitor.json", "--yes")
    words = json.loads((cards / "coordinator.json").read_text(encoding="utf-8"))["fingerprint"]
    assert words in added.out
    assert words in monitor.ok("contacts", "list").out
    assert "coordinator" in monitor.ok("contacts", "list").out

    # The monitor records incidents and attaches files (the same photo to two incidents).
    monitor.ok("add", "--json", DATA)
    ids = [i["id"] for i in monitor.listed()]
    files = tmp_path / "files"
    files.mkdir()
    photo, scan = files / "picket.jpg", files / "decision.pdf"
    photo.write_bytes(bk.photo_with_gps(size=(1000, 750)))
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(300_000))
    for incident_id, path in ((ids[0], photo), (ids[1], scan), (ids[2], photo)):
        monitor.ok("attach", incident_id, path)
    sent_files = stored_files(monitor)

    outbox = tmp_path / "usb"
    outbox.mkdir()
    bundle = outbox / "marat-1.tirkeu"
    with writes_only([bundle], outbox, monitor.data_dir, monkeypatch=monkeypatch,
                     tmp_path=tmp_path):
        exported = monitor.ok("export", "--to", COORDINATOR, "--out", bundle)
    assert "10 incident(s), 2 attachment(s)" in exported.out
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1\n")

    receipt = outbox / "receipt-1.tirkeu"
    with writes_only([receipt], outbox, coordinator.data_dir, monkeypatch=monkeypatch,
                     tmp_path=tmp_path):
        imported = coordinator.ok("import", bundle, "--receipt-out", receipt)
    assert "10 new, 0 updated, 0 unchanged; 3 attachment(s) added" in imported.out
    assert "Wrote a receipt" in imported.out

    # The coordinator holds what the monitor has: the PDF byte for byte, the photo as a
    # copy rebuilt from its pixels, with the original's SHA-256 recorded beside the copy's.
    assert by_id(coordinator.listed()) == by_id(monitor.listed())
    received = stored_files(coordinator)
    original_sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert received[ids[1]] == sent_files[ids[1]]
    for incident_id in (ids[0], ids[2]):
        [(name, recorded, _, held)] = received[incident_id]
        assert name == "picket.jpg" and recorded == held != original_sha
        assert sent_files[incident_id][0][1] == original_sha
    shown = coordinator.ok("show", ids[0]).out
    assert "picket.jpg" in shown and original_sha in shown and "without hidden data" in shown

    # Meanwhile the monitor edits one incident and records a new one.
    edit(monitor, ids[3], tmp_path, title="Edited after the bundle left")
    new = tmp_path / "new.json"
    new.write_text(json.dumps({"title": "Recorded after the bundle left", "date": "2024-01",
                               "region": "astana", "violations": ["threat"]}), encoding="utf-8")
    monitor.ok("add", "--json", new)

    with writes_only([], outbox, monitor.data_dir, monkeypatch=monkeypatch, tmp_path=tmp_path):
        confirmed = monitor.ok("import", receipt)
    assert "10 incident revision(s) confirmed as delivered" in confirmed.out
    purged = monitor.ok("purge", "--delivered", "--yes")
    assert "Purged 9 " in purged.out
    left = by_id(monitor.listed())
    assert {item["title"] for item in left.values()} == {
        "Edited after the bundle left", "Recorded after the bundle left"}
    assert set(stored_files(monitor)) <= set(left)  # purged attachments went with them
    assert len(coordinator.listed()) == 10

    # What is left reaches the coordinator with the next bundle, and only that.
    second = export(monitor, outbox, "marat-2.tirkeu", "--since-last")
    assert "2 new" not in (result := coordinator.ok("import", second)).out
    assert "1 new, 1 updated, 0 unchanged" in result.out
    assert set(by_id(coordinator.listed())) == set(ids) | set(left)


# --- what --since-last sends --------------------------------------------------------------------

def test_since_last_sends_only_what_changed(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, coordinator = pair
    ids = [i["id"] for i in monitor.listed()]
    first = export(monitor, tmp_path, "1.tirkeu")
    assert "10 new" in coordinator.ok("import", first).out

    nothing = monitor.ok("export", "--to", COORDINATOR, "--since-last", "--out",
                         tmp_path / "2.tirkeu")
    assert "Nothing new" in nothing.out and "no file was written" in nothing.out
    assert not (tmp_path / "2.tirkeu").exists()
    assert not (tmp_path / "2.tirkeu.part").exists()

    edit(monitor, ids[4], tmp_path, status="verified", place="Akimat")
    changed = monitor.ok("export", "--to", COORDINATOR, "--since-last", "--out",
                         tmp_path / "2.tirkeu")
    assert "1 incident(s), 0 attachment(s)" in changed.out
    result = coordinator.ok("import", tmp_path / "2.tirkeu")
    assert "0 new, 1 updated, 0 unchanged" in result.out
    assert by_id(coordinator.listed()) == by_id(monitor.listed())

    # --all sends everything again; nothing changes at the other end.
    everything = export(monitor, tmp_path, "3.tirkeu", "--all")
    assert "0 new, 0 updated, 10 unchanged" in coordinator.ok("import", everything).out


def test_since_last_sends_a_file_attached_after_the_last_bundle(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, coordinator = pair
    ids = [i["id"] for i in monitor.listed()]
    coordinator.ok("import", export(monitor, tmp_path, "1.tirkeu"))
    scan = tmp_path / "late-evidence.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(10_000))
    monitor.ok("attach", ids[5], scan)
    result = monitor.ok("export", "--to", COORDINATOR, "--since-last", "--out",
                        tmp_path / "2.tirkeu")
    assert "1 attachment(s)" in result.out
    coordinator.ok("import", tmp_path / "2.tirkeu")
    assert ids[5] in stored_files(coordinator)


# --- replays, older bundles, gaps --------------------------------------------------------------

def test_importing_the_same_bundle_again_changes_nothing(pair: tuple[Vault, Vault],
                                                         tmp_path: Path) -> None:
    monitor, coordinator = pair
    bundle = export(monitor, tmp_path, "1.tirkeu")
    coordinator.ok("import", bundle)
    before, listed = coordinator.state(), coordinator.listed_text()
    again = coordinator(*["import", bundle])
    assert again.code == 0 and again.err == ""
    assert "imported before" in again.out and "nothing changed" in again.out
    assert coordinator.state() == before
    assert coordinator.listed_text() == listed


def test_a_replay_leaves_no_decryption_thread_behind(pair: tuple[Vault, Vault],
                                                     tmp_path: Path) -> None:
    monitor, coordinator = pair
    big = tmp_path / "video.mp4"
    big.write_bytes(os.urandom(4 * 1024 * 1024))  # more than the pipe between the threads
    monitor.ok("attach", monitor.listed()[0]["id"], big)
    bundle = export(monitor, tmp_path, "1.tirkeu")
    coordinator.ok("import", bundle)
    earlier = set(threading.enumerate())

    def ours() -> list[threading.Thread]:
        return [t for t in threading.enumerate() if t.name == "age-decrypt" and t not in earlier]

    assert "imported before" in coordinator.ok("import", bundle).out
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline and ours():
        time.sleep(0.05)
    assert ours() == []


def test_bundle_1_arriving_after_bundle_2_is_imported_and_the_newer_edit_kept(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    """Out-of-order delivery loses nothing: bundle 1 was never imported, so it is not a
    replay; it brings what only it carries, and the edit bundle 2 brought stays."""
    monitor, coordinator = pair
    ids = [i["id"] for i in monitor.listed()]
    first = export(monitor, tmp_path, "1.tirkeu")
    edit(monitor, ids[0], tmp_path, title="Second version")
    second = export(monitor, tmp_path, "2.tirkeu")
    assert "1 new" in coordinator.ok("import", second).out  # only what changed came along
    late = coordinator.ok("import", first)
    assert f"Imported bundle 1 from {MONITOR}: {len(ids) - 1} new" in late.out
    assert "1 older than what is here (kept ours)" in late.out
    assert "not arrived" not in late.out
    listed = by_id(coordinator.listed())
    assert sorted(listed) == sorted(ids)
    assert listed[ids[0]]["title"] == "Second version"
    # Each is now imported: a second copy of either is a replay.
    assert "imported before; nothing changed" in coordinator.ok("import", first).out
    assert "imported before; nothing changed" in coordinator.ok("import", second).out


def test_a_gap_in_the_chain_is_reported_until_it_is_filled(pair: tuple[Vault, Vault],
                                                           tmp_path: Path) -> None:
    monitor, coordinator = pair
    ids = [i["id"] for i in monitor.listed()]
    bundles = [export(monitor, tmp_path, "1.tirkeu")]
    for n in (2, 3, 4):
        edit(monitor, ids[n], tmp_path, title=f"Version {n}")
        bundles.append(export(monitor, tmp_path, f"{n}.tirkeu"))
    coordinator.ok("import", bundles[0])
    third = coordinator.ok("import", bundles[2])
    assert "Imported bundle 3" in third.out
    assert f"{MONITOR}: bundle 2 has not arrived (3 has)." in third.out
    fourth = coordinator.ok("import", bundles[3])
    assert f"{MONITOR}: bundle 2 has not arrived (3 and 4 have)." in fourth.out
    listed = by_id(coordinator.listed())
    assert listed[ids[3]]["title"] == "Version 3"
    assert listed[ids[2]]["title"] != "Version 2"  # that edit travels in the missing bundle
    filled = coordinator.ok("import", bundles[1])
    assert "Imported bundle 2" in filled.out and "not arrived" not in filled.out
    assert by_id(coordinator.listed())[ids[2]]["title"] == "Version 2"
    with open_archive(coordinator.data_dir, bk.PASSPHRASE) as archive:
        assert chain.gaps(archive) == []


# --- merging -------------------------------------------------------------------------------------

def _conflict(monitor: Vault, coordinator: Vault, tmp_path: Path) -> str:
    """Both vaults edit the same incident after a common bundle; the monitor's edit then
    arrives at the coordinator. Returns the incident's id."""
    target = monitor.listed()[1]["id"]
    coordinator.ok("import", export(monitor, tmp_path, "1.tirkeu"))
    edit(monitor, target, tmp_path, title="The monitor's title", status="verified")
    edit(coordinator, target, tmp_path, title="The coordinator's title")
    result = coordinator.ok("import", export(monitor, tmp_path, "2.tirkeu"))
    assert "1 in conflict" in result.out
    return target


def test_concurrent_edits_keep_both_versions(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, coordinator = pair
    target = _conflict(monitor, coordinator, tmp_path)
    assert by_id(coordinator.listed())[target]["title"] == "The coordinator's title"
    with open_archive(coordinator.data_dir, bk.PASSPHRASE) as archive:
        (conflict,) = archive.conflicts.open()
        assert conflict.incident_id == target
        assert conflict.local["title"] == "The coordinator's title"
        assert conflict.remote["title"] == "The monitor's title"
        assert conflict.remote["status"] == "verified"
        assert conflict.sender == MONITOR and conflict.remote_saved_by == MONITOR
    # Importing the same edit again does not make a second conflict.
    again = coordinator.ok("import", tmp_path / "2.tirkeu")
    assert "imported before" in again.out
    with open_archive(coordinator.data_dir, bk.PASSPHRASE) as archive:
        assert archive.conflicts.open_count() == 1


def test_a_resolved_conflict_sent_back_moves_the_other_side_forward(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, coordinator = pair
    target = _conflict(monitor, coordinator, tmp_path)
    with open_archive(coordinator.data_dir, bk.PASSPHRASE) as archive:
        (conflict,) = archive.conflicts.open()
        archive.conflicts.resolve(conflict.id, conflict.remote, COORDINATOR)  # theirs wins
        assert archive.conflicts.open_count() == 0
    assert by_id(coordinator.listed())[target]["title"] == "The monitor's title"

    back = export(coordinator, tmp_path, "back.tirkeu", to=MONITOR)
    result = monitor.ok("import", back)
    assert "in conflict" not in result.out and "1 updated" in result.out
    assert by_id(monitor.listed()) == by_id(coordinator.listed())
    with open_archive(monitor.data_dir, bk.PASSPHRASE) as archive:
        assert archive.conflicts.open_count() == 0
        history = archive.incidents.history(target)
    with open_archive(coordinator.data_dir, bk.PASSPHRASE) as archive:
        assert archive.incidents.history(target)[-1].revision_id == history[-1].revision_id

    # And forward again: the coordinator sees nothing new in conflict.
    again = export(monitor, tmp_path, "3.tirkeu")
    assert "in conflict" not in coordinator.ok("import", again).out


def test_an_older_revision_never_overwrites_a_newer_one(pair: tuple[Vault, Vault],
                                                        tmp_path: Path) -> None:
    monitor, coordinator = pair
    target = monitor.listed()[6]["id"]
    coordinator.ok("import", export(monitor, tmp_path, "1.tirkeu"))
    edit(monitor, target, tmp_path, title="Newer, not yet sent")
    # The coordinator's copy (still the first revision) comes back to the monitor.
    back = export(coordinator, tmp_path, "back.tirkeu", to=MONITOR)
    result = monitor.ok("import", back)
    assert "1 older than what is here (kept ours)" in result.out
    assert by_id(monitor.listed())[target]["title"] == "Newer, not yet sent"
    # The newer one then reaches the coordinator normally.
    assert "1 updated" in coordinator.ok("import", export(monitor, tmp_path, "2.tirkeu")).out
    assert by_id(coordinator.listed())[target]["title"] == "Newer, not yet sent"


def test_a_deleted_incident_is_not_revived(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, coordinator = pair
    ids = [i["id"] for i in monitor.listed()]
    coordinator.ok("import", export(monitor, tmp_path, "1.tirkeu"))
    coordinator.ok("delete", ids[7])
    edit(monitor, ids[7], tmp_path, title="Edited after the coordinator deleted it")
    result = coordinator.ok("import", export(monitor, tmp_path, "2.tirkeu"))
    assert "1 deleted here (not revived)" in result.out
    assert ids[7] not in by_id(coordinator.listed())

    # The other way round: the monitor deletes one, the coordinator's copy comes back.
    monitor.ok("delete", ids[8])
    back = monitor.ok("import", export(coordinator, tmp_path, "back.tirkeu", to=MONITOR))
    assert "deleted here (not revived)" in back.out
    assert ids[8] not in by_id(monitor.listed())


# --- receipts ------------------------------------------------------------------------------------

def test_only_a_coordinators_receipt_lets_the_monitor_purge(
        pair: tuple[Vault, Vault], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        passphrase_file: Path) -> None:
    monitor, _coordinator = pair
    peer_dir = tmp_path / "peer"
    peer = bk.new_archive(peer_dir, "Another Monitor")
    with open_archive(monitor.data_dir, bk.PASSPHRASE) as mine:
        bk.introduce(peer, mine)
        bk.introduce(mine, peer)  # trusted signer, not a coordinator
    peer.close()
    peer_cli = Vault(capsys, peer_dir, passphrase_file)
    bundle = export(monitor, tmp_path, "to-peer.tirkeu", to="Another Monitor")
    peer_cli.ok("import", bundle, "--receipt-out", tmp_path / "peer-receipt.tirkeu")
    before = monitor.state()
    line = monitor.refused("import", tmp_path / "peer-receipt.tirkeu")
    assert "Another Monitor, who is not one of your coordinators" in line
    assert monitor.state() == before
    assert "Purged 0 " in monitor.ok("purge", "--delivered", "--yes").out
    assert len(monitor.listed()) == 10


def test_purge_keeps_what_a_receipt_does_not_confirm(pair: tuple[Vault, Vault],
                                                     tmp_path: Path) -> None:
    monitor, coordinator = pair
    ids = [i["id"] for i in monitor.listed()]
    assert "Purged 0 " in monitor.ok("purge", "--delivered", "--yes").out  # nothing confirmed
    bundle = export(monitor, tmp_path, "1.tirkeu")
    edit(monitor, ids[0], tmp_path, title="Changed while the bundle travelled")
    coordinator.ok("import", bundle, "--receipt-out", tmp_path / "r.tirkeu")
    monitor.ok("import", tmp_path / "r.tirkeu")
    assert "Purged 9 " in monitor.ok("purge", "--delivered", "--yes").out
    assert [i["id"] for i in monitor.listed()] == [ids[0]]
    # A receipt is itself a bundle: importing it twice changes nothing more.
    assert "imported before" in monitor.ok("import", tmp_path / "r.tirkeu").out


# --- a large attachment ---------------------------------------------------------------------------

def test_a_20_mib_attachment_travels_in_bounded_memory(
        pair: tuple[Vault, Vault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monitor, coordinator = pair
    size = 20 * 1024 * 1024
    video = tmp_path / "video.mp4"
    with open(video, "wb") as handle:
        for _ in range(20):
            handle.write(os.urandom(1024 * 1024))
    digest = hashlib.sha256(video.read_bytes()).hexdigest()
    target = monitor.listed()[0]["id"]
    monitor.ok("attach", target, video)
    outbox = tmp_path / "usb"
    outbox.mkdir()
    bundle = outbox / "big.tirkeu"

    tracemalloc.start()
    try:
        with writes_only([bundle], outbox, monitor.data_dir, monkeypatch=monkeypatch,
                         tmp_path=tmp_path):
            monitor.ok("export", "--to", COORDINATOR, "--out", bundle)
        _, export_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        with writes_only([], outbox, coordinator.data_dir, monkeypatch=monkeypatch,
                         tmp_path=tmp_path):
            result = coordinator.ok("import", bundle)
        _, import_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert bundle.stat().st_size > size
    assert "1 attachment(s) added" in result.out
    # About 5 MiB for export and 7-9 MiB for import whatever the size (pipes and 1 MiB
    # chunks); a file held whole would cost at least its 20 MiB.
    assert export_peak < size / 2, f"export peaked at {export_peak / 2**20:.1f} MiB"
    assert import_peak < size / 2, f"import peaked at {import_peak / 2**20:.1f} MiB"
    assert stored_files(coordinator)[target] == [("video.mp4", digest, size, digest)]
