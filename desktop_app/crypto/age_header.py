"""Strict reading of an age v1 header, before any decryption work.

age's own decoders are lenient about a few malformed headers; this reader follows the
specification's grammar exactly, caps the header's size and stanza count, and lets the
caller refuse stanza types (passphrase/scrypt) without running them.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import BinaryIO

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _

VERSION_LINE = b"age-encryption.org/v1"
MAX_HEADER_BYTES = 64 * 1024
MAX_STANZAS = 64
_ARG = re.compile(rb"^[\x21-\x7e]+$")
_B64 = re.compile(rb"^[A-Za-z0-9+/]*$")


class AgeFormatError(TirkeuError):
    """The file is not a well-formed age v1 file (or its header breaks a cap)."""


@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    raw: bytes  # every byte of the header, MAC line included

    def types(self) -> set[str]:
        return {s.type for s in self.stanzas}


def _b64_canonical(text: bytes) -> bytes:
    """Decode unpadded base64, refusing non-canonical encodings."""
    if not _B64.match(text):
        raise AgeFormatError(_("The age header holds invalid base64."))
    padded = text + b"=" * (-len(text) % 4)
    try:
        data = base64.b64decode(padded, validate=True)
    except binascii.Error:
        raise AgeFormatError(_("The age header holds invalid base64.")) from None
    if base64.b64encode(data).rstrip(b"=") != text:
        raise AgeFormatError(_("The age header holds non-canonical base64."))
    return data


def read_header(stream: BinaryIO, *, max_bytes: int = MAX_HEADER_BYTES,
                max_stanzas: int = MAX_STANZAS) -> Header:
    """Read the header from ``stream``, leaving it at the first payload byte."""
    raw = bytearray()

    def line() -> bytes:
        data = stream.readline(max_bytes - len(raw) + 1)
        raw.extend(data)
        if len(raw) > max_bytes:
            raise AgeFormatError(_("The age header is larger than any bundle's header may be."))
        if not data.endswith(b"\n"):
            raise AgeFormatError(_("The file ends inside the age header."))
        if b"\r" in data:
            raise AgeFormatError(_("The age header has carriage returns."))
        return data[:-1]

    if line() != VERSION_LINE:
        raise AgeFormatError(_("This is not an age v1 file."))
    stanzas: list[Stanza] = []
    current = line()
    while current.startswith(b"-> "):
        if len(stanzas) >= max_stanzas:
            raise AgeFormatError(_("The age header has more recipients than any bundle may have."))
        args = current[3:].split(b" ")
        if not args or any(not _ARG.match(a) for a in args):
            raise AgeFormatError(_("An age header stanza is malformed."))
        body = bytearray()
        while True:
            body_line = line()
            if len(body_line) > 64:
                raise AgeFormatError(_("An age header line is too long."))
            body.extend(_b64_canonical(body_line))
            if len(body_line) < 64:
                break
        stanzas.append(Stanza(args[0].decode(), tuple(a.decode() for a in args[1:]), bytes(body)))
        current = line()
    if not current.startswith(b"--- "):
        raise AgeFormatError(_("The age header is malformed."))
    mac = current[4:]
    if len(mac) != 43 or len(_b64_canonical(mac)) != 32:
        raise AgeFormatError(_("The age header's MAC is malformed."))
    if not stanzas:
        raise AgeFormatError(_("The age header names no recipient."))
    return Header(tuple(stanzas), bytes(raw))
