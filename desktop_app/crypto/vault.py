"""The vault: a passphrase (and optionally a recovery code) unlocks one random data key.

``vault.json`` is the only plaintext file Tirkeu writes; docs/FORMATS.md specifies it.
Argon2id turns the passphrase into a key-encryption key that unwraps the 256-bit data key
with AES-256-GCM. The database key and every other key derive from the data key, so a
passphrase change re-wraps 32 bytes and touches nothing else.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.crypto import recovery
from desktop_app.crypto.errors import (
    NoVault,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryCode,
)
from desktop_app.crypto.files import private_folder, write_atomically

VAULT_FILE = "vault.json"
FORMAT = "tirkeu-vault"
VERSION = 1
KEY_BYTES = 32
AAD_PASSPHRASE = b"tirkeu-vault-v1 passphrase"
AAD_RECOVERY = b"tirkeu-vault-v1 recovery"
INFO_RECOVERY = b"tirkeu-vault-v1 recovery"
INFO_DATABASE = b"tirkeu-vault-v1 sqlcipher"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Defaults take about half a second on a 2020 laptop."""

    memory_kib: int = 131_072
    iterations: int = 3
    lanes: int = 4


# What a header may ask for. Below the floor a stolen vault is too cheap to attack; above
# the ceiling a doctored header could make unlock take minutes or gigabytes.
FLOOR = KdfParams(memory_kib=65_536, iterations=1, lanes=1)
CEILING = KdfParams(memory_kib=524_288, iterations=10, lanes=16)
SALT_BYTES = (16, 64)
# What new wraps use when the caller names no parameters.
DEFAULT_PARAMS = KdfParams()


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same typed text unlocks on every keyboard and system."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


class UnlockedVault:
    """The data key in memory, and the keys derived from it, until ``lock``."""

    def __init__(self, folder: Path, vault_id: str, data_key: bytes):
        self.folder = folder
        self.vault_id = vault_id
        self._data_key: bytearray | None = bytearray(data_key)

    @property
    def locked(self) -> bool:
        return self._data_key is None

    def derive_key(self, info: bytes) -> bytes:
        """A 32-byte key for one purpose, named by ``info`` (HKDF-SHA256 of the data key)."""
        if self._data_key is None:
            raise VaultLocked()
        return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=info).derive(bytes(self._data_key))

    def database_key(self) -> bytes:
        return self.derive_key(INFO_DATABASE)

    def lock(self) -> None:
        """Forget the data key. Python may keep copies we cannot reach; we clear ours."""
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None

    def change_passphrase(self, new_passphrase: str, params: KdfParams | None = None) -> None:
        """Re-wrap the data key under ``new_passphrase``; the recovery code stays valid."""
        if self._data_key is None:
            raise VaultLocked()
        header = read_header(self.folder)
        header["passphrase"] = _wrap_with_passphrase(bytes(self._data_key), new_passphrase,
                                                     params or DEFAULT_PARAMS)
        _write_header(self.folder, header)

    def replace_recovery_code(self) -> str:
        """Make a new recovery code (the old one stops working) and return it."""
        if self._data_key is None:
            raise VaultLocked()
        header = read_header(self.folder)
        code = recovery.generate()
        header["recovery"] = _wrap_with_recovery(bytes(self._data_key), code)
        _write_header(self.folder, header)
        return code


def vault_exists(folder: Path) -> bool:
    return (folder / VAULT_FILE).is_file()


def create_vault(folder: Path, passphrase: str, *, recovery_code: bool = True,
                 params: KdfParams | None = None) -> tuple[UnlockedVault, str | None]:
    """Create a vault in ``folder``. Returns it unlocked, with the recovery code if asked.

    The recovery code is returned once and stored nowhere in plaintext.
    """
    if vault_exists(folder):
        raise VaultExists(f"There is already a vault in {folder}.")
    if not passphrase:
        raise WrongPassphrase()
    private_folder(folder)
    data_key = os.urandom(KEY_BYTES)
    code = recovery.generate() if recovery_code else None
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": str(uuid.uuid4()),
        "passphrase": _wrap_with_passphrase(data_key, passphrase, params or DEFAULT_PARAMS),
        "recovery": _wrap_with_recovery(data_key, code) if code else None,
    }
    _write_header(folder, header)
    return UnlockedVault(folder, header["vault_id"], data_key), code


def unlock(folder: Path, passphrase: str) -> UnlockedVault:
    """Unlock with the passphrase; WrongPassphrase if it does not open this vault."""
    header = read_header(folder)
    wrap = header["passphrase"]
    params = _checked_params(wrap)
    kek = _argon2id(normalize_passphrase(passphrase), _b64(wrap, "salt"), params)
    data_key = _unwrap(kek, wrap, AAD_PASSPHRASE)
    if data_key is None:
        raise WrongPassphrase()
    return UnlockedVault(folder, header["vault_id"], data_key)


def unlock_with_recovery_code(folder: Path, code: str) -> UnlockedVault:
    """Unlock with the recovery code (to set a new passphrase after forgetting one)."""
    header = read_header(folder)
    wrap = header.get("recovery")
    if not wrap:
        raise WrongRecoveryCode()
    if wrap.get("kdf") != "hkdf-sha256":
        raise VaultDamaged("The vault header asks for an unknown recovery key derivation.")
    try:
        secret = recovery.decode(code)
    except ValueError:
        raise WrongRecoveryCode() from None
    data_key = _unwrap(_recovery_kek(secret, _b64(wrap, "salt")), wrap, AAD_RECOVERY)
    if data_key is None:
        raise WrongRecoveryCode()
    return UnlockedVault(folder, header["vault_id"], data_key)


def read_header(folder: Path) -> dict[str, Any]:
    """Read and check vault.json; NoVault if absent, VaultDamaged if malformed."""
    path = folder / VAULT_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NoVault(f"There is no vault in {folder}.") from None
    if len(raw) > 64 * 1024:
        raise VaultDamaged("The vault header (vault.json) is damaged: it is far too large.")
    try:
        header = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise VaultDamaged(
            "The vault header (vault.json) is damaged: it is not valid JSON.") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise VaultDamaged("The vault header (vault.json) is not a Tirkeu vault.")
    version = header.get("version")
    if type(version) is not int or version != VERSION:
        raise VaultDamaged(
            f"This vault header is version {version!r}, which this Tirkeu (reading version "
            f"{VERSION}) cannot open; a newer Tirkeu may.")
    if (not isinstance(header.get("passphrase"), dict)
            or not isinstance(header.get("vault_id"), str)):
        raise VaultDamaged("The vault header (vault.json) is damaged: a required part is "
                           "missing.")
    if header.get("recovery") is not None and not isinstance(header["recovery"], dict):
        raise VaultDamaged("The vault header (vault.json) is damaged: the recovery part is "
                           "malformed.")
    return header


def _write_header(folder: Path, header: dict[str, Any]) -> None:
    write_atomically(folder / VAULT_FILE, (json.dumps(header, indent=2) + "\n").encode())


def _wrap_with_passphrase(data_key: bytes, passphrase: str, params: KdfParams) -> dict[str, Any]:
    if not passphrase:
        raise WrongPassphrase()
    salt = os.urandom(16)
    kek = _argon2id(normalize_passphrase(passphrase), salt, params)
    return {"kdf": "argon2id", "memory_kib": params.memory_kib,
            "iterations": params.iterations, "lanes": params.lanes,
            "salt": _text(salt), **_wrap(kek, data_key, AAD_PASSPHRASE)}


def _wrap_with_recovery(data_key: bytes, code: str) -> dict[str, Any]:
    salt = os.urandom(16)
    kek = _recovery_kek(recovery.decode(code), salt)
    return {"kdf": "hkdf-sha256", "salt": _text(salt), **_wrap(kek, data_key, AAD_RECOVERY)}


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    # The code carries 160 random bits: it needs no stretching, only a key derivation.
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=salt, info=INFO_RECOVERY).derive(secret)


def _argon2id(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(salt=salt, length=KEY_BYTES, iterations=params.iterations,
                    lanes=params.lanes, memory_cost=params.memory_kib).derive(secret)


def _wrap(kek: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _text(nonce), "wrapped_key": _text(AESGCM(kek).encrypt(nonce, data_key, aad))}


def _unwrap(kek: bytes, wrap: dict[str, Any], aad: bytes) -> bytes | None:
    nonce, wrapped = _b64(wrap, "nonce"), _b64(wrap, "wrapped_key")
    if len(nonce) != 12 or len(wrapped) != KEY_BYTES + 16:
        raise VaultDamaged("The vault header (vault.json) is damaged: a wrapped key is malformed.")
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        return None


def _checked_params(wrap: dict[str, Any]) -> KdfParams:
    if wrap.get("kdf") != "argon2id":
        raise VaultDamaged("The vault header asks for an unknown key derivation.")
    values = {}
    for name in ("memory_kib", "iterations", "lanes"):
        value = wrap.get(name)
        low, high = getattr(FLOOR, name), getattr(CEILING, name)
        if type(value) is not int or not low <= value <= high:
            raise VaultDamaged(
                f"The vault header asks for Argon2id {name} = {value!r}, outside the allowed "
                f"{low}–{high}; it may have been tampered with.")
        values[name] = value
    if values["memory_kib"] < 8 * values["lanes"]:
        raise VaultDamaged("The vault header asks for impossible Argon2id parameters.")
    salt = _b64(wrap, "salt")
    if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
        raise VaultDamaged("The vault header (vault.json) is damaged: the salt is malformed.")
    return KdfParams(**values)


def _text(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _b64(wrap: dict[str, Any], key: str) -> bytes:
    value = wrap.get(key)
    try:
        if not isinstance(value, str):
            raise ValueError
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise VaultDamaged(
            f"The vault header (vault.json) is damaged: {key} is malformed.") from None
