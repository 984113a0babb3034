"""The parser and the entry point: shared options, one subcommand group per module, and
the mapping of errors to exit codes."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.build_info import current_build
from desktop_app.cli import exchange, records, safety, summary, sync, tables, vault
from desktop_app.core.datadir import data_folder
from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.core.no_core_dumps import forbid_core_dumps


def build_parser() -> argparse.ArgumentParser:
    # The shared options are accepted before or after the command. After it they use
    # SUPPRESS, so a value given before the command is not reset by the subparser.
    def shared(default: Any) -> argparse.ArgumentParser:
        options = argparse.ArgumentParser(add_help=False)
        options.add_argument("--data-dir", metavar="DIR", default=default,
                             help="vault folder (default: $TIRKEU_DATA_DIR or the user data "
                                  "folder)")
        options.add_argument("--passphrase-file", metavar="FILE", type=Path, default=default,
                             help="read the passphrase from the first line of FILE")
        return options

    common = shared(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="tirkeu", parents=[shared(None)],
        description="Record human-rights incidents offline, encrypted. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=current_build().describe())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (vault, records, exchange, sync, summary, safety, tables):
        group.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything is unlocked: a crash must not write keys or incidents to a core file
    # (the command and the window both start here).
    forbid_core_dumps()
    os.umask(0o077)  # every file and folder Tirkeu makes is private to this user
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    folder = data_folder(args.data_dir)
    if args.command is None:
        from desktop_app.ui.shell.startup import run  # noqa: PLC0415 - Qt only for a window

        return run(folder)
    try:
        return args.handler(args, folder) or 0
    except TirkeuError as exc:
        print(f"tirkeu: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tirkeu: " + _("Interrupted; nothing was changed."), file=sys.stderr)
        return 1
