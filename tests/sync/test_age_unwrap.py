"""Telling from an age header alone whether a file is for this vault (``crypto.age_unwrap``),
as a pass over a shared folder does before reading anything else: against the CCTV
vectors (every X25519 "success" opens, every "no match" does not) and against files made
by rage; and the size arithmetic that tells a file cut short."""

from __future__ import annotations

import io
import os

import pyrage
import pytest

from desktop_app.crypto.age_header import AgeFormatError, read_header
from desktop_app.crypto.age_unwrap import opens, payload_can_be_complete


def _header_and_payload(data: bytes) -> tuple[object, int]:
    header = read_header(io.BytesIO(data))
    return header, len(data) - len(header.raw)


def test_a_file_opens_for_each_of_its_recipients_and_nobody_else() -> None:
    ours, theirs, stranger = (pyrage.x25519.Identity.generate() for _ in range(3))
    data = pyrage.encrypt(b"x" * 10240, [ours.to_public(), theirs.to_public()])
    header = read_header(io.BytesIO(data))
    assert opens(header, str(ours)) and opens(header, str(theirs))
    assert not opens(header, str(stranger))


def test_against_the_cctv_vectors() -> None:
    from test_age_vectors import FOLDER, NON_ARMORED, load

    checked = {"success": 0, "no match": 0}
    for name in NON_ARMORED:
        vector = load(FOLDER / name)
        if vector.post_quantum or vector.scrypt or vector.expect not in checked:
            continue
        try:
            header = read_header(io.BytesIO(vector.body))
        except AgeFormatError:
            continue
        opened = any(opens(header, identity) for identity in vector.identities)
        assert opened == (vector.expect == "success"), name
        checked[vector.expect] += 1
    assert checked["success"] >= 10 and checked["no match"] >= 1, checked


@pytest.mark.parametrize("size", [0, 512, 10240, 65536, 65536 * 3 + 10240, 327680])
def test_only_a_whole_file_has_a_whole_size(size: int) -> None:
    key = pyrage.x25519.Identity.generate()
    data = pyrage.encrypt(os.urandom(size), [key.to_public()])
    _header, payload = _header_and_payload(data)
    assert payload_can_be_complete(payload)
    # Cut anywhere but at a whole number of blocks or chunks, the size gives it away.
    for cut in (1, 15, 16, 17, 100, 511, 513, 4000, 65551):
        if cut < payload:
            assert not payload_can_be_complete(payload - cut), cut
    assert not payload_can_be_complete(payload + 1)
