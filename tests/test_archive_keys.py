"""This install's keys (docs/FORMATS.md, the vault): made by the program when a vault is
created, or when a vault from before bundles is first opened, and never replaced after,
since contacts know this install by them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.crypto.identity import Keys, NewKeys, new_keys
from desktop_app.crypto.vault import unlock
from desktop_app.storage import archive as archive_module
from desktop_app.storage.archive import create_archive, open_archive
from desktop_app.storage.database import DATABASE_FILE, Database, make_engine
from desktop_app.storage.migrate import current_revision, migrate

PASSPHRASE = "correct horse battery staple"


def _stored_keys(folder: Path) -> dict[str, str]:
    with open_archive(folder, PASSPHRASE) as archive:
        return {"age_identity": archive.database.setting("age_identity") or "",
                "ed25519_seed": archive.database.setting("ed25519_seed") or "",
                "card": archive.keys().card().fingerprint}


def _take_back_to_0002(folder: Path) -> None:
    """What a vault made before bundles existed looks like: its database at 0002."""
    vault = unlock(folder, PASSPHRASE)
    database = Database(make_engine(folder / DATABASE_FILE, vault.database_key()),
                        folder / DATABASE_FILE)
    try:
        migrate(database, "0002", down=True)
        assert current_revision(database) == "0002"
        with database.reading() as conn:
            settings = dict(conn.execute(text("SELECT key, value FROM settings")).all())
        assert "age_identity" not in settings and "ed25519_seed" not in settings
    finally:
        database.close()
        vault.lock()


def test_new_keys_are_valid_and_never_repeat() -> None:
    first, second = new_keys(), new_keys()
    assert first.age_identity.startswith("AGE-SECRET-KEY-1")
    assert len(bytes.fromhex(first.ed25519_seed)) == 32
    assert first.age_identity != second.age_identity
    assert first.ed25519_seed != second.ed25519_seed
    keys = Keys(first.age_identity, first.ed25519_seed, "Aigerim")
    assert keys.age_recipient.startswith("age1")
    assert keys.card().ssh_key.startswith("ssh-ed25519 ")


def test_a_new_vault_has_keys_and_keeps_them(data_dir: Path) -> None:
    archive, _ = create_archive(data_dir, PASSPHRASE, owner_name="Aigerim",
                                recovery_code=False)
    with archive:
        made = archive.keys()
        card = made.card()
    assert card.name == "Aigerim"
    assert made.age_recipient.startswith("age1")

    first = _stored_keys(data_dir)
    second = _stored_keys(data_dir)
    assert first == second
    assert first["age_identity"] == made.age_identity
    assert first["card"] == card.fingerprint


def test_two_vaults_have_different_keys(tmp_path: Path) -> None:
    cards = set()
    for name in ("one", "two"):
        archive, _ = create_archive(tmp_path / name, PASSPHRASE, recovery_code=False)
        with archive:
            cards.add(archive.keys().card().fingerprint)
    assert len(cards) == 2


def test_a_vault_from_before_bundles_gets_keys_when_opened(data_dir: Path) -> None:
    archive, _ = create_archive(data_dir, PASSPHRASE, owner_name="Ерлан", recovery_code=False)
    archive.close()
    _take_back_to_0002(data_dir)

    first = _stored_keys(data_dir)
    assert first["age_identity"].startswith("AGE-SECRET-KEY-1")
    assert len(bytes.fromhex(first["ed25519_seed"])) == 32
    with open_archive(data_dir, PASSPHRASE) as reopened:
        assert reopened.owner_name == "Ерлан"
        assert reopened.keys().card().name == "Ерлан"
    # Opening again (and again) keeps the keys made the first time.
    assert _stored_keys(data_dir) == first
    assert _stored_keys(data_dir) == first


def test_keys_already_stored_are_never_replaced(data_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    archive, _ = create_archive(data_dir, PASSPHRASE, recovery_code=False)
    with archive:
        kept = archive.keys().age_identity
    made: list[NewKeys] = []

    def counting() -> NewKeys:
        made.append(new_keys())
        return made[-1]

    monkeypatch.setattr(archive_module, "new_keys", counting)
    assert _stored_keys(data_dir)["age_identity"] == kept
    assert made == []

    # Without keys, opening makes exactly one pair, through crypto.
    _take_back_to_0002(data_dir)
    assert _stored_keys(data_dir)["age_identity"] == made[0].age_identity
    assert len(made) == 1
