"""Crash injection: a `tirkeu` command killed with SIGKILL at a random moment, and what
the person finds afterwards. Shared by tests/security/test_crash_injection.py (a seeded
20 kills) and bench/crash.py (200 and more).

Each operation runs in its own process (``cli_session.wrapper_command``) on a fresh copy
of a template vault. Its duration is measured once by running it to the end, from the
moment the process says it begins the command (Python and the program's first modules are
loaded by then: a kill during start-up would test nothing); each kill then comes after a
delay drawn uniformly from [0, that duration] after that moment. After the kill the
parent checks, in-process:

- the vault opens with its passphrase (after ``passwd``: the old one or the new one);
- every incident committed before the command is still listed;
- ``save`` (``add --json`` of a batch) and ``import`` (a bundle) are all or nothing: the
  incidents are those from before, or those plus the whole batch or bundle;
- ``backup``: the output is absent, or complete and restorable to the same incidents;
- ``restore``: the target is absent or empty, or complete, or a folder that is no vault
  and that a second restore refuses as not empty (never a vault with part of the data);
- ``rekey``: run only where the command has it (``tirkeu --help`` lists it).
"""

from __future__ import annotations

import collections
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import TirkeuError
from desktop_app.core.interchange import incident_to_json, parse_incidents
from desktop_app.crypto import vault
from desktop_app.storage.archive import Archive, create_archive, open_archive
from desktop_app.storage.backup import make_backup, restore_backup
from desktop_app.sync.export import export_bundle
from tests.conftest import PASSPHRASE
from tests.security import cli_session as cs
from tests.security.canary import record

OPERATIONS = ("save", "import", "passwd", "backup", "restore", "rekey")
BATCH = 150        # incidents in one `add --json`
IN_BUNDLE = 120    # incidents in the bundle imported
KEPT = 40          # incidents each vault holds before the command


def help_text(*command: str) -> str:
    """What `tirkeu [COMMAND] --help` prints."""
    return subprocess.run([sys.executable, "-m", "desktop_app", *command, "--help"], text=True,
                          capture_output=True, timeout=120, check=True).stdout


def command_has(name: str) -> bool:
    """Whether `tirkeu --help` lists the command ``name`` among its commands."""
    return name in re.findall(r"^    ([a-z][\w-]*)(?:\s|$)", help_text(), re.MULTILINE)


def _new_vault(folder: Path, name: str, role: str = "monitor") -> Archive:
    archive, _ = create_archive(folder, PASSPHRASE, owner_name=name, role=role,
                                recovery_code=False, params=vault.FLOOR)
    return archive


@dataclass
class Templates:
    """Made once: a monitor's vault holding KEPT incidents, a coordinator's holding KEPT of
    its own and knowing the monitor, a bundle of IN_BUNDLE new incidents from the monitor
    to the coordinator, a backup of the monitor's vault, and a batch of BATCH incidents."""

    root: Path
    monitor: Path
    monitor_ids: set[str]
    coordinator: Path
    coordinator_ids: set[str]
    bundle: Path
    bundle_ids: set[str]
    backup: Path
    backup_ids: set[str]
    batch: Path
    batch_ids: set[str]
    new_passphrase: Path


def make_templates(root: Path) -> Templates:
    root.mkdir(parents=True, exist_ok=True)
    sender = _new_vault(root / "sender", cs.MONITOR)
    monitor = _new_vault(root / "monitor", cs.MONITOR)
    coordinator = _new_vault(root / "coordinator", cs.COORDINATOR, "coordinator")
    try:
        card = sender.keys().card()
        coordinator.contacts.add(card.name, card.age_recipient, card.ssh_key,
                                 card.fingerprint, trusted_signer=True)
        mine = coordinator.keys().card()
        sender.contacts.add(mine.name, mine.age_recipient, mine.ssh_key, mine.fingerprint,
                            coordinator=True, trusted_signer=True)
        for archive, tag in ((monitor, "kept"), (coordinator, "own")):
            archive.incidents.save_many(list(parse_incidents(
                [record(f"{tag}-{n:04x}", n) for n in range(KEPT)])), archive.author)
        sender.incidents.save_many(list(parse_incidents(
            [record(f"sent-{n:04x}", n) for n in range(IN_BUNDLE)])), sender.author)
        bundle_ids = set(sender.incidents.all_ids())
        bundle = root / "week.tirkeu"
        export_bundle(sender, [cs.COORDINATOR], bundle, since_last=False)
        backup = root / "monitor.tirkeu-backup"
        make_backup(monitor, backup)
        backup_ids = set(monitor.incidents.all_ids())
        coordinator_ids = set(coordinator.incidents.all_ids())
    finally:
        for archive in (sender, monitor, coordinator):
            archive.close()
    batch_records = list(parse_incidents([record(f"new-{n:04x}", n) for n in range(BATCH)]))
    batch = root / "batch.json"
    batch.write_text(json.dumps([incident_to_json(i) for i in batch_records]),
                     encoding="utf-8")
    new_passphrase = root / "new-passphrase.txt"
    new_passphrase.write_text(cs.NEW_PASSPHRASE + "\n", encoding="utf-8")
    passphrase = root / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return Templates(root, root / "monitor", backup_ids, root / "coordinator", coordinator_ids,
                     bundle, bundle_ids, backup,
                     backup_ids, batch, {i.id for i in batch_records}, new_passphrase)


@dataclass
class Scene:
    """One operation, ready to run on its own copy of a template."""

    operation: str
    folder: Path              # the vault the command runs on (restore: its target)
    argv: tuple[str, ...]
    before: set[str]          # incidents committed before the command
    added: set[str] = field(default_factory=set)   # what the command adds, all or nothing
    out: Path | None = None   # backup's output


def stage(operation: str, templates: Templates, work: Path) -> Scene:
    """A fresh copy of what ``operation`` needs under ``work`` (which must not exist)."""
    work.mkdir(parents=True)
    passphrase = str(templates.root / "passphrase.txt")

    def copy(template: Path) -> Path:
        return Path(shutil.copytree(template, work / template.name))

    def argv(folder: Path, *args: object) -> tuple[str, ...]:
        return ("--data-dir", str(folder), "--passphrase-file", passphrase, *map(str, args))

    kept = templates.monitor_ids
    if operation == "save":
        folder = copy(templates.monitor)
        return Scene(operation, folder, argv(folder, "add", "--json", templates.batch),
                     kept, templates.batch_ids)
    if operation == "import":
        folder = copy(templates.coordinator)
        return Scene(operation, folder, argv(folder, "import", templates.bundle),
                     templates.coordinator_ids, templates.bundle_ids)
    if operation == "passwd":
        folder = copy(templates.monitor)
        return Scene(operation, folder,
                     argv(folder, "passwd", "--new-passphrase-file", templates.new_passphrase),
                     kept)
    if operation == "backup":
        folder = copy(templates.monitor)
        out = work / "usb" / "vault.tirkeu-backup"
        out.parent.mkdir()
        return Scene(operation, folder, argv(folder, "backup", "--out", out),
                     kept, out=out)
    if operation == "restore":
        folder = work / "new-laptop"
        return Scene(operation, folder, argv(folder, "restore", templates.backup), set(),
                     templates.backup_ids)
    if operation == "rekey":
        # Written before the command: it takes a new passphrase if its help offers one.
        folder = copy(templates.monitor)
        new = (("--new-passphrase-file", templates.new_passphrase)
               if "--new-passphrase-file" in help_text("rekey") else ())
        return Scene(operation, folder, argv(folder, "rekey", *new), kept)
    raise ValueError(operation)


def _ids(folder: Path, passphrase: str) -> set[str]:
    with open_archive(folder, passphrase) as archive:
        return set(archive.incidents.all_ids())


def start(scene: Scene, work: Path) -> subprocess.Popen[str]:
    """The operation's process, returned once it says it begins the command."""
    steps = cs.write_steps([cs.Step(scene.operation, scene.argv)], work / "steps.json")
    process = subprocess.Popen(cs.wrapper_command(steps), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == cs.BEGIN, line + process.communicate()[1][-2000:]
    return process


def run_to_the_end(scene: Scene, work: Path) -> float:
    """Run the operation undisturbed; its duration from the start of the command (it
    must succeed)."""
    process = start(scene, work)
    began = time.perf_counter()
    _, err = process.communicate(timeout=300)
    took = time.perf_counter() - began
    assert process.returncode == 0, err[-2000:]
    return took


@dataclass
class Outcome:
    operation: str
    delay: float
    killed: bool        # False: the command had finished before the kill came
    opened: bool        # the vault (or the restored one, when complete) opened
    lost: int           # incidents committed before and missing after
    partial: bool       # a save or import neither absent nor whole
    state: str          # a word on what was found: "before", "after", "absent", ...

    @property
    def bad(self) -> bool:
        return not self.opened or self.lost > 0 or self.partial


def kill_after(scene: Scene, work: Path, delay: float) -> Outcome:
    """Start the operation, SIGKILL it after ``delay`` seconds, and judge what is left."""
    process = start(scene, work)
    try:
        process.wait(timeout=delay)  # its output is a few lines: the pipes cannot fill
        killed = False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        killed = True
    process.communicate()
    return judge(scene, delay, killed, work)


def judge(scene: Scene, delay: float, killed: bool, work: Path) -> Outcome:
    def outcome(opened: bool, lost: int, partial: bool, state: str) -> Outcome:
        return Outcome(scene.operation, delay, killed, opened, lost, partial, state)

    if scene.operation == "restore":
        return outcome(*_judge_restore(scene, work))
    passphrases = [PASSPHRASE] + ([cs.NEW_PASSPHRASE]
                                  if scene.operation in ("passwd", "rekey") else [])
    after: set[str] | None = None
    used = ""
    for passphrase in passphrases:
        try:
            after = _ids(scene.folder, passphrase)
            used = "old passphrase" if passphrase == PASSPHRASE else "new passphrase"
            break
        except TirkeuError:
            continue
    if after is None:
        return outcome(False, 0, False, "does not open")
    lost = len(scene.before - after)
    if scene.added:
        whole, none = scene.before | scene.added, scene.before
        state = "after" if after == whole else "before" if after == none else "partial"
        return outcome(True, lost, state == "partial", state)
    if scene.operation == "backup":
        return outcome(True, lost, False, _judge_backup(scene, work))
    return outcome(True, lost, after != scene.before, used)


def _judge_backup(scene: Scene, work: Path) -> str:
    assert scene.out is not None
    if not scene.out.exists():
        return "no backup"
    target = work / "restored-from-the-backup"
    restore_backup(scene.out, target, passphrase=PASSPHRASE)  # refusal: a broken backup
    if _ids(target, PASSPHRASE) != scene.before:
        raise AssertionError("a backup in place restored other incidents")
    return "complete backup"


def _judge_restore(scene: Scene, work: Path) -> tuple[bool, int, bool, str]:
    folder = scene.folder
    if not folder.exists() or not any(folder.iterdir()):
        return True, 0, False, "absent"
    try:
        after = _ids(folder, PASSPHRASE)
    except TirkeuError:
        # No vault to open: a second restore must refuse the folder, not mix into it.
        try:
            restore_backup(Path(os.devnull), folder, passphrase=PASSPHRASE)
        except TirkeuError as exc:
            if "not empty" in str(exc):
                return True, 0, False, "refused as not empty"
        return False, 0, True, "half-restored and not refused"
    missing = len(scene.added - after)
    return True, missing, missing > 0 or after != scene.added, "complete"


@dataclass
class Tally:
    """Figures per operation, as bench/crash.py prints them."""

    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)

    def lines(self) -> list[str]:
        rows = ["operation  kills  finished-first  opened  lost  partial  found"]
        by_op: dict[str, list[Outcome]] = collections.defaultdict(list)
        for o in self.outcomes:
            by_op[o.operation].append(o)
        for op, items in by_op.items():
            states = collections.Counter(o.state for o in items)
            rows.append(f"{op:9}  {sum(o.killed for o in items):5}  "
                        f"{sum(not o.killed for o in items):14}  "
                        f"{sum(o.opened for o in items):6}  {sum(o.lost for o in items):4}  "
                        f"{sum(o.partial for o in items):7}  "
                        + ", ".join(f"{s}: {n}" for s, n in states.most_common()))
        total = self.outcomes
        rows.append(f"{'all':9}  {sum(o.killed for o in total):5}  "
                    f"{sum(not o.killed for o in total):14}  {sum(o.opened for o in total):6}  "
                    f"{sum(o.lost for o in total):4}  {sum(o.partial for o in total):7}")
        return rows


def campaign(operations: list[str], kills: int, seed: int, templates: Templates,
             work: Path, report: bool = False) -> Tally:
    """``kills`` runs spread round-robin over ``operations``, each killed after a delay
    drawn (from ``random.Random(seed)``) uniformly over that operation's measured duration."""
    chance = random.Random(seed)
    durations = {}
    for op in operations:
        durations[op] = run_to_the_end(stage(op, templates, work / f"measure-{op}"),
                                       work / f"measure-{op}")
        if report:
            print(f"{op}: runs {durations[op]:.2f} s undisturbed", flush=True)
    tally = Tally()
    for n in range(kills):
        op = operations[n % len(operations)]
        place = work / f"kill-{n:04}-{op}"
        scene = stage(op, templates, place)
        tally.add(kill_after(scene, place, chance.uniform(0, durations[op])))
        shutil.rmtree(place, ignore_errors=True)
    return tally
