"""This install's keys: an age X25519 identity to receive bundles, an Ed25519 key to sign
them; both kept inside the encrypted database. Contact cards carry the public halves."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto import sshsig

CARD_FORMAT = "tirkeu-contact"
CARD_VERSION = 1
FINGERPRINT_WORDS = 8


class BadCard(TirkeuError):
    pass


@cache
def _wordlist() -> tuple[str, ...]:
    text = (resources.files("desktop_app.resources") / "wordlist.txt").read_text("utf-8")
    words = tuple(w.strip() for w in text.splitlines() if w.strip())
    assert len(words) == 256
    return words


def fingerprint(age_recipient: str, ssh_key: str) -> str:
    """SHA-256 (hex) over the recipient and the key, naming one install."""
    key = " ".join(ssh_key.split()[:2])  # without any comment
    return hashlib.sha256(f"{age_recipient}\n{key}\n".encode("ascii")).hexdigest()


def fingerprint_words(hex_fingerprint: str) -> str:
    """The first 64 bits of a fingerprint as eight words to read aloud."""
    words = _wordlist()
    raw = bytes.fromhex(hex_fingerprint)[:FINGERPRINT_WORDS]
    return " ".join(words[b] for b in raw)


@dataclass(frozen=True)
class ContactCard:
    """What one install tells others about itself. Public; safe to send in the clear."""

    name: str
    age_recipient: str
    ssh_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.ssh_key)

    @property
    def words(self) -> str:
        return fingerprint_words(self.fingerprint)

    def to_json(self) -> dict[str, Any]:
        return {"format": CARD_FORMAT, "version": CARD_VERSION, "name": self.name,
                "age_recipient": self.age_recipient, "ssh_key": self.ssh_key,
                "fingerprint": self.words}

    def signer_line(self) -> str:
        """This card as one line of an ssh-keygen allowed_signers file."""
        return f'"{self.name}" namespaces="tirkeu-bundle-v1" {self.ssh_key}'


def parse_card(data: bytes) -> ContactCard:
    """Read a contact card file; BadCard (one sentence) if it is not a valid card."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadCard(_("That file is not a Tirkeu contact card.")) from None
    if not isinstance(obj, dict) or obj.get("format") != CARD_FORMAT:
        raise BadCard(_("That file is not a Tirkeu contact card."))
    if obj.get("version") != CARD_VERSION:
        raise BadCard(_("That contact card was made by a newer Tirkeu."))
    name, recipient, key = obj.get("name"), obj.get("age_recipient"), obj.get("ssh_key")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise BadCard(_("That contact card has no name."))
    if not isinstance(recipient, str) or not isinstance(key, str):
        raise BadCard(_("That contact card is incomplete."))
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except Exception:  # noqa: BLE001 - pyrage raises its own types
        raise BadCard(_("That contact card's encryption key is damaged.")) from None
    try:
        sshsig.parse_public_key_line(key)
    except sshsig.BadSignature:
        raise BadCard(_("That contact card's signing key is damaged.")) from None
    card = ContactCard(name=name.strip(), age_recipient=recipient,
                       ssh_key=" ".join(key.split()[:2]))
    if obj.get("fingerprint") not in (None, card.words):
        raise BadCard(_("That contact card was altered: its fingerprint does not match its keys."))
    return card


class NewKeys(NamedTuple):
    """A fresh identity for an install, in the form the vault stores it."""

    age_identity: str  # an age X25519 identity as age writes it, AGE-SECRET-KEY-1...
    ed25519_seed: str  # the Ed25519 signing key's 32-byte seed, as 64 hex digits


def new_keys() -> NewKeys:
    """A new age identity and a new Ed25519 signing key, from the system's CSPRNG; every
    call gives different keys. Nothing is stored: the caller keeps them in the vault."""
    # Any 32 random bytes are a valid Ed25519 private key (RFC 8032 hashes the seed).
    return NewKeys(str(pyrage.x25519.Identity.generate()), os.urandom(32).hex())


class Keys:
    """The private keys of this install, loaded from what the vault stores."""

    def __init__(self, age_identity: str, ed25519_seed_hex: str, name: str):
        self.age_identity = age_identity
        self._identity = pyrage.x25519.Identity.from_str(age_identity)
        self.signing_key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(ed25519_seed_hex))
        self.name = name

    @property
    def age_recipient(self) -> str:
        return str(self._identity.to_public())

    def card(self) -> ContactCard:
        return ContactCard(name=self.name or "Tirkeu", age_recipient=self.age_recipient,
                           ssh_key=sshsig.public_key_line(self.signing_key.public_key()))

    def sign(self, message: bytes, namespace: str) -> str:
        return sshsig.sign(message, self.signing_key, namespace)

    def identity_file(self, created: str) -> str:
        """The age identity in age's own key-file layout (for `age -d -i FILE`)."""
        return (f"# created: {created}\n# public key: {self.age_recipient}\n"
                f"{self.age_identity}\n")
