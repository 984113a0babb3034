"""Private files: 0600 files, 0700 folders, crash-safe replacement, and the one way a file
a person asked for (a card, a key, a summary) is written."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _


class CannotWrite(TirkeuError):
    """A file the person asked for could not be written; nothing of it was left behind.
    ``path`` and ``reason`` (the system's words) let the window word it in its language."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(_("Cannot write {path}: {reason}.").format(path=path, reason=reason))


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` for the person who asked: readable only by this user
    (0600), replacing any old file in one step, so a crash or a full disk leaves the old
    file or the new one, never half of it. CannotWrite (one sentence) if it cannot be."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise CannotWrite(path, exc.strerror or str(exc)) from None


def private_folder(path: Path) -> Path:
    """Create ``path`` (and parents) readable only by this user; return it."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def new_private_file(path: Path) -> BinaryIO:
    """A new file at ``path`` open for writing: readable only by this user (0600), created
    exclusively (FileExistsError if anything is there), never through a link."""
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
             | getattr(os, "O_NOFOLLOW", 0))
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    The new content goes to a sibling file, is flushed to disk, then renamed over the old
    one (an atomic step on every supported system); the folder is flushed last.
    """
    tmp = path.with_name(path.name + ".new")
    # A leftover .new (from a crash) may carry other permissions or be a planted link:
    # remove it and create ours afresh, exclusively, never following a link.
    tmp.unlink(missing_ok=True)
    try:
        with new_private_file(tmp) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush the entries of ``folder`` (a rename into it) to disk; POSIX only."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_of(path: Path) -> str:
    """The SHA-256 of the file at ``path``, read a MiB at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
