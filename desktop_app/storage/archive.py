"""An unlocked archive: the vault's keys plus the open database and its repositories.

This is what the CLI and the window hold while unlocked. ``close`` checkpoints and
truncates the WAL, drops the database connections and forgets the keys.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.vocabulary import set_network_terms
from desktop_app.crypto.identity import Keys, new_keys
from desktop_app.crypto.vault import (
    KdfParams,
    UnlockedVault,
    create_vault,
    unlock,
    unlock_with_recovery_code,
)
from desktop_app.storage import spelling
from desktop_app.storage.attachments import AttachmentRepository
from desktop_app.storage.conflicts import ConflictRepository
from desktop_app.storage.contacts import ContactRepository
from desktop_app.storage.database import Database, sqlcipher_module
from desktop_app.storage.drafts import DraftRepository
from desktop_app.storage.exchange_store import DeliveryCounts, delivery_counts, undelivered_count
from desktop_app.storage.incidents import IncidentRepository
from desktop_app.storage.listing import IncidentListing
from desktop_app.storage.network_store import install_network_vocabulary
from desktop_app.storage.opening import open_database
from desktop_app.storage.people import PeopleRepository
from desktop_app.storage.rekey_state import settle
from desktop_app.storage.revocations import RevocationRepository

OWNER_SETTING = "owner_name"
# Whose laptop this is: "monitor" (records, sends to coordinators) or "coordinator"
# (receives, merges, counts). It only sets what the window offers first.
ROLE_SETTING = "role"
ROLES = ("monitor", "coordinator")
# This install's private keys, in the settings table (docs/FORMATS.md, "This install's keys").
AGE_IDENTITY_SETTING = "age_identity"
ED25519_SEED_SETTING = "ed25519_seed"


class Archive:
    def __init__(self, vault: UnlockedVault, database: Database):
        self.vault = vault
        self.database = database
        self.incidents = IncidentRepository(database)
        self.attachments = AttachmentRepository(database)
        self.listing = IncidentListing(database)
        self.people = PeopleRepository(database, self.incidents)
        self.drafts = DraftRepository(database)
        self.contacts = ContactRepository(database)
        self.conflicts = ConflictRepository(database, self.incidents)
        self.revocations = RevocationRepository(database)
        # The vocabularies hold this vault's network terms while it is open.
        install_network_vocabulary(database)

    @property
    def folder(self) -> Path:
        return self.vault.folder

    @property
    def owner_name(self) -> str:
        """The name on this install's contact card ("" if none was given)."""
        return self.database.setting(OWNER_SETTING, "") or ""

    def set_owner_name(self, name: str) -> None:
        """Put ``name`` on this install's contact card (and on revisions saved from now on).
        Revisions saved before keep the name they were saved under."""
        self.database.set_setting(OWNER_SETTING, name.strip())

    @property
    def role(self) -> str:
        """"monitor" or "coordinator" (a vault that never said is a monitor's)."""
        role = self.database.setting(ROLE_SETTING, "") or ""
        return role if role in ROLES else ROLES[0]

    def set_role(self, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        self.database.set_setting(ROLE_SETTING, role)

    @property
    def author(self) -> str:
        """Who a revision saved here is recorded as: the owner's name, else "local"."""
        return self.owner_name or "local"

    def keys(self) -> Keys:
        """This install's private keys (made when the vault was first opened; the same
        ever after)."""
        db = self.database
        return Keys(db.setting(AGE_IDENTITY_SETTING) or "",
                    db.setting(ED25519_SEED_SETTING) or "", self.owner_name)

    def undelivered_count(self) -> int:
        """How many incidents have not yet reached a coordinator (by signed receipt)."""
        with self.database.reading() as conn:
            return undelivered_count(conn)

    def delivery_counts(self) -> DeliveryCounts:
        """Incidents here, those saved here, and those saved here not yet confirmed."""
        with self.database.reading() as conn:
            return delivery_counts(conn)

    def close(self) -> None:
        """Lock: fold and truncate the WAL, close every connection, forget the keys."""
        try:
            set_network_terms({})
            self.database.close()
        finally:
            spelling.forget()
            self.vault.lock()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _ensure_keys(database: Database) -> None:
    """Give the vault this install's keys if it has none yet: a new vault, or one from
    before bundles existed (the migration that added them makes tables, not keys). Keys
    once stored are never replaced: contacts know this install by them."""
    if database.setting(AGE_IDENTITY_SETTING) and database.setting(ED25519_SEED_SETTING):
        return
    made = new_keys()
    database.add_setting(AGE_IDENTITY_SETTING, made.age_identity)
    database.add_setting(ED25519_SEED_SETTING, made.ed25519_seed)


def _show_card(database: Database, card: dict[str, str]) -> None:
    """The new, empty vault a duress passphrase made carries the old one's name and role,
    so it looks like the same laptop's vault, only with nothing in it."""
    database.set_setting(OWNER_SETTING, card.get("name", "").strip())
    if card.get("role") in ROLES:
        database.set_setting(ROLE_SETTING, card["role"])


def _open(vault: UnlockedVault) -> Archive:
    """Open the vault's database (migrating it) and make sure it holds its keys; a rekey
    cut short is finished or undone first."""
    try:
        vault = settle(vault)
        database = open_database(vault.folder, vault.database_key())
        try:
            _ensure_keys(database)
            if vault.fresh_card is not None:  # made by a duress passphrase just now
                _show_card(database, vault.fresh_card)
        except BaseException:
            database.close()
            raise
        return Archive(vault, database)
    except BaseException:
        vault.lock()
        raise


def create_archive(folder: Path, passphrase: str, *, owner_name: str = "",
                   role: str = ROLES[0], recovery_code: bool = True,
                   params: KdfParams | None = None) -> tuple[Archive, str | None]:
    """Create vault and database (with this install's new keys); return the open archive
    and the recovery code, if any. ``owner_name`` goes on the contact card; ``role`` is
    "monitor" or "coordinator"."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    sqlcipher_module()  # refuse before writing anything if SQLCipher is missing
    vault, code = create_vault(folder, passphrase, recovery_code=recovery_code, params=params)
    archive = _open(vault)
    archive.set_owner_name(owner_name)
    archive.set_role(role)
    return archive, code


def open_archive(folder: Path, passphrase: str) -> Archive:
    """Unlock with the passphrase and open the database (migrating it if needed)."""
    sqlcipher_module()
    return _open(unlock(folder, passphrase))


def open_archive_with_recovery_code(folder: Path, code: str) -> Archive:
    sqlcipher_module()
    return _open(unlock_with_recovery_code(folder, code))
