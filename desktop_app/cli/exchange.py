"""The `tirkeu` commands for exchanging work: identity, contacts, export, import, purge."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from typing import Any

from desktop_app.cli.terminal import InputRefused, confirm, interactive
from desktop_app.cli.unlocking import open_archive as _open


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    p = command("identity", "this install's public contact card (or its secret age key)")
    p.add_argument("--out", metavar="FILE", type=Path, help="write the card to FILE")
    p.add_argument("--secret-out", metavar="FILE", type=Path,
                   help="write the age identity (secret!) to FILE, readable only by you")
    p.set_defaults(handler=cmd_identity)
    p = command("contacts", "people whose bundles you accept and to whom you send")
    p.set_defaults(handler=cmd_contacts)
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
    p.set_defaults(handler=cmd_export)
    p = command("import", "open bundles and receipts from contacts")
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.add_argument("--receipt-out", metavar="FILE", type=Path,
                   help="write a receipt for the sender of the bundle imported")
    p.set_defaults(handler=cmd_import)
    p = command("purge", "drop incidents a coordinator has confirmed receiving")
    p.add_argument("--delivered", action="store_true", required=True)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_purge)


def _write_private(path: Path, text: str) -> None:
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def cmd_identity(args: argparse.Namespace, folder: Path) -> int:
    with _open(args, folder) as archive:
        keys = archive.keys()
        card = keys.card()
        if args.secret_out:
            created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            _write_private(args.secret_out, keys.identity_file(created))
            print(f"Wrote the secret age identity to {args.secret_out} (readable only by you). "
                  "Anyone holding it can open bundles sent to you.")
            return 0
    text = json.dumps(card.to_json(), ensure_ascii=False, indent=2) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"Wrote your contact card to {args.out}.")
        print(f"Fingerprint (read it aloud to check): {card.words}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_contacts(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.identity import parse_card  # noqa: PLC0415

    action = args.contacts_command
    if action == "add":
        try:
            card = parse_card(args.file.read_bytes())
        except OSError as exc:
            raise InputRefused(f"Cannot read {args.file}: {exc.strerror or exc}.") from None
        print(f"{card.name}\n  fingerprint: {card.words}")
        if not args.yes and not confirm(
                f"Has {card.name} read you these same words (in person or by phone)?", "yes"):
            raise InputRefused("Not added: check the fingerprint with the person, then add "
                               "the card with --yes" + ("" if interactive() else
                                                        " (no terminal to ask in)") + ".")
        with _open(args, folder) as archive:
            archive.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                                 coordinator=args.coordinator, trusted_signer=not args.no_trust)
        print(f"Added {card.name}" + (" as a coordinator" if args.coordinator else "") + ".")
        return 0
    with _open(args, folder) as archive:
        if action == "remove":
            archive.contacts.remove(args.name)
            print(f"Removed {args.name}.")
            return 0
        from desktop_app.crypto.identity import fingerprint_words  # noqa: PLC0415

        for c in archive.contacts.all():
            roles = [r for r, on in (("coordinator", c.coordinator),
                                     ("trusted signer", c.trusted_signer)) if on]
            print(f"{c.name}  [{', '.join(roles) or 'no role'}]\n"
                  f"  fingerprint: {fingerprint_words(c.fingerprint)}")
    return 0


def cmd_export(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.export import export_bundle  # noqa: PLC0415

    with _open(args, folder) as archive:
        result = export_bundle(archive, args.to, args.out, since_last=not args.all)
    if result.path is None:
        print(f"Nothing new to send to {', '.join(args.to)} since the last bundle; no file "
              "was written.")
    else:
        print(f"Wrote bundle {result.sequence} to {result.path}: {result.incidents} "
              f"incident(s), {result.attachments} attachment(s), {result.size:,} bytes.")
    return 0


def cmd_import(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.importer import open_bundle  # noqa: PLC0415
    from desktop_app.sync.receipts import seal_receipt  # noqa: PLC0415

    with _open(args, folder) as archive:
        reports = []
        for path in args.files:
            report = open_bundle(archive, path)
            reports.append(report)
            print(report.sentence())
        if args.receipt_out:
            fresh = [r for r in reports if r.kind == "incidents"]
            senders = {r.sender for r in fresh}
            if len(senders) != 1:
                raise InputRefused("A receipt answers bundles from one sender; import one "
                                   "sender's bundles per --receipt-out.")
            merged = fresh[-1]
            merged.items = [item for r in fresh for item in r.items]
            count = seal_receipt(archive, merged, args.receipt_out)
            print(f"Wrote a receipt for {merged.sender} to {args.receipt_out} "
                  f"({count} incident revision(s)).")
    return 0


def cmd_purge(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.receipts import purge_delivered  # noqa: PLC0415

    if not args.yes and not confirm("Delete every incident a coordinator has confirmed "
                                    "receiving from this laptop?", "yes"):
        raise InputRefused("Nothing purged: confirm with --yes" +
                           ("" if interactive() else " (no terminal to ask in)") + ".")
    with _open(args, folder) as archive:
        count = purge_delivered(archive)
    print(f"Purged {count} delivered incident(s); anything not yet confirmed stays.")
    return 0
