"""The `tirkeu` commands for exchanging work: identity, contacts, export, import, purge."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop_app.cli.terminal import InputRefused, confirm, interactive, unasked
from desktop_app.cli.unlocking import open_archive as _open
from desktop_app.core.language import _, n_
from desktop_app.core.localized import number


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
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
    q = contacts.add_parser("revoke", parents=[common],
                            help="a seized or lost key: refuse everything it signs from now on")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation")
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


def cmd_identity(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.files import write_export  # noqa: PLC0415
    from desktop_app.sync.contacts import card_text, write_card  # noqa: PLC0415

    with _open(args, folder) as archive:
        keys = archive.keys()
        card = keys.card()
        if args.secret_out:
            created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            write_export(args.secret_out, keys.identity_file(created).encode("utf-8"))
            print(_("Wrote the secret age identity to {path} (readable only by you). Anyone "
                    "holding it can open bundles sent to you.").format(path=args.secret_out))
            return 0
    if args.out:
        write_card(args.out, card)
        print(_("Wrote your contact card to {path}.").format(path=args.out))
        print(_("Fingerprint (read it aloud to check): {words}").format(words=card.words))
    else:
        sys.stdout.write(card_text(card))
    return 0


def cmd_contacts(args: argparse.Namespace, folder: Path) -> int:
    action = args.contacts_command
    if action == "add":
        return _add_contact(args, folder)
    if action == "revoke":
        return _revoke_contact(args, folder)
    with _open(args, folder) as archive:
        if action == "remove":
            archive.contacts.remove(args.name)
            print(_("Removed {name}.").format(name=args.name))
            return 0
        from desktop_app.crypto.identity import fingerprint_words  # noqa: PLC0415

        contacts = archive.contacts.all()
        revoked = archive.revocations.all()
        if not contacts:
            print(_("No contacts yet; add a card with: tirkeu contacts add FILE"))
        for c in contacts:
            roles = [r for r, on in ((_("coordinator"), c.coordinator),
                                     (_("trusted signer"), c.trusted_signer)) if on]
            if c.revoked_at is not None:
                roles = [_("key revoked on {date}").format(date=c.revoked_at[:10])]
            shown_roles = ", ".join(roles) or _("no role")
            print(f"{c.name}  [{shown_roles}]\n"
                  f"  {_fingerprint_line(fingerprint_words(c.fingerprint))}")
        shown = {c.fingerprint for c in contacts}
        for key in revoked:
            if key.fingerprint not in shown:  # its contact was removed; the revocation stays
                print(f"{key.name}  ["
                      + _("key revoked on {date}; no longer a contact").format(
                          date=key.revoked_on)
                      + f"]\n  {_fingerprint_line(fingerprint_words(key.fingerprint))}")
    return 0


def _fingerprint_line(words: str) -> str:
    return _("fingerprint: {words}").format(words=words)


def _revoke_contact(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.identity import fingerprint_words  # noqa: PLC0415
    from desktop_app.sync.revocation import revoke_contact  # noqa: PLC0415

    with _open(args, folder) as archive:
        contact = archive.contacts.get(args.name)  # NotFound before the question
        if not args.yes and interactive():
            print(f"{contact.name}\n  {_fingerprint_line(fingerprint_words(contact.fingerprint))}")
        if not args.yes and not confirm(
                _("Revoke {name}'s key? Everything signed by it will be refused from now on, "
                  "whatever date it claims, and nothing will be sent to it; this cannot be "
                  "undone.").format(name=contact.name), "yes"):
            raise InputRefused(_("Not revoked: confirm with --yes{unasked}.").format(
                unasked=unasked()))
        key = revoke_contact(archive, contact.name)
    print(_("Revoked {name}'s key on {date}. What it brought before stays, marked \"from a "
            "revoked key\"; once they have a new laptop, check their new card's words with "
            "them before adding it.").format(name=key.name, date=key.revoked_on))
    return 0


def _add_contact(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.contacts import add_contact, check_card, read_card  # noqa: PLC0415

    card = read_card(args.file)
    with _open(args, folder) as archive:
        # Refused before the question: there is no point comparing words of a card that
        # cannot be added (this vault's own, a key already known, a name taken).
        check_card(archive, card)
        print(f"{card.name}\n  {_fingerprint_line(card.words)}")
        if not args.yes and not confirm(
                _("Has {name} read you these same words (in person or by phone)?").format(
                    name=card.name), "yes"):
            raise InputRefused(_("Not added: check the fingerprint with the person, then add "
                                 "the card with --yes{unasked}.").format(unasked=unasked()))
        add_contact(archive, card, coordinator=args.coordinator,
                    trusted_signer=not args.no_trust)
    print((_("Added {name} as a coordinator.") if args.coordinator else
           _("Added {name}.")).format(name=card.name))
    return 0


def cmd_export(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.export import export_bundle  # noqa: PLC0415
    from desktop_app.sync.outgoing_files import (  # noqa: PLC0415
        departure_counts,
        departure_sentence,
    )

    with _open(args, folder) as archive:
        counts = departure_counts(archive, args.to, since_last=not args.all)
        result = export_bundle(archive, args.to, args.out, since_last=not args.all)
    if result.path is None:
        print(_("Nothing new to send to {names} since the last bundle; no file was "
                "written.").format(names=", ".join(args.to)))
    else:
        # The English keeps "(s)": tests and scripts match it; each count has its own forms.
        print(_("Wrote bundle {number} to {path}: {incidents}, {attachments}, {size}.").format(
            number=result.sequence, path=result.path,
            incidents=n_("{n} incident(s)", "{n} incident(s)", result.incidents).format(
                n=result.incidents),
            attachments=n_("{n} attachment(s)", "{n} attachment(s)", result.attachments).format(
                n=result.attachments),
            size=n_("{n} bytes", "{n} bytes", result.size).format(n=number(result.size))))
        if sentence := departure_sentence(counts):
            print(sentence)
    return 0


def cmd_import(args: argparse.Namespace, folder: Path) -> int:
    """One line per file, in order: what it brought on stdout, or why it was refused on
    stderr. Each file is imported or refused on its own; a refused one stops nothing, but
    makes the exit status 1 and is counted in a last line on stderr."""
    from desktop_app.sync.batch_import import import_files  # noqa: PLC0415
    from desktop_app.sync.receipts import seal_receipt_for  # noqa: PLC0415

    several = len(args.files) > 1
    imported, refused = [], 0
    with _open(args, folder) as archive:
        try:
            for outcome in import_files(archive, args.files):
                prefix = f"{outcome.path}: " if several else ""
                if outcome.report is not None:
                    imported.append(outcome.report)
                    print(prefix + outcome.report.sentence(), flush=True)
                else:
                    refused += 1
                    why = outcome.refusal or _("not imported.")
                    print(f"tirkeu: {prefix}{why}",
                          file=sys.stderr, flush=True)
        except KeyboardInterrupt:
            if not imported:
                raise  # nothing was imported: the usual "nothing was changed"
            raise InputRefused(n_("Interrupted: the {n} file(s) imported above stay "
                                  "imported; nothing of the others was.",
                                  "Interrupted: the {n} file(s) imported above stay "
                                  "imported; nothing of the others was.", len(imported)).format(
                                      n=len(imported))) from None
        if args.receipt_out and imported:
            sealed = seal_receipt_for(archive, imported, args.receipt_out)
            print(n_("Wrote a receipt for {name} to {path} ({n} incident revision(s)).",
                     "Wrote a receipt for {name} to {path} ({n} incident revision(s)).",
                     sealed.confirmed).format(name=sealed.sender, path=args.receipt_out,
                                              n=sealed.confirmed))
    if refused and several:
        print(f"tirkeu: {_refused_line(refused, len(imported))}", file=sys.stderr)
    return 1 if refused else 0


def _refused_line(refused: int, imported: int) -> str:
    """The last line of an import of several files of which some were refused."""
    total = refused + imported
    line = n_("{n} of {total} files was refused; nothing from it was imported.",
              "{n} of {total} files were refused; nothing from them was imported.",
              refused).format(n=refused, total=total)
    if imported:
        line += " " + n_("The other {n} was imported and stay imported.",
                         "The other {n} were imported and stay imported.",
                         imported).format(n=imported)
    return line


def cmd_purge(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.receipts import purge_delivered  # noqa: PLC0415

    if not args.yes and not confirm(_("Delete every incident a coordinator has confirmed "
                                      "receiving from this laptop?"), "yes"):
        raise InputRefused(_("Nothing purged: confirm with --yes{unasked}.").format(
            unasked=unasked()))
    with _open(args, folder) as archive:
        count = purge_delivered(archive)
    print(n_("Purged {n} delivered incident(s); anything not yet confirmed stays.",
             "Purged {n} delivered incident(s); anything not yet confirmed stays.",
             count).format(n=count))
    return 0
