"""The two parts of a version-2 vault header that must not say whether they are in use:
the duress slot and the guard (docs/FORMATS.md). Each is always present and always of one
size: a JSON body behind a 2-byte length, padded with noise to a fixed size, then
AES-256-GCM. An unset duress slot is noise of the same size."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.core.language import _
from desktop_app.crypto.errors import DuressRefused, VaultDamaged
from desktop_app.crypto.sealing import open_sealed, seal

AAD_DURESS = b"tirkeu-vault-v2 duress"
AAD_GUARD = b"tirkeu-vault-v2 guard"
INFO_GUARD = b"tirkeu-vault-v2 guard"
DURESS_PAYLOAD = 256
GUARD_PAYLOAD = 64


def random_duress() -> dict[str, str]:
    """An unset duress slot."""
    return {"nonce": _text(os.urandom(12)), "wrapped_key": _text(os.urandom(DURESS_PAYLOAD + 16))}


def duress_slot(kek: bytes, card: dict[str, str]) -> dict[str, str]:
    """A set duress slot under ``kek`` keeping ``card`` (name, role) for the new vault."""
    body = json.dumps({"name": card.get("name", ""), "role": card.get("role", "")},
                      ensure_ascii=False).encode("utf-8")
    if len(body) > DURESS_PAYLOAD - 2:
        raise DuressRefused(_("The name on your card is too long to keep with the duress "
                              "passphrase; shorten it first."))
    nonce = os.urandom(12)
    sealed = AESGCM(kek).encrypt(nonce, _padded(body, DURESS_PAYLOAD), AAD_DURESS)
    return {"nonce": _text(nonce), "wrapped_key": _text(sealed)}


def duress_card(kek: bytes, slot: dict[str, Any]) -> dict[str, str] | None:
    """The card kept with the duress passphrase if ``kek`` is its key, else None."""
    try:
        nonce = base64.b64decode(slot["nonce"], validate=True)
        sealed = base64.b64decode(slot["wrapped_key"], validate=True)
    except (KeyError, TypeError, ValueError):
        nonce = sealed = b""
    if len(nonce) != 12 or len(sealed) != DURESS_PAYLOAD + 16:
        raise VaultDamaged(_("The vault header (vault.json) is damaged: a wrapped key is "
                             "malformed."))
    try:
        body = _unpadded(AESGCM(kek).decrypt(nonce, sealed, AAD_DURESS))
    except InvalidTag:
        return None
    try:
        card = json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        card = {}
    return {k: str(card.get(k, "")) for k in ("name", "role")}


def guard(wipe_after: int | None, failed: int, pepper: bytes) -> dict[str, str]:
    body = json.dumps({"wipe_after": wipe_after, "failed": failed}).encode()
    return seal(_guard_key(pepper), _padded(body, GUARD_PAYLOAD), AAD_GUARD)


def read_guard(slot: Any, pepper: bytes) -> tuple[int | None, int]:
    """(wipe after, wrong passphrases so far); VaultDamaged if it does not open."""
    raw = open_sealed(_guard_key(pepper), slot, AAD_GUARD)
    try:
        if raw is None:
            raise ValueError
        body = json.loads(_unpadded(raw).decode())
        wipe_after, failed = body["wipe_after"], body["failed"]
        if not (wipe_after is None or type(wipe_after) is int) or type(failed) is not int:
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise VaultDamaged(_("The vault header (vault.json) is damaged: the guard part does "
                             "not match the key file.")) from None
    return wipe_after, failed


def _guard_key(pepper: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=INFO_GUARD).derive(pepper)


def _padded(body: bytes, size: int) -> bytes:
    framed = len(body).to_bytes(2, "big") + body
    return framed + os.urandom(size - len(framed))


def _unpadded(raw: bytes) -> bytes:
    return raw[2:2 + int.from_bytes(raw[:2], "big")]


def _text(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
