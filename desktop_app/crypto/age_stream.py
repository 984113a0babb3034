"""age encryption and decryption as streams, through pyrage (the rage implementation).

Bundles are never whole in memory: encryption reads the plaintext as the tar writer
produces it, and decryption hands out plaintext as the tar reader asks for it. The other
side runs in a thread, joined by a small bounded pipe (about 1 MiB in flight).
"""

from __future__ import annotations

import io
import threading
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO

import pyrage

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto.age_header import Header

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

PIPE_BYTES = 256 * 1024  # plaintext in flight between the two threads


class AgeFailure(TirkeuError):
    """Decryption failed: no key matched, or the content was changed or cut short."""


class _Pipe:
    """A bounded byte pipe between one writing and one reading thread.

    Either side can stop: the writer by ``end()`` (no more data), the reader by
    ``abandon()`` (it wants no more; the writer's next write fails). Neither side can be
    left waiting for the other.
    """

    def __init__(self) -> None:
        self._chunks: deque[bytes] = deque()
        self._size = 0
        self._cond = threading.Condition()
        self._ended = False
        self.abandoned = False
        self.refused_write = False

    # writer side
    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        with self._cond:
            while self._size >= PIPE_BYTES and not self.abandoned:
                self._cond.wait()
            if self.abandoned:
                self.refused_write = True
                raise BrokenPipeError("the reader went away")
            self._chunks.append(chunk)
            self._size += len(chunk)
            self._cond.notify_all()
        return len(chunk)

    def flush(self) -> None:
        pass

    def end(self) -> None:
        with self._cond:
            self._ended = True
            self._cond.notify_all()

    # reader side
    def read(self, size: int = -1) -> bytes:
        out = bytearray()
        with self._cond:
            while True:
                while self._chunks and (size < 0 or len(out) < size):
                    chunk = self._chunks.popleft()
                    room = len(chunk) if size < 0 else size - len(out)
                    out.extend(chunk[:room])
                    if room < len(chunk):
                        self._chunks.appendleft(chunk[room:])
                    self._size -= min(room, len(chunk))
                self._cond.notify_all()
                if out or self._ended or self.abandoned:
                    return bytes(out)
                self._cond.wait()

    def abandon(self) -> None:
        with self._cond:
            self.abandoned = True
            self._chunks.clear()
            self._size = 0
            self._cond.notify_all()


class _Chain(io.RawIOBase):
    """The header bytes already read, followed by the rest of the file."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[:len(data)] = data
        return len(data)


class DecryptingReader(io.RawIOBase):
    """Plaintext of an age file, read as a stream. ``finish()`` must be called after the
    last read: only then is the whole file known to be authentic."""

    def __init__(self, header: Header, rest: BinaryIO, identities: Sequence[str]):
        super().__init__()
        self._pipe = _Pipe()
        self._error: BaseException | None = None
        keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
        source = io.BufferedReader(_Chain(header.raw, rest), 1024 * 1024)

        def run() -> None:
            try:
                pyrage.decrypt_io(source, self._pipe, keys)
            except BaseException as exc:  # noqa: BLE001 - reported by finish()
                self._error = exc
            finally:
                self._pipe.end()

        self._thread = threading.Thread(target=run, name="age-decrypt", daemon=True)
        self._thread.start()

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return self._pipe.read(size)

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        data = self._pipe.read(len(view))
        view[:len(data)] = data
        return len(data)

    def finish(self) -> None:
        """Wait for decryption to end; AgeFailure if anything failed to authenticate.
        After ``abandon()`` only a real decryption failure is reported."""
        if not self._pipe.abandoned:
            self._drain()
        self._thread.join()
        # A write we refused after abandon() is our own doing, not the file's.
        if self._error is not None and not self._pipe.refused_write:
            raise _failure(self._error)

    def _drain(self) -> None:
        while self._pipe.read(1024 * 1024):
            pass

    def abandon(self) -> None:
        """Stop early (a refused bundle): the decryption thread ends at its next write."""
        self._pipe.abandon()
        self._thread.join()


def _failure(exc: BaseException) -> AgeFailure:
    text = str(exc).lower()
    if "no matching keys" in text or "no identity" in text:
        return AgeFailure(_("This bundle is not addressed to this vault (none of its keys "
                            "opens it)."))
    return AgeFailure(_("This file was changed or cut short after it was made; it was not "
                        "imported."))


def encrypt_stream(produce: Callable[[BinaryIO], None], output: BinaryIO,
                   recipients: Sequence[str]) -> None:
    """Encrypt what ``produce(writer)`` writes into ``output`` as an age v1 file to
    ``recipients`` (``age1…`` strings). Raises whatever ``produce`` raised."""
    keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    pipe = _Pipe()
    failure: list[BaseException] = []

    class _Source(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: WriteableBuffer) -> int:
            view = memoryview(buffer).cast("B")
            data = pipe.read(len(view))
            view[:len(data)] = data
            return len(data)

    def run() -> None:
        try:
            pyrage.encrypt_io(io.BufferedReader(_Source(), 1024 * 1024), output, keys)
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            failure.append(exc)
            pipe.abandon()

    thread = threading.Thread(target=run, name="age-encrypt", daemon=True)
    thread.start()
    try:
        produce(pipe)  # type: ignore[arg-type]  # the pipe has the write() and flush() a writer uses
    except BaseException:
        pipe.abandon()
        thread.join()
        raise
    pipe.end()
    thread.join()
    if failure:
        raise AgeFailure(_("The bundle could not be encrypted.")) from failure[0]
