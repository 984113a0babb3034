"""docs/FORMATS.md is enough to open a vault if Tirkeu disappears (threat model 8).

Everything here reads the archive with the spec and standard primitives only: `json`,
`cryptography` (Argon2id, AES-GCM, HKDF) and `sqlcipher3`. desktop_app is imported only
to *create* the archive. If this file and the code disagree, the spec is the contract.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import stat
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as sqlcipher

# The passphrase is typed in NFD (й as и + U+0306); the spec says NFC is what counts.
PASSPHRASE_NFD = unicodedata.normalize("NFD", "Тіркеу: бейбіт жиын, 2018 й.")
TITLE = "Activist detained after picket"
VICTIM = "Марат Қасымов"
ATTACHMENT_SIZE = 2 * 1024 * 1024 + 777  # three chunks of at most 1 MiB

# --- the spec, transcribed ----------------------------------------------------------------

AAD_PASSPHRASE = b"tirkeu-vault-v1 passphrase"
AAD_RECOVERY = b"tirkeu-vault-v1 recovery"
INFO_RECOVERY = b"tirkeu-vault-v1 recovery"
INFO_SQLCIPHER = b"tirkeu-vault-v1 sqlcipher"
INFO_KEY_FILE = b"tirkeu-vault-v2 key file"
BOUNDS = {"memory_kib": (65536, 524288), "iterations": (1, 10), "lanes": (1, 16)}
SALT_BOUNDS = (16, 64)
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def b64(text: str) -> bytes:
    """Standard base64 with padding (RFC 4648 §4), strictly."""
    return base64.b64decode(text, validate=True)


def read_header(folder: Path) -> dict[str, Any]:
    raw = (folder / "vault.json").read_bytes()
    assert len(raw) <= 64 * 1024
    header = json.loads(raw.decode("utf-8"))
    assert header["format"] == "tirkeu-vault" and header["version"] == 2
    return header


def key_file_secret(folder: Path) -> bytes:
    """The first 32 of the 4096 bytes of vault.key."""
    raw = (folder / "vault.key").read_bytes()
    assert len(raw) == 4096
    return raw[:32]


def mixed(kek: bytes, folder: Path) -> bytes:
    """Version 2: HKDF-SHA256(input key = the v1 KEK, salt = the key file's secret,
    info = "tirkeu-vault-v2 key file")."""
    return HKDF(hashes.SHA256(), 32, salt=key_file_secret(folder),
                info=INFO_KEY_FILE).derive(kek)


def passphrase_kek(wrap: dict[str, Any], passphrase: str) -> bytes:
    """Argon2id(NFC UTF-8 passphrase), refusing out-of-bounds parameters before running."""
    assert wrap["kdf"] == "argon2id"
    for name, (low, high) in BOUNDS.items():
        assert type(wrap[name]) is int and low <= wrap[name] <= high, name
    salt = b64(wrap["salt"])
    assert SALT_BOUNDS[0] <= len(salt) <= SALT_BOUNDS[1]
    return Argon2id(salt=salt, length=32, iterations=wrap["iterations"], lanes=wrap["lanes"],
                    memory_cost=wrap["memory_kib"]).derive(
        unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def decode_recovery_code(code: str) -> bytes:
    """Upper-case, drop spaces and dashes, O->0, I/L->1, 32 base-32 digits -> 20 bytes."""
    cleaned = code.upper().replace(" ", "").replace("-", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    assert len(cleaned) == 32 and all(c in CROCKFORD for c in cleaned)
    number = 0
    for c in cleaned:
        number = number * 32 + CROCKFORD.index(c)
    return number.to_bytes(20, "big")


def recovery_kek(wrap: dict[str, Any], code: str) -> bytes:
    assert wrap["kdf"] == "hkdf-sha256"
    return HKDF(hashes.SHA256(), 32, salt=b64(wrap["salt"]),
                info=INFO_RECOVERY).derive(decode_recovery_code(code))


def unwrap(kek: bytes, wrap: dict[str, Any], aad: bytes) -> bytes:
    nonce, wrapped = b64(wrap["nonce"]), b64(wrap["wrapped_key"])
    assert len(nonce) == 12 and len(wrapped) == 48
    return AESGCM(kek).decrypt(nonce, wrapped, aad)


def sqlcipher_key(data_key: bytes) -> bytes:
    """HKDF-SHA256 with "salt = none (that is, 32 zero bytes)", as written in the spec."""
    return HKDF(hashes.SHA256(), 32, salt=bytes(32), info=INFO_SQLCIPHER).derive(data_key)


def open_database(path: Path, key: bytes) -> Any:
    """Open tirkeu.db as the `sqlcipher` shell would, with SQLCipher 4 defaults pinned."""
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_compatibility = 4")
    return conn


# --- an archive made by the app -----------------------------------------------------------


@dataclass(frozen=True)
class Made:
    folder: Path
    code: str
    incident_id: str
    attachment: bytes


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """One archive for the whole module (creating it is the slow part), made and closed by
    the app. Cheapest allowed Argon2id, passed explicitly (the spec test reads any)."""
    from desktop_app.core.interchange import incident_from_json
    from desktop_app.crypto.vault import FLOOR
    from desktop_app.storage.archive import create_archive

    assert unicodedata.normalize("NFC", PASSPHRASE_NFD) != PASSPHRASE_NFD
    folder = tmp_path_factory.mktemp("spec") / "data"
    record = json.loads((Path(__file__).parent / "data" / "two_incidents.json")
                        .read_text(encoding="utf-8"))[0]
    assert record["title"] == TITLE and record["victims"][0]["name"] == VICTIM
    attachment = os.urandom(ATTACHMENT_SIZE)
    source = folder.parent / "evidence.bin"
    source.write_bytes(attachment)
    archive, code = create_archive(folder, PASSPHRASE_NFD, owner_name="Айгүл Монитор",
                                   recovery_code=True, params=FLOOR)
    assert code is not None
    try:
        incident = incident_from_json(record)
        archive.incidents.save(incident, "Айгүл Монитор")
        archive.attachments.add_file(incident.id, source)
    finally:
        archive.close()
    return Made(folder=folder, code=code, incident_id=incident.id, attachment=attachment)


@pytest.fixture(scope="module")
def data_key(made: Made) -> bytes:
    header = read_header(made.folder)
    return unwrap(mixed(passphrase_kek(header["passphrase"], PASSPHRASE_NFD), made.folder),
                  header["passphrase"], AAD_PASSPHRASE)


@pytest.fixture
def db(made: Made, data_key: bytes) -> Iterator[Any]:
    conn = open_database(made.folder / "tirkeu.db", sqlcipher_key(data_key))
    try:
        yield conn
    finally:
        conn.close()


# --- the tests ----------------------------------------------------------------------------


def test_header_has_exactly_the_documented_shape(made: Made) -> None:
    """Every field the spec names, with the documented types and byte lengths."""
    header = read_header(made.folder)
    assert set(header) == {"format", "version", "vault_id", "passphrase", "recovery",
                           "duress", "guard"}
    assert str(uuid.UUID(header["vault_id"])) == header["vault_id"]
    wrap = header["passphrase"]
    assert set(wrap) == {"kdf", "memory_kib", "iterations", "lanes", "salt", "nonce",
                         "wrapped_key"}
    assert len(b64(wrap["salt"])) == 16
    assert len(b64(wrap["nonce"])) == 12 and len(b64(wrap["wrapped_key"])) == 48
    rec = header["recovery"]
    assert set(rec) == {"kdf", "salt", "nonce", "wrapped_key"}
    assert rec["kdf"] == "hkdf-sha256"
    assert len(b64(rec["salt"])) == 16
    assert len(b64(rec["nonce"])) == 12 and len(b64(rec["wrapped_key"])) == 48
    # Present and of one size whether a duress passphrase or wipe-after is set or not.
    assert set(header["duress"]) == {"nonce", "wrapped_key"}
    assert len(b64(header["duress"]["nonce"])) == 12
    assert len(b64(header["duress"]["wrapped_key"])) == 256 + 16
    assert set(header["guard"]) == {"nonce", "sealed"}
    assert len(b64(header["guard"]["sealed"])) == 64 + 16


def test_without_the_key_file_the_passphrase_opens_nothing(made: Made) -> None:
    """The v1 derivation alone (what an old copy of vault.json would need after a wipe
    destroyed vault.key) does not unwrap the data key."""
    wrap = read_header(made.folder)["passphrase"]
    with pytest.raises(InvalidTag):
        unwrap(passphrase_kek(wrap, PASSPHRASE_NFD), wrap, AAD_PASSPHRASE)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")
def test_locked_folder_is_private_and_wal_is_empty(made: Made) -> None:
    """Folders 0700, files 0600; a locked vault's -wal is empty (or gone). Checked before
    any test below opens the database itself."""
    assert stat.S_IMODE(made.folder.stat().st_mode) == 0o700
    for path in made.folder.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    wal = made.folder / "tirkeu.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_nfd_passphrase_unwraps_a_256_bit_data_key(made: Made, data_key: bytes) -> None:
    """The passphrase, normalised to NFC, unwraps the data key; its NFD bytes do not."""
    assert len(data_key) == 32
    header = read_header(made.folder)
    wrap = header["passphrase"]
    raw_nfd_kek = Argon2id(salt=b64(wrap["salt"]), length=32, iterations=wrap["iterations"],
                           lanes=wrap["lanes"], memory_cost=wrap["memory_kib"]).derive(
        PASSPHRASE_NFD.encode("utf-8"))
    with pytest.raises(InvalidTag):
        unwrap(raw_nfd_kek, wrap, AAD_PASSPHRASE)
    with pytest.raises(InvalidTag):  # the AAD is part of the format
        unwrap(mixed(passphrase_kek(wrap, PASSPHRASE_NFD), made.folder), wrap, AAD_RECOVERY)


@pytest.mark.parametrize("retype", ["as printed", "lowercase, no dashes, O for 0"])
def test_recovery_code_unwraps_the_same_data_key(made: Made, data_key: bytes,
                                                 retype: str) -> None:
    """The documented recovery decoding gives the key the passphrase gives."""
    code = made.code
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}", code)
    if retype != "as printed":
        code = code.lower().replace("-", "").replace("0", "o")
    wrap = read_header(made.folder)["recovery"]
    assert unwrap(mixed(recovery_kek(wrap, code), made.folder), wrap, AAD_RECOVERY) == data_key


def test_database_is_encrypted_from_the_first_byte(made: Made) -> None:
    """SQLCipher encrypts every page, the header included: plain SQLite sees noise."""
    head = (made.folder / "tirkeu.db").read_bytes()[:16]
    assert head != b"SQLite format 3\x00"


def test_the_data_key_itself_is_not_the_database_key(made: Made, data_key: bytes) -> None:
    """Control: only the HKDF-derived key opens the database, so the test below proves the
    documented derivation (and not some key that happens to work)."""
    conn = open_database(made.folder / "tirkeu.db", data_key)
    try:
        with pytest.raises(sqlcipher.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_incident_and_victim_read_from_documented_tables(made: Made, db: Any) -> None:
    """With the key, the incident's title, date, victim and case are plain SQL."""
    row = db.execute("SELECT title, date_first, date_precision, region, place, status, "
                     "revision_number, created_at FROM incidents WHERE id = ?",
                     (made.incident_id,)).fetchone()
    assert row[:7] == (TITLE, "2018-05-12", "day", "almaty_city", "Republic Square",
                       "draft", 1)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", row[7])
    names = db.execute("SELECT people.name, victims.category FROM victims "
                       "JOIN people ON people.id = victims.person_id "
                       "WHERE victims.incident_id = ? ORDER BY victims.position",
                       (made.incident_id,)).fetchall()
    assert names == [(VICTIM, "civil_society_activist")]
    codes = db.execute("SELECT code FROM incident_violations WHERE incident_id = ? "
                       "ORDER BY position", (made.incident_id,)).fetchall()
    assert codes == [("arrest",), ("administrative_prosecution",)]
    case = db.execute("SELECT defendant, code, article, outcome, decided_on_first, "
                      "decided_on_precision FROM legal_cases WHERE incident_id = ?",
                      (made.incident_id,)).fetchone()
    assert case == (VICTIM, "administrative", "488", "convicted", "2018-05-14", "day")
    assert db.execute("SELECT kind, amount FROM penalties WHERE incident_id = ?",
                      (made.incident_id,)).fetchall() == [("administrative_detention",
                                                           "15 days")]
    assert db.execute("SELECT implemented FROM remedies WHERE incident_id = ?",
                      (made.incident_id,)).fetchall() == [(0,)]


def test_revision_search_and_settings_are_as_documented(made: Made, db: Any) -> None:
    """Revision snapshots are the interchange JSON; the FTS index's rowid is the incident's
    number; the owner's name is in settings; alembic_version holds the revision."""
    snapshot, number, parent = db.execute(
        "SELECT snapshot, number, parent_id FROM revisions WHERE incident_id = ?",
        (made.incident_id,)).fetchone()
    assert (number, parent) == (1, None)
    assert json.loads(snapshot)["victims"][0]["name"] == VICTIM
    found = db.execute("SELECT rowid FROM incident_search WHERE incident_search MATCH ?",
                       ("Қасымов",)).fetchall()
    number_of = db.execute("SELECT number FROM incidents WHERE id = ?",
                           (made.incident_id,)).fetchone()[0]
    assert found == [(number_of,)]
    assert db.execute("SELECT value FROM settings WHERE key = 'owner_name'"
                      ).fetchone() == ("Айгүл Монитор",)
    assert db.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_attachment_reassembles_from_its_chunks(made: Made, db: Any) -> None:
    """Concatenating attachment_chunks in seq order gives the original file, whose SHA-256
    is the evidence hash recorded in attachments."""
    attachment_id, size, sha256, filename = db.execute(
        "SELECT id, size, sha256, filename FROM attachments WHERE incident_id = ?",
        (made.incident_id,)).fetchone()
    chunks = db.execute("SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? "
                        "ORDER BY seq", (attachment_id,)).fetchall()
    assert [seq for seq, _ in chunks] == list(range(len(chunks)))
    assert len(chunks) == 3 and all(len(data) <= 1024 * 1024 for _, data in chunks)
    whole = b"".join(bytes(data) for _, data in chunks)
    assert hashlib.sha256(whole).hexdigest() == sha256
    assert whole == made.attachment and size == len(whole)
    assert filename == "evidence.bin"


def test_connection_settings_survive_in_the_file(db: Any) -> None:
    """journal_mode is a property of the file: WAL, as documented; default page size."""
    assert db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    assert db.execute("PRAGMA cipher_page_size").fetchone()[0] in (4096, "4096")


# --- a rekey under way ("A rekey under way") -----------------------------------------------

INFO_REKEY = b"tirkeu-vault-v2 rekey"
AAD_REKEY = b"tirkeu-vault-v2 rekey"


@dataclass(frozen=True)
class Rekeyed:
    cut: Path  # the folder as a crash right after the switch leaves it
    finished: Path
    old_header: dict[str, Any]


@pytest.fixture(scope="module")
def rekeyed(made: Made, tmp_path_factory: pytest.TempPathFactory) -> Rekeyed:
    """A copy of the spec's archive rekeyed by the app, and the same folder as it was just
    after the database was switched to the new key (vault.json still carrying `rekey`)."""
    from desktop_app.storage import rekey

    root = tmp_path_factory.mktemp("rekeyed")
    finished, cut = root / "finished", root / "cut"
    shutil.copytree(made.folder, finished)
    old_header = read_header(finished)

    def stop(step: str) -> None:
        if step == "switched":
            shutil.copytree(finished, cut)

    rekey.after_step = stop
    try:
        rekey.rekey(finished, PASSPHRASE_NFD)
    finally:
        rekey.after_step = None
    return Rekeyed(cut=cut, finished=finished, old_header=old_header)


def test_a_vault_in_the_middle_of_a_rekey_opens_by_the_spec(rekeyed: Rekeyed,
                                                           made: Made) -> None:
    """The current wraps give the old key, which no longer opens tirkeu.db; `rekey.key`
    sealed under a key derived from it gives the new one, which does; the pending
    passphrase wrap gives the same new key with the same KEK."""
    header = read_header(rekeyed.cut)
    assert set(header["rekey"]) == {"key", "passphrase", "recovery"}
    assert set(header["rekey"]["key"]) == {"nonce", "sealed"}
    kek = mixed(passphrase_kek(header["passphrase"], PASSPHRASE_NFD), rekeyed.cut)
    current = unwrap(kek, header["passphrase"], AAD_PASSPHRASE)
    sealed = header["rekey"]["key"]
    assert len(b64(sealed["nonce"])) == 12 and len(b64(sealed["sealed"])) == 48
    seal_key = HKDF(hashes.SHA256(), 32, salt=None, info=INFO_REKEY).derive(current)
    new = AESGCM(seal_key).decrypt(b64(sealed["nonce"]), b64(sealed["sealed"]), AAD_REKEY)
    assert unwrap(kek, header["rekey"]["passphrase"], AAD_PASSPHRASE) == new
    old_db = open_database(rekeyed.cut / "tirkeu.db", sqlcipher_key(current))
    try:
        with pytest.raises(sqlcipher.DatabaseError):
            old_db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        old_db.close()
    conn = open_database(rekeyed.cut / "tirkeu.db", sqlcipher_key(new))
    try:
        assert conn.execute("SELECT title FROM incidents WHERE id = ?",
                            (made.incident_id,)).fetchone() == (TITLE,)
    finally:
        conn.close()


def test_a_finished_rekey_leaves_the_documented_header_and_a_new_key(
        rekeyed: Rekeyed, made: Made, data_key: bytes) -> None:
    """Exactly the documented parts; the same vault id, salt, parameters and duress slot;
    a new data key that opens the database, which the old one does not; the old recovery
    code no longer unwraps anything."""
    header = read_header(rekeyed.finished)
    assert set(header) == {"format", "version", "vault_id", "passphrase", "recovery",
                           "duress", "guard"}
    old = rekeyed.old_header
    assert header["vault_id"] == old["vault_id"] and header["duress"] == old["duress"]
    kept = ("kdf", "memory_kib", "iterations", "lanes", "salt")
    assert {k: header["passphrase"][k] for k in kept} == {k: old["passphrase"][k] for k in kept}
    new = unwrap(mixed(passphrase_kek(header["passphrase"], PASSPHRASE_NFD), rekeyed.finished),
                 header["passphrase"], AAD_PASSPHRASE)
    assert new != data_key
    conn = open_database(rekeyed.finished / "tirkeu.db", sqlcipher_key(new))
    try:
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (1,)
    finally:
        conn.close()
    with pytest.raises(InvalidTag):
        unwrap(mixed(recovery_kek(header["recovery"], made.code), rekeyed.finished),
               header["recovery"], AAD_RECOVERY)
