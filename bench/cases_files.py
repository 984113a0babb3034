"""bench/run.py's cases on files: the unlock, bundles against tar and age, a bundle of many
incidents against adding them from JSON, SQLCipher against plain SQLite, and a backup
against copying the data folder."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from figures import MB, PASSPHRASE, Figure, Settings, alternate, clock, median, shell, write_random
from synthetic import incidents as synthetic_incidents

from desktop_app.cli.terminal import read_json_records
from desktop_app.core.interchange import parse_incidents
from desktop_app.storage import archive as archive_module
from desktop_app.storage import database as database_module
from desktop_app.storage.archive import Archive, create_archive, open_archive
from desktop_app.storage.backup import make_backup, restore_backup
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import open_bundle


@contextlib.contextmanager
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="tirkeu-bench-") as tmp:
        yield Path(tmp)


def pair(root: Path) -> tuple[Archive, Path]:
    """A monitor's vault (open) and a coordinator's (closed, at ``root/coordinator``), each
    the other's contact; the coordinator's age identity is in ``root/key.txt``."""
    monitor, _ = create_archive(root / "monitor", PASSPHRASE, owner_name="Marat",
                                recovery_code=False)
    coordinator, _ = create_archive(root / "coordinator", PASSPHRASE, owner_name="Coordinator",
                                    role="coordinator", recovery_code=False)
    for a, b, coord in ((monitor, coordinator, True), (coordinator, monitor, False)):
        card = b.keys().card()
        a.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                       coordinator=coord)
    (root / "key.txt").write_text(coordinator.keys().identity_file("bench"))
    (root / "recipient.txt").write_text(coordinator.keys().age_recipient)
    coordinator.close()
    return monitor, root / "coordinator"


def fresh_copy(vault: Path, name: str) -> Archive:
    """An unlocked copy of a closed vault (the unlock is in no figure)."""
    copy = vault.parent / name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(vault, copy)
    return open_archive(copy, PASSPHRASE)


def discard(*paths: Path) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def unlock(settings: Settings) -> list[Figure]:
    with scratch() as root:
        archive, _ = create_archive(root / "v", PASSPHRASE, recovery_code=False)
        archive.close()
        times = [clock(lambda: open_archive(root / "v", PASSPHRASE).close())
                 for _ in range(settings.repeat)]
    return [Figure("unlock (Argon2id 128 MiB, t=3, p=4, and open)", median(times),
                   runs=len(times), note="kept out of every other figure")]


def bundles(settings: Settings) -> list[Figure]:
    size = settings.megabytes * MB
    with scratch() as root:
        monitor, coordinator = pair(root)
        monitor.incidents.save_many(list(parse_incidents(synthetic_incidents(1, seed=7))),
                                    "Marat")
        (incident_id,) = monitor.incidents.all_ids()
        plain = root / "plain"
        (plain / "attachments").mkdir(parents=True)
        (plain / "records").mkdir()
        video = plain / "attachments" / "video.bin"
        write_random(video, size)
        monitor.attachments.add_file(incident_id, video)
        (plain / "records" / f"{incident_id}.json").write_text(json.dumps({"id": incident_id}))
        recipient = (root / "recipient.txt").read_text().strip()
        bundle, sealed, extract = root / "big.tirkeu", root / "plain.age", root / "extract"

        def export(_: int) -> float:
            discard(bundle)
            return clock(lambda: export_bundle(monitor, ["Coordinator"], bundle,
                                               since_last=False))

        def tar_age(_: int) -> float:
            discard(sealed)
            return shell(f"tar cf - records attachments | age -r {recipient} > {sealed}", plain)

        out, peer_out = alternate(settings.repeat, export, tar_age, "export")

        def import_(run: int) -> float:
            receiver = fresh_copy(coordinator, f"receiver-{run}")
            try:
                return clock(lambda: open_bundle(receiver, bundle))
            finally:
                receiver.close()
                discard(root / f"receiver-{run}")

        def age_tar(_: int) -> float:
            discard(extract)
            extract.mkdir()
            return shell(f"age -d -i {root / 'key.txt'} {sealed} | tar xf - -C {extract}", plain)

        in_, peer_in = alternate(settings.repeat, import_, age_tar, "import")
        monitor.close()
    label = f"{settings.megabytes} MB attachment"
    return [Figure(f"export, {label}", median(out), peer="tar | age -r",
                   peer_value=median(peer_out), target=1.0, of_ratio=True, runs=len(out)),
            Figure(f"import, {label} (every hash checked)", median(in_),
                   peer="age -d | tar -x", peer_value=median(peer_in), target=1.5,
                   of_ratio=True, runs=len(in_))]


def many(settings: Settings) -> list[Figure]:
    count = settings.incidents
    with scratch() as root:
        monitor, coordinator = pair(root)
        source = root / "incidents.json"
        source.write_text(json.dumps(synthetic_incidents(count)), encoding="utf-8")
        monitor.incidents.save_many(list(parse_incidents(read_json_records(str(source)))),
                                    "Marat")
        bundle = root / "many.tirkeu"
        export_bundle(monitor, ["Coordinator"], bundle, since_last=False)
        monitor.close()
        again: list[float] = []

        def import_(run: int) -> float:
            receiver = fresh_copy(coordinator, f"import-{run}")
            try:
                spent = clock(lambda: open_bundle(receiver, bundle))
                again.append(clock(lambda: open_bundle(receiver, bundle)))
                return spent
            finally:
                receiver.close()
                discard(root / f"import-{run}")

        def add(run: int) -> float:
            receiver = fresh_copy(coordinator, f"add-{run}")
            try:
                return clock(lambda: receiver.incidents.save_many(
                    list(parse_incidents(read_json_records(str(source)))), "Coordinator"))
            finally:
                receiver.close()
                discard(root / f"add-{run}")

        ours, peer = alternate(settings.repeat, import_, add, "import vs add")
    figures = [Figure(f"import of a {count:,}-incident bundle", median(ours),
                      peer="add --json of the same", peer_value=median(peer), target=1.0,
                      of_ratio=True, runs=len(ours))]
    if count >= 10_000:
        figures.append(Figure(f"import of a {count:,}-incident bundle", median(ours),
                              target=3.0, runs=len(ours)))
    figures.append(Figure(f"re-import of the same bundle (no-op), {count:,}", median(again),
                          target=0.3, runs=len(again)))
    return figures


@contextlib.contextmanager
def plain_sqlite() -> Iterator[None]:
    """Vaults made inside this block keep their database in plain SQLite: the same
    schema, the same statements, no page encryption (for the bench only)."""
    saved = (database_module.sqlcipher_module, archive_module.sqlcipher_module,
             database_module.key_pragma)
    database_module.sqlcipher_module = lambda: sqlite3  # type: ignore[assignment]
    archive_module.sqlcipher_module = lambda: sqlite3  # type: ignore[assignment]
    database_module.key_pragma = lambda key: "PRAGMA user_version"  # type: ignore[assignment]
    try:
        yield
    finally:
        (database_module.sqlcipher_module, archive_module.sqlcipher_module,
         database_module.key_pragma) = saved  # type: ignore[assignment]


def store(settings: Settings) -> list[Figure]:
    count = settings.incidents
    records = synthetic_incidents(count, seed=3)
    with scratch() as root:

        def save(folder: Path, plain: bool) -> float:
            with plain_sqlite() if plain else contextlib.nullcontext():
                archive, _ = create_archive(folder, PASSPHRASE, recovery_code=False)
            try:
                # The plain one really is plain (its header readable), the other not.
                header = (folder / "tirkeu.db").read_bytes()[:16]
                assert (header == b"SQLite format 3\x00") == plain
                return clock(lambda: archive.incidents.save_many(
                    list(parse_incidents(records)), "bench"))
            finally:
                archive.close()
                discard(folder)

        ours, peer = alternate(settings.repeat, lambda run: save(root / f"c{run}", False),
                               lambda run: save(root / f"p{run}", True), "store")
    return [Figure(f"store {count:,} incidents, SQLCipher", median(ours),
                   peer="plain SQLite, same schema", peer_value=median(peer), target=1.3,
                   of_ratio=True, runs=len(ours))]


def _sqlcipher_backup(database: Path, target: Path, key: bytes) -> None:
    """What `sqlcipher DB '.backup TARGET'` does: SQLite's online backup, keyed."""
    dbapi: Any = database_module.sqlcipher_module()
    source, copy = dbapi.connect(str(database)), dbapi.connect(str(target))
    try:
        for conn in (source, copy):
            conn.execute(database_module.key_pragma(key))
        source.backup(copy)
    finally:
        source.close()
        copy.close()


def backup(settings: Settings) -> list[Figure]:
    count, size = settings.incidents, settings.megabytes * MB
    with scratch() as root:
        vault = root / "vault"
        archive, _ = create_archive(vault, PASSPHRASE, recovery_code=False)
        archive.incidents.save_many(list(parse_incidents(synthetic_incidents(count))), "bench")
        blob = root / "video.bin"
        write_random(blob, size)
        archive.attachments.add_file(archive.incidents.all_ids()[0], blob)
        blob.unlink()
        archive.database.checkpoint()
        key = archive.vault.database_key()
        made, copied, backed, restored, put_back = [], [], [], [], []
        for run in range(settings.repeat):
            out = root / f"b{run}.tirkeu-backup"
            made.append(clock(lambda: make_backup(archive, out)))  # noqa: B023
            copied.append(shell(f"cp -a {vault} {root / 'copy'}", root))
            backed.append(clock(lambda: _sqlcipher_backup(
                vault / "tirkeu.db", root / "sqlcipher-backup.db", key)))
            restored.append(clock(lambda: restore_backup(
                out, root / "restored", passphrase=PASSPHRASE)))  # noqa: B023 - called at once
            put_back.append(shell(f"cp -a {root / 'copy'} {root / 'copied-back'}", root))
            print(f"  backup run {run + 1}: {made[-1]:.2f} s (cp -a {copied[-1]:.2f} s, "
                  f"sqlcipher .backup {backed[-1]:.2f} s); restore {restored[-1]:.2f} s "
                  f"(cp -a {put_back[-1]:.2f} s)", flush=True)
            discard(out, root / "copy", root / "sqlcipher-backup.db", root / "restored",
                    root / "copied-back")
            os.sync()
        archive.close()
    label = f"{count:,} incidents + {settings.megabytes} MB"
    return [Figure(f"backup, {label}", median(made), peer="cp -a of the data folder",
                   peer_value=median(copied), runs=len(made)),
            Figure(f"backup, {label}", median(made), peer="sqlcipher .backup",
                   peer_value=median(backed), runs=len(made)),
            Figure(f"restore, {label} (every page checked)", median(restored),
                   peer="cp -a back", peer_value=median(put_back), runs=len(restored))]
