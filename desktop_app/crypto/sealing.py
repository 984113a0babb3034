"""Small authenticated, encrypted blobs (a backup's manifest): AES-256-GCM under a key the
vault derives, stored as base64 ``nonce`` and ``sealed``."""

from __future__ import annotations

import base64
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key: bytes, payload: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": base64.b64encode(nonce).decode("ascii"),
            "sealed": base64.b64encode(AESGCM(key).encrypt(nonce, payload, aad)).decode("ascii")}


def open_sealed(key: bytes, blob: Any, aad: bytes) -> bytes | None:
    """The payload, or None if ``blob`` is malformed, altered or sealed under another key."""
    try:
        nonce = base64.b64decode(blob["nonce"], validate=True)
        sealed = base64.b64decode(blob["sealed"], validate=True)
        if len(nonce) != 12:
            return None
        return AESGCM(key).decrypt(nonce, sealed, aad)
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None
