"""SSH signatures (OpenSSH's PROTOCOL.sshsig) made and checked with Ed25519 keys.

The output is what `ssh-keygen -Y sign` writes, so `ssh-keygen -Y verify` checks it and
this module checks what ssh-keygen signs. Only the envelope is written here; the signing
itself is cryptography's Ed25519.
"""

from __future__ import annotations

import base64
import hashlib
import struct

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _

MAGIC = b"SSHSIG"
VERSION = 1
KEY_TYPE = b"ssh-ed25519"
BEGIN, END = "-----BEGIN SSH SIGNATURE-----", "-----END SSH SIGNATURE-----"
HASHES = {b"sha512": hashlib.sha512, b"sha256": hashlib.sha256}


class BadSignature(TirkeuError):
    pass


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _read_string(blob: bytes, offset: int) -> tuple[bytes, int]:
    if offset + 4 > len(blob):
        raise BadSignature(_("The signature is malformed."))
    (length,) = struct.unpack_from(">I", blob, offset)
    end = offset + 4 + length
    if end > len(blob):
        raise BadSignature(_("The signature is malformed."))
    return blob[offset + 4:end], end


def public_key_blob(key: Ed25519PublicKey) -> bytes:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return _string(KEY_TYPE) + _string(raw)


def public_key_line(key: Ed25519PublicKey) -> str:
    """``ssh-ed25519 AAAA…`` as in an authorized_keys or allowed_signers file."""
    return "ssh-ed25519 " + base64.b64encode(public_key_blob(key)).decode("ascii")


def parse_public_key_line(line: str) -> Ed25519PublicKey:
    """The Ed25519 key of an ``ssh-ed25519 AAAA… [comment]`` line; BadSignature otherwise."""
    parts = line.strip().split()
    if len(parts) < 2 or parts[0] != "ssh-ed25519":
        raise BadSignature(_("That is not an ssh-ed25519 public key."))
    try:
        blob = base64.b64decode(parts[1], validate=True)
    except ValueError:
        raise BadSignature(_("That ssh-ed25519 public key is damaged.")) from None
    kind, offset = _read_string(blob, 0)
    raw, offset = _read_string(blob, offset)
    if kind != KEY_TYPE or len(raw) != 32 or offset != len(blob):
        raise BadSignature(_("That ssh-ed25519 public key is damaged."))
    return Ed25519PublicKey.from_public_bytes(raw)


def _signed_data(message: bytes, namespace: str, hash_name: bytes) -> bytes:
    digest = HASHES[hash_name](message).digest()
    return (MAGIC + _string(namespace.encode()) + _string(b"") + _string(hash_name)
            + _string(digest))


def sign(message: bytes, key: Ed25519PrivateKey, namespace: str) -> str:
    """The armored SSH signature of ``message`` in ``namespace`` (SHA-512, Ed25519)."""
    signature = key.sign(_signed_data(message, namespace, b"sha512"))
    blob = (MAGIC + struct.pack(">I", VERSION) + _string(public_key_blob(key.public_key()))
            + _string(namespace.encode()) + _string(b"") + _string(b"sha512")
            + _string(_string(KEY_TYPE) + _string(signature)))
    text = base64.b64encode(blob).decode("ascii")
    lines = [text[i:i + 70] for i in range(0, len(text), 70)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


def verify(message: bytes, armored: str | bytes, key: Ed25519PublicKey, namespace: str) -> None:
    """Return if ``armored`` is ``key``'s signature of ``message`` in ``namespace``;
    raise BadSignature (one sentence) otherwise."""
    text = armored.decode("ascii", "replace") if isinstance(armored, bytes) else armored
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 3 or lines[0] != BEGIN or lines[-1] != END:
        raise BadSignature(_("The signature is malformed."))
    try:
        blob = base64.b64decode("".join(lines[1:-1]), validate=True)
    except ValueError:
        raise BadSignature(_("The signature is malformed.")) from None
    if not blob.startswith(MAGIC) or len(blob) < 10:
        raise BadSignature(_("The signature is malformed."))
    (version,) = struct.unpack_from(">I", blob, 6)
    if version != VERSION:
        raise BadSignature(_("The signature has an unknown version."))
    signer, offset = _read_string(blob, 10)
    signed_namespace, offset = _read_string(blob, offset)
    _reserved, offset = _read_string(blob, offset)
    hash_name, offset = _read_string(blob, offset)
    wrapped, offset = _read_string(blob, offset)
    if offset != len(blob):
        raise BadSignature(_("The signature is malformed."))
    if signer != public_key_blob(key):
        raise BadSignature(_("It was signed by a different key."))
    if signed_namespace != namespace.encode():
        raise BadSignature(_("The signature was made for another purpose."))
    if hash_name not in HASHES:
        raise BadSignature(_("The signature uses an unknown hash."))
    kind, inner = _read_string(wrapped, 0)
    raw, end = _read_string(wrapped, inner)
    if kind != KEY_TYPE or end != len(wrapped):
        raise BadSignature(_("The signature is malformed."))
    try:
        key.verify(raw, _signed_data(message, namespace, hash_name))
    except InvalidSignature:
        raise BadSignature(_("The signature does not match: the content was changed after "
                             "it was signed.")) from None
