"""The harness itself, with plain files: what one side writes appears on the other, what it
removes disappears there, within a bound; and nothing is left running afterwards."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from tests.network.syncthing import SYNCTHING, Pair, sockets_of, syncthing_pair

LOOPBACK = {"127.0.0.1", "::1"}
UNSET = {"0.0.0.0", "::"}  # noqa: S104 - a listening socket's remote end, read, not bound


def test_a_file_written_on_one_side_appears_on_the_other(syncthing: Pair) -> None:
    a, b = syncthing.a, syncthing.b
    payload = os.urandom(300_000)
    (a.folder / "x.part").write_bytes(payload)
    (a.folder / "x.part").rename(a.folder / "x.bin")
    there = syncthing.wait_for_file(b.folder, "x.bin", timeout=30)
    assert (b.folder / "x.bin").read_bytes() == payload
    # And back: b removes it, a sees it go.
    (b.folder / "x.bin").unlink()
    gone = syncthing.wait_for_gone(a.folder, "x.bin", timeout=30)
    print(f"connected in {syncthing.connect_seconds:.1f} s; a→b {there:.1f} s; "
          f"b→a removal {gone:.1f} s")


def test_syncthing_talks_to_nothing_but_loopback(syncthing: Pair) -> None:
    """Every socket both instances hold, listening or connected, is on 127.0.0.1: no
    discovery, relay, NAT, STUN, usage report or upgrade check reaches out (a socket
    opened for one would show here, or in its log)."""
    (syncthing.a.folder / "x.bin").write_bytes(b"x" * 1000)
    syncthing.wait_for_file(syncthing.b.folder, "x.bin", timeout=30)
    held = []
    for instance in (syncthing.a, syncthing.b):
        assert instance.process is not None
        for pid in family(instance.process.pid):  # syncthing serves from a child process
            held += sockets_of(pid)
    assert held, "no socket seen at all: the check would prove nothing"
    outside = [s for s in held if s[1] not in LOOPBACK or s[2] not in LOOPBACK | UNSET]
    assert outside == []
    for instance in (syncthing.a, syncthing.b):  # nor is any outside service named
        log = instance.log.read_text(errors="replace").lower()
        assert "syncthing.net" not in log and "relay listener" not in log, instance.name


def family(pid: int) -> list[int]:
    """``pid`` and every process descended from it."""
    parents: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                parents[int(proc.name)] = int(
                    (proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in found} - found
        found |= more
        grew = bool(more)
    return sorted(found)


def test_both_processes_stop_when_the_block_fails(tmp_path: Path) -> None:
    if SYNCTHING is None:
        pytest.skip("syncthing is not installed (Debian: apt-get install syncthing)")
    pids: list[int] = []

    def fail_inside() -> None:
        with syncthing_pair(tmp_path / "st") as pair:
            for instance in (pair.a, pair.b):
                assert instance.process is not None
                pids.extend(family(instance.process.pid))  # its serving child too
            assert len(pids) >= 4 and all(_alive(pid) for pid in pids)
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        fail_inside()
    assert pids and not any(_alive(pid) for pid in pids), "syncthing still running"


def _command_lines() -> list[tuple[int, str]]:
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit() and _alive(int(proc.name)):
            try:
                found.append((int(proc.name), (proc / "cmdline").read_bytes().decode(
                    errors="replace").replace("\0", " ")))
            except OSError:
                continue
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie not yet reaped still answers kill(0): look at its state.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_start_on_a_port_taken_meanwhile_is_tried_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if SYNCTHING is None:
        pytest.skip("syncthing is not installed (Debian: apt-get install syncthing)")
    from tests.network import syncthing as harness

    real = harness.free_port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        given: list[int] = []

        def first_taken() -> int:  # another program took the first port meanwhile
            given.append(busy if not given else real())
            return given[-1]

        monkeypatch.setattr(harness, "free_port", first_taken)
        with syncthing_pair(tmp_path / "st", timeout=20) as pair:
            assert pair.a.home.parent.name == "start-2" and busy != pair.a.gui_port
            assert pair.a.connected_to(pair.b)
            first = str(tmp_path / "st" / "start-1")
            assert (tmp_path / "st" / "start-1" / "a-home" / "syncthing.log").exists()
            assert not [pid for pid, line in _command_lines() if first in line], \
                "the first start's syncthing is still running"
