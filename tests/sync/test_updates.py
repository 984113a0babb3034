"""Updates by bundle, signed by a coordinator, through the `tirkeu` command (in-process):
a vocabulary update (new codes with labels in three languages, codes retired, never
deleted) and a revocation list. A monitor applies one only from a coordinator contact,
says what changed, keeps it through a restart and a backup; an older update after a newer
one undoes nothing; once a list revokes a key, what it signs is refused."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

import bundlekit as bk
from bundlekit import Vault
from desktop_app.core.interchange import parse_incidents
from desktop_app.core.vocabulary import vocabulary
from desktop_app.storage.archive import open_archive

COORDINATOR, MONITOR, OTHER = "Aigerim", "Marat", "Bolat"
SHUTDOWN = {"vocabulary": "violation", "code": "internet_shutdown",
            "labels": {"en": "Internet shutdown", "ru": "Отключение интернета",
                       "kk": "Интернетті өшіру"}}
ARTICLE = {"vocabulary": "legal_article", "code": "criminal 999", "case_code": "criminal",
           "article": "999", "labels": {"en": "Art. 999 — Test", "ru": "Ст. 999 — Тест",
                                        "kk": "999-бап — Сынақ"}}
RETIRE_BLACKMAIL = {"vocabulary": "violation", "code": "blackmail", "retired": True}
REGION = {"vocabulary": "region", "code": "new_district",
          "labels": {"en": "New District", "ru": "Новый район", "kk": "Жаңа аудан"}}


class Net:
    def __init__(self, root: Path, vaults: dict[str, Vault]):
        self.root, self.vaults = root, vaults

    def __getitem__(self, name: str) -> Vault:
        return self.vaults[name]

    def terms(self, name: str, *terms: dict[str, Any]) -> Path:
        path = self.root / f"{name}.json"
        path.write_text(json.dumps({"terms": list(terms)}, ensure_ascii=False), "utf-8")
        return path

    def update(self, *terms: dict[str, Any], name: str = "u", by: str = COORDINATOR) -> Path:
        out = self.root / f"{name}.tirkeu"
        self[by].ok("vocabulary", "update", self.terms(name, *terms), "--to", MONITOR,
                    "--out", out)
        return out


@pytest.fixture
def net(tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> Net:
    """A coordinator, a monitor, and Bolat: a coordinator by his own vault's setting, but
    to the monitor only a trusted contact (not one of their coordinators)."""
    folders = {name: tmp_path / name for name in (COORDINATOR, MONITOR, OTHER)}
    coordinator, monitor, other = (bk.new_archive(folders[n], n)
                                   for n in (COORDINATOR, MONITOR, OTHER))
    try:
        coordinator.set_role("coordinator")
        other.set_role("coordinator")
        bk.introduce(monitor, coordinator, coordinator=True)
        bk.introduce(coordinator, monitor)
        bk.introduce(coordinator, other)
        bk.introduce(monitor, other)
        bk.introduce(other, monitor)
        monitor.incidents.save_many(list(parse_incidents(bk.realistic())), MONITOR)
    finally:
        for archive in (coordinator, monitor, other):
            archive.close()
    return Net(tmp_path, {n: Vault(capsys, folders[n], passphrase_file) for n in folders})


def network_terms(vault: Vault) -> tuple[set[str], set[str]]:
    """(codes of violations, those offered for a new choice), as the vault opened says."""
    with open_archive(vault.data_dir, bk.PASSPHRASE):
        words = vocabulary("violation")
        return set(words.codes), {t.code for t in words.offered}


def incident_with(vault: Vault, tmp: Path, violations: list[str]) -> Path:
    path = tmp / "new.json"
    path.write_text(json.dumps({"title": "Shutdown in the region", "date": "2026-11",
                                "region": "astana", "violations": violations}), "utf-8")
    return path


def test_a_coordinators_update_adds_and_retires_codes_and_says_so(net: Net) -> None:
    before = incident_with(net[MONITOR], net.root, ["internet_shutdown"])
    assert "unknown code 'internet_shutdown'" in net[MONITOR].refused("add", "--json", before)
    update = net.update(SHUTDOWN, ARTICLE, REGION, RETIRE_BLACKMAIL)
    out = net[MONITOR].ok("import", update).out
    assert out == ("Vocabulary update from Aigerim: added violation: internet_shutdown — "
                   "Internet shutdown; legal_article: criminal 999 — Art. 999 — Test; region: "
                   "new_district — New District; retired "
                   "violation: blackmail — Blackmail (kept on the incidents that hold them, no "
                   "longer offered).\n")
    net[MONITOR].ok("add", "--json", before)  # the new code is valid now
    in_region = json.loads(before.read_text("utf-8"))
    before.write_text(json.dumps({**in_region, "region": "new_district"}), "utf-8")
    net[MONITOR].ok("add", "--json", before)
    with open_archive(net[MONITOR].data_dir, bk.PASSPHRASE):
        assert vocabulary("region").label("new_district", "kk") == "Жаңа аудан"
        assert vocabulary("legal_article").label("criminal 999", "ru") == "Ст. 999 — Тест"
    codes, offered = network_terms(net[MONITOR])
    assert "internet_shutdown" in offered
    assert "blackmail" in codes and "blackmail" not in offered  # retired, not deleted
    # The coordinator applied its own update as it wrote it.
    assert network_terms(net[COORDINATOR]) == (codes, offered)


def test_a_retired_code_stays_valid_on_the_incidents_that_hold_it(net: Net) -> None:
    holding = [i for i in net[MONITOR].listed() if "blackmail" in i["violations"]]
    assert holding
    net[MONITOR].ok("import", net.update(RETIRE_BLACKMAIL))
    assert [i for i in net[MONITOR].listed() if "blackmail" in i["violations"]] == holding
    edited = dict(holding[0], title=holding[0]["title"] + " (edited)")
    path = net.root / "edited.json"
    path.write_text(json.dumps(edited, ensure_ascii=False), "utf-8")
    net[MONITOR].ok("add", "--json", path)
    with open_archive(net[MONITOR].data_dir, bk.PASSPHRASE):
        words = vocabulary("violation")
        assert words.label("blackmail") == "Blackmail"
        # What the editor's pickers offer: not the retired code, unless the incident has it.
        assert "blackmail" not in {t.code for t in words.offered_with(["arrest"])}
        assert "blackmail" in {t.code for t in words.offered_with(["blackmail"])}
    # An update that leaves a code out deletes nothing.
    net[MONITOR].ok("import", net.update(SHUTDOWN, name="u2"))
    assert "blackmail" in network_terms(net[MONITOR])[0]


@pytest.mark.parametrize("signer", ["monitor", "unknown", "revoked"])
def test_an_update_not_from_a_coordinator_contact_changes_nothing(net: Net, signer: str,
                                                                  tmp_path: Path) -> None:
    if signer == "monitor":
        update = net.update(SHUTDOWN, by=OTHER)
        said = ("tirkeu: This vocabulary update is from Bolat, who is not one of your "
                "coordinators; nothing was changed.")
    elif signer == "unknown":
        update = net.update(SHUTDOWN)
        net[MONITOR].ok("contacts", "remove", COORDINATOR)
        said = "not among your trusted contacts"
    else:
        update = net.update(SHUTDOWN)
        net[MONITOR].ok("contacts", "revoke", COORDINATOR, "--yes")
        said = "was signed by Aigerim's key, which you revoked on"
    before = net[MONITOR].state()
    assert said in net[MONITOR].refused("import", update)
    assert net[MONITOR].state() == before
    assert "internet_shutdown" not in network_terms(net[MONITOR])[0]


def test_an_older_update_after_a_newer_one_undoes_nothing(net: Net) -> None:
    older = net.update(SHUTDOWN, name="older")
    newer = net.update({**SHUTDOWN, "retired": True}, name="newer")
    assert "retired violation: internet_shutdown" in net[MONITOR].ok("import", newer).out
    out = net[MONITOR].ok("import", older).out
    assert out == ("Vocabulary update from Aigerim: nothing changed. 1 term was left as it "
                   "is: this vault holds a newer update of it.\n")
    codes, offered = network_terms(net[MONITOR])
    assert "internet_shutdown" in codes and "internet_shutdown" not in offered


def test_updates_survive_a_restart_and_a_backup(net: Net, tmp_path: Path,
                                                passphrase_file: Path) -> None:
    net[MONITOR].ok("import", net.update(SHUTDOWN, RETIRE_BLACKMAIL))
    expected = network_terms(net[MONITOR])  # opened again: the update was kept
    assert "internet_shutdown" in expected[1]
    backup = tmp_path / "monitor.backup"
    net[MONITOR].ok("backup", "--out", backup)
    restored = Vault(net[MONITOR].capsys, tmp_path / "restored", passphrase_file)
    restored.ok("restore", backup)
    assert network_terms(restored) == expected
    # Nothing of it outlives the vault in this process: a vault without it knows none.
    assert "internet_shutdown" not in network_terms(net[OTHER])[0]


def test_a_revocation_list_revokes_on_the_monitor_and_then_refuses_that_key(net: Net) -> None:
    bundle = net.root / "bolat.tirkeu"
    net[OTHER].ok("add", "--json", incident_with(net[OTHER], net.root, ["arrest"]))
    net[OTHER].ok("export", "--to", MONITOR, "--out", bundle)
    net[COORDINATOR].ok("contacts", "revoke", OTHER, "--yes")
    revocations = net.root / "revoked.tirkeu"
    assert "(1 revoked key," in net[COORDINATOR].ok(
        "revocations", "export", "--to", MONITOR, "--out", revocations).out
    out = net[MONITOR].ok("import", revocations).out
    assert out == ("Revocation list from Aigerim: 1 key revoked (Bolat); everything signed by "
                   "it is refused from now on.\n")
    assert "key revoked on" in net[MONITOR].ok("contacts", "list").out
    before = net[MONITOR].state()
    assert "was signed by Bolat's key, which you revoked on" in net[MONITOR].refused(
        "import", bundle)
    assert net[MONITOR].state() == before
    again = net[MONITOR].ok("import", revocations).out
    assert "imported before; nothing changed" in again


def crafted_list(net: Net, names: list[str]) -> Path:
    """A revocation list built by hand (FORMATS.md), signed by the coordinator, naming
    the keys of the vaults ``names``, encrypted to the monitor."""
    cards = []
    for name in names:
        with open_archive(net[name].data_dir, bk.PASSPHRASE) as archive:
            cards.append(archive.keys().card())
    content = json.dumps({"format": "tirkeu-revocation-list", "version": 1, "keys": [
        {"name": c.name, "fingerprint": c.fingerprint, "age_recipient": c.age_recipient,
         "ssh_key": c.ssh_key, "revoked_at": bk.now_text()} for c in cards]}).encode("utf-8")
    return crafted_update(net, "revocations", content)


def crafted_update(net: Net, kind: str, content: bytes) -> Path:
    """An update of ``kind`` holding ``content``, built by hand and really signed by the
    coordinator, encrypted to the monitor."""
    entry = bk.Entry("update.json", content)
    with open_archive(net[COORDINATOR].data_dir, bk.PASSPHRASE) as coordinator, \
            open_archive(net[MONITOR].data_dir, bk.PASSPHRASE) as monitor:
        signer, to = coordinator.keys(), monitor.keys().age_recipient
        manifest = json.dumps({
            "format": "tirkeu-bundle", "version": 2, "bundle_id": str(uuid.uuid4()),
            "kind": kind,
            "sender": {"fingerprint": signer.card().fingerprint, "name": COORDINATOR},
            "sequence": 1, "previous_manifest_sha256": None,
            "recipients": [to, signer.age_recipient], "created_at": bk.now_text(),
            "members": [entry.listed]}).encode("utf-8")
        signature = signer.sign(manifest, bk.NAMESPACE).encode("ascii")
        plain = bk.tar_of([bk.Entry("manifest.json", manifest),
                           bk.Entry("manifest.json.sig", signature), entry])
        out = net.root / f"crafted-{uuid.uuid4().hex[:6]}.tirkeu"
        out.write_bytes(bk.seal(plain, [to, signer.age_recipient]))
    return out


def test_a_list_never_revokes_the_importing_vault_nor_its_signer(net: Net) -> None:
    out = net[MONITOR].ok("import", crafted_list(net, [MONITOR, COORDINATOR, OTHER])).out
    assert out == ("Revocation list from Aigerim: 1 key revoked (Bolat); everything signed by "
                   "it is refused from now on. The list names this vault's own key; a vault "
                   "never revokes its own key, so it was left as it is.\n")
    listed = net[MONITOR].ok("contacts", "list").out
    assert "Aigerim  [coordinator, trusted signer]" in listed
    # The monitor still works with its coordinator: an export to it is written.
    net[MONITOR].ok("export", "--to", COORDINATOR, "--out", net.root / "after.tirkeu")
    assert (net.root / "after.tirkeu").is_file()


def test_the_commands_refuse_bad_input_in_one_sentence(net: Net) -> None:
    out = net.root / "u.tirkeu"
    assert "this vault is a monitor's" in net[MONITOR].refused(
        "vocabulary", "update", net.terms("t", SHUTDOWN), "--to", COORDINATOR, "--out", out)
    for bad, said in (({**SHUTDOWN, "labels": {"en": "Only English"}},
                       "needs labels in all three languages"),
                      ({"vocabulary": "gender", "code": "x"}, "the vocabulary must be one of"),
                      ({"vocabulary": "violation", "code": "nonexistent", "retired": True},
                       "needs labels in all three languages"),
                      ({**ARTICLE, "code": "criminal 998"}, "its code is the two with a space")):
        said_now = net[COORDINATOR].refused("vocabulary", "update", net.terms("bad", bad),
                                            "--to", MONITOR, "--out", out)
        assert said in said_now
    not_json = net.root / "broken.json"
    not_json.write_text("{terms: [", "utf-8")
    assert "is not valid JSON; nothing was written" in net[COORDINATOR].refused(
        "vocabulary", "update", not_json, "--to", MONITOR, "--out", out)
    assert "There is no contact named 'Nobody'" in net[COORDINATOR].refused(
        "vocabulary", "update", net.terms("t", SHUTDOWN), "--to", "Nobody", "--out", out)
    assert not out.exists() and not out.with_name(out.name + ".part").exists()
    assert "internet_shutdown" not in network_terms(net[COORDINATOR])[0]
    assert "No key has been revoked here" in net[COORDINATOR].refused(
        "revocations", "export", "--to", MONITOR, "--out", out)


def test_a_new_code_counts_in_summaries_once_the_vault_is_open(net: Net) -> None:
    net[MONITOR].ok("import", net.update(SHUTDOWN))
    net[MONITOR].ok("add", "--json", incident_with(net[MONITOR], net.root, ["internet_shutdown"]))
    counted = net[MONITOR].ok("summary", "--violation", "internet_shutdown").json()
    assert counted["incidents"] == 1
    assert counted["by_violation"] == {"internet_shutdown": 1}
    assert "unknown code 'no_such_code'" in net[MONITOR].refused(
        "summary", "--violation", "no_such_code")


@pytest.mark.parametrize(("kind", "content", "said"), [
    ("vocabulary", b"{not json", "it is not valid JSON"),
    ("vocabulary", json.dumps({"format": "tirkeu-vocabulary-update", "version": 1,
                               "revision": 0, "terms": [SHUTDOWN]}).encode(),
     "its revision is not a whole number from 1"),
    ("vocabulary", json.dumps({"format": "tirkeu-vocabulary-update", "version": 2,
                               "revision": 1, "terms": [SHUTDOWN]}).encode(),
     "made by a newer Tirkeu"),
    ("revocations", json.dumps({"format": "tirkeu-revocation-list", "version": 1, "keys": [
        {"name": "X", "fingerprint": "0" * 64, "age_recipient": "age1x",
         "ssh_key": "ssh-ed25519 AAAA"}]}).encode(), "does not match its fingerprint"),
])
def test_a_malformed_update_from_a_coordinator_changes_nothing(
        net: Net, kind: str, content: bytes, said: str) -> None:
    update = crafted_update(net, kind, content)
    before = net[MONITOR].state()
    refusal = net[MONITOR].refused("import", update)
    assert refusal.startswith("tirkeu: The update from Aigerim is malformed (") and said in refusal
    assert refusal.endswith("); nothing was changed.")
    assert net[MONITOR].state() == before


def test_an_update_taken_from_a_shared_folder_says_what_it_changed(net: Net) -> None:
    """Through `tirkeu sync --folder`, as through `import`: the pass names what the
    coordinator's update added, not only "1 bundle in"."""
    from desktop_app.sync import folder_files

    shared = net.root / "shared"
    shared.mkdir()
    net.update(SHUTDOWN).rename(shared / "from-aigerim.tirkeu")
    settle, folder_files.SETTLE_SECONDS = folder_files.SETTLE_SECONDS, 0
    try:
        out = net[MONITOR].ok("sync", "--folder", shared).out
    finally:
        folder_files.SETTLE_SECONDS = settle
    assert "1 bundle in" in out
    assert ("Vocabulary update from Aigerim: added violation: internet_shutdown — "
            "Internet shutdown.") in out
    assert "internet_shutdown" in network_terms(net[MONITOR])[1]
