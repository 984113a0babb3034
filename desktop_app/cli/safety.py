"""`tirkeu backup`, `restore`, `settings` and `rekey`: keeping the archive safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.terminal import InputRefused, ask_secret
from desktop_app.cli.unlocking import open_archive, passphrase
from desktop_app.cli.vault import print_recovery_code
from desktop_app.core.datadir import request_lock
from desktop_app.core.describe import counted


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    p = command("backup", "write the whole vault to one encrypted file, opened only by this "
                          "vault's passphrase or recovery code")
    p.add_argument("--out", metavar="FILE", type=Path, required=True)
    p.set_defaults(handler=cmd_backup)
    p = command("restore", "restore a backup into an empty --data-dir")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--recovery-code-file", metavar="FILE", type=Path,
                   help="open the backup with the recovery code in FILE instead of the "
                        "passphrase")
    p.set_defaults(handler=cmd_restore)
    p = command("settings", "show or change the vault's safety settings")
    p.add_argument("--wipe-after", metavar="N|off",
                   help="wipe the vault after N wrong passphrases in a row (off by default)")
    p.set_defaults(handler=cmd_settings)
    p = command("rekey", "re-encrypt the whole archive under a new key, so that an old "
                         "copy of vault.json with an old passphrase opens nothing; makes a "
                         "new recovery code (the old one stops working)")
    p.add_argument("--no-recovery-code", action="store_true",
                   help="make no new recovery code (a forgotten passphrase then loses "
                        "everything)")
    p.set_defaults(handler=cmd_rekey)


def cmd_backup(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.storage.backup import make_backup  # noqa: PLC0415

    with open_archive(args, folder) as archive:
        made = make_backup(archive, args.out)
    print(f"Backed up {counted(made.incidents, 'incident')} and "
          f"{counted(made.attachments, 'attachment')} to "
          f"{made.path} ({made.size / 1e6:.1f} MB) in {made.seconds:.1f} s. It opens with this "
          "vault's passphrase or recovery code.")
    return 0


def cmd_restore(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.storage.backup import restore_backup  # noqa: PLC0415

    if args.recovery_code_file is not None:
        code = ask_secret("Recovery code: ", args.recovery_code_file, "--recovery-code-file",
                          "recovery code")
        done = restore_backup(args.file, folder, code=code)
    else:
        done = restore_backup(args.file, folder, passphrase=passphrase(args))
    print(f"Restored {counted(done.incidents, 'incident')} and "
          f"{counted(done.attachments, 'attachment')} from the "
          f"backup of {done.created[:10]} into {done.folder} in {done.seconds:.1f} s.")
    return 0


def cmd_settings(args: argparse.Namespace, folder: Path) -> int:
    with open_archive(args, folder) as archive:
        if args.wipe_after is not None:
            archive.vault.set_wipe_after(_count(args.wipe_after))
        limit = archive.vault.wipe_after()
    if limit is None:
        print("Wipe after wrong passphrases: off.")
    else:
        print(f"Wipe after {limit} wrong passphrases in a row: on.")
    return 0


def _count(text: str) -> int | None:
    if text.strip().lower() == "off":
        return None
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= 1000:
        raise InputRefused("--wipe-after takes a number from 1 to 1000, or off.")
    return count


def cmd_rekey(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.vault import vault_exists  # noqa: PLC0415
    from desktop_app.storage.rekey import rekey  # noqa: PLC0415

    if not vault_exists(folder):
        raise InputRefused(f"There is no vault in {folder}.")
    typed = passphrase(args)
    request_lock(folder)  # an open window holds the database; rekey needs it alone
    done = rekey(folder, typed, recovery_code=False if args.no_recovery_code else None)
    copies = (f" ({counted(done.destroyed_copies, 'copy', 'copies')} kept before updates "
              "destroyed)" if done.destroyed_copies else "")
    print(f"Re-encrypted {counted(done.incidents, 'incident')} and "
          f"{counted(done.attachments, 'attachment')} under a new key in "
          f"{done.seconds:.1f} s{copies}; old copies of vault.json, the old recovery code "
          "and earlier backups no longer open it, so make a new backup.")
    print_recovery_code(done.recovery_code, new=True)
    return 0
