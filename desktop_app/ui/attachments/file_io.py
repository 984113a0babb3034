"""Streaming an attachment's bytes in and out under a Task: the reader that feeds a file
into the vault, and the writer of the one copy a person asked for."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from typing import BinaryIO

from desktop_app.core.errors import TirkeuError
from desktop_app.ui.kit.tasks import Task


class ProgressReader:
    """An open file as ``add_stream`` reads it: counts bytes for the bar and, once Cancel
    is pressed, raises at the next read, so the whole transaction rolls back."""

    def __init__(self, source: BinaryIO, task: Task, unreadable: str):
        self.source, self.task, self.unreadable = source, task, unreadable

    def read(self, size: int = -1) -> bytes:
        self.task.check()
        try:
            data = self.source.read(size)
        except OSError:  # e.g. the USB stick was pulled out
            raise TirkeuError(self.unreadable) from None
        self.task.advance(len(data))
        return data


def write_file(target: str, chunks: Iterator[bytes], task: Task, expected_sha256: str | None,
               cannot_write: str, mismatch: str) -> None:
    """Write ``chunks`` straight to ``target`` (0600 if new; no temporary file beside it).

    If ``expected_sha256`` is given the bytes written must have it (evidence that the copy
    is the original). A cancelled, failed or mismatching copy is deleted again."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    opened = complete = False
    try:
        fd = os.open(target, flags, 0o600)
        opened = True
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                task.check()
                out.write(chunk)
                digest.update(chunk)
                task.advance(len(chunk))
            out.flush()
            os.fsync(out.fileno())
        if expected_sha256 is not None and digest.hexdigest() != expected_sha256:
            raise TirkeuError(mismatch)
        complete = True
    except OSError:
        raise TirkeuError(cannot_write) from None
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()  # a generator over the database: let it go now, not at collection
        if opened and not complete:
            with contextlib.suppress(OSError):  # already gone: nothing half-written is left
                os.unlink(target)
