"""The vault: a passphrase (and optionally a recovery code) unlocks one random data key.

``vault.json`` is the only plaintext file Tirkeu writes; docs/FORMATS.md specifies it.
Argon2id turns the passphrase into a key-encryption key that unwraps the 256-bit data key
with AES-256-GCM. The database key and every other key derive from the data key, so a
passphrase change re-wraps 32 bytes and touches nothing else (and so does not help against
an old copy of this header with the old passphrase: `tirkeu rekey`, crypto/rekeying.py,
replaces the data key itself).

Version 2 headers mix the secret of ``vault.key`` (crypto/keyfile.py) into every
key-encryption key, so that destroying that one file in place makes every copy of
``vault.json`` ever written useless. They also hold, always, a duress slot (a second
passphrase that wipes the vault and opens a new, empty one) and a guard (wipe after N
wrong passphrases): both present and of fixed size whether set or not, so the header does
not tell whether either is in use.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.core.language import _
from desktop_app.crypto import keyfile, recovery
from desktop_app.crypto.errors import (
    DuressRefused,
    NoVault,
    RekeyUnfinished,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryCode,
)
from desktop_app.crypto.files import private_folder, write_atomically
from desktop_app.crypto.vault_slots import (
    duress_card,
    duress_slot,
    guard,
    random_duress,
    read_guard,
)
from desktop_app.crypto.wipe import wipe

VAULT_FILE = keyfile.HEADER_FILE
FORMAT = "tirkeu-vault"
VERSION = 2
READABLE_VERSIONS = (1, 2)
KEY_BYTES = 32
AAD_PASSPHRASE = b"tirkeu-vault-v1 passphrase"
AAD_RECOVERY = b"tirkeu-vault-v1 recovery"
INFO_RECOVERY = b"tirkeu-vault-v1 recovery"
INFO_DATABASE = b"tirkeu-vault-v1 sqlcipher"
INFO_KEY_FILE = b"tirkeu-vault-v2 key file"
# The part of vault.json a rekey under way adds (crypto/rekeying.py, docs/FORMATS.md).
REKEY_PART = "rekey"


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
    """The data key in memory, and the keys derived from it, until ``lock``.

    ``fresh_card`` is set only on a vault that a duress passphrase has just made: the
    name and role the new, empty vault should show, so it looks like the old one did."""

    def __init__(self, folder: Path, vault_id: str, data_key: bytes,
                 fresh_card: dict[str, str] | None = None):
        self.folder = folder
        self.vault_id = vault_id
        self._data_key: bytearray | None = bytearray(data_key)
        self.fresh_card = fresh_card

    @property
    def locked(self) -> bool:
        return self._data_key is None

    def derive_key(self, info: bytes) -> bytes:
        """A 32-byte key for one purpose, named by ``info`` (HKDF-SHA256 of the data key)."""
        return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=info).derive(self._key())

    def database_key(self) -> bytes:
        return self.derive_key(INFO_DATABASE)

    def lock(self) -> None:
        """Forget the data key. Python may keep copies we cannot reach; we clear ours."""
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked()
        return bytes(self._data_key)

    def change_passphrase(self, new_passphrase: str, params: KdfParams | None = None) -> None:
        """Re-wrap the data key under ``new_passphrase``; the recovery code stays valid.

        The salt and Argon2id parameters stay as they are (unless ``params`` names other
        ones), because the duress passphrase is checked with the same Argon2id run; new
        parameters turn the duress passphrase off."""
        header = _settled(read_header(self.folder))
        if header["version"] < 2:
            _upgrade(self.folder, header, self._key(), new_passphrase)
            return
        pepper = keyfile.read(self.folder)
        old = header["passphrase"]
        kept = _checked_params(old)
        chosen = kept if params is None else params
        same = chosen == kept
        salt = _b64(old, "salt") if same else os.urandom(16)
        header["passphrase"] = _wrap_with_passphrase(self._key(), new_passphrase, chosen, salt,
                                                     pepper)
        if not same:
            header["duress"] = random_duress()
        _write_header(self.folder, header)

    def replace_recovery_code(self) -> str:
        """Make a new recovery code (the old one stops working) and return it."""
        header = _settled(_upgraded(read_header(self.folder)))
        code = recovery.generate()
        header["recovery"] = _wrap_with_recovery(self._key(), code, keyfile.read(self.folder))
        _write_header(self.folder, header)
        return code

    def set_duress(self, duress_passphrase: str, passphrase: str, card: dict[str, str]) -> None:
        """Make ``duress_passphrase`` the duress passphrase. ``passphrase`` (the real one)
        proves it is the owner; ``card`` (name, role) is what the new empty vault shows.
        Refused if the two passphrases are the same."""
        header = _upgraded(read_header(self.folder))
        pepper = keyfile.read(self.folder)
        wrap = header["passphrase"]
        if _unwrap(_passphrase_kek(passphrase, wrap, pepper), wrap, AAD_PASSPHRASE) is None:
            raise WrongPassphrase()
        duress_kek = _passphrase_kek(duress_passphrase, wrap, pepper)
        if _unwrap(duress_kek, wrap, AAD_PASSPHRASE) is not None:
            raise DuressRefused(_("The duress passphrase must differ from your passphrase."))
        header["duress"] = duress_slot(duress_kek, card)
        _write_header(self.folder, header)

    def clear_duress(self) -> None:
        """Turn the duress passphrase off (the slot is refilled with noise)."""
        self._key()
        header = _upgraded(read_header(self.folder))
        header["duress"] = random_duress()
        _write_header(self.folder, header)

    def wipe_after(self) -> int | None:
        """How many wrong passphrases in a row wipe the vault (None: never)."""
        self._key()
        header = read_header(self.folder)
        if header["version"] < 2:
            return None
        return read_guard(header["guard"], keyfile.read(self.folder))[0]

    def set_wipe_after(self, count: int | None) -> None:
        """Wipe after ``count`` wrong passphrases in a row; None turns it off."""
        self._key()
        if count is not None and not 1 <= count <= 1000:
            raise ValueError("count must be between 1 and 1000")
        header = _upgraded(read_header(self.folder))
        header["guard"] = guard(count, 0, keyfile.read(self.folder))
        _write_header(self.folder, header)


def vault_exists(folder: Path) -> bool:
    return (folder / VAULT_FILE).is_file()


def create_vault(folder: Path, passphrase: str, *, recovery_code: bool = True,
                 params: KdfParams | None = None) -> tuple[UnlockedVault, str | None]:
    """Create a vault in ``folder``. Returns it unlocked, with the recovery code if asked.

    The recovery code is returned once and stored nowhere in plaintext.
    """
    if vault_exists(folder):
        raise VaultExists(_("There is already a vault in {folder}.").format(folder=folder))
    if not passphrase:
        raise WrongPassphrase()
    params = params or DEFAULT_PARAMS
    salt = os.urandom(16)
    return _make(folder, _argon2id(normalize_passphrase(passphrase), salt, params), salt,
                 params, recovery_code=recovery_code)


def _make(folder: Path, passphrase_raw: bytes, salt: bytes, params: KdfParams, *,
          recovery_code: bool, fresh_card: dict[str, str] | None = None
          ) -> tuple[UnlockedVault, str | None]:
    """Write a new key file and header around a new data key; ``passphrase_raw`` is the
    Argon2id output of the passphrase with ``salt`` and ``params`` (computed once)."""
    private_folder(folder)
    keyfile.destroy(folder)  # a leftover from a crash between wipe and create
    pepper = keyfile.create(folder)
    data_key = os.urandom(KEY_BYTES)
    code = recovery.generate() if recovery_code else None
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": str(uuid.uuid4()),
        "passphrase": _passphrase_wrap(data_key, _mix(passphrase_raw, pepper), salt, params),
        "duress": random_duress(),
        "recovery": _wrap_with_recovery(data_key, code, pepper) if code else None,
        "guard": guard(None, 0, pepper),
    }
    _write_header(folder, header)
    return UnlockedVault(folder, header["vault_id"], data_key, fresh_card), code


def unlock(folder: Path, passphrase: str) -> UnlockedVault:
    """Unlock with the passphrase; WrongPassphrase if it does not open this vault.

    The duress passphrase opens too: the archive is wiped and a new, empty vault made
    under that passphrase is returned (its ``fresh_card`` set), taking about as long as
    a normal unlock. A wrong passphrase counts towards the wipe-after limit, if one is
    set (without one a wrong passphrase changes nothing); a right one starts the count
    again."""
    header = read_header(folder)
    wrap = header["passphrase"]
    params = _checked_params(wrap)
    if header["version"] < 2:
        data_key = _unwrap(_passphrase_kek(passphrase, wrap, None), wrap, AAD_PASSPHRASE)
        if data_key is None:
            raise WrongPassphrase()
        _upgrade(folder, header, data_key, passphrase)
        return UnlockedVault(folder, header["vault_id"], data_key)
    pepper = keyfile.read(folder)
    raw = _argon2id(normalize_passphrase(passphrase), _b64(wrap, "salt"), params)
    kek = _mix(raw, pepper)
    data_key = _unwrap(kek, wrap, AAD_PASSPHRASE)
    wipe_after, failed = read_guard(header["guard"], pepper)
    if data_key is not None:
        if failed:
            _replace_part(folder, "guard", guard(wipe_after, 0, pepper))
        return UnlockedVault(folder, header["vault_id"], data_key)
    card = duress_card(kek, header["duress"])
    if card is not None:
        wipe(folder, remove_later=True)
        vault, _ = _make(folder, raw, _b64(wrap, "salt"), params, recovery_code=True,
                         fresh_card=card)
        return vault
    if wipe_after is None:  # nothing to count: a wrong passphrase changes nothing
        raise WrongPassphrase()
    if failed + 1 >= wipe_after:
        wipe(folder)
        raise WrongPassphrase()
    _replace_part(folder, "guard", guard(wipe_after, failed + 1, pepper))
    raise WrongPassphrase()


def unlock_with_recovery_code(folder: Path, code: str) -> UnlockedVault:
    """Unlock with the recovery code (to set a new passphrase after forgetting one)."""
    header = read_header(folder)
    data_key = _recovery_data_key(header, code, lambda: keyfile.read(folder))
    return UnlockedVault(folder, header["vault_id"], data_key)


def _recovery_data_key(header: dict[str, Any], code: str,
                       key_file: Callable[[], bytes]) -> bytes:
    """The data key the recovery ``code`` unwraps; ``key_file`` gives the key file's
    secret, read only if this wrap mixes it in."""
    wrap = header.get("recovery")
    if not wrap:
        raise WrongRecoveryCode()
    if wrap.get("kdf") != "hkdf-sha256":
        raise VaultDamaged(_("The vault header asks for an unknown recovery key derivation."))
    try:
        secret = recovery.decode(code)
    except ValueError:
        raise WrongRecoveryCode() from None
    kek = _recovery_kek(secret, _b64(wrap, "salt"))
    if header["version"] >= 2 and wrap.get("key_file", True) is not False:
        kek = _mix(kek, key_file())
    data_key = _unwrap(kek, wrap, AAD_RECOVERY)
    if data_key is None:
        raise WrongRecoveryCode()
    return data_key


def read_header(folder: Path) -> dict[str, Any]:
    """Read and check vault.json; NoVault if absent, VaultDamaged if malformed."""
    path = folder / VAULT_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NoVault(_("There is no vault in {folder}.").format(folder=folder)) from None
    if len(raw) > 64 * 1024:
        raise VaultDamaged(_("The vault header (vault.json) is damaged: it is far too large."))
    try:
        header: dict[str, Any] = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise VaultDamaged(
            _("The vault header (vault.json) is damaged: it is not valid JSON.")) from None
    check_header(header)
    return header


def check_header(header: Any) -> None:
    """VaultDamaged (one sentence) unless ``header`` has a readable vault header's shape."""
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise VaultDamaged(_("The vault header (vault.json) is not a Tirkeu vault."))
    version = header.get("version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise VaultDamaged(
            _("This vault header is version {version!r}, which this Tirkeu (reading version "
              "{readable}) cannot open; a newer Tirkeu may.").format(version=version,
                                                                    readable=VERSION))
    if (not isinstance(header.get("passphrase"), dict)
            or not isinstance(header.get("vault_id"), str)):
        raise VaultDamaged(_("The vault header (vault.json) is damaged: a required part is "
                             "missing."))
    if header.get("recovery") is not None and not isinstance(header["recovery"], dict):
        raise VaultDamaged(_("The vault header (vault.json) is damaged: the recovery part is "
                             "malformed."))
    if version >= 2 and not (isinstance(header.get("duress"), dict)
                             and isinstance(header.get("guard"), dict)):
        raise VaultDamaged(_("The vault header (vault.json) is damaged: a required part is "
                             "missing."))


def open_portable(header: dict[str, Any], key_file: bytes, *, passphrase: str | None = None,
                  code: str | None = None) -> UnlockedVault:
    """Unlock a header and key-file secret held in memory (a backup being restored): the
    passphrase or the recovery code, never the duress route and never a count of
    failures. Nothing is written."""
    check_header(header)
    if code is not None:
        data_key = _recovery_data_key(header, code, lambda: key_file)
    else:
        wrap = header["passphrase"]
        pepper = key_file if header["version"] >= 2 else None
        unwrapped = _unwrap(_passphrase_kek(passphrase or "", wrap, pepper), wrap, AAD_PASSPHRASE)
        if unwrapped is None:
            raise WrongPassphrase()
        data_key = unwrapped
    return UnlockedVault(Path(), header["vault_id"], data_key)


def _write_header(folder: Path, header: dict[str, Any]) -> None:
    write_atomically(folder / VAULT_FILE, (json.dumps(header, indent=2) + "\n").encode())


def _replace_part(folder: Path, name: str, value: Any) -> None:
    """Write one part of the header into the header as it is now: read again just before
    the write, so that an unlock (which spends half a second in Argon2id after its first
    read) does not put back a header that a rekey has replaced meanwhile."""
    header = read_header(folder)
    header[name] = value
    _write_header(folder, header)


def _settled(header: dict[str, Any]) -> dict[str, Any]:
    """``header``, unless a rekey left it holding two data keys: a new passphrase or
    recovery code must not wrap the old key while the database may be under the new."""
    if header.get(REKEY_PART) is not None:
        raise RekeyUnfinished()
    return header


def _upgraded(header: dict[str, Any]) -> Any:
    if header["version"] >= 2:
        return header
    raise VaultDamaged(_("This vault must be unlocked with its passphrase once before this "
                         "change."))


def _upgrade(folder: Path, header: dict[str, Any], data_key: bytes, passphrase: str) -> None:
    """A version-1 header becomes version 2 at its first unlock by passphrase: a key file,
    the passphrase wrap mixed with it, a duress slot and a guard. The recovery wrap cannot
    be re-made without the code, so it stays as it was, marked ``"key_file": false``,
    until a new recovery code is made."""
    keyfile.destroy(folder)
    pepper = keyfile.create(folder)
    wrap = header["passphrase"]
    salt, params = _b64(wrap, "salt"), _checked_params(wrap)
    header["passphrase"] = _wrap_with_passphrase(data_key, passphrase, params, salt, pepper)
    if header.get("recovery"):
        header["recovery"]["key_file"] = False
    header.update(version=VERSION, duress=random_duress(), guard=guard(None, 0, pepper))
    _write_header(folder, header)


def _mix(kek: bytes, pepper: bytes | None) -> bytes:
    """A version-2 key-encryption key: the passphrase's or code's key and the key file's
    secret, through HKDF; neither alone unwraps anything."""
    if pepper is None:
        return kek
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=pepper, info=INFO_KEY_FILE).derive(kek)


def _passphrase_kek(passphrase: str, wrap: dict[str, Any], pepper: bytes | None) -> bytes:
    if not passphrase:
        raise WrongPassphrase()
    raw = _argon2id(normalize_passphrase(passphrase), _b64(wrap, "salt"), _checked_params(wrap))
    return _mix(raw, pepper)


def _passphrase_wrap(data_key: bytes, kek: bytes, salt: bytes,
                     params: KdfParams) -> dict[str, Any]:
    return {"kdf": "argon2id", "memory_kib": params.memory_kib,
            "iterations": params.iterations, "lanes": params.lanes,
            "salt": _text(salt), **_wrap(kek, data_key, AAD_PASSPHRASE)}


def _wrap_with_passphrase(data_key: bytes, passphrase: str, params: KdfParams, salt: bytes,
                          pepper: bytes | None) -> dict[str, Any]:
    if not passphrase:
        raise WrongPassphrase()
    kek = _mix(_argon2id(normalize_passphrase(passphrase), salt, params), pepper)
    return _passphrase_wrap(data_key, kek, salt, params)


def _wrap_with_recovery(data_key: bytes, code: str, pepper: bytes | None) -> dict[str, Any]:
    salt = os.urandom(16)
    kek = _mix(_recovery_kek(recovery.decode(code), salt), pepper)
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
        raise VaultDamaged(_("The vault header (vault.json) is damaged: a wrapped key is "
                             "malformed."))
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        return None


def _checked_params(wrap: dict[str, Any]) -> KdfParams:
    if wrap.get("kdf") != "argon2id":
        raise VaultDamaged(_("The vault header asks for an unknown key derivation."))
    values = {}
    for name in ("memory_kib", "iterations", "lanes"):
        value = wrap.get(name)
        low, high = getattr(FLOOR, name), getattr(CEILING, name)
        if type(value) is not int or not low <= value <= high:
            raise VaultDamaged(
                _("The vault header asks for Argon2id {name} = {value!r}, outside the allowed "
                  "{low}–{high}; it may have been tampered with.").format(
                    name=name, value=value, low=low, high=high))
        values[name] = value
    if values["memory_kib"] < 8 * values["lanes"]:
        raise VaultDamaged(_("The vault header asks for impossible Argon2id parameters."))
    salt = _b64(wrap, "salt")
    if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
        raise VaultDamaged(_("The vault header (vault.json) is damaged: the salt is malformed."))
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
            _("The vault header (vault.json) is damaged: {part} is malformed.").format(
                part=key)) from None
