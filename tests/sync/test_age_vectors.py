"""The age layer against the public CCTV test vectors (C2SP/CCTV, age/testdata).

Every non-armored vector is one test. X25519 vectors go through the strict header reader
and the streaming decrypter exactly as a bundle does, and must give exactly the expected
result. Post-quantum (mlkem768x25519) vectors are skipped by name: bundles never use
them. Passphrase (scrypt) vectors must be refused by the importer's header policy before
any scrypt work, so scrypt itself is made to explode.

The vectors live outside the repository, in ``../shared/vectors/age/testdata`` (or where
TIRKEU_AGE_VECTORS points); without them the whole module is skipped.
"""

from __future__ import annotations

import hashlib
import io
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.crypto.age_header import AgeFormatError, read_header
from desktop_app.crypto.age_stream import AgeFailure, DecryptingReader
from desktop_app.sync.errors import BundleRejected


def _vector_folder() -> Path | None:
    given = os.environ.get("TIRKEU_AGE_VECTORS")
    if given:
        folder = Path(given)
        return folder / "testdata" if (folder / "testdata").is_dir() else folder
    return Path(__file__).resolve().parents[2] / ".." / "shared" / "vectors" / "age" / "testdata"


FOLDER = _vector_folder()
if FOLDER is None or not FOLDER.is_dir() or not any(FOLDER.iterdir()):
    pytest.skip(f"the CCTV age vectors are not here ({FOLDER}); set TIRKEU_AGE_VECTORS to "
                "their testdata folder to run these tests", allow_module_level=True)


@dataclass(frozen=True)
class Vector:
    name: str
    expect: str
    payload: str | None
    identities: tuple[str, ...]
    passphrases: tuple[str, ...]
    armored: bool
    body: bytes  # the age file itself (decompressed when the vector is zlib-compressed)

    @property
    def post_quantum(self) -> bool:
        return (any(i.startswith("AGE-SECRET-KEY-PQ-") for i in self.identities)
                or b"\n-> mlkem768x25519 " in self.body.split(b"\n---", 1)[0])

    @property
    def scrypt(self) -> bool:
        return bool(self.passphrases)


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, body = raw.split(b"\n\n", 1)
    meta: dict[str, list[str]] = {}
    for line in head.decode("utf-8").splitlines():
        key, value = line.split(": ", 1)
        meta.setdefault(key, []).append(value)
    if meta.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return Vector(name=path.name, expect=meta["expect"][0],
                  payload=(meta.get("payload") or [None])[0],
                  identities=tuple(meta.get("identity", ())),
                  passphrases=tuple(meta.get("passphrase", ())),
                  armored=meta.get("armored") == ["yes"], body=body)


ALL = sorted(p.name for p in FOLDER.iterdir() if p.is_file())
NON_ARMORED = [n for n in ALL if not load(FOLDER / n).armored]
ARMORED = [n for n in ALL if n not in NON_ARMORED]


def test_the_vector_set_is_complete_enough_to_mean_something() -> None:
    vectors = [load(FOLDER / n) for n in NON_ARMORED]
    x25519 = [v for v in vectors if not v.post_quantum and not v.scrypt]
    assert len(x25519) >= 60, len(x25519)
    assert {v.expect for v in x25519} == {"success", "no match", "HMAC failure",
                                          "header failure", "payload failure"}
    assert sum(v.scrypt for v in vectors) >= 20


def _decrypt(vector: Vector) -> tuple[bytes, BaseException | None, bool]:
    """(plaintext released, the failure if any, whether the header parsed)."""
    stream = io.BytesIO(vector.body)
    try:
        header = read_header(stream)
    except AgeFormatError as exc:
        return b"", exc, False
    reader = DecryptingReader(header, stream, list(vector.identities))
    released = bytearray()
    while chunk := reader.read(256 * 1024):
        released += chunk
    try:
        reader.finish()
    except AgeFailure as exc:
        return bytes(released), exc, True
    return bytes(released), None, True


@pytest.fixture(scope="module")
def receiver(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import bundlekit as bk

    archive = bk.new_archive(tmp_path_factory.mktemp("vectors") / "data", "Receiver")
    yield archive
    archive.close()


@pytest.mark.parametrize("name", NON_ARMORED)
def test_vector(name: str, monkeypatch: pytest.MonkeyPatch, receiver, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vector = load(FOLDER / name)
    if vector.post_quantum:
        pytest.skip("post-quantum (mlkem768x25519) vector: bundles use X25519 recipients only")
    if vector.scrypt:
        _check_scrypt_refused_without_scrypt(vector, monkeypatch, receiver, tmp_path)
        return
    released, failure, parsed = _decrypt(vector)
    digest = hashlib.sha256(released).hexdigest()
    if vector.expect == "success":
        assert failure is None, failure
        assert digest == vector.payload
    elif vector.expect == "header failure":
        assert failure is not None, "a malformed header was accepted"
        assert released == b""
    elif vector.expect == "no match":
        assert parsed and isinstance(failure, AgeFailure)
        assert "not addressed to this vault" in str(failure)
        assert released == b""
    elif vector.expect == "HMAC failure":
        assert parsed and isinstance(failure, AgeFailure)
        assert "not addressed" not in str(failure)  # the key matched; the header was changed
        assert released == b""
    elif vector.expect == "payload failure":
        assert parsed and isinstance(failure, AgeFailure)
        # Whatever was handed out before the failure must be exactly the authentic prefix.
        assert digest == vector.payload
    else:  # pragma: no cover - a new kind of expectation in a future vector set
        pytest.fail(f"unknown expectation {vector.expect!r}")


def _explode(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("scrypt (or decryption) ran for a passphrase-locked file")


def _check_scrypt_refused_without_scrypt(vector: Vector, monkeypatch: pytest.MonkeyPatch,
                                         receiver, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyrage

    from desktop_app.sync import importer

    monkeypatch.setattr(hashlib, "scrypt", _explode)
    monkeypatch.setattr(pyrage.passphrase, "decrypt", _explode)
    monkeypatch.setattr(pyrage, "decrypt", _explode)
    monkeypatch.setattr(pyrage, "decrypt_io", _explode)
    monkeypatch.setattr(importer, "DecryptingReader", _explode)

    # The header policy on its own.
    try:
        header = read_header(io.BytesIO(vector.body))
    except AgeFormatError:
        header = None  # refused even earlier, by the strict grammar
    # "Scrypt" (scrypt_uppercase) is not the scrypt type at all: refused as an unknown one.
    expected = "passphrase" if header is not None and "scrypt" in header.types() else (
        "kind of key Tirkeu does not use")
    if header is not None:
        with pytest.raises(BundleRejected, match=expected):
            importer._check_header_policy(header)

    # The importer as a whole: refused, in one sentence, before any decryption.
    path = tmp_path / "vector.tirkeu"
    path.write_bytes(vector.body)
    with pytest.raises(BundleRejected) as caught:
        importer.open_bundle(receiver, path)
    message = str(caught.value)
    assert "\n" not in message
    if header is not None:
        assert expected in message


@pytest.mark.parametrize("name", ARMORED)
def test_armored_files_are_never_bundles(name: str) -> None:
    """Bundles are binary age files; the strict reader refuses the ASCII armor outright."""
    vector = load(FOLDER / name)
    with pytest.raises(AgeFormatError):
        read_header(io.BytesIO(vector.body))
