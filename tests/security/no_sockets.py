"""A process without network, for threat model 6: every way Python code makes a socket or
looks up a name raises, and each attempt is recorded.

``install`` patches the ``socket`` module and the ``_socket`` module under it: the
constructor of ``socket.socket`` (so every subclass, ``ssl.SSLSocket`` included, and code
that kept a reference to the class before the patch), ``_socket.socket`` itself, and the
functions that make sockets or resolve names. It is used in-process (with
``monkeypatch.setattr``, undone after the test) and by the subprocess wrapper of
``cli_session.py`` before the program is imported, so imports at start are covered too.
"""

from __future__ import annotations

import _socket
import os
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

LOG_ENV = "TIRKEU_TEST_SOCKET_LOG"  # a file each attempt is appended to, as it happens

# Functions that make a socket or ask a resolver, in socket and in _socket.
FUNCTIONS = ("create_connection", "create_server", "socketpair", "fromfd", "getaddrinfo",
             "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo")


class NetworkRefused(OSError):
    pass


def install(patch: Callable[[object, str, Any], None], attempts: list[str],
            log: Path | None = None) -> None:
    """Make every socket and name look-up raise NetworkRefused, appending what was tried to
    ``attempts`` (and, if ``log``, to that file at once, so a killed process still tells).
    ``patch(target, name, value)`` sets the attribute (``setattr`` or monkeypatch's)."""

    def note(what: str) -> NetworkRefused:
        attempts.append(what)
        if log is not None:
            with log.open("a", encoding="utf-8") as out:
                out.write(f"{os.getpid()} {what}\n")
        return NetworkRefused(f"no network in this test: {what}")

    def refuse_init(self: socket.socket, *args: Any, **kwargs: Any) -> None:
        raise note(f"{type(self).__module__}.{type(self).__qualname__}{args!r}")

    patch(socket.socket, "__init__", refuse_init)

    def refuser(where: str, name: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            raise note(f"{where}.{name}{args!r}")
        return refused

    patch(_socket, "socket", refuser("_socket", "socket"))
    for module, where in ((socket, "socket"), (_socket, "_socket")):
        for name in FUNCTIONS:
            if hasattr(module, name):
                patch(module, name, refuser(where, name))


def install_from_environment() -> list[str]:
    """``install`` for a whole process, logging to the file named by TIRKEU_TEST_SOCKET_LOG."""
    attempts: list[str] = []
    log = os.environ.get(LOG_ENV)
    install(setattr, attempts, Path(log) if log else None)
    return attempts
