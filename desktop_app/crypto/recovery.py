"""Recovery codes: 160 random bits written as 32 letters and digits in groups of four.

Crockford's base-32 alphabet leaves out I, L, O and U, so the code survives being read
aloud, handwritten or retyped; decoding forgives case, spaces, dashes and O/0, I/L/1.
"""

from __future__ import annotations

import os

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SECRET_BYTES = 20  # 160 bits
_CHARS = SECRET_BYTES * 8 // 5  # 32
_FORGIVEN = str.maketrans({"O": "0", "I": "1", "L": "1"})


def generate() -> str:
    """A fresh recovery code, grouped for reading: ``XXXX-XXXX-…`` (8 groups)."""
    return encode(os.urandom(SECRET_BYTES))


def encode(secret: bytes) -> str:
    number = int.from_bytes(secret, "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_CHARS))]
    return "-".join("".join(chars[i:i + 4]) for i in range(0, _CHARS, 4))


def decode(code: str) -> bytes:
    """The 20 secret bytes of ``code``; ValueError if it is not a well-formed code."""
    cleaned = "".join(c for c in code.upper() if not c.isspace() and c != "-").translate(_FORGIVEN)
    if len(cleaned) != _CHARS or any(c not in ALPHABET for c in cleaned):
        raise ValueError("not a recovery code")
    number = 0
    for c in cleaned:
        number = (number << 5) | ALPHABET.index(c)
    return number.to_bytes(SECRET_BYTES, "big")
