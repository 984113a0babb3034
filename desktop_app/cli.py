"""The `tirkeu` command: the same services as the window, for terminals and scripts.

Exit status: 0 success, 1 refused input or wrong passphrase (one line on stderr, nothing
changed), 2 usage error. ``tirkeu`` with no command opens the window.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core import describe
from desktop_app.core.datadir import data_folder, request_lock
from desktop_app.core.errors import InvalidRecord, TirkeuError
from desktop_app.core.interchange import incident_to_json, parse_incidents
from desktop_app.terminal import (
    InputRefused, ask_new_passphrase, ask_secret, confirm, interactive, read_json_records,
)


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
    parser.add_argument("--version", action="version", version=f"tirkeu {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    p = command("init", "create a vault; prints the recovery code once")
    p.add_argument("--name", default="", help="your name as shown on your contact card")
    p.add_argument("--no-recovery-code", action="store_true",
                   help="make no recovery code (a forgotten passphrase then loses everything)")
    p = command("add", "add incidents from interchange JSON; an existing id gets a new revision")
    p.add_argument("--json", required=True, metavar="FILE",
                   help="a file with one incident, a list, or JSON lines; - for standard input")
    p = command("delete", "delete incidents and their attachments")
    p.add_argument("ids", nargs="+", metavar="ID")
    p = command("list", "list incidents")
    p.add_argument("--json", action="store_true", help="print interchange JSON")
    p = command("show", "show one incident")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print interchange JSON")
    p = command("search", "full-text search over titles, descriptions, names and places")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print interchange JSON")
    p = command("attach", "add a file to an incident (kept encrypted inside the vault)")
    p.add_argument("id", metavar="ID")
    p.add_argument("file", metavar="FILE", type=Path)
    p = command("passwd", "change the passphrase (or set a new one with the recovery code)")
    p.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                   help="read the new passphrase from the first line of FILE")
    p.add_argument("--recovery", action="store_true",
                   help="prove it is you with the recovery code instead of the passphrase")
    p.add_argument("--recovery-code-file", metavar="FILE", type=Path,
                   help="read the recovery code from FILE (implies --recovery)")
    p.add_argument("--new-recovery-code", action="store_true",
                   help="also make a new recovery code (the old one stops working)")
    p = command("identity", "this install's public contact card (or its secret age key)")
    p.add_argument("--out", metavar="FILE", type=Path, help="write the card to FILE")
    p.add_argument("--secret-out", metavar="FILE", type=Path,
                   help="write the age identity (secret!) to FILE, readable only by you")
    p = command("contacts", "people whose bundles you accept and to whom you send")
    contacts = p.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    q = contacts.add_parser("add", parents=[common], help="add a contact from their card")
    q.add_argument("file", metavar="FILE", type=Path)
    q.add_argument("--coordinator", action="store_true", help="bundles go to this contact")
    q.add_argument("--no-trust", action="store_true",
                   help="do not accept bundles signed by this contact")
    q.add_argument("--yes", action="store_true",
                   help="the fingerprint was checked with the person (do not ask)")
    contacts.add_parser("list", parents=[common], help="list contacts with fingerprints")
    q = contacts.add_parser("remove", parents=[common], help="remove a contact")
    q.add_argument("name", metavar="NAME")
    p = command("export", "seal incidents into a signed, encrypted bundle")
    p.add_argument("--to", nargs="+", required=True, metavar="NAME", help="contact names")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every incident")
    which.add_argument("--since-last", action="store_true",
                       help="what changed since the last bundle to them (the default)")
    p.add_argument("--out", required=True, metavar="FILE", type=Path)
    p = command("import", "open bundles and receipts from contacts")
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.add_argument("--receipt-out", metavar="FILE", type=Path,
                   help="write a receipt for the sender of the bundle imported")
    p = command("purge", "drop incidents a coordinator has confirmed receiving")
    p.add_argument("--delivered", action="store_true", required=True)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = command("summary", "counts for reports: exact JSON, or CSV, HTML, PDF to publish")
    add_summary_arguments(p)
    command("lock", "lock every open window on this vault now")
    p = command("wipe", "destroy the keys and the archive; there is no undo")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file and folder Tirkeu makes is private to this user
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    folder = data_folder(args.data_dir)
    if args.command is None:
        from desktop_app.ui.startup import run  # noqa: PLC0415 - Qt only when a window is wanted

        return run(folder)
    try:
        return HANDLERS[args.command](args, folder) or 0
    except TirkeuError as exc:
        print(f"tirkeu: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tirkeu: interrupted; nothing was changed.", file=sys.stderr)
        return 1


def _passphrase(args: argparse.Namespace) -> str:
    return ask_secret("Passphrase: ", args.passphrase_file, "--passphrase-file")


def _open(args: argparse.Namespace, folder: Path):  # type: ignore[no-untyped-def]
    from desktop_app.storage.archive import open_archive  # noqa: PLC0415

    return open_archive(folder, _passphrase(args))


def cmd_init(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.storage.archive import create_archive  # noqa: PLC0415

    passphrase = ask_new_passphrase(args.passphrase_file, "--passphrase-file", quiet=False)
    archive, code = create_archive(folder, passphrase, owner_name=args.name,
                                   recovery_code=not args.no_recovery_code)
    archive.close()
    print(f"Created a vault in {folder}.")
    if code:
        print("\nRecovery code — write it on paper and keep it away from this computer.\n"
              "It can set a new passphrase if you forget yours. It is shown only now.\n")
        print(f"    {code}\n")
    else:
        print("No recovery code was made: if you forget the passphrase, the archive is lost.")
    return 0


def cmd_add(args: argparse.Namespace, folder: Path) -> int:
    incidents = list(parse_incidents(read_json_records(args.json)))
    if not incidents:
        raise InvalidRecord(f"{args.json}: no incidents in it")
    with _open(args, folder) as archive:
        result = archive.incidents.save_many(incidents, archive.owner_name or "local")
    print(f"Added {result.created}, revised {result.revised}, unchanged {result.unchanged}.")
    return 0


def _checked_ids(ids: Sequence[str]) -> list[str]:
    checked = []
    for ident in ids:
        try:
            checked.append(str(uuid.UUID(ident)))
        except ValueError:
            raise InvalidRecord(f"{ident!r} is not an incident id (a UUID)") from None
    return list(dict.fromkeys(checked))  # the same id twice is one incident


def cmd_delete(args: argparse.Namespace, folder: Path) -> int:
    ids = _checked_ids(args.ids)
    with _open(args, folder) as archive:
        archive.incidents.delete(ids)
    print(f"Deleted {len(ids)} incident{'s' if len(ids) != 1 else ''}.")
    return 0


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_listing(archive: Any, ids: list[str] | None, as_json: bool) -> None:
    if as_json:
        all_ids = archive.incidents.all_ids() if ids is None else ids
        _print_json([incident_to_json(i) for i in archive.incidents.get_many(all_ids)])
        return
    for line in describe.summary_lines(archive.incidents.summaries(ids)):
        print(line)


def cmd_list(args: argparse.Namespace, folder: Path) -> int:
    with _open(args, folder) as archive:
        _print_listing(archive, None, args.json)
    return 0


def cmd_search(args: argparse.Namespace, folder: Path) -> int:
    with _open(args, folder) as archive:
        _print_listing(archive, archive.incidents.search(args.text), args.json)
    return 0


def cmd_show(args: argparse.Namespace, folder: Path) -> int:
    (ident,) = _checked_ids([args.id])
    with _open(args, folder) as archive:
        incident = archive.incidents.get(ident)
        if args.json:
            _print_json(incident_to_json(incident))
        else:
            print(describe.describe(incident, archive.attachments.for_incident(ident)))
    return 0


def cmd_attach(args: argparse.Namespace, folder: Path) -> int:
    (ident,) = _checked_ids([args.id])
    if not args.file.is_file():
        raise InputRefused(f"There is no file {args.file}.")
    with _open(args, folder) as archive:
        info = archive.attachments.add_file(ident, args.file)
    print(f"Attached {info.filename} ({info.size:,} bytes, SHA-256 {info.sha256}) "
          f"to incident {ident}.")
    return 0


def cmd_passwd(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.vault import unlock, unlock_with_recovery_code  # noqa: PLC0415

    if args.recovery or args.recovery_code_file:
        code = ask_secret("Recovery code: ", args.recovery_code_file, "--recovery-code-file",
                          "recovery code")
        vault = unlock_with_recovery_code(folder, code)
    else:
        vault = unlock(folder, _passphrase(args))
    try:
        quiet = args.passphrase_file is not None or args.recovery_code_file is not None
        new = ask_new_passphrase(args.new_passphrase_file, "--new-passphrase-file", quiet=quiet)
        vault.change_passphrase(new)
        print("The passphrase was changed.")
        if args.new_recovery_code:
            print(f"\nNew recovery code (the old one no longer works):\n\n    "
                  f"{vault.replace_recovery_code()}\n")
    finally:
        vault.lock()
    return 0


def cmd_lock(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.vault import vault_exists  # noqa: PLC0415

    if not vault_exists(folder):
        raise InputRefused(f"There is no vault in {folder}.")
    request_lock(folder)
    print("Locked: any open Tirkeu window on this vault locks now.")
    return 0


def cmd_wipe(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.vault import vault_exists  # noqa: PLC0415
    from desktop_app.crypto.wipe import wipe  # noqa: PLC0415

    if not vault_exists(folder):
        raise InputRefused(f"There is no vault in {folder}.")
    if not args.yes and not confirm(
            f"This destroys the vault in {folder} for ever.", "WIPE"):
        raise InputRefused("Not wiped: confirm with --yes" +
                           ("" if interactive() else " (no terminal to ask in)") + ".")
    started = time.monotonic()
    request_lock(folder)
    wipe(folder)
    print(f"Wiped in {time.monotonic() - started:.2f} s: the keys are destroyed and "
          "the archive is unreadable.")
    return 0


from desktop_app.cli_exchange import (  # noqa: E402 - the handlers need the helpers above
    cmd_contacts, cmd_export, cmd_identity, cmd_import, cmd_purge,
)

from desktop_app.cli_summary import (  # noqa: E402 - the handler needs _open above
    add_arguments as add_summary_arguments, cmd_summary,
)

HANDLERS = {
    "init": cmd_init, "add": cmd_add, "delete": cmd_delete, "list": cmd_list,
    "show": cmd_show, "search": cmd_search, "attach": cmd_attach, "passwd": cmd_passwd,
    "lock": cmd_lock, "wipe": cmd_wipe, "identity": cmd_identity, "contacts": cmd_contacts,
    "export": cmd_export, "import": cmd_import, "purge": cmd_purge, "summary": cmd_summary,
}
