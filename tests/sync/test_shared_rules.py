"""Rules the window and `tirkeu` share, checked through the command: which cards may become
contacts, how several files import, what a receipt confirms, how exported files are written.
(The window's side of the same services is in tests/ui/test_exchange_window.py.)"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

import bundlekit as bk
from bundlekit import COORDINATOR, MONITOR, Vault
from desktop_app.cli import exchange as cli_exchange
from desktop_app.sync.receipts import ReceiptRefused, receipt_report
from desktop_app.sync.report import ImportReport


def export(vault: Vault, folder: Path, name: str) -> Path:
    path = folder / name
    vault.ok("export", "--to", COORDINATOR, "--out", path)
    return path


def retitle(vault: Vault, incident_id: str, folder: Path, title: str) -> None:
    item = vault.ok("show", incident_id, "--json").json() | {"title": title}
    path = folder / f"edit-{uuid.uuid4().hex[:8]}.json"
    path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    vault.ok("add", "--json", path)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A terminal that answers "yes" to every question, remembering each one asked."""
    asked: list[str] = []

    def confirm(question: str, answer: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(cli_exchange, "confirm", confirm)
    return asked


# --- contact cards -------------------------------------------------------------------------------

def test_contacts_add_refuses_this_vaults_own_card_before_asking(
        pair: tuple[Vault, Vault], tmp_path: Path, questions: list[str]) -> None:
    monitor, _ = pair
    card = tmp_path / "me.card"
    monitor.ok("identity", "--out", card)
    listed = monitor.ok("contacts", "list").out
    for flags in ((), ("--coordinator",), ("--yes", "--coordinator")):
        line = monitor.refused("contacts", "add", card, *flags)
        assert line == "tirkeu: That is your own card; it cannot be one of your contacts."
    assert questions == []  # no words to compare for a card that cannot be added
    assert monitor.ok("contacts", "list").out == listed


def test_contacts_add_refuses_a_known_key_under_another_name(
        pair: tuple[Vault, Vault], tmp_path: Path, questions: list[str]) -> None:
    monitor, coordinator = pair
    card = tmp_path / "aigerim.card"
    coordinator.ok("identity", "--out", card)
    renamed = tmp_path / "renamed.card"
    renamed.write_text(json.dumps(json.loads(card.read_text("utf-8")) | {"name": "Aigerim B."}),
                       encoding="utf-8")
    listed = monitor.ok("contacts", "list").out
    for path in (renamed, card):
        line = monitor.refused("contacts", "add", path, "--yes")
        assert line == f"tirkeu: That card is already a contact, named {COORDINATOR}."
    assert questions == []
    assert monitor.ok("contacts", "list").out == listed


def test_contacts_add_refuses_a_name_already_taken_by_another_key(
        pair: tuple[Vault, Vault], tmp_path: Path, questions: list[str]) -> None:
    monitor, _ = pair
    namesake = bk.new_archive(tmp_path / "namesake", COORDINATOR)  # same name, other keys
    card = tmp_path / "namesake.card"
    card.write_text(json.dumps(namesake.keys().card().to_json()), encoding="utf-8")
    namesake.close()
    listed = monitor.ok("contacts", "list").out
    line = monitor.refused("contacts", "add", card)
    assert line == (f"tirkeu: There is already a contact named {COORDINATOR}; remove it first "
                    "if this card replaces it.")
    assert questions == [] and monitor.ok("contacts", "list").out == listed


def test_contacts_add_refuses_a_file_that_cannot_be_a_card(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, _ = pair
    big = tmp_path / "big.card"
    big.write_bytes(b" " * (64 * 1024 + 1))
    assert monitor.refused("contacts", "add", big, "--yes") == (
        f"tirkeu: {big} is too large to be a contact card.")
    missing = tmp_path / "missing.card"
    assert monitor.refused("contacts", "add", missing, "--yes") == (
        f"tirkeu: Cannot read {missing}: No such file or directory.")


def test_a_good_card_is_added_after_the_question(
        pair: tuple[Vault, Vault], tmp_path: Path, questions: list[str]) -> None:
    monitor, _ = pair
    other = bk.new_archive(tmp_path / "other", "Saule")
    card = tmp_path / "saule.card"
    card.write_text(json.dumps(other.keys().card().to_json()), encoding="utf-8")
    other.close()
    added = monitor.ok("contacts", "add", card)
    assert questions == ["Has Saule read you these same words (in person or by phone)?"]
    assert added.out.endswith("Added Saule.\n")
    assert "Saule  [trusted signer]" in monitor.ok("contacts", "list").out


# --- several files at once -----------------------------------------------------------------------

@pytest.fixture
def two_bundles(pair: tuple[Vault, Vault], tmp_path: Path) -> tuple[Path, Path, str]:
    """The monitor's bundles 1 (all ten incidents) and 2 (one of them retitled), and the
    retitled incident's id."""
    monitor, _ = pair
    first = export(monitor, tmp_path, "1.tirkeu")
    retitled = monitor.listed()[0]["id"]
    retitle(monitor, retitled, tmp_path, "Second version")
    return first, export(monitor, tmp_path, "2.tirkeu"), retitled


def test_a_refused_file_among_several_stops_none_of_the_others(
        pair: tuple[Vault, Vault], two_bundles: tuple[Path, Path, str], tmp_path: Path) -> None:
    _, coordinator = pair
    first, second, retitled = two_bundles
    damaged = tmp_path / "damaged.tirkeu"
    damaged.write_bytes(b"not a bundle at all\n")

    result = coordinator("import", damaged, first, second)
    assert result.code == 1
    assert result.out.splitlines() == [
        (f"{first}: Imported bundle 1 from {MONITOR}: 10 new, 0 updated, 0 unchanged; "
         "0 attachment(s) added."),
        (f"{second}: Imported bundle 2 from {MONITOR}: 0 new, 1 updated, 0 unchanged; "
         "0 attachment(s) added.")]
    refusal, last = result.err.splitlines()
    assert refusal.startswith(f"tirkeu: {damaged}: This is not a Tirkeu bundle")
    assert last == ("tirkeu: 1 of 3 files was refused; nothing from it was imported. "
                    "The other 2 were imported and stay imported.")
    titles = {i["id"]: i["title"] for i in coordinator.listed()}
    assert len(titles) == 10 and titles[retitled] == "Second version"


def test_one_file_refused_alone_is_one_line(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    _, coordinator = pair
    damaged = tmp_path / "damaged.tirkeu"
    damaged.write_bytes(b"not a bundle at all\n")
    before = coordinator.state()
    assert coordinator.refused("import", damaged).startswith("tirkeu: This is not a Tirkeu")
    assert coordinator.state() == before


def test_several_bundles_of_one_sender_get_one_receipt(
        pair: tuple[Vault, Vault], two_bundles: tuple[Path, Path, str], tmp_path: Path) -> None:
    monitor, coordinator = pair
    first, second, _ = two_bundles
    receipt = tmp_path / "receipt.tirkeu"
    result = coordinator.ok("import", first, second, "--receipt-out", receipt)
    assert result.out.splitlines()[-1] == (
        f"Wrote a receipt for {MONITOR} to {receipt} (11 incident revision(s)).")
    assert "11 incident revision(s) confirmed" in monitor.ok("import", receipt).out
    assert "Purged 10 " in monitor.ok("purge", "--delivered", "--yes").out


# --- what a receipt confirms ---------------------------------------------------------------------

def _report(sender: str, sequence: int, items: list[tuple[str, str]], **kw: Any) -> ImportReport:
    return ImportReport(bundle_id=f"b{sequence}", sender=sender, kind=kw.pop("kind", "incidents"),
                        sequence=sequence, items=items, **kw)


def test_a_receipt_lists_each_revision_once_and_leaves_the_reports_alone() -> None:
    one = _report(MONITOR, 1, [("i1", "r1"), ("i2", "r1")])
    two = _report(MONITOR, 2, [("i1", "r1"), ("i1", "r2")])
    replay = _report(MONITOR, 1, [], already_imported=True)
    receipt = _report(COORDINATOR, 7, [], kind="receipt")
    before = [dataclasses.replace(r, items=list(r.items)) for r in (one, two)]
    answer = receipt_report([one, replay, receipt, two])
    assert answer.sender == MONITOR and answer.bundle_id == "b2"
    assert answer.items == [("i1", "r1"), ("i2", "r1"), ("i1", "r2")]
    assert [one, two] == before


@pytest.mark.parametrize(("reports", "sentence"), [
    ([_report(MONITOR, 1, [("i", "r")]), _report("Saule", 1, [("j", "r")])],
     (f"A receipt answers bundles from one sender, and these came from {MONITOR}, Saule; "
      "write one receipt per sender.")),
    ([_report(COORDINATOR, 3, [], kind="receipt")],
     "No bundle of incidents was imported, so there is nothing for a receipt to confirm."),
])
def test_a_receipt_is_refused_in_one_sentence(reports: list[ImportReport], sentence: str) -> None:
    with pytest.raises(ReceiptRefused) as refused:
        receipt_report(reports)
    assert str(refused.value) == sentence


# --- files written at the person's request -------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_cards_and_keys_are_written_private_and_in_one_step(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, _ = pair
    card, key = tmp_path / "me.card", tmp_path / "key.txt"
    for path in (card, key):
        path.write_text("an older file\n", encoding="utf-8")
        os.chmod(path, 0o644)
    monitor.ok("identity", "--out", card)
    monitor.ok("identity", "--secret-out", key)
    assert json.loads(card.read_text("utf-8"))["name"] == MONITOR
    assert card.read_text("utf-8") == monitor.ok("identity").out  # one card text, two ways
    assert key.read_text("utf-8").splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    for path in (card, key):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".new") == []

    nowhere = tmp_path / "no-such-folder" / "me.card"
    assert monitor.refused("identity", "--out", nowhere) == (
        f"tirkeu: Cannot write {nowhere}: No such file or directory.")
    assert not nowhere.parent.exists()
