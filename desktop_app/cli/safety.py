"""`tirkeu backup`, `restore`, `settings` and `rekey`: keeping the archive safe."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.terminal import InputRefused, ask_secret
from desktop_app.cli.unlocking import open_archive, passphrase
from desktop_app.cli.vault import print_recovery_code
from desktop_app.core.datadir import request_lock
from desktop_app.core.language import _, n_


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
    print(_("Backed up {incidents} and {attachments} to {path} ({size} MB) in {seconds} s. It "
            "opens with this vault's passphrase or recovery code.").format(
        incidents=_incidents(made.incidents), attachments=_attachments(made.attachments),
        path=made.path, size=f"{made.size / 1e6:.1f}", seconds=f"{made.seconds:.1f}"))
    return 0


def _incidents(count: int) -> str:
    """"1 incident", "5 инцидентов": a count inside the sentences of this module."""
    return n_("{n} incident", "{n} incidents", count).format(n=count)


def _attachments(count: int) -> str:
    return n_("{n} attachment", "{n} attachments", count).format(n=count)


def cmd_restore(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.storage.backup import restore_backup  # noqa: PLC0415

    if args.recovery_code_file is not None:
        code = ask_secret(_("Recovery code: "), args.recovery_code_file, "--recovery-code-file",
                          "recovery code")
        done = restore_backup(args.file, folder, code=code)
    else:
        done = restore_backup(args.file, folder, passphrase=passphrase(args))
    print(_("Restored {incidents} and {attachments} from the backup of {date} into {folder} in "
            "{seconds} s.").format(
        incidents=_incidents(done.incidents), attachments=_attachments(done.attachments),
        date=done.created[:10], folder=done.folder, seconds=f"{done.seconds:.1f}"))
    return 0


def cmd_settings(args: argparse.Namespace, folder: Path) -> int:
    with open_archive(args, folder) as archive:
        if args.wipe_after is not None:
            archive.vault.set_wipe_after(_count(args.wipe_after))
        limit = archive.vault.wipe_after()
    if limit is None:
        print(_("Wipe after wrong passphrases: off."))
    else:
        print(n_("Wipe after {n} wrong passphrase in a row: on.",
                 "Wipe after {n} wrong passphrases in a row: on.", limit).format(n=limit))
    return 0


def _count(text: str) -> int | None:
    if text.strip().lower() == "off":
        return None
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= 1000:
        raise InputRefused(_("--wipe-after takes a number from 1 to 1000, or off."))
    return count


def cmd_rekey(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.vault import vault_exists  # noqa: PLC0415
    from desktop_app.storage.rekey import rekey  # noqa: PLC0415

    if not vault_exists(folder):
        raise InputRefused(_("There is no vault in {folder}.").format(folder=folder))
    typed = passphrase(args)
    request_lock(folder)  # an open window holds the database; rekey needs it alone
    done = rekey(folder, typed, recovery_code=False if args.no_recovery_code else None)
    copies = done.destroyed_copies
    print((n_("Re-encrypted {incidents} and {attachments} under a new key in {seconds} s ({n} "
              "copy kept before updates destroyed); old copies of vault.json, the old recovery "
              "code and earlier backups no longer open it, so make a new backup.",
              "Re-encrypted {incidents} and {attachments} under a new key in {seconds} s ({n} "
              "copies kept before updates destroyed); old copies of vault.json, the old "
              "recovery code and earlier backups no longer open it, so make a new backup.",
              copies) if copies else
           _("Re-encrypted {incidents} and {attachments} under a new key in {seconds} s; old "
             "copies of vault.json, the old recovery code and earlier backups no longer open "
             "it, so make a new backup.")).format(
        incidents=_incidents(done.incidents), attachments=_attachments(done.attachments),
        seconds=f"{done.seconds:.1f}", n=copies))
    print_recovery_code(done.recovery_code, new=True)
    return 0
