"""``vault.key``: a second secret beside ``vault.json`` that is only ever overwritten in place.

Every change of ``vault.json`` (a new passphrase, a new recovery code, a failed unlock
counted) replaces it by rename, so earlier copies may survive in freed disk blocks, each
still opened by the passphrase or recovery code of its day. Every key-encryption key of a
version-2 header also mixes in this file's secret, and the file is written once, when the
vault is made, and never replaced: a wipe overwrites the same bytes with noise before it
removes anything, which makes every copy of ``vault.json`` ever written useless at once.

The file is 4096 random bytes (one disk block on common file systems); the secret is its
first 32. The rest is noise so that the file says nothing about its layout.
On copy-on-write file systems (btrfs, ZFS, APFS) and on flash storage the old blocks may
survive an overwrite in place too; docs/SECURITY.md says so.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.language import _
from desktop_app.crypto.errors import VaultDamaged
from desktop_app.crypto.files import new_private_file

KEY_FILE = "vault.key"
HEADER_FILE = "vault.json"  # the header it protects (crypto/vault.py)
FILE_BYTES = 4096
SECRET_BYTES = 32


def create(folder: Path, content: bytes | None = None) -> bytes:
    """Write a new key file (refusing to replace one) and return its secret. ``content``:
    the whole file as a backup kept it, when restoring; else new noise."""
    noise = os.urandom(FILE_BYTES) if content is None else content
    if len(noise) != FILE_BYTES:
        raise VaultDamaged(_("The vault's key file in this backup is damaged."))
    with new_private_file(folder / KEY_FILE) as handle:
        handle.write(noise)
        handle.flush()
        os.fsync(handle.fileno())
    return noise[:SECRET_BYTES]


def read(folder: Path) -> bytes:
    """The secret; VaultDamaged in one sentence if the file is missing or cut short."""
    return read_whole(folder)[:SECRET_BYTES]


def read_whole(folder: Path) -> bytes:
    """The whole file (for a backup), checked as ``read`` checks it."""
    try:
        with open(folder / KEY_FILE, "rb") as handle:
            raw = handle.read(FILE_BYTES + 1)
    except FileNotFoundError:
        raise VaultDamaged(_("The vault's key file (vault.key) is missing; without it the "
                             "vault cannot be opened. Restore your backup.")) from None
    if len(raw) != FILE_BYTES:
        raise VaultDamaged(_("The vault's key file (vault.key) is damaged; restore your "
                             "backup."))
    return raw


def destroy(folder: Path) -> bool:
    """Overwrite the key file in place with noise, flush it to disk, then remove it.
    Returns whether there was one."""
    return overwrite_and_remove(folder / KEY_FILE, FILE_BYTES)


def overwrite_and_remove(path: Path, at_least: int = 1) -> bool:
    """Write noise over ``path`` from its first byte (the same blocks, not new ones), flush
    it to disk, then remove it; never follows a link. Returns whether it was there."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0)
                     | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return False
    try:
        os.write(fd, os.urandom(max(os.fstat(fd).st_size, at_least)))
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    return True
