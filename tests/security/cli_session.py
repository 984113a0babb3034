"""A whole life cycle of the `tirkeu` command, as a list of steps, and two ways to run
steps: in-process (``run_here``) and in a fresh Python process (``wrapper_command``) that
first takes the network away (``no_sockets``) and only then imports the program.

The life cycle is what a monitor and a coordinator do in a week: make two vaults, swap
cards, add, edit, attach, delete, list, search, export a bundle to the coordinator, import
it there (and the receipt back), back up, restore into a third folder, count, change the
passphrase and lock. Incidents come in on standard input, so the only plaintext file a
person supplies is the one they chose to attach.
"""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE
from tests.security.canary import record

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "a new passphrase, longer than the old one"
MONITOR, COORDINATOR = "Marat", "Coordinator Aigerim"
RESULT = "@@tirkeu-step "  # the wrapper's line after each step: the prefix, then JSON
BEGIN = "@@tirkeu-begin"  # the wrapper's line just before each step starts

# Run as `python -c WRAPPER STEPS.json`: no network first, then the program, then the steps.
# The Argon2id floor (as tests/conftest.py sets it) keeps new wraps cheap; real unlocks of
# these vaults cost what their headers say. TIRKEU_TEST_WINDOW_SECONDS: a step that opens
# the window quits it after that long, printing the titles of the windows shown.
WRAPPER = f"""
import base64, io, json, os, sys
sys.path.insert(0, {str(ROOT)!r})
from tests.security.no_sockets import install_from_environment
attempts = install_from_environment()
from desktop_app.crypto import vault
vault.DEFAULT_PARAMS = vault.FLOOR
seconds = os.environ.get("TIRKEU_TEST_WINDOW_SECONDS")
if seconds:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    real_exec = QApplication.exec
    def exec_for_a_while(*_):  # exec is static in PySide6
        def report_and_quit():
            shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
            print("@@shown " + json.dumps(shown), flush=True)
            QApplication.exit(0)
        QTimer.singleShot(int(float(seconds) * 1000), report_and_quit)
        return real_exec()
    QApplication.exec = exec_for_a_while
    import threading
    # A backstop: a window that never quits must not outlive a test that gave up on it.
    backstop = threading.Timer(float(seconds) + 60, os._exit, (3,))
    backstop.daemon = True
    backstop.start()
from desktop_app.cli import main
with open(sys.argv[1], encoding="utf-8") as steps_file:
    steps = json.load(steps_file)
for step in steps:
    sys.stdin = io.TextIOWrapper(io.BytesIO(base64.b64decode(step["stdin"])), encoding="utf-8")
    print({BEGIN!r}, flush=True)
    try:
        code = main(step["argv"])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    sys.excepthook = sys.__excepthook__  # the window's hook would hide a traceback here
    print({RESULT!r} + json.dumps({{"name": step["name"], "code": code,
                                    "attempts": len(attempts)}}), flush=True)
"""


@dataclass(frozen=True)
class Step:
    name: str
    argv: tuple[str, ...]  # everything after `tirkeu`
    stdin: bytes = b""


@dataclass
class Result:
    code: int
    out: str
    err: str


@dataclass
class LifeCycle:
    root: Path
    monitor: Path
    coordinator: Path
    restored: Path
    exchange: Path       # cards, the bundle, the receipt, the backup: files a person carries
    attachment: Path     # the plaintext file the monitor chose to attach (not the vault's)
    ids: list[str]       # the incidents added; the last one is deleted again
    steps: list[Step] = field(default_factory=list)

    @property
    def vaults(self) -> list[Path]:
        return [self.monitor, self.coordinator, self.restored]


def life_cycle(root: Path, marker: str, attachment: bytes) -> LifeCycle:
    """The steps of a week's work on vaults under ``root``, with ``marker`` in every field
    and in the attached file. Nothing is run yet."""
    keys, exchange, sources = root / "keys", root / "exchange", root / "sources"
    for folder in (keys, exchange, sources):
        folder.mkdir(parents=True, exist_ok=True)
    old, new = keys / "passphrase.txt", keys / "new-passphrase.txt"
    old.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    photo = sources / "statement.png"
    photo.write_bytes(attachment)
    made = LifeCycle(root, root / "monitor", root / "coordinator", root / "restored",
                     exchange, photo, [str(uuid.uuid4()) for _ in range(3)])
    incidents = [record(marker, n) | {"id": made.ids[n]} for n in range(3)]
    edited = incidents[0] | {"title": f"{marker} revised title", "place": f"{marker} court"}
    card_a, card_b = exchange / "marat.card", exchange / "aigerim.card"
    bundle, receipt = exchange / "week.tirkeu", exchange / "receipt.tirkeu"
    backup = exchange / "vault.tirkeu-backup"

    def on(folder: Path, name: str, *args: object, stdin: Any = None,
           passphrase: Path = old) -> None:
        data = b"" if stdin is None else json.dumps(stdin, ensure_ascii=False).encode()
        argv = ("--data-dir", str(folder), "--passphrase-file", str(passphrase),
                *map(str, args))
        made.steps.append(Step(name, argv, data))

    a, b, c = made.monitor, made.coordinator, made.restored
    on(a, "init monitor", "init", "--name", MONITOR, "--no-recovery-code")
    on(b, "init coordinator", "init", "--name", COORDINATOR, "--role", "coordinator",
       "--no-recovery-code")
    on(a, "card of the monitor", "identity", "--out", card_a)
    on(b, "card of the coordinator", "identity", "--out", card_b)
    on(a, "monitor adds the coordinator", "contacts", "add", card_b, "--coordinator", "--yes")
    on(b, "coordinator adds the monitor", "contacts", "add", card_a, "--yes")
    on(a, "create", "add", "--json", "-", stdin=incidents)
    on(a, "edit", "add", "--json", "-", stdin=edited)
    on(a, "attach", "attach", made.ids[0], photo)
    on(a, "delete", "delete", made.ids[2])
    on(a, "list", "list", "--json")
    on(a, "search", "search", marker)
    on(a, "export", "export", "--to", COORDINATOR, "--all", "--out", bundle)
    on(b, "import", "import", bundle, "--receipt-out", receipt)
    on(a, "import the receipt", "import", receipt)
    on(a, "backup", "backup", "--out", backup)
    on(c, "restore", "restore", backup)
    on(c, "list the restored vault", "list", "--json")
    on(a, "summary (standard output)", "summary")
    on(b, "coordinator's summary (standard output)", "summary")
    on(a, "passwd", "passwd", "--new-passphrase-file", new)
    on(a, "list with the new passphrase", "list", "--json", passphrase=new)
    for folder, who in ((a, "monitor"), (b, "coordinator"), (c, "restored vault")):
        on(folder, f"lock the {who}", "lock")
    return made


def run_here(step: Step, capsys: Any) -> Result:
    """``tirkeu STEP`` in this process (so conftest's cheap Argon2id applies); what it
    printed is captured, never written to disk."""
    from desktop_app import cli

    capsys.readouterr()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(step.stdin), encoding="utf-8")
    try:
        code = cli.main(list(step.argv))
    except SystemExit as exc:  # argparse
        code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = saved
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return Result(code, out, err)


def write_steps(steps: list[Step], path: Path) -> Path:
    """The steps as the wrapper reads them."""
    path.write_text(json.dumps([{"name": s.name, "argv": list(s.argv),
                                 "stdin": base64.b64encode(s.stdin).decode("ascii")}
                                for s in steps]), encoding="utf-8")
    return path


def wrapper_command(steps_file: Path) -> list[str]:
    """The command line that runs the steps in ``steps_file`` in a new Python process."""
    return [sys.executable, "-c", WRAPPER, str(steps_file)]


def step_results(stdout: str) -> list[dict[str, Any]]:
    """What the wrapper said after each step it finished: name, exit code, attempts."""
    return [json.loads(line[len(RESULT):]) for line in stdout.splitlines()
            if line.startswith(RESULT)]


def run_elsewhere(steps: list[Step], work: Path, env: dict[str, str],
                  timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``steps`` one after another in one new Python process (see WRAPPER)."""
    work.mkdir(parents=True, exist_ok=True)
    command = wrapper_command(write_steps(steps, work / "steps.json"))
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)
