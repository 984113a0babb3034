"""bench/run.py's cold-start case: `tirkeu --version`, and the window from its start to the
unlock prompt on a real X server (Xvfb), found with xdotool as a person's desktop would
show it: the first visible window named Tirkeu."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from figures import PASSPHRASE, Figure, Settings, median

from desktop_app.storage.archive import create_archive


def command() -> list[str]:
    """The installed `tirkeu` beside this Python, else the module."""
    installed = Path(sys.executable).parent / "tirkeu"
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "desktop_app"]


@contextlib.contextmanager
def xvfb() -> Iterator[str | None]:
    """A private X server on a display number it picks itself (``-displayfd``)."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        yield None
        return
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               "1400x860x24", "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        yield f":{number}" if number else None
    finally:
        server.terminate()
        server.wait(timeout=10)


def to_prompt(display: str, folder: Path) -> float:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", TIRKEU_LANG="en")
    started = time.perf_counter()
    app = subprocess.Popen([*command(), "--data-dir", str(folder)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Tirkeu"],
                                   env=env, capture_output=True, text=True, check=False)
            if found.stdout.strip():
                return time.perf_counter() - started
            if app.poll() is not None or time.perf_counter() - started > 60:
                raise RuntimeError("the window did not show its unlock prompt")
            time.sleep(0.01)
    finally:
        app.terminate()
        app.wait(timeout=10)


def start(settings: Settings) -> list[Figure]:
    runs = max(settings.repeat, 5)
    version = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([*command(), "--version"], capture_output=True, check=True)
        version.append(time.perf_counter() - started)
    figures = [Figure("cold start: tirkeu --version", median(version), target=0.2, runs=runs)]
    with tempfile.TemporaryDirectory(prefix="tirkeu-bench-start-") as tmp, xvfb() as display:
        if display is None:
            print("  no Xvfb or xdotool: the window's start is not measured")
            return figures
        folder = Path(tmp) / "data"
        create_archive(folder, PASSPHRASE, recovery_code=False)[0].close()
        prompt = [to_prompt(display, folder) for _ in range(runs)]
        print("  window to prompt: " + ", ".join(f"{t:.2f}" for t in prompt), flush=True)
    figures.append(Figure("cold start: window to the unlock prompt (Xvfb)", median(prompt),
                          target=1.0, runs=runs))
    return figures
