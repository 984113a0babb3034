"""Backup and restore (issue 10, item 1): one encrypted file, the whole vault back, all or
nothing."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from desktop_app.cli.entry import main
from desktop_app.core.interchange import incident_from_json
from desktop_app.crypto.errors import WrongPassphrase, WrongRecoveryCode
from desktop_app.storage.archive import create_archive, open_archive
from desktop_app.storage.backup import BackupRefused, last_backup, make_backup, restore_backup
from tests.conftest import PASSPHRASE

EVIDENCE = os.urandom(3 * 1024 * 1024 + 5)  # four chunks


def record(i: int) -> dict:  # type: ignore[type-arg]
    return {"title": f"Canary search of office {i}", "date": "2019-03", "region": "almaty_city",
            "violations": ["threat"], "victims": [{"name": f"Жанар Әбенова {i}"}]}


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "laptop"
    archive, code = create_archive(folder, PASSPHRASE, owner_name="Coordinator Almaty",
                                   role="coordinator")
    try:
        saved = [incident_from_json(record(i)) for i in range(30)]
        archive.incidents.save_many(saved, archive.author)
        file = tmp_path / "photo.bin"
        file.write_bytes(EVIDENCE)
        archive.attachments.add_file(saved[0].id, file)
    finally:
        archive.close()
    assert code
    return folder, code


def backup_of(folder: Path, out: Path) -> Path:
    with open_archive(folder, PASSPHRASE) as archive:
        made = make_backup(archive, out)
        assert last_backup(archive) is not None
    assert made.incidents == 30 and made.attachments == 1
    return out


def test_a_restored_backup_holds_the_whole_vault(source: tuple[Path, str], tmp_path: Path) -> None:
    folder, code = source
    (tmp_path / "usb").mkdir()
    out = backup_of(folder, tmp_path / "usb" / "backup.tirkeu-backup")
    raw = out.read_bytes()
    assert b"Canary" not in raw and "Әбенова".encode() not in raw and EVIDENCE[:64] not in raw
    assert not list(out.parent.glob("*.part"))
    for how, kwargs in (("passphrase", {"passphrase": PASSPHRASE}), ("code", {"code": code})):
        target = tmp_path / f"new-laptop-{how}"
        done = restore_backup(out, target, **kwargs)
        assert done.incidents == 30 and done.attachments == 1
        with open_archive(target, PASSPHRASE) as restored, open_archive(folder, PASSPHRASE) as old:
            assert sorted(s.title for s in restored.incidents.summaries()) == \
                sorted(s.title for s in old.incidents.summaries())
            # The same identity: contacts still know this vault by its keys.
            assert restored.keys().age_identity == old.keys().age_identity
            assert restored.keys().card().fingerprint == old.keys().card().fingerprint
            assert restored.owner_name == "Coordinator Almaty" and restored.role == "coordinator"
            [info] = [a for i in restored.incidents.all_ids()
                      for a in restored.attachments.for_incident(i)]
            assert b"".join(restored.attachments.chunks(info.id)) == EVIDENCE


def test_restore_only_into_an_empty_folder(source: tuple[Path, str], tmp_path: Path) -> None:
    out = backup_of(source[0], tmp_path / "b.tkb")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(BackupRefused, match="not empty"):
        restore_backup(out, busy, passphrase=PASSPHRASE)
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]
    with pytest.raises(BackupRefused, match="not empty"):
        restore_backup(out, source[0], passphrase=PASSPHRASE)


def test_wrong_secrets_restore_nothing(source: tuple[Path, str], tmp_path: Path) -> None:
    out = backup_of(source[0], tmp_path / "b.tkb")
    target = tmp_path / "target"
    with pytest.raises(WrongPassphrase):
        restore_backup(out, target, passphrase="not the passphrase")
    with pytest.raises(WrongRecoveryCode):
        restore_backup(out, target, code="0000-0000-0000-0000-0000-0000-0000-0000")
    assert not target.exists()


@pytest.mark.parametrize("where", [0.0005, 0.01, 0.3, 0.6, 0.9])
def test_a_truncated_or_doctored_backup_is_refused_and_writes_nothing(
        source: tuple[Path, str], tmp_path: Path, where: float) -> None:
    out = backup_of(source[0], tmp_path / "b.tkb")
    raw = bytearray(out.read_bytes())
    at = int(len(raw) * where)
    cut, flipped = tmp_path / "cut.tkb", tmp_path / "flipped.tkb"
    cut.write_bytes(raw[:at])
    raw[at] ^= 0x01
    flipped.write_bytes(raw)
    empty = tmp_path / "empty"
    empty.mkdir()
    for bad in (cut, flipped):
        with pytest.raises((BackupRefused, WrongPassphrase)) as refused:
            restore_backup(bad, empty, passphrase=PASSPHRASE)
        assert "\n" not in str(refused.value) and str(refused.value).endswith(".")
        assert list(empty.iterdir()) == []


def test_a_key_file_altered_past_its_secret_is_refused(source: tuple[Path, str],
                                                        tmp_path: Path) -> None:
    """Only the key file's first 32 bytes open the vault, but a restore gives back exactly
    the file that was taken, or nothing: the sealed manifest holds its SHA-256."""
    import base64
    import json

    out = backup_of(source[0], tmp_path / "b.tkb")
    raw = bytearray(out.read_bytes())
    size = int(raw[124:136].rstrip(b"\0 ").decode(), 8)  # the header member's ustar size
    header = json.loads(raw[512:512 + size])
    key_file = bytearray(base64.b64decode(header["key_file"]))
    key_file[2000] ^= 0x01
    header["key_file"] = base64.b64encode(key_file).decode()
    changed = json.dumps(header, indent=1).encode()
    assert len(changed) == size
    raw[512:512 + size] = changed
    doctored = tmp_path / "doctored.tkb"
    doctored.write_bytes(raw)
    empty = tmp_path / "empty"
    with pytest.raises(BackupRefused, match="altered"):
        restore_backup(doctored, empty, passphrase=PASSPHRASE)
    assert not empty.exists() or list(empty.iterdir()) == []


def test_a_backup_taken_while_writing_restores_every_committed_incident(
        source: tuple[Path, str], tmp_path: Path) -> None:
    folder = source[0]
    committed: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        with open_archive(folder, PASSPHRASE) as archive:
            i = 100
            while not stop.is_set():
                incident = incident_from_json(record(i))
                archive.incidents.save(incident, archive.author)
                committed.append(incident.id)
                i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(committed) < 20:
            pass
        before = list(committed)
        with open_archive(folder, PASSPHRASE) as archive:
            make_backup(archive, tmp_path / "live.tkb")
    finally:
        stop.set()
        thread.join()
    restored = tmp_path / "restored"
    restore_backup(tmp_path / "live.tkb", restored, passphrase=PASSPHRASE)
    with open_archive(restored, PASSPHRASE) as archive:
        ids = set(archive.incidents.all_ids())
    assert set(before) <= ids  # every incident committed before the backup began
    assert len(ids) >= 30 + len(before)


def test_the_commands(source: tuple[Path, str], tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    folder, code = source
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    codefile = tmp_path / "code"
    codefile.write_text(code + "\n")
    out = tmp_path / "b.tkb"
    assert main(["backup", "--out", str(out), "--data-dir", str(folder),
                 "--passphrase-file", str(pw)]) == 0
    assert "Backed up 30 incidents and 1 attachment to" in capsys.readouterr().out
    assert main(["restore", str(out), "--data-dir", str(tmp_path / "r"),
                 "--recovery-code-file", str(codefile)]) == 0
    assert "Restored 30 incidents and 1 attachment" in capsys.readouterr().out
    assert main(["restore", str(out), "--data-dir", str(tmp_path / "r"),
                 "--passphrase-file", str(pw)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("tirkeu: ") and "not empty" in err and "Traceback" not in err
    (tmp_path / "half.tkb").write_bytes(out.read_bytes()[:4000])
    assert main(["restore", str(tmp_path / "half.tkb"), "--data-dir", str(tmp_path / "r2"),
                 "--passphrase-file", str(pw)]) == 1
    assert "not a complete Tirkeu backup" in capsys.readouterr().err
    assert not (tmp_path / "r2").exists()


def test_a_backup_inside_the_vaults_own_folder_is_refused(
        source: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It would hold the key file's copy beside the vault: a wipe would leave it behind,
    still opened by the passphrase (the window refuses the same way)."""
    folder, _code = source
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    before = sorted(p.name for p in folder.rglob("*"))
    for out in (folder / "b.tkb", folder / "backups" / "b.tkb"):
        assert main(["backup", "--out", str(out), "--data-dir", str(folder),
                     "--passphrase-file", str(pw)]) == 1
        assert "Not in the vault's own folder" in capsys.readouterr().err
    assert sorted(p.name for p in folder.rglob("*")) == before
