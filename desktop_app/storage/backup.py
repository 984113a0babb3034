"""Backup and restore: the whole vault in one encrypted file, and back into an empty folder.

A backup is an uncompressed tar (docs/FORMATS.md, "Backups") of two members:
``tirkeu-backup.json`` — the vault header, the key file and a manifest sealed under a key
derived from the data key (when it was made, the database's size and SHA-256, counts) —
then ``tirkeu.db``, a consistent snapshot made by SQLCipher itself, encrypted under the
vault's database key from its first page. Incidents, people, attachments, this install's
keys, contacts, the exchange ledger and drafts all live in that database. Nothing is ever
written in plaintext, not even to a temporary file.

Opening one needs what opens the vault: the passphrase or the recovery code. A backup that
was altered, cut short or made by something else is refused in one sentence, and a
refused restore leaves the target folder as it found it.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import tarfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, func, select

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto import keyfile
from desktop_app.crypto.files import new_private_file, private_folder, write_atomically
from desktop_app.crypto.sealing import open_sealed, seal
from desktop_app.crypto.vault import (
    VAULT_FILE,
    UnlockedVault,
    open_portable,
    read_header,
)
from desktop_app.storage import tables
from desktop_app.storage.database import DATABASE_FILE, make_engine

FORMAT = "tirkeu-backup"
VERSION = 1
HEADER_MEMBER = "tirkeu-backup.json"
DATABASE_MEMBER = "tirkeu.db"
INFO_MANIFEST = b"tirkeu-backup-v1 manifest"
AAD_MANIFEST = b"tirkeu-backup-v1 manifest"
HEADER_LIMIT = 256 * 1024
CHUNK = 1024 * 1024
LAST_BACKUP_SETTING = "last_backup"  # UTC ISO time of the last backup made here


class BackupRefused(TirkeuError):
    """A backup that cannot be made or restored; nothing was written."""


@dataclass(frozen=True)
class BackupMade:
    path: Path
    incidents: int
    attachments: int
    size: int
    seconds: float


@dataclass(frozen=True)
class Restored:
    folder: Path
    incidents: int
    attachments: int
    created: str
    seconds: float


def make_backup(archive: Any, out: Path) -> BackupMade:
    """Write a backup of the open ``archive`` to ``out`` (replacing it only when complete).
    Safe while the window or another command writes: the snapshot is one transaction."""
    started = time.monotonic()
    out = Path(out)
    if out.is_dir():
        raise BackupRefused(_("{path} is a folder; give a file name for the backup.").format(
            path=out))
    folder: Path = archive.folder
    if folder.resolve() in out.resolve().parents:
        # It holds its own copy of the key file: a wipe would leave it, and it would still
        # open with the passphrase.
        raise BackupRefused(_("Not in the vault's own folder: a backup kept there would "
                              "outlive a wipe and still open with your passphrase. Choose "
                              "another place; nothing was written."))
    vault: UnlockedVault = archive.vault
    snapshot = out.with_name(out.name + ".db.part")
    part = out.with_name(out.name + ".part")
    for leftover in (snapshot, part):
        leftover.unlink(missing_ok=True)
    try:
        archive.database.snapshot(snapshot, vault.database_key())
        incidents, attachments = _counts(snapshot, vault.database_key())
        digest, size = _digest(snapshot)
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        key_file = keyfile.read_whole(folder)
        # The whole key file is sealed by its hash: only its first bytes open the vault,
        # but a restore must give back exactly what was taken.
        manifest = {"vault_id": vault.vault_id, "created": created, "database_size": size,
                    "database_sha256": digest, "incidents": incidents,
                    "attachments": attachments,
                    "key_file_sha256": hashlib.sha256(key_file).hexdigest()}
        header = {
            "format": FORMAT, "version": VERSION, "vault": read_header(folder),
            "key_file": _b64(key_file),
            "manifest": seal(vault.derive_key(INFO_MANIFEST),
                             json.dumps(manifest).encode(), AAD_MANIFEST),
        }
        _write_tar(part, json.dumps(header, indent=1).encode(), snapshot)
        os.replace(part, out)
    except OSError as exc:
        raise BackupRefused(_("Cannot write the backup to {path}: {reason}.").format(
            path=out, reason=exc.strerror or exc)) from None
    finally:
        snapshot.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
    archive.database.set_setting(LAST_BACKUP_SETTING, created)
    return BackupMade(out, incidents, attachments, out.stat().st_size,
                      time.monotonic() - started)


def last_backup(archive: Any) -> dt.datetime | None:
    """When the last backup was made from this vault, if ever."""
    text = archive.database.setting(LAST_BACKUP_SETTING) or ""
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def restore_backup(source: Path, folder: Path, *, passphrase: str | None = None,
                   code: str | None = None) -> Restored:
    """Restore the backup at ``source`` into ``folder``, which must be empty or absent,
    opened by ``passphrase`` or the recovery ``code``. All or nothing: on any refusal the
    folder is left as it was found."""
    started = time.monotonic()
    folder = Path(folder)
    existed = folder.exists()
    if existed and (not folder.is_dir() or any(folder.iterdir())):
        raise BackupRefused(_("{folder} is not empty; a backup is restored only into an empty "
                              "folder, so that nothing there is overwritten.").format(
                                  folder=folder))
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed below, after the clean-up
    except OSError as exc:
        raise BackupRefused(_("Cannot read {path}: {reason}.").format(
            path=source, reason=exc.strerror or exc)) from None
    try:
        private_folder(folder)
        manifest = _restore_into(handle, folder, passphrase, code)
    except BaseException:
        _clear(folder, remove=not existed)
        raise
    finally:
        handle.close()
    return Restored(folder, manifest["incidents"], manifest["attachments"], manifest["created"],
                    time.monotonic() - started)


def _restore_into(handle: IO[bytes], folder: Path, passphrase: str | None,
                  code: str | None) -> dict[str, Any]:
    damaged = BackupRefused(_("This file is not a complete Tirkeu backup (it is damaged, cut "
                              "short or was altered); nothing was restored."))
    try:
        with tarfile.open(fileobj=handle, mode="r|") as tar:
            first = tar.next()
            if first is None or first.name != HEADER_MEMBER or not first.isfile() \
                    or first.size > HEADER_LIMIT:
                raise damaged
            header = _parse_header(_read_member(tar, first), damaged)
            key_file = _unb64(header["key_file"], damaged)
            vault = open_portable(header["vault"], key_file[:keyfile.SECRET_BYTES],
                                  passphrase=passphrase, code=code)
            try:
                raw = open_sealed(vault.derive_key(INFO_MANIFEST), header["manifest"],
                                  AAD_MANIFEST)
                manifest = _parse_manifest(raw, header, damaged)
                if manifest.get("key_file_sha256", hashlib.sha256(key_file).hexdigest()) \
                        != hashlib.sha256(key_file).hexdigest():  # absent in older backups
                    raise damaged
                second = tar.next()
                if second is None or second.name != DATABASE_MEMBER or not second.isfile() \
                        or second.size != manifest["database_size"]:
                    raise damaged
                part = folder / (DATABASE_FILE + ".part")
                digest = _copy_member(tar, second, part)
                if digest != manifest["database_sha256"] or tar.next() is not None:
                    raise damaged
                _check_database(part, vault.database_key(), damaged)
            finally:
                vault.lock()
    except (tarfile.TarError, EOFError, ValueError, KeyError, TypeError):
        raise damaged from None
    except OSError as exc:
        raise BackupRefused(_("Cannot restore into {folder}: {reason}; nothing was "
                              "restored.").format(folder=folder,
                                                  reason=exc.strerror or exc)) from None
    os.replace(part, folder / DATABASE_FILE)
    keyfile.create(folder, key_file)
    # vault.json last: until it is there, the folder holds no vault anyone could open.
    write_atomically(folder / VAULT_FILE, (json.dumps(header["vault"], indent=2) + "\n").encode())
    return manifest


def _parse_header(raw: bytes, damaged: BackupRefused) -> dict[str, Any]:
    try:
        header = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise damaged from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise damaged
    if header.get("version") != VERSION:
        raise BackupRefused(_("This backup is version {version!r}, which this Tirkeu (reading "
                              "version {readable}) cannot restore; a newer Tirkeu may.").format(
                                  version=header.get("version"), readable=VERSION))
    if not isinstance(header.get("vault"), dict) or not isinstance(header.get("manifest"), dict):
        raise damaged
    return header


def _parse_manifest(raw: bytes | None, header: dict[str, Any],
                    damaged: BackupRefused) -> dict[str, Any]:
    if raw is None:
        raise damaged
    manifest = json.loads(raw.decode("utf-8"))
    if manifest.get("vault_id") != header["vault"].get("vault_id"):
        raise damaged
    for name in ("database_size", "incidents", "attachments"):
        if type(manifest.get(name)) is not int or manifest[name] < 0:
            raise damaged
    return dict(manifest)


def _read_member(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    stream = tar.extractfile(member)
    if stream is None:
        raise ValueError("not a file")
    return stream.read()


def _copy_member(tar: tarfile.TarFile, member: tarfile.TarInfo, target: Path) -> str:
    """Stream the member into ``target`` (0600, new) and return its SHA-256."""
    stream = tar.extractfile(member)
    if stream is None:
        raise ValueError("not a file")
    digest = hashlib.sha256()
    with new_private_file(target) as out:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


@contextmanager
def _opened_copy(path: Path, key: bytes) -> Iterator[Connection]:
    """A read-only look into a copy of the database (a snapshot, a file being restored),
    closed again with its WAL and SHM gone, so the copy is one file."""
    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:
            yield conn
            conn.rollback()
    finally:
        engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


def _check_database(path: Path, key: bytes, damaged: BackupRefused) -> None:
    """Every page's HMAC and the b-trees, before the restored file takes its name."""
    try:
        with _opened_copy(path, key) as conn:
            bad_pages = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            quick = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    except TirkeuError:
        raise damaged from None
    if bad_pages or quick != "ok":
        raise damaged


def _counts(snapshot: Path, key: bytes) -> tuple[int, int]:
    with _opened_copy(snapshot, key) as conn:
        incidents = conn.scalar(select(func.count()).select_from(tables.incidents)) or 0
        attachments = conn.scalar(select(func.count()).select_from(tables.attachments)) or 0
    return incidents, attachments


def _digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _write_tar(part: Path, header: bytes, snapshot: Path) -> None:
    with new_private_file(part) as out:
        with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
            tar.addfile(_info(HEADER_MEMBER, len(header)), io.BytesIO(header))
            with open(snapshot, "rb") as db:
                tar.addfile(_info(DATABASE_MEMBER, snapshot.stat().st_size), db)
        out.flush()
        os.fsync(out.fileno())


def _info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, 0  # no time: the manifest has it, sealed
    return info


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: Any, damaged: BackupRefused) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (TypeError, ValueError):
        raise damaged from None
    if len(raw) != keyfile.FILE_BYTES:
        raise damaged
    return raw


def _clear(folder: Path, *, remove: bool) -> None:
    """Undo a refused restore: everything it wrote, and the folder if it made it."""
    if not folder.exists():
        return
    if remove:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for path in folder.iterdir():
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
