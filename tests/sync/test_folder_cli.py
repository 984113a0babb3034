"""`tirkeu sync --folder DIR [--watch]`, as a person runs it: one line per pass, refused
files on stderr once, exit status as the other commands give it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import bundlekit as bk
from bundlekit import Vault
from desktop_app.sync import folder_files

TIMED = r"^\d\d:\d\d:\d\d · "


@pytest.fixture(autouse=True)
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(folder_files, "SETTLE_SECONDS", 0.0)


def test_the_loop_one_line_per_pass(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, coordinator = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    assert monitor.ok("sync", "--folder", shared).out == "1 bundle out\n"
    assert coordinator.ok("sync", "--folder", shared).out == "1 bundle in · 1 receipt out\n"
    assert len(coordinator.listed()) == len(bk.realistic())
    assert monitor.ok("sync", "--folder", shared).out == (
        "1 receipt in · 1 delivered file removed\n")
    assert monitor.ok("purge", "--delivered", "--yes").out.startswith(
        f"Purged {len(bk.realistic())} delivered incident(s)")
    for vault in (monitor, coordinator):
        assert vault.ok("sync", "--folder", shared).out == "nothing new\n"
    assert len(os.listdir(shared)) == 1  # the coordinator's receipt: not the monitor's to remove


def test_a_refused_file_is_said_once(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    _monitor, coordinator = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    garbled = b"age-encryption.org/v1\n-> X25519 nonsense\n--- mac\n" + bytes(900)
    (shared / "garbled.tirkeu").write_bytes(garbled)
    result = coordinator("sync", "--folder", shared)
    assert result.code == 1
    assert result.out == "nothing new · 1 file refused\n"
    assert result.err.startswith("tirkeu: garbled.tirkeu: This is not a Tirkeu bundle")
    assert result.err.count("\n") == 1
    assert coordinator.ok("sync", "--folder", shared).out == "nothing new\n"
    assert (shared / "garbled.tirkeu").exists()


def test_a_missing_folder_is_refused(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, _coordinator = pair
    line = monitor.refused("sync", "--folder", tmp_path / "not-mounted")
    assert "is not there any more" in line and "nothing was synced" in line
    result = monitor("sync", "--folder", tmp_path, "--watch", "--interval", "0")
    assert result.code == 2 and "between 0.1 and 3600" in result.err


def test_watch_prints_what_changes_and_ends_when_the_folder_goes(
        pair: tuple[Vault, Vault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monitor, coordinator = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    monitor.ok("sync", "--folder", shared)
    passes = []

    def between_passes(seconds: float) -> None:
        passes.append(seconds)
        if len(passes) == 3:
            shared.rename(tmp_path / "unplugged")  # the USB stick is pulled out

    monkeypatch.setattr(time, "sleep", between_passes)
    result = coordinator("sync", "--folder", shared, "--watch", "--interval", "0.5")
    assert passes == [0.5, 0.5, 0.5]
    lines = result.out.splitlines()
    # The first pass, then only what is new: two quiet passes print one "nothing new".
    assert len(lines) == 2, lines
    assert lines[0].endswith(" · 1 bundle in · 1 receipt out") and lines[1].endswith(
        " · nothing new")
    assert all(re.match(TIMED, line) for line in lines)
    assert result.code == 1
    assert result.err.startswith("tirkeu: The folder ") and result.err.count("\n") == 1


def test_ctrl_c_ends_a_watch_cleanly(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    """A real process and a real SIGINT: exit 0, one last line, no traceback."""
    monitor, _coordinator = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    env = {**os.environ, "TIRKEU_LANG": "en"}
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(monitor.data_dir),
         "--passphrase-file", str(monitor.passphrase_file), "sync", "--folder", str(shared),
         "--watch", "--interval", "0.2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.endswith(" · 1 bundle out\n"), first
        time.sleep(0.5)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert err == ""
    assert out.strip().splitlines()[-1] == f"Stopped watching {shared}; what was synced stays."
    assert len([n for n in os.listdir(shared) if n.endswith(".tirkeu")]) == 1
