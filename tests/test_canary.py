"""The canary: incident content never reaches the disk in plaintext (threat model 1 and 3).

A unique marker is written into every kind of field and into attachments, edited, deleted
and searched for; then every byte the program left in the data folder and in the temp
folder is scanned for the marker in UTF-8 and UTF-16. A seized laptop must show nothing.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.interchange import incident_from_json
from desktop_app.storage.archive import Archive, create_archive, open_archive
from desktop_app.storage.attachments import CHUNK
from tests.security.canary import ENCODINGS, attachment_bytes, needles, record, scan

PASSPHRASE = "correct horse battery staple"


def exercise(archive: Archive, marker: str, sources: Path) -> tuple[set[str], int]:
    """Add, edit, delete and attach, as a monitor would; return the ids still holding the
    marker in searchable fields and the size of the largest attachment kept."""
    saved_by = "Test Monitor"
    incidents = [incident_from_json(record(marker, n)) for n in range(4)]
    for incident in incidents:
        archive.incidents.save(incident, saved_by)
    ids = [i.id for i in incidents]

    # New revisions: the old text lives on only in the (encrypted) revision history.
    for n in (0, 1):
        edited = record(marker, n) | {"id": ids[n],
                                      "title": f"{marker} revised title {n}",
                                      "description": f"Corrected: {marker} " * 10}
        archive.incidents.save(incident_from_json(edited), saved_by)
        assert len(archive.incidents.history(ids[n])) == 2

    sources.mkdir(exist_ok=True)
    small = sources / f"{marker} statement.txt"
    small.write_bytes(f"Signed statement of {marker}\n".encode() * 100)
    big_size = CHUNK + CHUNK // 2 + 12_345
    big = sources / f"{marker} photo.png"
    big.write_bytes(attachment_bytes(marker, big_size))
    doomed = sources / f"{marker} to delete.txt"
    doomed.write_bytes(f"Attachment removed later: {marker}".encode("utf-16"))

    small_info = archive.attachments.add_file(ids[0], small)
    big_info = archive.attachments.add_file(ids[1], big)
    doomed_info = archive.attachments.add_file(ids[1], doomed)
    archive.attachments.add_file(ids[3], small)  # goes with its incident below
    assert big_info.size == big_size
    archive.attachments.delete(doomed_info.id)
    archive.incidents.delete([ids[3]])

    # The data is really there (so the scan below proves encryption, not absence).
    assert b"".join(archive.attachments.chunks(big_info.id)) == big.read_bytes()
    assert big_info.sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
    assert b"".join(archive.attachments.chunks(small_info.id)) == small.read_bytes()
    assert [a.id for a in archive.attachments.for_incident(ids[1])] == [big_info.id]
    remaining = set(ids[:3])
    assert set(archive.incidents.search(marker)) == remaining
    return remaining, big_size


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh temp folder that Python and SQLite are told to use, so it can be scanned."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("TEMP", str(folder))
    monkeypatch.setenv("TMP", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def no_python_temp_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record any use of Python's tempfile: an unnamed TemporaryFile (O_TMPFILE) would leave
    nothing for the scan to find, so use itself is what counts."""
    calls: list[str] = []
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile",
                 "SpooledTemporaryFile", "TemporaryDirectory"):
        original = getattr(tempfile, name)

        def spy(*args: Any, _name: str = name, _original: Any = original, **kwargs: Any) -> Any:
            calls.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(tempfile, name, spy)
    return calls


def test_scanner_finds_the_marker_in_plain_files(tmp_path: Path) -> None:
    """Positive control: the scanner does find a marker that is there, in every encoding,
    and inside an ordinary unencrypted SQLite database."""
    marker = "Қанарейка-" + uuid.uuid4().hex
    for enc in ENCODINGS:
        plain = tmp_path / f"plain-{enc}.bin"
        plain.write_bytes(b"\x00junk" + marker.encode(enc) + b"junk\x00")
        found = scan([plain], needles(marker))
        assert found.size == plain.stat().st_size and found.files == 1
        assert any(f"in {enc}" in hit for hit in found.hits), found.hits
    database = tmp_path / "plain.db"
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE incidents (title TEXT)")
        conn.execute("INSERT INTO incidents VALUES (?)", (f"{marker} detained",))
    conn.close()
    assert scan([database], needles(marker)).hits


@pytest.mark.parametrize("marker_prefix", ["CANARY-", "Қанарейка-"])
def test_no_plaintext_reaches_the_disk(tmp_path: Path, data_dir: Path, private_tmp: Path,
                                       no_python_temp_files: list[str],
                                       marker_prefix: str) -> None:
    """Everything a monitor records, edits, attaches and deletes is unreadable in the data
    folder and the temp folder, while open and after close; the WAL is empty after lock."""
    marker = marker_prefix + uuid.uuid4().hex
    patterns = needles(marker)
    sources = tmp_path / "sources"  # the user's own files, outside the vault

    archive, _ = create_archive(data_dir, PASSPHRASE, owner_name="Test Monitor",
                                recovery_code=True)
    try:
        remaining, big_size = exercise(archive, marker, sources)
        with archive.database.reading() as conn:
            # No temporary files at all: SQLite unlinks its temp files at once, so a scan
            # alone could not see them.
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        # A laptop seized while the program is open: the WAL holds the latest pages.
        while_open = scan([data_dir, private_tmp], patterns)
        assert while_open.hits == []
        assert while_open.size > big_size
    finally:
        archive.close()

    wal = data_dir / "tirkeu.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0

    # Reopen: the data survives the lock (the scan is not passing because nothing was kept).
    with open_archive(data_dir, PASSPHRASE) as reopened:
        assert set(reopened.incidents.search(marker)) == remaining
        assert reopened.incidents.count() == 3
    assert not wal.exists() or wal.stat().st_size == 0

    database = data_dir / "tirkeu.db"
    assert database.is_file() and database.stat().st_size > big_size
    after = scan([data_dir, private_tmp], patterns)
    assert after.hits == []
    assert after.size >= database.stat().st_size > big_size
    assert no_python_temp_files == []
    assert list(private_tmp.iterdir()) == []
