"""age encryption and decryption as streams, through pyrage (the rage implementation).

Bundles are never whole in memory: encryption reads the plaintext as the tar writer
produces it, and decryption hands out plaintext as the tar reader asks for it. The other
side runs in a thread, joined by an operating-system pipe (at most about 1 MiB in flight,
in memory only: nothing of the plaintext touches the disk).

Why a pipe and not a Python queue: pyrage keeps the interpreter lock for as long as it
runs, and lets it go only while Python code or a system call runs. Reading and writing a
pipe's file descriptor are system calls made without the lock, so the thread on the other
side (hashing, SQLCipher's page work, which also run without it) goes on while rage waits
for the pipe, and the two share the two cores instead of taking turns.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO

import pyrage

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto.age_header import Header

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

PIPE_BYTES = 1024 * 1024  # plaintext in flight between the two threads, where settable
_SETPIPE_SZ = 1031  # fcntl.F_SETPIPE_SZ (Linux), named here for Pythons that lack it


class AgeFailure(TirkeuError):
    """Decryption failed: no key matched, or the content was changed or cut short."""


def _pipe() -> tuple[int, int]:
    """A pipe (read end, write end), widened to PIPE_BYTES where the system allows it
    (Linux; elsewhere it keeps its own size, which is slower, not wrong)."""
    read_end, write_end = os.pipe()
    try:
        import fcntl  # noqa: PLC0415 - POSIX only

        fcntl.fcntl(write_end, getattr(fcntl, "F_SETPIPE_SZ", _SETPIPE_SZ), PIPE_BYTES)
    except (ImportError, OSError):
        pass
    return read_end, write_end


class _PipeWriter(io.RawIOBase):
    """The write end of a pipe: every byte written (a pipe may take part of a write when
    a signal arrives), and the count of bytes so far as ``tell()`` for tarfile."""

    def __init__(self, fd: int):
        self._fd, self._written = fd, 0

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        while view:
            view = view[os.write(self._fd, view):]
        self._written += size
        return size

    def tell(self) -> int:
        return self._written

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()


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
        got: int = self._rest.readinto(view)  # type: ignore[attr-defined]  # a buffered reader
        return got


class DecryptingReader(io.RawIOBase):
    """Plaintext of an age file, read as a stream. ``finish()`` must be called after the
    last read: only then is the whole file known to be authentic. Only authenticated
    plaintext is ever handed out (rage releases a chunk once its tag is checked)."""

    def __init__(self, header: Header, rest: BinaryIO, identities: Sequence[str]):
        super().__init__()
        self._error: BaseException | None = None
        self.abandoned = False
        keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
        source = io.BufferedReader(_Chain(header.raw, rest), 1024 * 1024)
        read_end, write_end = _pipe()
        # tarfile reads 10 KiB at a time: a small buffer saves system calls, no more.
        self._plain = io.BufferedReader(io.FileIO(read_end, "rb"), 256 * 1024)
        sink = io.FileIO(write_end, "wb")  # closed by the thread

        def run() -> None:
            try:
                pyrage.decrypt_io(source, sink, keys)
            except BaseException as exc:  # noqa: BLE001 - reported by finish()
                self._error = exc
            finally:
                sink.close()  # the reader sees the end of the stream

        self._thread = threading.Thread(target=run, name="age-decrypt", daemon=True)
        self._thread.start()

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._plain.read(size)

    def readinto(self, buffer: WriteableBuffer) -> int:
        return self._plain.readinto(buffer)

    def finish(self) -> None:
        """Wait for decryption to end; AgeFailure if anything failed to authenticate.
        After ``abandon()`` only a real decryption failure is reported."""
        if not self.abandoned:
            while self._plain.read(1024 * 1024):
                pass
        self._stop()
        # A write refused after abandon() (the pipe closed) is our own doing, not the file's.
        if self._error is not None and not (self.abandoned
                                            and isinstance(self._error, BrokenPipeError)):
            raise _failure(self._error)

    def abandon(self) -> None:
        """Stop early (a refused bundle): the decryption thread ends at its next write.
        Safe to call more than once, and after ``finish()``."""
        self.abandoned = True
        self._stop()

    def close(self) -> None:
        """Dropped without ``finish()``: stop the decryption thread, free the pipe."""
        if not self.closed:
            self.abandon()
        super().close()

    def _stop(self) -> None:
        self._plain.close()  # a write still to come fails at once (a broken pipe)
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
    ``recipients`` (``age1…`` strings). Raises whatever ``produce`` raised. The writer
    has ``write()`` and ``tell()`` (bytes written so far), so tarfile can write to it
    directly, without a stream buffer of its own."""
    keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    read_end, write_end = _pipe()
    plain = io.FileIO(read_end, "rb")  # closed by the thread
    failure: list[BaseException] = []

    def run() -> None:
        try:
            pyrage.encrypt_io(plain, output, keys)
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            failure.append(exc)
        finally:
            plain.close()  # a write still to come fails at once (a broken pipe)

    thread = threading.Thread(target=run, name="age-encrypt", daemon=True)
    thread.start()
    sink = _PipeWriter(write_end)
    try:
        produce(sink)  # type: ignore[arg-type]  # write() and tell() are what a writer uses
    except BrokenPipeError:
        sink.close()
        thread.join()
        if failure:  # encryption stopped first; the producer only found the pipe closed
            raise AgeFailure(_("The bundle could not be encrypted.")) from failure[0]
        raise
    except BaseException:
        sink.close()  # the end of the stream: rage finishes, and the caller discards it
        thread.join()
        raise
    sink.close()
    thread.join()
    if failure:
        raise AgeFailure(_("The bundle could not be encrypted.")) from failure[0]
