"""What the `tirkeu` command asks of a person: passphrases, confirmations, JSON input.

With ``--passphrase-file`` or no terminal on standard input, nothing here waits for the
keyboard: a missing answer is refused with one clear sentence.
"""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.core.errors import InvalidRecord, TirkeuError

MIN_PASSPHRASE = 8


class InputRefused(TirkeuError):
    pass


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def first_line(path: Path, what: str = "passphrase") -> str:
    """The first line of ``path`` without its line ending."""
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline()
    except OSError as exc:
        raise InputRefused(f"Cannot read the {what} file {path}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise InputRefused(f"The {what} file {path} is not UTF-8 text.") from None
    line = line.rstrip("\r\n")
    if not line:
        raise InputRefused(f"The {what} file {path} is empty.")
    return line


def ask_secret(prompt: str, file: Path | None, flag: str, what: str = "passphrase") -> str:
    """A secret from ``file`` if given, else typed at a hidden prompt, else refused."""
    if file is not None:
        return first_line(file, what)
    if not interactive():
        raise InputRefused(f"No {what} given: use {flag} FILE, or run in a terminal.")
    return getpass.getpass(prompt)


def ask_new_passphrase(file: Path | None, flag: str, *, quiet: bool) -> str:
    """A new passphrase from ``file``, or typed twice; refused when too short."""
    if file is not None:
        passphrase = first_line(file)
    elif quiet or not interactive():
        raise InputRefused(f"No new passphrase given: use {flag} FILE, or run in a terminal.")
    else:
        passphrase = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat the new passphrase: ") != passphrase:
            raise InputRefused("The two passphrases differ; nothing was changed.")
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputRefused(f"A passphrase needs at least {MIN_PASSPHRASE} characters; several "
                           "unrelated words are easier to remember and harder to guess.")
    return passphrase


def confirm(question: str, answer: str) -> bool:
    """True if the person types ``answer``; never asks without a terminal."""
    if not interactive():
        return False
    return input(f"{question} Type {answer} to confirm: ").strip() == answer


def read_json_records(source: str) -> list[Any]:
    """Records from a file (or ``-`` for standard input): one object, a list, or JSON lines."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputRefused(f"Cannot read {source}: {exc.strerror or exc}.") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidRecord(f"{source} is not UTF-8 text") from None
    try:
        data = json.loads(content)
    except RecursionError:
        raise InvalidRecord(f"{source}: nested too deeply to be an incident") from None
    except json.JSONDecodeError as whole_error:
        lines = [(n, line) for n, line in enumerate(content.splitlines(), 1) if line.strip()]
        # Only "one value, then more" means JSON lines; any other error is where it says.
        if len(lines) < 2 or not whole_error.msg.startswith("Extra data"):
            raise InvalidRecord(f"{source}: invalid JSON at line {whole_error.lineno}, column "
                                f"{whole_error.colno} ({whole_error.msg})") from None
        data = []
        for number, line in lines:
            try:
                data.append(json.loads(line))
            except RecursionError:
                raise InvalidRecord(f"{source}: line {number} is nested too deeply") from None
            except json.JSONDecodeError as exc:
                raise InvalidRecord(f"{source}: invalid JSON on line {number}, column "
                                    f"{exc.colno} ({exc.msg})") from None
            except ValueError:
                raise InvalidRecord(f"{source}: line {number} holds a number too long to be "
                                    "read") from None
    except ValueError:  # not a syntax error: an integer beyond Python's digit limit
        raise InvalidRecord(f"{source}: holds a number too long to be read") from None
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise InvalidRecord(f"{source}: expected an incident object, a list of them, or JSON lines")
