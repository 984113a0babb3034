"""Duress passphrase, wipe after wrong passphrases, and a wipe that old copies of
vault.json cannot outlive (issue 10, item 2)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from desktop_app.core.interchange import incident_from_json
from desktop_app.crypto import vault
from desktop_app.crypto.errors import DuressRefused, NoVault, WrongPassphrase
from desktop_app.crypto.wipe import GONE_PREFIX, wait_for_removals, wipe
from desktop_app.storage.archive import create_archive, open_archive
from tests.conftest import PASSPHRASE

DURESS = "пустой ящик у двери"
RECORD = {"title": "Canary detention in Atyrau", "date": "2018-05-12", "region": "atyrau",
          "violations": ["arrest"], "victims": [{"name": "Марат Қасымов"}]}


def make(data_dir: Path, *, role: str = "monitor") -> str:
    """A vault with one incident, named Айгүл; returns its recovery code."""
    archive, code = create_archive(data_dir, PASSPHRASE, owner_name="Айгүл Серікқызы",
                                   role=role)
    try:
        archive.incidents.save(incident_from_json(RECORD), archive.author)
    finally:
        archive.close()
    assert code
    return code


def set_duress(data_dir: Path) -> None:
    with open_archive(data_dir, PASSPHRASE) as archive:
        archive.vault.set_duress(DURESS, PASSPHRASE, {"name": archive.owner_name,
                                                      "role": archive.role})


def everything_on_disk(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_the_duress_passphrase_opens_an_empty_vault_that_looks_like_the_old_one(
        data_dir: Path) -> None:
    make(data_dir, role="coordinator")
    set_duress(data_dir)
    with open_archive(data_dir, DURESS) as opened:
        assert opened.incidents.count() == 0 and opened.listing.total() == 0
        assert opened.owner_name == "Айгүл Серікқызы" and opened.role == "coordinator"
        assert opened.contacts.all() == []
    # The real passphrase no longer opens anything; the duress one opens the new vault.
    with pytest.raises(WrongPassphrase):
        open_archive(data_dir, PASSPHRASE)
    with open_archive(data_dir, DURESS) as again:
        assert again.owner_name == "Айгүл Серікқызы"
    # Nothing of the old archive is left on disk, and the folder has what a new one has
    # (the old database was moved aside at once, and removed in a thread of its own).
    wait_for_removals()
    assert b"Canary" not in everything_on_disk(data_dir)
    assert sorted(p.name for p in data_dir.iterdir()) == ["tirkeu.db", "vault.json", "vault.key"]


def test_a_duress_vault_header_looks_like_a_new_one(data_dir: Path, tmp_path: Path) -> None:
    make(data_dir)
    set_duress(data_dir)
    open_archive(data_dir, DURESS).close()
    fresh = tmp_path / "fresh"
    make(fresh)
    after, new = vault.read_header(data_dir), vault.read_header(fresh)

    def shape(header: dict) -> dict:  # type: ignore[type-arg]
        return {k: sorted(v) if isinstance(v, dict) else type(v).__name__
                for k, v in header.items()}

    assert shape(after) == shape(new)
    assert len(json.dumps(after)) == len(json.dumps(new))


def test_duress_and_normal_unlock_take_about_as_long(data_dir: Path) -> None:
    """Same Argon2id run for both; the wipe and the new database add little. Measured on
    the real cost (not the suite's cheap one), a few runs each."""
    archive, _ = create_archive(data_dir, PASSPHRASE, params=vault.DEFAULT_PARAMS)
    archive.close()

    def timed(passphrase: str) -> float:
        started = time.perf_counter()
        open_archive(data_dir, passphrase).close()
        return time.perf_counter() - started

    normal = min(timed(PASSPHRASE) for _ in range(2))
    with open_archive(data_dir, PASSPHRASE) as opened:
        opened.vault.set_duress(DURESS, PASSPHRASE, {"name": "", "role": "monitor"})
    duress = timed(DURESS)
    assert duress < normal * 2 + 0.5, (normal, duress)


def test_the_duress_passphrase_must_differ_and_needs_the_real_one(data_dir: Path) -> None:
    make(data_dir)
    with open_archive(data_dir, PASSPHRASE) as archive:
        with pytest.raises(DuressRefused):
            archive.vault.set_duress(PASSPHRASE, PASSPHRASE, {})
        with pytest.raises(WrongPassphrase):
            archive.vault.set_duress(DURESS, "not the passphrase at all", {})
    with pytest.raises(WrongPassphrase):  # nothing was set: still just a wrong passphrase
        open_archive(data_dir, DURESS)
    with open_archive(data_dir, PASSPHRASE) as archive:
        assert [s.title for s in archive.incidents.summaries()] == [RECORD["title"]]


def test_duress_off_makes_it_just_a_wrong_passphrase(data_dir: Path) -> None:
    make(data_dir)
    set_duress(data_dir)
    with open_archive(data_dir, PASSPHRASE) as archive:
        archive.vault.clear_duress()
    with pytest.raises(WrongPassphrase):
        open_archive(data_dir, DURESS)
    with open_archive(data_dir, PASSPHRASE) as archive:
        assert [s.title for s in archive.incidents.summaries()] == [RECORD["title"]]


def test_a_passphrase_change_keeps_the_duress_passphrase(data_dir: Path) -> None:
    make(data_dir)
    set_duress(data_dir)
    unlocked = vault.unlock(data_dir, PASSPHRASE)
    unlocked.change_passphrase("a new and longer passphrase")
    unlocked.lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(data_dir, PASSPHRASE)
    open_archive(data_dir, DURESS).close()
    with pytest.raises(WrongPassphrase):
        vault.unlock(data_dir, "a new and longer passphrase")


def test_wipe_after_three_wrong_passphrases(data_dir: Path) -> None:
    make(data_dir)
    with open_archive(data_dir, PASSPHRASE) as archive:
        archive.vault.set_wipe_after(3)
        assert archive.vault.wipe_after() == 3
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            vault.unlock(data_dir, "wrong guess")
    open_archive(data_dir, PASSPHRASE).close()  # a right one starts the count again
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            vault.unlock(data_dir, "wrong guess")
    assert (data_dir / "tirkeu.db").exists()
    with pytest.raises(WrongPassphrase):
        vault.unlock(data_dir, "wrong guess")
    assert not (data_dir / "vault.key").exists() and not (data_dir / "tirkeu.db").exists()
    with pytest.raises(NoVault):
        vault.unlock(data_dir, PASSPHRASE)


def test_without_wipe_after_a_hundred_wrong_passphrases_change_nothing(data_dir: Path) -> None:
    make(data_dir)
    before = (data_dir / "vault.json").read_bytes()
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            vault.unlock(data_dir, "wrong guess")
    assert (data_dir / "vault.json").read_bytes() == before
    open_archive(data_dir, PASSPHRASE).close()


def test_after_a_wipe_no_old_copy_of_vault_json_opens_anything(data_dir: Path,
                                                               tmp_path: Path) -> None:
    """Copies of every vault.json ever written (as freed disk blocks might keep them),
    each with the passphrase and recovery code of its day: none opens after the wipe,
    even with the database copied too."""
    code = make(data_dir)
    old = tmp_path / "old"
    old.mkdir()
    headers = [(data_dir / "vault.json").read_bytes()]
    unlocked = vault.unlock(data_dir, PASSPHRASE)
    unlocked.change_passphrase("the second passphrase")
    headers.append((data_dir / "vault.json").read_bytes())
    unlocked.lock()
    shutil.copy(data_dir / "tirkeu.db", old / "tirkeu.db")
    started = time.perf_counter()
    removed = wipe(data_dir)
    elapsed = time.perf_counter() - started
    assert removed[0] == "vault.key" and elapsed < 1.0
    for header in headers:
        (old / "vault.json").write_bytes(header)
        # What a thief could still find: the header and the database, not the key file.
        with pytest.raises(vault.VaultDamaged, match="key file"):
            vault.unlock(old, PASSPHRASE)
        with pytest.raises(vault.VaultDamaged, match="key file"):
            vault.unlock_with_recovery_code(old, code)


def test_a_version_1_vault_upgrades_at_its_first_unlock(data_dir: Path) -> None:
    """A header written by Tirkeu 0.1 (version 1, no key file) opens, becomes version 2
    with a key file, and its recovery code still works until a new one is made."""
    data_key = b"\x11" * 32
    data_dir.mkdir(parents=True)
    salt = b"\x22" * 16
    code = vault.recovery.generate()
    header = {"format": "tirkeu-vault", "version": 1,
              "vault_id": "0d3c7d4e-0000-4000-8000-0000000000aa",
              "passphrase": vault._wrap_with_passphrase(data_key, PASSPHRASE, vault.FLOOR, salt,
                                                        None),
              "recovery": vault._wrap_with_recovery(data_key, code, None)}
    (data_dir / "vault.json").write_text(json.dumps(header), encoding="utf-8")
    opened = vault.unlock(data_dir, PASSPHRASE)
    assert opened.database_key() == vault.UnlockedVault(data_dir, "", data_key).database_key()
    upgraded = vault.read_header(data_dir)
    assert upgraded["version"] == 2 and (data_dir / "vault.key").exists()
    assert upgraded["recovery"]["key_file"] is False
    assert vault.unlock(data_dir, PASSPHRASE).database_key() == opened.database_key()
    assert vault.unlock_with_recovery_code(data_dir, code).database_key() == \
        opened.database_key()
    opened.replace_recovery_code()
    assert "key_file" not in vault.read_header(data_dir)["recovery"]


def test_what_a_killed_duress_wipe_left_aside_goes_at_the_next_opening(data_dir: Path) -> None:
    make(data_dir)
    set_duress(data_dir)
    open_archive(data_dir, DURESS).close()
    wait_for_removals()
    # As if the process had been killed before its thread removed the old database.
    left = data_dir / f"{GONE_PREFIX}0123456789abcdef"
    left.write_bytes(b"\0" * 4096)
    open_archive(data_dir, DURESS).close()
    assert not left.exists()
    assert sorted(p.name for p in data_dir.iterdir()) == ["tirkeu.db", "vault.json", "vault.key"]
