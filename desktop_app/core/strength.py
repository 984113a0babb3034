"""A rough passphrase strength hint: enough to steer people away from short passwords."""

from __future__ import annotations

import math
from enum import StrEnum


class Strength(StrEnum):
    TOO_SHORT = "too_short"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


def estimate_bits(passphrase: str) -> float:
    """A conservative guess of the guessing work, in bits.

    Several words are counted as words (about 11 bits each, as if drawn from a 2,000-word
    list), never as random letters; a single word by its character classes, with repeated
    characters counted once.
    """
    words = passphrase.split()
    if len(words) >= 3:
        return 11.0 * len(words)
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 33 if any(ord(c) > 127 for c in passphrase if c.islower()) else 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    distinct = len(set(passphrase))
    return distinct * math.log2(pool) * 0.6 if pool else 0.0


def strength(passphrase: str, minimum_length: int = 8) -> Strength:
    if len(passphrase) < minimum_length:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 40:
        return Strength.WEAK
    return Strength.FAIR if bits < 60 else Strength.STRONG
