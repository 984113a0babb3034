"""A new data key for a vault: the header's half of `tirkeu rekey` (storage/rekey.py does
the database's half).

A passphrase change re-wraps the data key, so an old copy of ``vault.json`` with the old
passphrase still gives the key of today's archive. A rekey replaces the key itself. The
header changes twice, each time by atomic rename: ``begin`` adds a ``rekey`` part (the
new key, sealed under a key derived from the current one, and the passphrase and
recovery wraps the header will have afterwards), and ``finish`` puts those wraps in place
and drops the part, or ``abandon`` drops it. Between the two the current wraps still
open the vault, and the part leads from the current key to the new one, so whichever
key the database is under at that moment can be found. docs/FORMATS.md specifies it.

The duress slot and the guard are left as they are: the duress slot holds a card under
the passphrase's key-encryption key (which a rekey keeps: same salt, same parameters,
same key file), never the data key, and the guard is keyed by the key file alone.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop_app.core.language import _
from desktop_app.crypto import keyfile, recovery
from desktop_app.crypto.errors import RekeyUnfinished, VaultDamaged, WrongPassphrase
from desktop_app.crypto.sealing import open_sealed, seal
from desktop_app.crypto.vault import (
    AAD_PASSPHRASE,
    KEY_BYTES,
    REKEY_PART,
    UnlockedVault,
    _b64,
    _passphrase_kek,
    _unwrap,
    _upgraded,
    _wrap,
    _wrap_with_recovery,
    _write_header,
    read_header,
)

INFO_REKEY = b"tirkeu-vault-v2 rekey"
AAD_REKEY = b"tirkeu-vault-v2 rekey"


def begin(folder: Path, passphrase: str, *, recovery_code: bool
          ) -> tuple[UnlockedVault, UnlockedVault, str | None]:
    """Add a new data key to the header as pending. Returns the vault under its current
    key, the vault under the new key, and the new recovery code (None when
    ``recovery_code`` is false: the vault will have none). The current passphrase and
    recovery code keep opening the vault until ``finish``. RekeyUnfinished if an earlier
    rekey is still pending; WrongPassphrase if ``passphrase`` does not open the vault."""
    header = _upgraded(read_header(folder))
    if header.get(REKEY_PART) is not None:
        raise RekeyUnfinished()
    pepper = keyfile.read(folder)
    wrap = header["passphrase"]
    # The passphrase's own key-encryption key (same salt, parameters and key file) wraps
    # the new key, so the duress slot, checked by the same Argon2id run, keeps working.
    kek = _passphrase_kek(passphrase, wrap, pepper)
    current_key = _unwrap(kek, wrap, AAD_PASSPHRASE)
    if current_key is None:
        raise WrongPassphrase()
    current = UnlockedVault(folder, header["vault_id"], current_key)
    new_key = os.urandom(KEY_BYTES)
    code = recovery.generate() if recovery_code else None
    header[REKEY_PART] = {
        "key": seal(current.derive_key(INFO_REKEY), new_key, AAD_REKEY),
        "passphrase": _wrap(kek, new_key, AAD_PASSPHRASE),
        "recovery": _wrap_with_recovery(new_key, code, pepper) if code else None,
    }
    _write_header(folder, header)
    return current, UnlockedVault(folder, header["vault_id"], new_key), code


def pending(vault: UnlockedVault) -> UnlockedVault | None:
    """The vault under the new data key if a rekey is pending in the header, else None.
    ``vault`` is the vault as its current wraps open it."""
    part = _part(read_header(vault.folder))
    if part is None:
        return None
    new_key = open_sealed(vault.derive_key(INFO_REKEY), part["key"], AAD_REKEY)
    if new_key is None or len(new_key) != KEY_BYTES:
        raise VaultDamaged(_("The vault header (vault.json) is damaged: the rekey part does "
                             "not match the vault's key."))
    return UnlockedVault(vault.folder, vault.vault_id, new_key)


def finish(vault: UnlockedVault) -> UnlockedVault:
    """Make the pending key the vault's key (once the database is under it) and return
    the vault under it; ``vault`` is locked. Nothing to do if none is pending."""
    new = pending(vault)
    if new is None:
        return vault
    header = read_header(vault.folder)
    part = _part(header)
    assert part is not None  # pending() just read it
    del header[REKEY_PART]
    header["passphrase"] = {**header["passphrase"], **part["passphrase"]}
    header["recovery"] = part["recovery"]
    _write_header(vault.folder, header)
    vault.lock()
    return new


def abandon(folder: Path) -> None:
    """Drop a pending key (while the database is still under the current one)."""
    header = read_header(folder)
    if header.pop(REKEY_PART, None) is not None:
        _write_header(folder, header)


def _part(header: dict[str, Any]) -> dict[str, Any] | None:
    part = header.get(REKEY_PART)
    if part is None:
        return None
    damaged = VaultDamaged(_("The vault header (vault.json) is damaged: the rekey part is "
                             "malformed."))
    if not (isinstance(part, dict) and isinstance(part.get("key"), dict)
            and isinstance(part.get("passphrase"), dict)
            and (part.get("recovery") is None or isinstance(part["recovery"], dict))):
        raise damaged
    wrap = part["passphrase"]
    if len(_b64(wrap, "nonce")) != 12 or len(_b64(wrap, "wrapped_key")) != KEY_BYTES + 16:
        raise damaged
    return part
