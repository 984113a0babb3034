"""How a command gets at the archive: the passphrase from a file or the keyboard, then
the vault unlocked and the database opened."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.terminal import ask_secret
from desktop_app.core.language import _

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive


def passphrase(args: argparse.Namespace) -> str:
    return ask_secret(_("Passphrase: "), args.passphrase_file, "--passphrase-file")


def open_archive(args: argparse.Namespace, folder: Path, typed: str | None = None) -> Archive:
    """The unlocked archive in ``folder``; use it in a ``with`` block so it locks again.
    ``typed``: the passphrase, when the command already asked for it."""
    # Imported here: SQLAlchemy and SQLCipher load only for commands that need them.
    from desktop_app.storage.archive import open_archive as unlock_and_open  # noqa: PLC0415

    return unlock_and_open(folder, passphrase(args) if typed is None else typed)
