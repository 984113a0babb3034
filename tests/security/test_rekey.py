"""`tirkeu rekey`: a new data key for the whole archive, so that an old copy of vault.json
with the old passphrase (or the old recovery code) opens nothing of it; and a crash at any
instant of it leaves a vault that opens with every incident."""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.entry import main
from desktop_app.core.interchange import incident_from_json
from desktop_app.crypto import vault
from desktop_app.crypto.errors import RekeyUnfinished, WrongRecoveryCode
from desktop_app.crypto.wipe import wipe
from desktop_app.storage import rekey as rekey_module
from desktop_app.storage.archive import (
    create_archive,
    open_archive,
    open_archive_with_recovery_code,
)
from desktop_app.storage.backup import make_backup, restore_backup
from desktop_app.storage.database import DatabaseUnreadable
from desktop_app.storage.rekey import STEPS, RekeyRefused, rekey
from tests.conftest import PASSPHRASE

DURESS = "пустой ящик у двери"
EVIDENCE = os.urandom(3 * 1024 * 1024 + 11)  # four chunks
CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b")
HEADER_PARTS = {"format", "version", "vault_id", "passphrase", "duress", "recovery", "guard"}


def record(i: int) -> dict[str, Any]:
    return {"title": f"Canary arrest at the rally {i}", "date": "2021-01", "region": "atyrau",
            "violations": ["arrest"], "victims": [{"name": f"Ерлан Жақсылықов {i}"}]}


def make(folder: Path, *, recovery_code: bool = True, incidents: int = 12) -> str | None:
    """A vault with incidents, a 3 MiB attachment and a draft; returns its recovery code."""
    archive, code = create_archive(folder, PASSPHRASE, owner_name="Айгүл", role="monitor",
                                   recovery_code=recovery_code)
    try:
        saved = [incident_from_json(record(i)) for i in range(incidents)]
        archive.incidents.save_many(saved, archive.author)
        evidence = folder.parent / f"{folder.name}-photo.bin"
        evidence.write_bytes(EVIDENCE)
        archive.attachments.add_file(saved[0].id, evidence)
        archive.drafts.save("draft-1", saved[-1].id, {"title": "Canary half-typed"})
    finally:
        archive.close()
    return code


def contents(folder: Path, passphrase: str = PASSPHRASE) -> tuple[Any, ...]:
    """What a person would find in the vault: every incident, every attachment's bytes,
    the drafts, this install's keys and name."""
    with open_archive(folder, passphrase) as archive:
        ids = sorted(archive.incidents.all_ids())
        files = {}
        for incident_id in ids:
            for info in archive.attachments.for_incident(incident_id):
                data = b"".join(archive.attachments.chunks(info.id))
                files[info.id] = (info.sha256, hashlib.sha256(data).hexdigest(), len(data))
        return (archive.incidents.get_many(ids), files,
                [(d.id, d.form) for d in archive.drafts.all()], archive.keys().age_identity,
                archive.owner_name)


@pytest.fixture
def made(data_dir: Path) -> tuple[Path, str]:
    code = make(data_dir)
    assert code
    return data_dir, code


@pytest.fixture
def steps() -> Iterator[list[str]]:
    """Calls made to the rekey's step hook; the hook is reset afterwards."""
    seen: list[str] = []
    yield seen
    rekey_module.after_step = None


def disk_full_after(failing: str) -> None:
    """The rekey's step ``failing`` ends in a full disk."""
    def fail(step: str) -> None:
        if step == failing:
            raise OSError(28, "No space left on device")

    rekey_module.after_step = fail


def assert_settled(folder: Path) -> None:
    """A header with only the documented parts and no leftover copy beside the database."""
    assert set(vault.read_header(folder)) == HEADER_PARTS
    assert not list(folder.glob("tirkeu.db.rekey*"))


def test_after_a_rekey_the_old_vault_json_and_passphrase_open_nothing(
        made: tuple[Path, str], tmp_path: Path) -> None:
    folder, old_code = made
    before = contents(folder)
    old_header = tmp_path / "old-vault.json"
    shutil.copy(folder / "vault.json", old_header)
    done = rekey(folder, PASSPHRASE)
    assert (done.incidents, done.attachments) == (12, 1)
    assert contents(folder) == before  # the same incidents, bytes, drafts and keys
    assert_settled(folder)
    if os.name == "posix":
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir()
                   if p.is_file())
    # Someone who kept the old vault.json puts it back beside today's database.
    shutil.copy(old_header, folder / "vault.json")
    with pytest.raises(DatabaseUnreadable):
        open_archive(folder, PASSPHRASE)
    with pytest.raises(DatabaseUnreadable):
        open_archive_with_recovery_code(folder, old_code)


def test_the_new_recovery_code_opens_it_and_the_old_one_does_not(
        made: tuple[Path, str]) -> None:
    folder, old_code = made
    done = rekey(folder, PASSPHRASE)
    assert done.recovery_code and done.recovery_code != old_code
    with pytest.raises(WrongRecoveryCode):
        open_archive_with_recovery_code(folder, old_code)
    with open_archive_with_recovery_code(folder, done.recovery_code) as archive:
        assert archive.incidents.count() == 12


def test_a_vault_without_a_recovery_code_gets_none(data_dir: Path) -> None:
    make(data_dir, recovery_code=False, incidents=1)
    assert rekey(data_dir, PASSPHRASE).recovery_code is None
    assert vault.read_header(data_dir)["recovery"] is None
    # And a vault with one may choose to have none from now on.
    assert rekey(data_dir, PASSPHRASE, recovery_code=True).recovery_code
    assert rekey(data_dir, PASSPHRASE, recovery_code=False).recovery_code is None
    assert vault.read_header(data_dir)["recovery"] is None


def test_the_duress_passphrase_and_wipe_after_survive_a_rekey(made: tuple[Path, str]) -> None:
    folder, _ = made
    with open_archive(folder, PASSPHRASE) as archive:
        archive.vault.set_duress(DURESS, PASSPHRASE, {"name": "Айгүл", "role": "monitor"})
        archive.vault.set_wipe_after(5)
    rekey(folder, PASSPHRASE)
    with open_archive(folder, PASSPHRASE) as archive:
        assert archive.vault.wipe_after() == 5
        assert archive.incidents.count() == 12
    with open_archive(folder, DURESS) as emptied:
        assert emptied.incidents.count() == 0 and emptied.owner_name == "Айгүл"
    assert b"Canary" not in b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_a_backup_made_after_a_rekey_restores(made: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = made
    done = rekey(folder, PASSPHRASE)
    with open_archive(folder, PASSPHRASE) as archive:
        make_backup(archive, tmp_path / "after.tirkeu-backup")
    assert done.recovery_code
    restored = restore_backup(tmp_path / "after.tirkeu-backup", tmp_path / "new-laptop",
                              code=done.recovery_code)
    assert (restored.incidents, restored.attachments) == (12, 1)
    assert contents(tmp_path / "new-laptop") == contents(folder)


def test_the_copies_kept_before_schema_updates_are_destroyed(made: tuple[Path, str]) -> None:
    """They are under the old key: this vault can no longer open them, and whoever holds
    the old key could."""
    folder, _ = made
    kept = folder / "backups" / "tirkeu-0005-20260101T000000000000Z.db"
    kept.parent.mkdir()
    shutil.copy(folder / "tirkeu.db", kept)
    assert rekey(folder, PASSPHRASE).destroyed_copies == 1
    assert not kept.exists()


def test_a_crash_after_any_step_leaves_a_vault_that_opens_with_everything(
        made: tuple[Path, str], tmp_path: Path, steps: list[str]) -> None:
    """The folder as a kill -9 would leave it after each step, and in the middle of the
    copy (a copy cut short, its journal beside it), opened with the passphrase and with
    the recovery code: the same incidents each time, one key, no leftovers."""
    folder, old_code = made
    before = contents(folder)
    old_header = (folder / "vault.json").read_bytes()

    def freeze(step: str) -> None:
        steps.append(step)
        shutil.copytree(folder, tmp_path / step)
        if step == "copied":  # as if killed while SQLCipher was still writing the copy
            cut = tmp_path / "copying"
            shutil.copytree(folder, cut)
            copy = cut / "tirkeu.db.rekey"
            copy.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
            (cut / "tirkeu.db.rekey-journal").write_bytes(os.urandom(4096))

    rekey_module.after_step = freeze
    done = rekey(folder, PASSPHRASE)
    assert steps == list(STEPS)
    for state in [*STEPS, "copying"]:
        for how in ("passphrase", "recovery code"):
            crashed = tmp_path / f"{state}-{how}"
            shutil.copytree(tmp_path / state, crashed)
            if how == "passphrase":
                assert contents(crashed) == before, state
            else:
                code = old_code if state != "finished" else done.recovery_code
                assert code
                open_archive_with_recovery_code(crashed, code).close()
                assert contents(crashed) == before, state
            assert_settled(crashed)
            # Before the switch the rekey is undone (the old header opens), after it the
            # rekey is finished (the old header no longer does).
            (crashed / "vault.json").write_bytes(old_header)
            if state in ("held", "pending", "copied", "copying"):
                open_archive(crashed, PASSPHRASE).close()
            else:
                with pytest.raises(DatabaseUnreadable):
                    open_archive(crashed, PASSPHRASE)


def test_an_error_before_the_switch_undoes_the_rekey(made: tuple[Path, str],
                                                    steps: list[str]) -> None:
    folder, old_code = made
    before = contents(folder)
    header = (folder / "vault.json").read_bytes()

    disk_full_after("copied")
    with pytest.raises(RekeyRefused, match="No space left on device; nothing was changed"):
        rekey(folder, PASSPHRASE)
    assert_settled(folder)
    assert (folder / "vault.json").read_bytes() == header  # written twice, back as it was
    assert contents(folder) == before
    open_archive_with_recovery_code(folder, old_code).close()


def test_an_error_after_the_switch_is_finished_at_the_next_opening(
        made: tuple[Path, str], steps: list[str]) -> None:
    folder, _ = made
    before = contents(folder)

    disk_full_after("switched")
    with pytest.raises(RekeyRefused, match="passwd --new-recovery-code"):
        rekey(folder, PASSPHRASE)
    assert "rekey" in vault.read_header(folder)
    # A passphrase or code change must wait: it would wrap the key the database left.
    with pytest.raises(RekeyUnfinished):
        vault.unlock(folder, PASSPHRASE).change_passphrase("a quite different passphrase")
    assert contents(folder) == before
    assert_settled(folder)


def test_a_wipe_in_the_middle_of_a_rekey_leaves_nothing(made: tuple[Path, str],
                                                      tmp_path: Path, steps: list[str]) -> None:
    folder, _ = made
    middle = tmp_path / "middle"
    rekey_module.after_step = (lambda step: shutil.copytree(folder, middle)
                               if step == "copied" else None)
    rekey(folder, PASSPHRASE)
    assert (middle / "tirkeu.db.rekey").exists()
    wipe(middle)
    assert list(middle.iterdir()) == []


def test_rekey_refuses_while_the_archive_is_open_elsewhere(
        made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = made
    header = (folder / "vault.json").read_bytes()
    monkeypatch.setattr(rekey_module, "EXCLUSIVE_WAIT", 0.3)
    with open_archive(folder, PASSPHRASE) as window:
        window.incidents.count()  # the window holds a connection
        with pytest.raises(RekeyRefused, match="open in a window"):
            rekey(folder, PASSPHRASE)
        assert window.incidents.count() == 12
    assert (folder / "vault.json").read_bytes() == header
    assert_settled(folder)


def test_the_command_prints_what_it_did_and_the_new_code_once(
        made: tuple[Path, str], passphrase_file: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder, old_code = made
    assert main(["--data-dir", str(folder), "rekey", "--passphrase-file",
                 str(passphrase_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Re-encrypted 12 incidents and 1 attachment under a new key")
    codes = CODE.findall(out)
    assert len(codes) == 1 and codes[0] != old_code
    open_archive_with_recovery_code(folder, codes[0]).close()
    assert main(["--data-dir", str(folder), "rekey", "--no-recovery-code",
                 "--passphrase-file", str(passphrase_file)]) == 0
    assert "No recovery code was made" in capsys.readouterr().out
    wrong = passphrase_file.with_name("wrong.txt")
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    assert main(["--data-dir", str(folder), "rekey", "--passphrase-file", str(wrong)]) == 1
    assert capsys.readouterr().err == "tirkeu: Wrong passphrase.\n"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_9_at_random_moments_of_a_real_rekey(made: tuple[Path, str],
                                                 tmp_path: Path, passphrase_file: Path) -> None:
    """`python -m desktop_app rekey` in a subprocess, killed by SIGKILL at seeded random
    moments after it asked windows to lock (its steps slowed so that the kills land in
    every part of it): each time the vault opens with every incident."""
    folder, _ = made
    before = contents(folder)
    moments = random.Random(20261203).sample([i / 10 for i in range(2, 14)], 3)
    env = {**os.environ, rekey_module.STEP_DELAY_ENV: "0.15"}
    for moment in moments:
        target = tmp_path / f"killed-{moment}"
        shutil.copytree(folder, target)
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(target), "rekey",
             "--passphrase-file", str(passphrase_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 30
        # The command leaves lock.request just before the rekey begins.
        while not (target / "lock.request").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(moment)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert contents(target) == before, moment
        assert_settled(target)


def test_a_copy_left_without_a_pending_key_is_removed_at_the_next_opening(
        made: tuple[Path, str]) -> None:
    """What a crash between the rename of vault.json and the removal of a copy, or an
    older crash, may leave: it is never opened, only removed."""
    folder, _ = made
    for name in ("tirkeu.db.rekey", "tirkeu.db.rekey-journal"):
        (folder / name).write_bytes(os.urandom(8192))
    open_archive(folder, PASSPHRASE).close()
    assert_settled(folder)
