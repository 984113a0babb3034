"""Whether an age file is for this vault, told from its header alone.

A shared folder holds files for many people; telling which are ours must cost almost
nothing and never read a body. age's X25519 stanza is opened here by the specification
(age-encryption.org/v1, "X25519 recipient stanza"): the shared secret of our key and the
stanza's ephemeral share, HKDF-SHA-256 into a wrapping key, ChaCha20-Poly1305 over the
32-byte body. A stanza that opens means the file key was wrapped for us; nothing else is
learnt, and the full import (rage) still checks the header's MAC and every chunk.

Also the payload arithmetic of age's STREAM (64 KiB chunks, each with a 16-byte tag,
after a 16-byte nonce), so a file cut short can be told from a complete one by its size.
"""

from __future__ import annotations

import base64

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.crypto.age_header import Header

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_X25519_INFO = b"age-encryption.org/v1/X25519"
CHUNK = 64 * 1024
TAG = 16
NONCE = 16


def _bech32_data(text: str, hrp: str) -> bytes:
    """The 8-bit data of a bech32 string with human-readable part ``hrp`` (BIP 173);
    ValueError if it is not one."""
    text = text.lower()
    sep = text.rfind("1")
    if text[:sep] != hrp or len(text) - sep < 7:
        raise ValueError("not a bech32 string with that prefix")
    values = [_CHARSET.index(c) for c in text[sep + 1:]]
    check, generators = 1, (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    for value in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(generators):
            check ^= generator if (top >> i) & 1 else 0
    if check != 1:
        raise ValueError("bad bech32 checksum")
    acc = bits = 0
    out = bytearray()
    for value in values[:-6]:
        acc, bits = (acc << 5) | value, bits + 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    return bytes(out)


def _private_key(age_identity: str) -> X25519PrivateKey:
    """The X25519 key of an ``AGE-SECRET-KEY-1…`` identity."""
    return X25519PrivateKey.from_private_bytes(_bech32_data(age_identity, "age-secret-key-"))


def _b64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def opens(header: Header, age_identity: str) -> bool:
    """True if one of the header's X25519 stanzas is wrapped for ``age_identity``."""
    key = _private_key(age_identity)
    ours = key.public_key().public_bytes_raw()
    for stanza in header.stanzas:
        if stanza.type != "X25519" or len(stanza.args) != 1 or len(stanza.body) != 32:
            continue
        try:
            share = _b64(stanza.args[0])
            shared = key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:  # not a point, or an all-zero secret (a low-order share)
            continue
        wrap = HKDF(hashes.SHA256(), 32, share + ours, _X25519_INFO).derive(shared)
        try:
            ChaCha20Poly1305(wrap).decrypt(bytes(12), stanza.body, None)
        except InvalidTag:
            continue
        return True
    return False


def payload_can_be_complete(payload: int, block: int = 512) -> bool:
    """Whether ``payload`` bytes after an age header can be a whole age file whose
    plaintext is a whole number of ``block``-byte blocks (a tar always is). A file cut
    short (or grown) almost never can; one whose length can, but whose content was cut
    or changed, is found out by decryption."""
    body = payload - NONCE
    if body < TAG:
        return False
    chunks = max(1, -(-body // (CHUNK + TAG)))
    plain = body - TAG * chunks
    if plain < 0 or max(1, -(-plain // CHUNK)) != chunks:
        return False
    return plain % block == 0
