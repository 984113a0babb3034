"""Small stream adapters for bundles: counting progress, reading attachment chunks."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer


class Cancelled(TirkeuError):
    def __init__(self) -> None:
        super().__init__(_("Cancelled; nothing was changed."))


Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


def no_progress(_done: int, _total: int) -> None:
    return None


class CountingReader(io.RawIOBase):
    """Reads ``source``, reporting progress and honouring a cancel request between reads;
    ``digest`` is the SHA-256 of every byte read (the whole file once it is read to the
    end: how an imported file is known again, sync/known_files.py)."""

    def __init__(self, source: BinaryIO, total: int, progress: Progress,
                 cancelled: Callable[[], bool]):
        self.source, self.total, self.progress, self.cancelled = source, total, progress, cancelled
        self.done = 0
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        if self.cancelled():
            raise Cancelled()
        view = memoryview(buffer).cast("B")
        data = self.source.read(len(view))
        view[:len(data)] = data
        self.digest.update(data)
        self.done += len(data)
        self.progress(self.done, self.total)
        return len(data)


class ChunkReader(io.RawIOBase):
    """A file-like view over an iterator of byte chunks (an attachment in the vault)."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks, self._pending = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        while not self._pending:
            try:
                self._pending = next(self._chunks)
            except StopIteration:
                return 0
        view = memoryview(buffer).cast("B")
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n
