"""A crash while unlocked writes no core file: the program started as a person starts it
(the command, and the window) is non-dumpable and its core-size limit is 0. (This kernel's
/proc/PID/status has no "Dumpable" line, so the process says it through prctl itself.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.no_core_dumps import forbid_core_dumps

ROOT = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc, which only Linux has")


# Runs the program as its `tirkeu` script does (``python -m desktop_app``, argv as given) and,
# from inside, says what the kernel holds: prctl(PR_GET_DUMPABLE) and the core-size limit.
# The command (--version) says it as it exits; the window once its QApplication is up.
PROBE = """
import atexit, ctypes, os, resource, runpy, sys, threading, time
def report():
    dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    print(f"dumpable={dumpable} core={soft},{hard}", flush=True)
def window_up():
    from PySide6.QtWidgets import QApplication
    while QApplication.instance() is None:
        time.sleep(0.02)
    time.sleep(0.3)
    report()
    os._exit(0)
sys.argv = ["tirkeu", *sys.argv[1:]]
if "--version" in sys.argv:
    atexit.register(report)
else:
    threading.Thread(target=window_up, daemon=True).start()
runpy.run_module("desktop_app", run_name="__main__", alter_sys=True)
"""


def run_probe(tmp_path: Path, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIRKEU_LANG": "en",
           "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
                          check=False)
    reports = [line for line in done.stdout.splitlines() if line.startswith("dumpable=")]
    assert reports, done.stderr
    return reports[-1]


@linux_only
def test_the_command_is_not_dumpable(tmp_path: Path) -> None:
    assert run_probe(tmp_path, "--version") == "dumpable=0 core=0,0"


@linux_only
def test_the_window_is_not_dumpable(tmp_path: Path) -> None:
    assert run_probe(tmp_path, "--data-dir", str(tmp_path / "vault")) == "dumpable=0 core=0,0"


def test_forbidding_reports_what_it_did() -> None:
    """In this process (pytest): the limit reads 0 afterwards, and on Linux so does the flag."""
    guard = forbid_core_dumps()
    if sys.platform.startswith(("linux", "darwin")):
        import resource

        assert guard.core_limit_zero
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    if sys.platform.startswith("linux"):
        import ctypes

        assert guard.not_dumpable
        assert ctypes.CDLL(None).prctl(3, 0, 0, 0, 0) == 0  # PR_GET_DUMPABLE
