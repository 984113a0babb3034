"""Forwarding between coordinators, through the `tirkeu` command (in-process) on three
vaults: a monitor (Marat) sends to coordinator Aigerim, who forwards to coordinator Dana.
Dana checks Marat's own signature, against her own contact for him when she has one (or
the card Aigerim forwarded with it), and sees who forwarded it; a doctored forward, one
from a contact who is not her coordinator, or one carrying a revoked key's bundle is
refused in one sentence and changes nothing; forwarding again, or importing the same
bundle both directly and forwarded, changes nothing."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

import bundlekit as bk
from bundlekit import Vault
from desktop_app.core.interchange import parse_incidents
from desktop_app.storage.archive import open_archive
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync.errors import BundleRejected

MONITOR, FIRST, SECOND = "Marat", "Aigerim", "Dana"


class Network:
    def __init__(self, root: Path, vaults: dict[str, Vault]):
        self.root, self.vaults = root, vaults

    def __getitem__(self, name: str) -> Vault:
        return self.vaults[name]

    def path(self, name: str) -> Path:
        return self.root / name


def build(tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str], *,
          second_knows_monitor: bool = True) -> Network:
    folders = {name: tmp_path / name for name in (MONITOR, FIRST, SECOND)}
    monitor, first, second = (bk.new_archive(folders[n], n) for n in (MONITOR, FIRST, SECOND))
    try:
        for coordinator in (first, second):
            coordinator.set_role("coordinator")
        bk.introduce(monitor, first, coordinator=True)
        bk.introduce(first, monitor)
        bk.introduce(first, second, coordinator=True)
        bk.introduce(second, first, coordinator=True)
        if second_knows_monitor:
            bk.introduce(second, monitor)
        monitor.incidents.save_many(list(parse_incidents(bk.realistic(3))), MONITOR)
    finally:
        for archive in (monitor, first, second):
            archive.close()
    return Network(tmp_path, {n: Vault(capsys, folders[n], passphrase_file) for n in folders})


@pytest.fixture
def net(tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> Network:
    return build(tmp_path, passphrase_file, capsys)


def sent_and_forwarded(net: Network) -> Path:
    """Marat's bundle (with an attachment) imported by Aigerim, forwarded to Dana."""
    evidence = net.root / "statement.txt"
    evidence.write_bytes(b"witness statement " * 100)
    first_id = net[MONITOR].listed()[0]["id"]
    net[MONITOR].ok("attach", first_id, evidence)
    net[MONITOR].ok("export", "--to", FIRST, "--out", net.path("m1.tirkeu"))
    net[FIRST].ok("import", net.path("m1.tirkeu"))
    out = net[FIRST].ok("forward", "--to", SECOND, "--out", net.path("f1.tirkeu")).out
    assert "1 bundle forwarded, signed by Marat" in out
    return net.path("f1.tirkeu")


def senders_of_revisions(vault: Vault) -> set[str]:
    with open_archive(vault.data_dir, bk.PASSPHRASE) as archive, \
            archive.database.reading() as conn:
        return set(conn.scalars(text("SELECT DISTINCT received_from FROM revisions")))


def fingerprint(vault: Vault) -> str:
    with open_archive(vault.data_dir, bk.PASSPHRASE) as archive:
        return archive.keys().card().fingerprint


def test_a_forward_carries_the_monitors_signature_to_the_second_coordinator(
        net: Network) -> None:
    forward = sent_and_forwarded(net)
    out = net[SECOND].ok("import", forward).out
    assert out.startswith("Forwarded by Aigerim: Imported bundle 1 from Marat: 3 new")
    assert "1 attachment(s) added" in out
    assert net[SECOND].listed_text() == net[MONITOR].listed_text()
    # The revisions are Marat's, not the forwarder's.
    assert senders_of_revisions(net[SECOND]) == {fingerprint(net[MONITOR])}
    assert "statement.txt" in net[SECOND].ok("show", net[MONITOR].listed()[0]["id"]).out


def test_forwarding_again_and_importing_twice_change_nothing(net: Network) -> None:
    forward = sent_and_forwarded(net)
    net[SECOND].ok("import", forward)
    again = net[FIRST].ok("forward", "--to", SECOND, "--out", net.path("f2.tirkeu")).out
    assert "no file was written" in again and not net.path("f2.tirkeu").exists()
    before = net[SECOND].state()
    assert "was imported before; nothing changed" in net[SECOND].ok("import", forward).out
    # Marat's bundle reaching Dana directly too (re-encrypted to her by Marat): a replay.
    with open_archive(net[MONITOR].data_dir, bk.PASSPHRASE) as monitor, \
            open_archive(net[SECOND].data_dir, bk.PASSPHRASE) as second:
        bk.introduce(monitor, second, coordinator=True)
    direct = net[MONITOR].ok("export", "--to", SECOND, "--all", "--out", net.path("m2.tirkeu"))
    assert direct.code == 0
    out = net[SECOND].ok("import", net.path("m2.tirkeu")).out
    assert "3 unchanged" in out
    assert net[SECOND].listed_text() == net[MONITOR].listed_text()
    assert before["listing"] == net[SECOND].state()["listing"]


def refold(net: Network, forward: Path, change: Callable[[list[bk.Entry]], None]) -> Path:
    """The forward opened, ``change``d, and signed again by Aigerim (a forwarder's valid
    signature around whatever she put inside), encrypted to Dana."""
    with open_archive(net[SECOND].data_dir, bk.PASSPHRASE) as second, \
            open_archive(net[FIRST].data_dir, bk.PASSPHRASE) as first:
        members = bk.members(bk.decrypt(forward.read_bytes(), second))
        entries = [bk.Entry(info.name, data) for info, data in members[2:]]
        change(entries)
        outer = json.loads(members[0][1])
        outer.update(members=[e.listed for e in entries], bundle_id=str(uuid.uuid4()))
        manifest = json.dumps(outer, ensure_ascii=False).encode("utf-8")
        signature = first.keys().sign(manifest, bk.NAMESPACE).encode("ascii")
        plain = bk.tar_of([bk.Entry("manifest.json", manifest),
                           bk.Entry("manifest.json.sig", signature), *entries])
        out = net.path(f"doctored-{uuid.uuid4().hex[:6]}.tirkeu")
        out.write_bytes(bk.seal(plain, [second.keys().age_recipient,
                                        first.keys().age_recipient]))
    return out


def _record(entries: list[bk.Entry]) -> bk.Entry:
    return next(e for e in entries if "/records/" in e.name)


def _inner_manifest(entries: list[bk.Entry]) -> bk.Entry:
    return next(e for e in entries if e.name.endswith("/manifest.json"))


def _change_record(entries: list[bk.Entry]) -> None:
    record = _record(entries)
    forged = record.data.replace(b'"saved_by": "Marat"', b'"saved_by": "Marot"', 1)
    assert forged != record.data and len(forged) == len(record.data)
    record.data = forged


def _change_manifest(entries: list[bk.Entry]) -> None:
    manifest = _inner_manifest(entries)
    obj = json.loads(manifest.data)
    obj["created_at"] = "2020-01-01T00:00:00Z"
    manifest.data = json.dumps(obj).encode("utf-8")


@pytest.mark.parametrize(("change", "said"), [
    (_change_record, "was changed after it was signed"),
    (_change_manifest, "does not carry a valid signature of Marat"),
])
def test_a_doctored_forward_is_refused_and_changes_nothing(
        net: Network, change: Callable[[list[bk.Entry]], None], said: str) -> None:
    doctored = refold(net, sent_and_forwarded(net), change)
    before = net[SECOND].state()
    assert said in net[SECOND].refused("import", doctored)
    assert net[SECOND].state() == before


def test_a_forward_of_a_revoked_monitors_bundle_is_refused(net: Network) -> None:
    forward = sent_and_forwarded(net)
    net[SECOND].ok("contacts", "revoke", MONITOR, "--yes")
    before = net[SECOND].state()
    assert "Marat's key, which you revoked on" in net[SECOND].refused("import", forward)
    assert net[SECOND].state() == before


def test_a_forward_from_a_contact_who_is_not_a_coordinator_is_refused(net: Network) -> None:
    forward = sent_and_forwarded(net)
    with open_archive(net[SECOND].data_dir, bk.PASSPHRASE) as second:
        second.contacts.set_roles(FIRST, coordinator=False)
    before = net[SECOND].state()
    assert net[SECOND].refused("import", forward) == (
        "tirkeu: This forwarded bundle is from Aigerim, who is not one of your coordinators; "
        "it was not imported.")
    assert net[SECOND].state() == before


def test_a_monitor_unknown_to_the_second_coordinator_is_checked_against_the_card(
        tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    net = build(tmp_path, passphrase_file, capsys, second_knows_monitor=False)
    forward = sent_and_forwarded(net)

    def other_card(entries: list[bk.Entry]) -> None:  # Aigerim's own card in Marat's place
        card = next(e for e in entries if e.name.endswith("/card.json"))
        with open_archive(net[FIRST].data_dir, bk.PASSPHRASE) as first:
            card.data = json.dumps(first.keys().card().to_json()).encode("utf-8")

    before = net[SECOND].state()
    assert "is not its signer's" in net[SECOND].refused("import", refold(net, forward,
                                                                         other_card))
    assert net[SECOND].state() == before
    out = net[SECOND].ok("import", forward).out
    assert ("Marat is not among your contacts: their signature was checked against the card "
            "Aigerim forwarded with it.") in out
    assert net[SECOND].listed_text() == net[MONITOR].listed_text()


def test_dana_can_forward_onwards_what_was_forwarded_to_her(net: Network) -> None:
    net[SECOND].ok("import", sent_and_forwarded(net))
    # Dana forwards back to Aigerim: Aigerim has it already, so it is a replay inside.
    net[SECOND].ok("forward", "--to", FIRST, "--out", net.path("back.tirkeu"))
    out = net[FIRST].ok("import", net.path("back.tirkeu")).out
    assert out.startswith("Forwarded by Dana: This bundle from Marat (number 1) was "
                          "imported before; nothing changed.")


def test_forward_refuses_a_recipient_who_is_not_a_coordinator(net: Network) -> None:
    net[MONITOR].ok("export", "--to", FIRST, "--out", net.path("m1.tirkeu"))
    net[FIRST].ok("import", net.path("m1.tirkeu"))
    assert "forwarded to coordinators only, and Marat is not one of yours" in net[FIRST].refused(
        "forward", "--to", MONITOR, "--out", net.path("f.tirkeu"))
    assert not net.path("f.tirkeu").exists()
    only = net[FIRST].ok("forward", "--to", SECOND, "--from", SECOND, "--out",
                         net.path("g.tirkeu")).out
    assert "no file was written" in only  # nothing from Dana was received


def test_new_kinds_need_the_manifest_version_that_brought_them() -> None:
    """A reader that knows version 1 only says "made by a newer Tirkeu" of a forward or an
    update (their manifests are version 2); a version 1 manifest claiming those kinds is
    malformed."""
    base = {"format": "tirkeu-bundle", "bundle_id": str(uuid.uuid4()),
            "sender": {"fingerprint": "a" * 64, "name": "X"}, "sequence": 1,
            "previous_manifest_sha256": None, "recipients": ["age1x"], "created_at": "",
            "members": []}
    for kind in ("forward", "vocabulary", "revocations"):
        assert fmt.parse_manifest(json.dumps({**base, "version": 2, "kind": kind}).encode())
        with pytest.raises(BundleRejected, match="malformed"):
            fmt.parse_manifest(json.dumps({**base, "version": 1, "kind": kind}).encode())
    for version, kind in ((3, "forward"), (2, "incidents"), (2, "a kind of the future")):
        with pytest.raises(BundleRejected, match="newer Tirkeu"):
            fmt.parse_manifest(json.dumps({**base, "version": version, "kind": kind}).encode())


def test_an_incident_deleted_by_the_forwarder_is_not_forwarded(net: Network) -> None:
    """Nothing deleted outlives its deletion in a kept original: the bundle holding it
    can no longer be forwarded, and the command says so."""
    net[MONITOR].ok("export", "--to", FIRST, "--out", net.path("m1.tirkeu"))
    net[FIRST].ok("import", net.path("m1.tirkeu"))
    gone = net[FIRST].listed()[0]["id"]
    net[FIRST].ok("delete", gone)
    with open_archive(net[FIRST].data_dir, bk.PASSPHRASE) as first, \
            first.database.reading() as conn:
        kept = list(conn.scalars(text("SELECT data FROM received_records")))
    assert kept and not any(gone.encode() in data for data in kept)
    out = net[FIRST].ok("forward", "--to", SECOND, "--out", net.path("f.tirkeu")).out
    assert out == ("Everything received has been forwarded to Dana already; no file was "
                   "written.\n1 bundle could not be forwarded: an incident or attachment it "
                   "holds is no longer here.\n")
    assert not net.path("f.tirkeu").exists()


def test_a_bundle_from_a_key_revoked_by_the_forwarder_is_not_forwarded(net: Network) -> None:
    net[MONITOR].ok("export", "--to", FIRST, "--out", net.path("m1.tirkeu"))
    net[FIRST].ok("import", net.path("m1.tirkeu"))
    net[FIRST].ok("contacts", "revoke", MONITOR, "--yes")
    out = net[FIRST].ok("forward", "--to", SECOND, "--out", net.path("f.tirkeu")).out
    assert out.endswith("1 bundle signed by a key you revoked was not forwarded.\n")
    assert not net.path("f.tirkeu").exists()
