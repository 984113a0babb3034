"""One pass over a shared folder (``sync.folder``), without any transport: a monitor, two
coordinators and an outsider sharing one folder, as Syncthing would leave it.

What a person would notice: work reaches both coordinators, receipts come back and the
monitor's own bundle leaves the folder once both hold it; a file still arriving is left
and taken once complete; a file for someone else is never read nor touched; a bad file is
reported once; and a pass with nothing new changes nothing at all.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import bundlekit as bk
from desktop_app.core.interchange import parse_incidents
from desktop_app.storage.archive import Archive, open_archive
from desktop_app.sync import folder as folder_pass
from desktop_app.sync import folder_files
from desktop_app.sync.export import export_bundle
from desktop_app.sync.folder import FolderGone, PassReport, describe, sync_folder
from desktop_app.sync.receipts import purge_delivered

MONITOR, ALPHA, BETA, OUTSIDER = "Marat", "Coordinator Aigerim", "Coordinator Bolat", "Olga"
INCIDENTS = 6
NEUTRAL = re.compile(r"^[0-9a-f]{32}\.tirkeu$")


@pytest.fixture(scope="session")
def network_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A monitor holding two coordinators' cards (and an outsider's), each coordinator
    holding the monitor's, the outsider knowing the monitor and Aigerim; made once."""
    root = tmp_path_factory.mktemp("network")
    vaults = {name: bk.new_archive(root / name, name)
              for name in (MONITOR, ALPHA, BETA, OUTSIDER)}
    try:
        monitor, alpha, beta, outsider = vaults.values()
        bk.introduce(monitor, alpha, coordinator=True)
        bk.introduce(monitor, beta, coordinator=True)
        bk.introduce(monitor, outsider)
        bk.introduce(alpha, monitor)
        bk.introduce(beta, monitor)
        bk.introduce(outsider, monitor)
        bk.introduce(outsider, alpha, coordinator=True)
        monitor.incidents.save_many(list(parse_incidents(bk.realistic(INCIDENTS))), MONITOR)
    finally:
        for archive in vaults.values():
            archive.close()
    return root


@dataclass
class Network:
    monitor: Archive
    alpha: Archive
    beta: Archive
    outsider: Archive
    folder: Path


@pytest.fixture
def net(network_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[Network]:
    # Files made by the test are complete at once; the settling time has its own test.
    monkeypatch.setattr(folder_files, "SETTLE_SECONDS", 0.0)
    archives = []
    for name in (MONITOR, ALPHA, BETA, OUTSIDER):
        shutil.copytree(network_template / name, tmp_path / name)
        archives.append(open_archive(tmp_path / name, bk.PASSPHRASE))
    shared = tmp_path / "shared"
    shared.mkdir()
    yield Network(*archives, folder=shared)
    for archive in archives:
        archive.close()


def files_in(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file of the folder: size, modification time and SHA-256."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns,
                     hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.iterdir())}


def disk(vault: Path) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file of a vault's data folder."""
    return {str(p.relative_to(vault)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(vault.rglob("*")) if p.is_file()}


def a_bundle_for_the_coordinators(net: Network, tmp_path: Path) -> bytes:
    """The bytes of the monitor's next bundle to both coordinators, made in a folder of
    its own (as if it were still on its way)."""
    staging = tmp_path / "staging"
    staging.mkdir(exist_ok=True)
    assert sync_folder(net.monitor, staging).bundles_out == 1
    [made] = staging.iterdir()
    return made.read_bytes()


def test_work_reaches_both_coordinators_and_leaves_once_both_confirm(net: Network) -> None:
    sent = sync_folder(net.monitor, net.folder)
    assert sent == PassReport(bundles_out=1)
    [bundle] = files_in(net.folder)
    assert NEUTRAL.match(bundle), bundle  # nothing in the name says who, what or when

    assert sync_folder(net.alpha, net.folder) == PassReport(bundles_in=1, receipts_out=1)
    assert len(net.alpha.incidents.all_ids()) == INCIDENTS
    back = sync_folder(net.monitor, net.folder)
    assert back == PassReport(receipts_in=1)  # Bolat has not got it yet: it stays
    assert bundle in files_in(net.folder)

    assert sync_folder(net.beta, net.folder) == PassReport(bundles_in=1, receipts_out=1)
    assert len(net.beta.incidents.all_ids()) == INCIDENTS
    assert sync_folder(net.monitor, net.folder) == PassReport(receipts_in=1, removed=1)
    left = files_in(net.folder)
    assert bundle not in left and len(left) == 2  # the two receipts: not the monitor's
    assert all(NEUTRAL.match(name) for name in left)
    assert not [n for n in os.listdir(net.folder) if n.endswith(".part")]

    # Nobody removes anybody else's file: the receipts stay, whoever passes.
    for archive in (net.monitor, net.alpha, net.beta, net.outsider):
        assert sync_folder(archive, net.folder) == PassReport()
    assert files_in(net.folder) == left


def test_a_receipt_from_either_coordinator_counts(net: Network) -> None:
    sync_folder(net.monitor, net.folder)
    sync_folder(net.alpha, net.folder)
    assert sync_folder(net.monitor, net.folder).receipts_in == 1
    assert net.monitor.delivery_counts().unconfirmed == 0
    assert purge_delivered(net.monitor) == INCIDENTS  # Aigerim's word is enough to purge
    # ... but the bundle stays in the folder until Bolat has it too.
    assert sync_folder(net.beta, net.folder).bundles_in == 1
    assert len(net.beta.incidents.all_ids()) == INCIDENTS
    assert sync_folder(net.monitor, net.folder) == PassReport(receipts_in=1, removed=1)


def test_a_pass_with_nothing_new_writes_nothing(net: Network,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for archive in (net.monitor, net.alpha, net.beta, net.monitor, net.alpha, net.beta,
                    net.outsider):  # until each has met every file once
        sync_folder(archive, net.folder)
    before = files_in(net.folder)
    everyone = (net.monitor, net.alpha, net.beta, net.outsider)
    states = {a.owner_name: bk.table_dump(a) for a in everyone}
    on_disk = {a.owner_name: disk(a.folder) for a in everyone}
    read: list[str] = []  # nothing is decrypted, nor even hashed, again
    monkeypatch.setattr(folder_pass, "open_bundle", lambda _a, p, **_k: read.append(p.name))
    monkeypatch.setattr(folder_pass, "sha256_of", lambda p: read.append(p.name))
    monkeypatch.setattr(folder_files, "addressing", lambda p, *_a: read.append(p.name))
    for archive in everyone:
        report = sync_folder(archive, net.folder)
        assert report == PassReport() and not report.changed
        assert describe(report) == "nothing new"
    assert files_in(net.folder) == before
    assert {a.owner_name: bk.table_dump(a) for a in everyone} == states
    assert {a.owner_name: disk(a.folder) for a in everyone} == on_disk  # not a byte written
    assert read == []


def test_half_copied_files_wait_and_are_taken_once_complete(net: Network,
                                                            tmp_path: Path) -> None:
    data = a_bundle_for_the_coordinators(net, tmp_path)
    shared = net.folder
    cuts = {"a-header-cut.tirkeu": data[:60], "half.tirkeu": data[:len(data) // 2],
            "one-short.tirkeu": data[:-1]}
    temporary = [".syncthing.b.tirkeu.tmp", "c.tirkeu.part", ".d.tirkeu.~1f2e3d"]
    for name, part in cuts.items():
        (shared / name).write_bytes(part)
    for name in temporary:
        (shared / name).write_bytes(data)
    before = bk.table_dump(net.alpha)

    report = sync_folder(net.alpha, shared)
    assert report == PassReport(waiting=len(cuts) + len(temporary))
    assert describe(report) == "nothing new · 6 files still arriving"
    assert bk.table_dump(net.alpha) == before  # nothing refused, nothing remembered
    assert net.alpha.incidents.all_ids() == []

    (shared / "half.tirkeu").write_bytes(data)  # the copy completes
    assert sync_folder(net.alpha, shared) == PassReport(bundles_in=1, receipts_out=1,
                                                       waiting=5)
    assert len(net.alpha.incidents.all_ids()) == INCIDENTS
    # Syncthing renames its temporary file when done: the same bundle, not imported again.
    os.replace(shared / temporary[0], shared / "b.tirkeu")
    for name, _part in cuts.items():
        if name != "half.tirkeu":
            (shared / name).write_bytes(data)
    assert sync_folder(net.alpha, shared) == PassReport(waiting=2)


def test_a_file_still_growing_waits_until_it_settles(net: Network, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(folder_files, "SETTLE_SECONDS", 2.0)
    data = a_bundle_for_the_coordinators(net, tmp_path)
    path = net.folder / "copied-in-place.tirkeu"
    path.write_bytes(data)  # complete, but just written: a copy may still be going on
    assert sync_folder(net.alpha, net.folder) == PassReport(waiting=1)
    past = time.time() - 10
    os.utime(path, (past, past))
    assert sync_folder(net.alpha, net.folder) == PassReport(bundles_in=1, receipts_out=1)


def test_files_for_others_are_never_read_nor_touched(net: Network, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    export_bundle(net.monitor, [OUTSIDER], net.folder / "for-olga.tirkeu", since_last=True)
    theirs = net.folder / "for-olga.tirkeu"
    past = time.time() - 3600
    os.utime(theirs, (past, past))
    before = files_in(net.folder)
    opened: list[str] = []
    real_open, real_hash = folder_pass.open_bundle, folder_pass.sha256_of
    monkeypatch.setattr(folder_pass, "open_bundle",
                        lambda a, p, **k: opened.append(p.name) or real_open(a, p, **k))
    monkeypatch.setattr(folder_pass, "sha256_of",
                        lambda p: opened.append(p.name) or real_hash(p))
    for _ in range(2):
        assert sync_folder(net.alpha, net.folder) == PassReport()  # not reported, not waiting
        assert sync_folder(net.beta, net.folder) == PassReport()
    assert opened == []  # beyond its age header, its body was never read
    assert files_in(net.folder) == before  # content and time alike
    # Olga's own pass takes it; the monitor never removes what it exported by hand.
    assert sync_folder(net.outsider, net.folder).bundles_in == 1
    assert sync_folder(net.monitor, net.folder).removed == 0
    assert theirs.exists()


def test_a_bad_file_is_refused_once_and_remembered(net: Network, tmp_path: Path) -> None:
    data = bytearray(a_bundle_for_the_coordinators(net, tmp_path))
    data[len(data) // 2] ^= 0x40  # one bit changed inside the encrypted payload
    (net.folder / "doctored.tirkeu").write_bytes(bytes(data))
    (net.folder / "junk.tirkeu").write_bytes(os.urandom(3000))
    (net.folder / "notes.txt").write_text("not a bundle, not ours to judge")
    before = bk.store_state(net.alpha)

    report = sync_folder(net.alpha, net.folder)
    assert report.bundles_in == 0 and not report.changed
    refused = dict(report.refused)
    assert sorted(refused) == ["doctored.tirkeu", "junk.tirkeu"]
    for sentence in refused.values():
        bk.one_line_refusal(Exception(sentence))
    assert "changed or cut short" in refused["doctored.tirkeu"]
    assert describe(report) == "nothing new · 2 files refused"
    assert bk.store_state(net.alpha)["listing"] == before["listing"]
    assert bk.store_state(net.alpha)["counts"] == before["counts"]

    assert sync_folder(net.alpha, net.folder) == PassReport()  # silent the second time
    # The same content under another name is known by its hash: still silent.
    shutil.copy(net.folder / "doctored.tirkeu", net.folder / "copy-of-it.tirkeu")
    assert sync_folder(net.alpha, net.folder) == PassReport()
    assert sorted(os.listdir(net.folder)) == ["copy-of-it.tirkeu", "doctored.tirkeu",
                                              "junk.tirkeu", "notes.txt"]


def test_a_stranger_s_bundle_is_taken_once_they_are_a_contact(net: Network) -> None:
    net.outsider.incidents.save_many(list(parse_incidents(bk.realistic(1))), OUTSIDER)
    export_bundle(net.outsider, [ALPHA], net.folder / "from-olga.tirkeu", since_last=True)
    [(name, why)] = sync_folder(net.alpha, net.folder).refused
    assert name == "from-olga.tirkeu" and "not among your trusted contacts" in why
    assert sync_folder(net.alpha, net.folder) == PassReport()
    bk.introduce(net.alpha, net.outsider)  # the contacts changed: the file is opened again
    assert sync_folder(net.alpha, net.folder) == PassReport(bundles_in=1, receipts_out=1)


def test_a_vanished_folder_is_one_sentence(net: Network, tmp_path: Path) -> None:
    with pytest.raises(FolderGone) as caught:
        sync_folder(net.alpha, tmp_path / "unmounted")
    assert "is not there any more" in bk.one_line_refusal(caught.value)


def test_describe_says_each_count_once() -> None:
    assert describe(PassReport(bundles_in=3, receipts_out=1)) == "3 bundles in · 1 receipt out"
    assert describe(PassReport(receipts_in=1, bundles_out=1, removed=2)) == (
        "1 receipt in · 1 bundle out · 2 delivered files removed")
    assert describe(PassReport(waiting=1, refused=(("x.tirkeu", "Bad."),))) == (
        "nothing new · 1 file still arriving · 1 file refused")
    assert PassReport(removed=1).changed and not PassReport(waiting=3).changed


def test_a_receipt_owed_when_a_pass_stopped_is_written_by_the_next(
        net: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.crypto.files import CannotWrite

    sync_folder(net.monitor, net.folder)

    def full_disk(*_args: object) -> None:
        raise CannotWrite(net.folder / "x.tirkeu", "No space left on device")

    monkeypatch.setattr(folder_pass, "seal_receipt_for", full_disk)
    with pytest.raises(CannotWrite):
        sync_folder(net.alpha, net.folder)
    assert len(net.alpha.incidents.all_ids()) == INCIDENTS  # the import itself stands
    monkeypatch.undo()
    monkeypatch.setattr(folder_files, "SETTLE_SECONDS", 0.0)
    assert sync_folder(net.alpha, net.folder) == PassReport(receipts_out=1)
    assert sync_folder(net.alpha, net.folder) == PassReport()
    assert sync_folder(net.monitor, net.folder).receipts_in == 1
    assert net.monitor.delivery_counts().unconfirmed == 0


def test_a_revoked_coordinator_is_not_waited_for_and_its_receipt_refused(net: Network) -> None:
    from desktop_app.sync.revocation import revoke_contact

    sync_folder(net.monitor, net.folder)
    [bundle] = os.listdir(net.folder)
    sync_folder(net.alpha, net.folder)
    sync_folder(net.beta, net.folder)
    revoke_contact(net.monitor, BETA)  # Bolat's laptop was seized
    report = sync_folder(net.monitor, net.folder)
    [(_name, why)] = report.refused
    assert "revoked" in why
    # Aigerim's receipt is all it waits for now: the bundle leaves the folder.
    assert (report.receipts_in, report.removed) == (1, 1)
    assert not (net.folder / bundle).exists()
    assert sync_folder(net.monitor, net.folder) == PassReport()



def test_a_fault_that_is_not_the_files_is_said_but_not_remembered(
        net: Network, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The vault locking under a pass, a damaged page, a fault of the program: the file is
    not to blame, so the next pass tries it again instead of refusing a good bundle."""
    from desktop_app.sync import folder

    (net.folder / "good.tirkeu").write_bytes(a_bundle_for_the_coordinators(net, tmp_path))
    real = folder.open_bundle

    def failing(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the database was closed under the pass")

    monkeypatch.setattr(folder, "open_bundle", failing)
    report = sync_folder(net.alpha, net.folder)
    assert [name for name, _ in report.refused] == ["good.tirkeu"]
    assert "Something went wrong" in dict(report.refused)["good.tirkeu"]

    monkeypatch.setattr(folder, "open_bundle", real)
    again = sync_folder(net.alpha, net.folder)
    assert again.bundles_in == 1 and not again.refused
