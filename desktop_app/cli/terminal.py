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
from desktop_app.core.language import _, n_

MIN_PASSPHRASE = 8


class InputRefused(TirkeuError):
    pass


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def unasked() -> str:
    """What a refusal for want of confirmation adds when there was no terminal to ask in."""
    return "" if interactive() else " " + _("(no terminal to ask in)")


def _file_refusal(what: str, problem: str) -> str:
    """Why the file holding a passphrase or a recovery code (``what``) cannot give one;
    ``problem``: unreadable, not_text or empty. Placeholders {path} and {reason}."""
    recovery = what == "recovery code"
    if problem == "unreadable":
        return (_("Cannot read the recovery code file {path}: {reason}.") if recovery
                else _("Cannot read the passphrase file {path}: {reason}."))
    if problem == "not_text":
        return (_("The recovery code file {path} is not UTF-8 text.") if recovery
                else _("The passphrase file {path} is not UTF-8 text."))
    return (_("The recovery code file {path} is empty.") if recovery
            else _("The passphrase file {path} is empty."))


def first_line(path: Path, what: str = "passphrase") -> str:
    """The first line of ``path`` without its line ending."""
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline()
    except OSError as exc:
        raise InputRefused(_file_refusal(what, "unreadable").format(
            path=path, reason=exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise InputRefused(_file_refusal(what, "not_text").format(path=path)) from None
    line = line.rstrip("\r\n")
    if not line:
        raise InputRefused(_file_refusal(what, "empty").format(path=path))
    return line


def ask_secret(prompt: str, file: Path | None, flag: str, what: str = "passphrase") -> str:
    """A secret from ``file`` if given, else typed at a hidden prompt, else refused."""
    if file is not None:
        return first_line(file, what)
    if not interactive():
        raise InputRefused((_("No recovery code given: use {flag} FILE, or run in a terminal.")
                            if what == "recovery code" else
                            _("No passphrase given: use {flag} FILE, or run in a terminal."))
                           .format(flag=flag))
    return getpass.getpass(prompt)


def ask_new_passphrase(file: Path | None, flag: str, *, quiet: bool) -> str:
    """A new passphrase from ``file``, or typed twice; refused when too short."""
    if file is not None:
        passphrase = first_line(file)
    elif quiet or not interactive():
        raise InputRefused(_("No new passphrase given: use {flag} FILE, or run in a "
                             "terminal.").format(flag=flag))
    else:
        passphrase = getpass.getpass(_("New passphrase: "))
        if getpass.getpass(_("Repeat the new passphrase: ")) != passphrase:
            raise InputRefused(_("The two passphrases differ; nothing was changed."))
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputRefused(n_("A passphrase needs at least {n} character; several unrelated "
                              "words are easier to remember and harder to guess.",
                              "A passphrase needs at least {n} characters; several unrelated "
                              "words are easier to remember and harder to guess.",
                              MIN_PASSPHRASE).format(n=MIN_PASSPHRASE))
    return passphrase


def confirm(question: str, answer: str) -> bool:
    """True if the person types ``answer`` (a word kept as it is in every language, so a
    script or a manual says the same); never asks without a terminal."""
    if not interactive():
        return False
    return input(question + " " + _("Type {answer} to confirm: ").format(
        answer=answer)).strip() == answer


def read_json_records(source: str) -> list[Any]:
    """Records from a file (or ``-`` for standard input): one object, a list, or JSON lines."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputRefused(_("Cannot read {path}: {reason}.").format(
            path=source, reason=exc.strerror or exc)) from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidRecord(_("{path} is not UTF-8 text").format(path=source)) from None
    try:
        data = json.loads(content)
    except RecursionError:
        raise InvalidRecord(_("{path}: nested too deeply to be an incident").format(
            path=source)) from None
    except json.JSONDecodeError as whole_error:
        lines = [(n, line) for n, line in enumerate(content.splitlines(), 1) if line.strip()]
        # Only "one value, then more" means JSON lines; any other error is where it says.
        if len(lines) < 2 or not whole_error.msg.startswith("Extra data"):
            raise InvalidRecord(_("{path}: invalid JSON at line {line}, column {column} "
                                  "({reason})").format(
                path=source, line=whole_error.lineno, column=whole_error.colno,
                reason=whole_error.msg)) from None
        data = []
        for number, line in lines:
            try:
                data.append(json.loads(line))
            except RecursionError:
                raise InvalidRecord(_("{path}: line {line} is nested too deeply").format(
                    path=source, line=number)) from None
            except json.JSONDecodeError as exc:
                raise InvalidRecord(_("{path}: invalid JSON on line {line}, column {column} "
                                      "({reason})").format(
                    path=source, line=number, column=exc.colno, reason=exc.msg)) from None
            except ValueError:
                raise InvalidRecord(_("{path}: line {line} holds a number too long to be "
                                      "read").format(path=source, line=number)) from None
    except ValueError:  # not a syntax error: an integer beyond Python's digit limit
        raise InvalidRecord(_("{path}: holds a number too long to be read").format(
            path=source)) from None
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise InvalidRecord(_("{path}: expected an incident object, a list of them, or JSON "
                          "lines").format(path=source))
