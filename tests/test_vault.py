"""The vault (vault.json): the passphrase, the recovery code and the one data key they unlock.

These tests hold the promises of docs/FORMATS.md
("vault.json"): the right secret always opens the vault, a wrong one changes nothing, a
doctored header is refused before any expensive key derivation, and a crash while the
header is rewritten never locks a person out of months of work.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import re
import stat
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.crypto import files, recovery, vault
from desktop_app.crypto.errors import (
    NoVault,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
    WrongRecoveryCode,
)
from desktop_app.crypto.vault import (
    create_vault,
    read_header,
    unlock,
    unlock_with_recovery_code,
)
from desktop_app.crypto.wipe import wipe

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a new and different passphrase"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")

# A fixed secret whose code holds both 0 and 1, so the O/0 and I/L/1 forgiveness is
# really exercised (a random code lacks a 0 about a third of the time).
FIXED_SECRET = bytes(range(20))


def header_bytes(folder: Path) -> bytes:
    return (folder / "vault.json").read_bytes()


def make_vault(folder: Path, passphrase: str = PASSPHRASE, *,
               recovery_code: bool = True) -> tuple[bytes, str | None]:
    """Create a vault, lock it, and return its database key and recovery code."""
    opened, code = create_vault(folder, passphrase, recovery_code=recovery_code)
    key = opened.database_key()
    opened.lock()
    return key, code


def unlocked_key(folder: Path, passphrase: str) -> bytes:
    opened = unlock(folder, passphrase)
    try:
        return opened.database_key()
    finally:
        opened.lock()


def recovered_key(folder: Path, code: str) -> bytes:
    opened = unlock_with_recovery_code(folder, code)
    try:
        return opened.database_key()
    finally:
        opened.lock()


@pytest.fixture
def fixed_code(monkeypatch: pytest.MonkeyPatch) -> str:
    """New vaults get the recovery code of FIXED_SECRET (one containing 0 and 1)."""
    code = recovery.encode(FIXED_SECRET)
    assert "0" in code and "1" in code
    monkeypatch.setattr(recovery, "generate", lambda: code)
    return code


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """umask 0, so any file Tirkeu creates without an explicit mode would come out 0666."""
    if os.name != "posix":
        yield
        return
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


# --- round trip -------------------------------------------------------------------------


def test_unlock_gives_back_the_same_database_key(data_dir: Path) -> None:
    """What a person creates today must open tomorrow: lock, unlock, same key."""
    created_key, _ = make_vault(data_dir)
    assert len(created_key) == 32
    assert unlocked_key(data_dir, PASSPHRASE) == created_key


def test_locked_vault_forgets_its_key(data_dir: Path) -> None:
    """After lock the vault hands out no keys (the panic key must really lock)."""
    opened, _ = create_vault(data_dir, PASSPHRASE, recovery_code=False)
    opened.lock()
    assert opened.locked
    with pytest.raises(vault.VaultLocked):
        opened.database_key()


def test_two_vaults_have_different_keys(tmp_path: Path) -> None:
    """The data key is random: the same passphrase in two folders gives two keys."""
    first, _ = make_vault(tmp_path / "one", recovery_code=False)
    second, _ = make_vault(tmp_path / "two", recovery_code=False)
    assert first != second


def test_creating_over_an_existing_vault_is_refused(data_dir: Path) -> None:
    """`tirkeu init` run twice must not silently destroy the first vault's key."""
    key, _ = make_vault(data_dir)
    before = header_bytes(data_dir)
    with pytest.raises(VaultExists):
        create_vault(data_dir, "another passphrase")
    assert header_bytes(data_dir) == before
    assert unlocked_key(data_dir, PASSPHRASE) == key


def test_wrong_passphrase_is_refused_and_changes_nothing(data_dir: Path) -> None:
    """A mistyped passphrase gives one clear message and leaves the header byte-identical."""
    make_vault(data_dir)
    before = header_bytes(data_dir)
    with pytest.raises(WrongPassphrase) as raised:
        unlock(data_dir, PASSPHRASE + " ")
    assert str(raised.value) == "Wrong passphrase."
    assert header_bytes(data_dir) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["vault.json", "vault.key"]


def test_unlocking_an_empty_folder_says_there_is_no_vault(data_dir: Path) -> None:
    with pytest.raises(NoVault):
        unlock(data_dir, PASSPHRASE)


# --- Unicode passphrases ----------------------------------------------------------------

# "й" (U+0439) decomposes under NFD into "и" + U+0306, so this text really differs between
# NFC and NFD. (Note: "Қазақстан әділет" alone does not: Қ, ә, і have no decomposition.)
KAZAKH = "Қазақстан әділет, бейбітшілік және ой"


def test_kazakh_example_really_changes_under_nfd() -> None:
    """Guard for the tests below: they only prove something if NFC and NFD differ."""
    nfc, nfd = unicodedata.normalize("NFC", KAZAKH), unicodedata.normalize("NFD", KAZAKH)
    assert nfc.encode() != nfd.encode()


@pytest.mark.parametrize(("created", "typed"), [("NFC", "NFD"), ("NFD", "NFC")])
def test_kazakh_passphrase_unlocks_in_either_normal_form(data_dir: Path, created: str,
                                                        typed: str) -> None:
    """Keyboards and systems differ in how they compose й; the same text must unlock."""
    key, _ = make_vault(data_dir, unicodedata.normalize(created, KAZAKH), recovery_code=False)
    assert unlocked_key(data_dir, unicodedata.normalize(typed, KAZAKH)) == key


def test_kazakh_passphrase_without_its_diacritic_is_refused(data_dir: Path) -> None:
    """Normalisation must not fold letters together: "и" is not "й"."""
    make_vault(data_dir, KAZAKH, recovery_code=False)
    with pytest.raises(WrongPassphrase):
        unlock(data_dir, KAZAKH.replace("й", "и"))


# --- doctored headers -------------------------------------------------------------------


def _set_param(name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        header["passphrase"][name] = value
    return change


def _set_top(name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(header: dict[str, Any]) -> None:
        header[name] = value
    return change


DOCTORED: dict[str, Callable[[dict[str, Any]], None] | bytes] = {
    "memory 4 GiB": _set_param("memory_kib", 4_194_304),
    "iterations 1000": _set_param("iterations", 1000),
    "lanes 255": _set_param("lanes", 255),
    "salt of 2 bytes": _set_param("salt", base64.b64encode(bytes(2)).decode()),
    "kdf scrypt": _set_param("kdf", "scrypt"),
    "not JSON": b"{\"format\": \"tirkeu-vault\", \"version\": 1, oops",
    "version 3": _set_top("version", 3),
    # below the floor too: a doctored header must not make a stolen vault cheap to attack
    "memory below 64 MiB": _set_param("memory_kib", 1024),
    "iterations 0": _set_param("iterations", 0),
    "lanes 0": _set_param("lanes", 0),
    "salt of 65 bytes": _set_param("salt", base64.b64encode(bytes(65)).decode()),
    "memory as text": _set_param("memory_kib", "131072"),
    "not a Tirkeu vault": _set_top("format", "something-else"),
    "empty file": b"",
    "larger than 64 KiB": b" " * (64 * 1024 + 1) + b"{}",
}


@pytest.mark.parametrize("case", list(DOCTORED))
def test_doctored_header_is_refused_quickly_with_one_clear_sentence(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    """A tampered vault.json must be refused before Argon2id runs with its values: unlock
    returns at once (not after minutes or gigabytes) with one readable sentence."""
    make_vault(data_dir, recovery_code=False)
    path = data_dir / "vault.json"
    doctor = DOCTORED[case]
    if isinstance(doctor, bytes):
        path.write_bytes(doctor)
    else:
        header = json.loads(path.read_bytes())
        doctor(header)
        path.write_text(json.dumps(header), encoding="utf-8")
    argon2_calls: list[dict[str, Any]] = []
    real_argon2id = vault.Argon2id

    def spying_argon2id(**kwargs: Any) -> Any:
        argon2_calls.append(kwargs)
        return real_argon2id(**kwargs)

    monkeypatch.setattr(vault, "Argon2id", spying_argon2id)
    started = time.perf_counter()
    with pytest.raises(VaultDamaged) as raised:
        unlock(data_dir, PASSPHRASE)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.25, f"refusing took {elapsed:.2f} s: was Argon2id run?"
    assert argon2_calls == []
    message = str(raised.value)
    assert message and "\n" not in message
    assert "Traceback" not in message and "Error" not in message
    assert message.endswith("."), message
    assert "vault" in message.lower()


def test_deeply_nested_header_gives_vault_damaged_not_a_traceback(data_dir: Path) -> None:
    """A small (under 64 KiB) but deeply nested vault.json is a damaged header: the person
    must get "vault.json is damaged", not a Python traceback."""
    make_vault(data_dir, recovery_code=False)
    (data_dir / "vault.json").write_bytes(b"[" * 50_000)
    with pytest.raises(VaultDamaged):
        unlock(data_dir, PASSPHRASE)


def test_newer_version_message_is_one_sentence(data_dir: Path) -> None:
    """The CLI prints the message as its one line; it should be a single sentence."""
    make_vault(data_dir, recovery_code=False)
    header = json.loads(header_bytes(data_dir))
    header["version"] = 3
    (data_dir / "vault.json").write_text(json.dumps(header), encoding="utf-8")
    with pytest.raises(VaultDamaged) as raised:
        unlock(data_dir, PASSPHRASE)
    assert len(re.split(r"(?<=[.!?])\s+", str(raised.value).strip())) == 1


# --- changing the passphrase ------------------------------------------------------------


def test_change_passphrase_keeps_data_key_and_recovery_code(data_dir: Path) -> None:
    """After a change only the new passphrase opens the vault, the archive key is the same
    (nothing is re-encrypted) and the recovery code written down earlier still works."""
    key, code = make_vault(data_dir)
    assert code is not None
    opened = unlock(data_dir, PASSPHRASE)
    opened.change_passphrase(NEW_PASSPHRASE)
    opened.lock()
    with pytest.raises(WrongPassphrase):
        unlock(data_dir, PASSPHRASE)
    assert unlocked_key(data_dir, NEW_PASSPHRASE) == key
    assert recovered_key(data_dir, code) == key
    assert not (data_dir / "vault.json.new").exists()


def test_change_passphrase_on_a_locked_vault_is_refused(data_dir: Path) -> None:
    opened, _ = create_vault(data_dir, PASSPHRASE, recovery_code=False)
    opened.lock()
    before = header_bytes(data_dir)
    with pytest.raises(vault.VaultLocked):
        opened.change_passphrase(NEW_PASSPHRASE)
    assert header_bytes(data_dir) == before


def test_crash_before_rename_keeps_the_old_passphrase(data_dir: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """If the rename never happens (crash, full disk), the old header stays whole."""
    key, _ = make_vault(data_dir, recovery_code=False)
    before = header_bytes(data_dir)
    opened = unlock(data_dir, PASSPHRASE)

    def failing_replace(src: Any, dst: Any) -> None:
        raise OSError(errno.EIO, "simulated crash during rename")

    monkeypatch.setattr(files.os, "replace", failing_replace)
    with pytest.raises(OSError, match="simulated crash during rename"):
        opened.change_passphrase(NEW_PASSPHRASE)
    monkeypatch.undo()
    opened.lock()
    assert header_bytes(data_dir) == before
    assert unlocked_key(data_dir, PASSPHRASE) == key
    with pytest.raises(WrongPassphrase):
        unlock(data_dir, NEW_PASSPHRASE)
    assert not (data_dir / "vault.json.new").exists()


@POSIX_ONLY
def test_crash_after_rename_keeps_the_new_passphrase(data_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """If the crash comes after the rename (while flushing the folder), the new passphrase
    is the one that works, and the old one no longer does."""
    key, _ = make_vault(data_dir, recovery_code=False)
    opened = unlock(data_dir, PASSPHRASE)
    real_fsync = os.fsync

    def fsync_failing_on_folders(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, "simulated crash while flushing the folder")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", fsync_failing_on_folders)
    with pytest.raises(OSError, match="simulated crash while flushing the folder"):
        opened.change_passphrase(NEW_PASSPHRASE)
    monkeypatch.undo()
    opened.lock()
    assert unlocked_key(data_dir, NEW_PASSPHRASE) == key
    with pytest.raises(WrongPassphrase):
        unlock(data_dir, PASSPHRASE)
    assert not (data_dir / "vault.json.new").exists()


@POSIX_ONLY
def test_header_is_flushed_before_rename_and_folder_after(data_dir: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented order (write .new, fsync it, rename, fsync folder) is what makes a
    power cut safe; a crash simulation in-process cannot see a missing fsync."""
    make_vault(data_dir, recovery_code=False)
    opened = unlock(data_dir, PASSPHRASE)
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        events.append(f"replace {Path(src).name} -> {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    opened.change_passphrase(NEW_PASSPHRASE)
    monkeypatch.undo()
    opened.lock()
    expected = ["fsync file", "replace vault.json.new -> vault.json"]
    if os.name == "posix":
        expected.append("fsync folder")
    assert events == expected


def test_stale_new_file_with_garbage_does_not_prevent_unlock(data_dir: Path) -> None:
    """A vault.json.new left by a crash is ignored: the person can still open the vault,
    change the passphrase, and the garbage is gone afterwards."""
    key, _ = make_vault(data_dir, recovery_code=False)
    (data_dir / "vault.json.new").write_bytes(b"\x00garbage{\"version\": 9")
    assert unlocked_key(data_dir, PASSPHRASE) == key
    opened = unlock(data_dir, PASSPHRASE)
    opened.change_passphrase(NEW_PASSPHRASE)
    opened.lock()
    assert unlocked_key(data_dir, NEW_PASSPHRASE) == key
    assert not (data_dir / "vault.json.new").exists()


def test_stale_new_file_holding_a_complete_other_header_is_ignored(data_dir: Path) -> None:
    """Even a valid-looking leftover header (a crash before rename) is not what unlocks."""
    key, _ = make_vault(data_dir, recovery_code=False)
    other = data_dir.parent / "other"
    make_vault(other, "the other passphrase", recovery_code=False)
    (data_dir / "vault.json.new").write_bytes(header_bytes(other))
    assert unlocked_key(data_dir, PASSPHRASE) == key
    with pytest.raises(WrongPassphrase):
        unlock(data_dir, "the other passphrase")


# --- recovery code ----------------------------------------------------------------------


def test_recovery_code_has_the_documented_form(data_dir: Path) -> None:
    """Eight groups of four Crockford letters: what the person writes down on paper."""
    _, code = make_vault(data_dir)
    assert code is not None
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}", code), code
    assert set(code.replace("-", "")) <= set(CROCKFORD)
    assert code not in header_bytes(data_dir).decode()
    assert code.replace("-", "") not in header_bytes(data_dir).decode()


def test_recovery_code_example_from_the_spec_round_trips() -> None:
    """The example code in docs/FORMATS.md decodes to 20 bytes and back to itself."""
    example = "WD8J-THB5-PJSG-4Y07-X0WE-XJ5F-H3SP-2BCZ"
    secret = recovery.decode(example)
    assert len(secret) == 20
    assert recovery.encode(secret) == example


def test_recovery_codes_differ_between_vaults(tmp_path: Path) -> None:
    _, first = make_vault(tmp_path / "one")
    _, second = make_vault(tmp_path / "two")
    assert first != second


def _retyped(code: str) -> dict[str, str]:
    return {
        "as printed": code,
        "lowercase": code.lower(),
        "without dashes": code.replace("-", ""),
        "spaces for dashes": code.replace("-", " "),
        "O for 0": code.replace("0", "O"),
        "lowercase o for 0": code.lower().replace("0", "o"),
        "I and L for 1": code.replace("1", "I", 1).replace("1", "L"),
    }


@pytest.mark.parametrize("variant", list(_retyped("X")))
def test_recovery_code_unlocks_however_it_is_retyped(data_dir: Path, fixed_code: str,
                                                     variant: str) -> None:
    """Read aloud or handwritten, the code comes back in lower case, without dashes, with
    O for 0: each still opens the vault and gives the same data key."""
    key, code = make_vault(data_dir)
    assert code == fixed_code
    typed = _retyped(code)[variant]
    if variant != "as printed":
        assert typed != code
    assert recovered_key(data_dir, typed) == key


@pytest.mark.parametrize("wrong", [
    "fresh valid code", "one character changed", "too short", "letter U", "empty",
])
def test_wrong_recovery_code_is_refused_and_changes_nothing(data_dir: Path, fixed_code: str,
                                                            wrong: str) -> None:
    make_vault(data_dir)
    before = header_bytes(data_dir)
    typed = {
        "fresh valid code": recovery.encode(os.urandom(20)),
        "one character changed": "1" + fixed_code[1:],
        "too short": fixed_code[:-5],
        "letter U": "U" + fixed_code[1:],
        "empty": "",
    }[wrong]
    assert typed != fixed_code
    with pytest.raises(WrongRecoveryCode) as raised:
        unlock_with_recovery_code(data_dir, typed)
    assert "\n" not in str(raised.value)
    assert header_bytes(data_dir) == before


def test_forgotten_passphrase_is_reset_with_the_recovery_code(data_dir: Path) -> None:
    """The whole point of the code: set a new passphrase without the old one, and keep
    every incident (same data key)."""
    key, code = make_vault(data_dir)
    assert code is not None
    opened = unlock_with_recovery_code(data_dir, code)
    opened.change_passphrase(NEW_PASSPHRASE)
    opened.lock()
    assert unlocked_key(data_dir, NEW_PASSPHRASE) == key
    with pytest.raises(WrongPassphrase):
        unlock(data_dir, PASSPHRASE)
    assert recovered_key(data_dir, code) == key


def test_replacing_the_recovery_code_retires_the_old_one(data_dir: Path) -> None:
    """A code that may have been seen is replaced; the old one must stop working."""
    key, old_code = make_vault(data_dir)
    assert old_code is not None
    opened = unlock(data_dir, PASSPHRASE)
    new_code = opened.replace_recovery_code()
    opened.lock()
    assert new_code != old_code
    with pytest.raises(WrongRecoveryCode):
        unlock_with_recovery_code(data_dir, old_code)
    assert recovered_key(data_dir, new_code) == key
    assert unlocked_key(data_dir, PASSPHRASE) == key


def test_declined_recovery_code_leaves_nothing_to_recover_with(data_dir: Path) -> None:
    """`tirkeu init --no-recovery-code`: the header holds no recovery wrap at all, and no
    code (not even a well-formed one) opens the vault."""
    key, code = make_vault(data_dir, recovery_code=False)
    assert code is None
    header = json.loads(header_bytes(data_dir))
    assert "recovery" in header and header["recovery"] is None
    with pytest.raises(WrongRecoveryCode):
        unlock_with_recovery_code(data_dir, recovery.encode(os.urandom(20)))
    assert unlocked_key(data_dir, PASSPHRASE) == key


# --- file modes -------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX_ONLY
def test_files_are_private_even_with_a_permissive_umask(data_dir: Path,
                                                        permissive_umask: None) -> None:
    """Other accounts on a shared laptop must not read the header or the database."""
    from desktop_app.storage.archive import create_archive

    archive, _ = create_archive(data_dir, PASSPHRASE, recovery_code=True)
    try:
        assert _mode(data_dir) == 0o700
        members = list(data_dir.iterdir())
        assert {p.name for p in members} >= {"vault.json", "tirkeu.db"}
        for path in members:
            assert _mode(path) == 0o600, f"{path.name} is {oct(_mode(path))}"
        archive.vault.change_passphrase(NEW_PASSPHRASE)
        assert _mode(data_dir / "vault.json") == 0o600
    finally:
        archive.close()
    for path in data_dir.iterdir():
        assert _mode(path) == 0o600, f"{path.name} is {oct(_mode(path))}"


@POSIX_ONLY
def test_stale_new_file_cannot_make_the_header_world_readable(data_dir: Path) -> None:
    """A leftover vault.json.new with mode 0644 (older version, copy, restore) must not
    pass its mode on to the new vault.json."""
    make_vault(data_dir, recovery_code=False)
    stale = data_dir / "vault.json.new"
    stale.write_bytes(b"leftover")
    stale.chmod(0o644)
    opened = unlock(data_dir, PASSPHRASE)
    opened.change_passphrase(NEW_PASSPHRASE)
    opened.lock()
    assert _mode(data_dir / "vault.json") == 0o600


# --- emergency wipe ---------------------------------------------------------------------


def test_wipe_destroys_the_keys(data_dir: Path) -> None:
    """After the emergency wipe no passphrase and no recovery code opens anything, and no
    copy of the header survives (not even a half-written vault.json.new)."""
    from desktop_app.storage.archive import create_archive

    archive, code = create_archive(data_dir, PASSPHRASE, recovery_code=True)
    archive.close()
    assert code is not None
    (data_dir / "vault.json.new").write_bytes(header_bytes(data_dir))
    removed = wipe(data_dir)
    assert "vault.json" in removed
    assert not (data_dir / "vault.json").exists()
    assert not (data_dir / "vault.json.new").exists()
    assert not list(data_dir.glob("tirkeu.db*"))
    with pytest.raises(NoVault):
        unlock(data_dir, PASSPHRASE)
    with pytest.raises(NoVault):
        unlock_with_recovery_code(data_dir, code)
    with pytest.raises(NoVault):
        read_header(data_dir)
