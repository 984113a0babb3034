"""A seized key, revoked through the `tirkeu` command (in-process) on a monitor's and a
coordinator's vault: whatever a revoked key signs is refused in one sentence and changes
nothing, even when it claims an earlier date or sequence number, or repeats a bundle that
was imported before; what it brought earlier stays, marked; its card cannot come back,
under any name, nor with a new age key around the stolen signing key; the revocation
outlives the contact; nothing is sent to it; a revoked coordinator's receipts count for
nothing, so purge keeps what they confirmed."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

import bundlekit as bk
from bundlekit import COORDINATOR, MONITOR, Vault
from desktop_app.crypto.identity import ContactCard, Keys, new_keys
from desktop_app.storage.archive import open_archive
from desktop_app.sync.contacts import card_text

REVOKED_SENTENCE = "was signed by {name}'s key, which you revoked on "


def export(vault: Vault, folder: Path, name: str, to: str = COORDINATOR) -> Path:
    path = folder / name
    vault.ok("export", "--to", to, "--out", path)
    assert path.is_file()
    return path


def edit_first(vault: Vault, folder: Path, title: str) -> str:
    """A new revision of the monitor's first incident (so the next bundle carries it)."""
    item = vault.listed()[0]
    item["title"] = title
    path = folder / f"edit-{uuid.uuid4().hex[:8]}.json"
    path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    vault.ok("add", "--json", path)
    return str(item["id"])


def revoke(vault: Vault, name: str) -> str:
    out = vault.ok("contacts", "revoke", name, "--yes").out
    assert f"Revoked {name}'s key on " in out
    return out


def crafted(sender_dir: Path, receiver_dir: Path, out: Path, **manifest: Any) -> Path:
    """A bundle really signed by the sender's key, built by hand (FORMATS.md), with the
    manifest fields given (an old date, a low sequence number…)."""
    with open_archive(sender_dir, bk.PASSPHRASE) as sender, \
            open_archive(receiver_dir, bk.PASSPHRASE) as receiver:
        craft = bk.Craft(sender, receiver, sequence=manifest.pop("sequence", 1),
                         previous=manifest.pop("previous", None))
        out.write_bytes(craft.bundle(**manifest))
    return out


@pytest.fixture
def imported(pair: tuple[Vault, Vault], tmp_path: Path) -> dict[str, Any]:
    """The coordinator imported the monitor's bundle 1 (every incident), with a receipt;
    the monitor then edited one incident and sealed bundle 2, not imported yet."""
    monitor, coordinator = pair
    first = export(monitor, tmp_path, "b1.tirkeu")
    receipt = tmp_path / "r1.tirkeu"
    coordinator.ok("import", first, "--receipt-out", receipt)
    edited = edit_first(monitor, tmp_path, "Edited by the monitor before the seizure")
    second = export(monitor, tmp_path, "b2.tirkeu")
    return {"first": first, "second": second, "receipt": receipt, "edited": edited}


# --- refusals, by key ------------------------------------------------------------------------

def test_a_bundle_signed_by_a_revoked_key_is_refused_and_changes_nothing(
        pair: tuple[Vault, Vault], imported: dict[str, Any], tmp_path: Path) -> None:
    _monitor, coordinator = pair
    revoke(coordinator, MONITOR)
    before = coordinator.state()
    refusal = coordinator.refused("import", imported["second"])
    assert REVOKED_SENTENCE.format(name=MONITOR) in refusal
    assert refusal.endswith("; nothing was imported.")
    assert coordinator.state() == before
    # The same file that was imported before is refused too, not "imported before".
    again = coordinator.refused("import", imported["first"])
    assert REVOKED_SENTENCE.format(name=MONITOR) in again
    assert coordinator.state() == before


def test_an_earlier_date_or_sequence_does_not_get_past_a_revocation(
        pair: tuple[Vault, Vault], imported: dict[str, Any], tmp_path: Path) -> None:
    """A thief holding the key writes bundle number 1, dated years before the revocation
    (and one that would be the next in the chain): both refused, by key."""
    monitor, coordinator = pair
    revoke(coordinator, MONITOR)
    before = coordinator.state()
    old = crafted(monitor.data_dir, coordinator.data_dir, tmp_path / "old.tirkeu",
                  created_at="2019-01-01T00:00:00Z")
    refusal = coordinator.refused("import", old)
    assert REVOKED_SENTENCE.format(name=MONITOR) in refusal
    fresh = crafted(monitor.data_dir, coordinator.data_dir, tmp_path / "next.tirkeu",
                    sequence=2, created_at="2020-06-01T00:00:00Z")
    assert REVOKED_SENTENCE.format(name=MONITOR) in coordinator.refused("import", fresh)
    assert coordinator.state() == before


def test_a_forgery_naming_a_revoked_key_is_called_what_it_is(
        pair: tuple[Vault, Vault], imported: dict[str, Any], tmp_path: Path) -> None:
    monitor, coordinator = pair
    revoke(coordinator, MONITOR)
    with open_archive(monitor.data_dir, bk.PASSPHRASE) as sender, \
            open_archive(coordinator.data_dir, bk.PASSPHRASE) as receiver:
        craft = bk.Craft(sender, receiver, sequence=9, previous=None)
        forged = tmp_path / "forged.tirkeu"
        forged.write_bytes(craft.bundle(signature=b"-----BEGIN SSH SIGNATURE-----\nAAAA\n"
                                                  b"-----END SSH SIGNATURE-----\n"))
    refusal = coordinator.refused("import", forged)
    assert f"claims to be signed by {MONITOR}'s key" in refusal
    assert "signature is not valid" in refusal and "nothing was imported" in refusal


def test_a_receipt_from_a_revoked_coordinator_is_refused_and_purge_keeps_everything(
        pair: tuple[Vault, Vault], imported: dict[str, Any], tmp_path: Path) -> None:
    """The monitor revokes the coordinator whose laptop was seized: its receipt, even one
    that answers a genuine bundle, is refused; what it confirmed before must be sent again
    to its new key, so nothing counts as delivered and purge deletes nothing."""
    monitor, coordinator = pair
    genuine = tmp_path / "r2.tirkeu"  # written before the seizure, arriving after it
    coordinator.ok("import", imported["second"], "--receipt-out", genuine)
    monitor.ok("import", imported["receipt"])  # arrived before the seizure was known
    revoke(monitor, COORDINATOR)
    before = monitor.state()
    refusal = monitor.refused("import", genuine)
    assert "This receipt " + REVOKED_SENTENCE.format(name=COORDINATOR) in refusal
    assert monitor.state() == before
    kept = len(monitor.listed())
    assert "Purged 0 " in monitor.ok("purge", "--delivered", "--yes").out
    assert len(monitor.listed()) == kept


def test_nothing_is_sent_to_a_revoked_contact(pair: tuple[Vault, Vault],
                                               tmp_path: Path) -> None:
    monitor, _coordinator = pair
    revoke(monitor, COORDINATOR)
    out = tmp_path / "to-thief.tirkeu"
    refusal = monitor.refused("export", "--to", COORDINATOR, "--out", out)
    assert f"{COORDINATOR}'s key was revoked on " in refusal
    assert not out.exists() and not Path(f"{out}.part").exists()


# --- what stays, marked ----------------------------------------------------------------------

def test_what_was_imported_before_stays_and_is_marked(
        pair: tuple[Vault, Vault], imported: dict[str, Any]) -> None:
    _monitor, coordinator = pair
    listing = coordinator.listed_text()
    text_before = coordinator.ok("list").out
    assert "revoked" not in text_before
    revoke(coordinator, MONITOR)
    # Nothing removed or changed; the documented JSON shape is untouched.
    assert coordinator.listed_text() == listing
    lines = coordinator.ok("list").out.splitlines()
    assert lines and all(f"[from a revoked key: {MONITOR}'s, revoked on " in line
                         for line in lines)
    some = json.loads(listing)[0]["id"]
    shown = coordinator.ok("show", some).out
    assert f"From a revoked key: some of this record came in a bundle signed by {MONITOR}'s"\
        in shown
    with open_archive(coordinator.data_dir, bk.PASSPHRASE) as archive:
        rows = archive.listing.page()
        assert rows and {r.revoked_by for r in rows} == {MONITOR}
        assert archive.revocations.marks([r.id for r in rows]).keys() == {r.id for r in rows}


def test_incidents_saved_here_are_not_marked(pair: tuple[Vault, Vault],
                                             imported: dict[str, Any]) -> None:
    """The monitor revokes its coordinator: its own incidents came from nobody's bundle."""
    monitor, _coordinator = pair
    revoke(monitor, COORDINATOR)
    assert "revoked" not in monitor.ok("list").out


# --- the revocation outlives the contact -----------------------------------------------------

def test_revocation_survives_removal_and_the_card_cannot_come_back(
        pair: tuple[Vault, Vault], imported: dict[str, Any], tmp_path: Path) -> None:
    monitor, coordinator = pair
    card = tmp_path / "marat.json"
    monitor.ok("identity", "--out", card)
    revoke(coordinator, MONITOR)
    coordinator.ok("contacts", "remove", MONITOR)
    listed = coordinator.ok("contacts", "list").out
    assert f"{MONITOR}  [key revoked on " in listed and "no longer a contact" in listed
    before = coordinator.state()
    # Its bundles are still refused as the revoked key's, not as a stranger's.
    assert REVOKED_SENTENCE.format(name=MONITOR) in coordinator.refused(
        "import", imported["second"])
    refusal = coordinator.refused("contacts", "add", card, "--yes")
    assert f"That card holds {MONITOR}'s key, which you revoked on " in refusal
    assert refusal.endswith("it cannot be added again.")
    # Under another name, or with a new age key around the stolen signing key: refused.
    renamed = json.loads(card.read_text(encoding="utf-8"))
    renamed["name"] = "Marat (new laptop)"
    other = tmp_path / "renamed.json"
    other.write_text(json.dumps(renamed), encoding="utf-8")
    assert "you revoked on" in coordinator.refused("contacts", "add", other, "--yes")
    made = new_keys()
    new_age = Keys(made.age_identity, made.ed25519_seed, "").card().age_recipient
    stolen = ContactCard("Marat again", new_age, renamed["ssh_key"])
    rewrapped = tmp_path / "rewrapped.json"
    rewrapped.write_text(card_text(stolen), encoding="utf-8")
    assert "you revoked on" in coordinator.refused("contacts", "add", rewrapped, "--yes")
    assert coordinator.state() == before


def test_a_new_laptop_starts_again_with_a_new_card(
        pair: tuple[Vault, Vault], imported: dict[str, Any], tmp_path: Path,
        passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """docs/REVOCATION.md: the coordinator revokes the old key, removes the old contact and
    adds the new card under the same name; bundles from the new vault are imported."""
    _monitor, coordinator = pair
    revoke(coordinator, MONITOR)
    coordinator.ok("contacts", "remove", MONITOR)
    laptop = Vault(capsys, tmp_path / "new-laptop", passphrase_file)
    laptop.ok("init", "--name", MONITOR, "--no-recovery-code")
    card, theirs = tmp_path / "new.json", tmp_path / "coordinator.json"
    laptop.ok("identity", "--out", card)
    coordinator.ok("identity", "--out", theirs)
    coordinator.ok("contacts", "add", card, "--yes")
    laptop.ok("contacts", "add", theirs, "--coordinator", "--yes")
    path = tmp_path / "item.json"
    path.write_text(json.dumps(bk.fresh_incident("Recorded on the new laptop"),
                               ensure_ascii=False), encoding="utf-8")
    laptop.ok("add", "--json", path)
    bundle = export(laptop, tmp_path, "new-1.tirkeu")
    assert "1 new" in coordinator.ok("import", bundle).out


def test_revoke_asks_first_and_refuses_what_it_cannot_do(pair: tuple[Vault, Vault]) -> None:
    _monitor, coordinator = pair
    before = coordinator.state()
    assert "confirm with --yes" in coordinator.refused("contacts", "revoke", MONITOR)
    assert "no contact named" in coordinator.refused("contacts", "revoke", "Nobody", "--yes")
    assert coordinator.state() == before
    revoke(coordinator, MONITOR)
    assert "already revoked on " in coordinator.refused("contacts", "revoke", MONITOR, "--yes")
    assert f"{MONITOR}  [key revoked on " in coordinator.ok("contacts", "list").out
