"""`tirkeu init`, `passwd`, `lock` and `wipe`: the vault itself."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from desktop_app.cli.terminal import (
    InputRefused,
    ask_new_passphrase,
    ask_secret,
    confirm,
    unasked,
)
from desktop_app.cli.unlocking import passphrase
from desktop_app.core.datadir import request_lock
from desktop_app.core.language import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    p = command("init", "create a vault; prints the recovery code once")
    p.add_argument("--name", default="", help="your name as shown on your contact card")
    p.add_argument("--role", choices=("monitor", "coordinator"), default="monitor",
                   help="who this laptop belongs to: a monitor (the default) records and "
                        "sends; a coordinator receives, merges and publishes")
    p.add_argument("--no-recovery-code", action="store_true",
                   help="make no recovery code (a forgotten passphrase then loses everything)")
    p.set_defaults(handler=cmd_init)
    p = command("passwd", "change the passphrase (or set a new one with the recovery code)")
    p.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                   help="read the new passphrase from the first line of FILE")
    p.add_argument("--recovery", action="store_true",
                   help="prove it is you with the recovery code instead of the passphrase")
    p.add_argument("--recovery-code-file", metavar="FILE", type=Path,
                   help="read the recovery code from FILE (implies --recovery)")
    p.add_argument("--new-recovery-code", action="store_true",
                   help="also make a new recovery code (the old one stops working)")
    p.add_argument("--duress", action="store_true",
                   help="set a duress passphrase instead: typed at unlock (window or "
                        "command), it destroys the archive and opens an empty, "
                        "new-looking vault")
    p.add_argument("--off", action="store_true",
                   help="with --duress: remove the duress passphrase")
    p.set_defaults(handler=cmd_passwd)
    command("lock", "lock every open window on this vault now").set_defaults(handler=cmd_lock)
    p = command("wipe", "destroy the keys and the archive; there is no undo")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_wipe)


def cmd_init(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.storage.archive import create_archive  # noqa: PLC0415

    new = ask_new_passphrase(args.passphrase_file, "--passphrase-file", quiet=False)
    archive, code = create_archive(folder, new, owner_name=args.name, role=args.role,
                                   recovery_code=not args.no_recovery_code)
    archive.close()
    print((_("Created a coordinator's vault in {folder}.") if args.role == "coordinator" else
           _("Created a monitor's vault in {folder}.")).format(folder=folder))
    print_recovery_code(code)
    return 0


def print_recovery_code(code: str | None, *, new: bool = False) -> None:
    """Show a recovery code just made (the only time it is shown), or say there is none."""
    if code:
        heading = (_("New recovery code (the old one no longer works) — write it on paper and "
                     "keep it away from this computer.") if new else
                   _("Recovery code — write it on paper and keep it away from this computer."))
        print(f"\n{heading}\n"
              + _("It can set a new passphrase if you forget yours. It is shown only now.")
              + "\n")
        print(f"    {code}\n")  # the code's words stay as they are: they are the code
    else:
        print(_("No recovery code was made: if you forget the passphrase, the archive is "
                "lost."))


def cmd_passwd(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.vault import unlock, unlock_with_recovery_code  # noqa: PLC0415

    if args.off and not args.duress:
        raise InputRefused(_("--off goes with --duress (it removes the duress passphrase)."))
    if args.duress:
        return _duress(args, folder)
    if args.recovery or args.recovery_code_file:
        code = ask_secret(_("Recovery code: "), args.recovery_code_file, "--recovery-code-file",
                          "recovery code")
        vault = unlock_with_recovery_code(folder, code)
    else:
        vault = unlock(folder, passphrase(args))
    try:
        quiet = args.passphrase_file is not None or args.recovery_code_file is not None
        new = ask_new_passphrase(args.new_passphrase_file, "--new-passphrase-file", quiet=quiet)
        vault.change_passphrase(new)
        print(_("The passphrase was changed."))
        if args.new_recovery_code:
            print("\n" + _("New recovery code (the old one no longer works):") + "\n\n    "
                  f"{vault.replace_recovery_code()}\n")
    finally:
        vault.lock()
    return 0


def _duress(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.cli.unlocking import open_archive  # noqa: PLC0415

    if args.recovery or args.recovery_code_file or args.new_recovery_code:
        raise InputRefused(_("--duress is set with the passphrase, not the recovery code."))
    real = passphrase(args)
    with open_archive(args, folder, real) as archive:
        if args.off:
            archive.vault.clear_duress()
            print(_("The duress passphrase was removed."))
            return 0
        quiet = args.passphrase_file is not None
        duress = ask_new_passphrase(args.new_passphrase_file, "--new-passphrase-file",
                                    quiet=quiet)
        archive.vault.set_duress(duress, real, {"name": archive.owner_name,
                                                "role": archive.role})
    print(_("The duress passphrase is set. Typed at unlock, it destroys this archive at once "
            "and opens an empty vault; keep a backup somewhere safe."))
    return 0


def _require_vault(folder: Path) -> None:
    from desktop_app.crypto.vault import vault_exists  # noqa: PLC0415

    if not vault_exists(folder):
        raise InputRefused(_("There is no vault in {folder}.").format(folder=folder))


def cmd_lock(args: argparse.Namespace, folder: Path) -> int:
    _require_vault(folder)
    request_lock(folder)
    print(_("Locked: any open Tirkeu window on this vault locks now."))
    return 0


def cmd_wipe(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.wipe import wipe  # noqa: PLC0415

    _require_vault(folder)
    if not args.yes and not confirm(
            _("This destroys the vault in {folder} for ever.").format(folder=folder), "WIPE"):
        raise InputRefused(_("Not wiped: confirm with --yes{unasked}.").format(
            unasked=unasked()))
    started = time.monotonic()
    request_lock(folder)
    wipe(folder)
    print(_("Wiped in {seconds} s: the keys are destroyed and the archive is "
            "unreadable.").format(seconds=f"{time.monotonic() - started:.2f}"))
    return 0
