"""`tirkeu add`, `delete`, `list`, `show`, `search` and `attach`: incidents themselves."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli.terminal import InputRefused, read_json_records
from desktop_app.cli.unlocking import open_archive
from desktop_app.core import describe
from desktop_app.core.errors import InvalidRecord
from desktop_app.core.interchange import incident_to_json, parse_incidents
from desktop_app.core.language import _, n_
from desktop_app.core.localized import number

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    p = command("add", "add incidents from interchange JSON; an existing id gets a new revision")
    p.add_argument("--json", required=True, metavar="FILE",
                   help="a file with one incident, a list, or JSON lines; - for standard input")
    p.set_defaults(handler=cmd_add)
    p = command("delete", "delete incidents and their attachments")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(handler=cmd_delete)
    p = command("list", "list incidents")
    p.add_argument("--json", action="store_true", help="print interchange JSON")
    p.set_defaults(handler=cmd_list)
    p = command("show", "show one incident")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print interchange JSON")
    p.set_defaults(handler=cmd_show)
    p = command("search", "full-text search over titles, descriptions, names and places")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print interchange JSON")
    p.set_defaults(handler=cmd_search)
    p = command("attach", "add a file to an incident (kept encrypted inside the vault)")
    p.add_argument("id", metavar="ID")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--send-original", action="store_true",
                   help="bundles carry this file's original bytes, hidden data included "
                        "(a photo otherwise leaves rebuilt from its pixels)")
    p.set_defaults(handler=cmd_attach)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_add(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.vault import vault_exists  # noqa: PLC0415

    records = read_json_records(args.json)
    try:
        incidents: list[Any] | None = list(parse_incidents(records))
    except InvalidRecord:
        # A code may be one of the network's vocabulary updates, which only the open vault
        # knows: checked again once it is open (a vault that does not exist cannot help).
        if not vault_exists(folder):
            raise
        incidents = None
    if incidents == []:
        raise InvalidRecord(_("{path}: no incidents in it").format(path=args.json))
    with open_archive(args, folder) as archive:
        if incidents is None:
            incidents = list(parse_incidents(records))
        # No base revision: an existing id becomes a new revision on top of the current one.
        result = archive.incidents.save_many(incidents, archive.author)
    print(_("Added {created}, revised {revised}, unchanged {unchanged}.").format(
        created=result.created, revised=result.revised, unchanged=result.unchanged))
    return 0


def _checked_ids(ids: Sequence[str]) -> list[str]:
    checked = []
    for ident in ids:
        try:
            checked.append(str(uuid.UUID(ident)))
        except ValueError:
            raise InvalidRecord(_("{id!r} is not an incident id (a UUID)").format(
                id=ident)) from None
    return list(dict.fromkeys(checked))  # the same id twice is one incident


def cmd_delete(args: argparse.Namespace, folder: Path) -> int:
    ids = _checked_ids(args.ids)
    with open_archive(args, folder) as archive:
        archive.incidents.delete(ids)
    print(n_("Deleted {n} incident.", "Deleted {n} incidents.", len(ids)).format(n=len(ids)))
    return 0


def _print_listing(archive: Archive, ids: list[str] | None, as_json: bool, empty: str) -> None:
    """The incidents ``ids`` (None: all), as JSON or one line each; ``empty`` if none."""
    if as_json:
        all_ids = archive.incidents.all_ids() if ids is None else ids
        print_json([incident_to_json(i) for i in archive.incidents.get_many(all_ids)])
        return
    rows = archive.incidents.summaries(ids)
    marks = archive.revocations.marks([r.id for r in rows])
    lines = [line + (f"  [from a revoked key: {marks[r.id].name}'s, revoked on "
                     f"{marks[r.id].revoked_on}]" if r.id in marks else "")
             for r, line in zip(rows, describe.summary_lines(rows), strict=True)]
    # A person who sees nothing cannot tell an empty answer from a command that did nothing.
    print("\n".join(lines) if lines else empty)


def cmd_list(args: argparse.Namespace, folder: Path) -> int:
    with open_archive(args, folder) as archive:
        _print_listing(archive, None, args.json, _("No incidents yet."))
    return 0


def cmd_search(args: argparse.Namespace, folder: Path) -> int:
    with open_archive(args, folder) as archive:
        _print_listing(archive, archive.incidents.search(args.text), args.json,
                       _("No incident matches {text!r}.").format(text=args.text))
    return 0


def cmd_show(args: argparse.Namespace, folder: Path) -> int:
    (ident,) = _checked_ids([args.id])
    with open_archive(args, folder) as archive:
        incident = archive.incidents.get(ident)
        if args.json:
            print_json(incident_to_json(incident))
        else:
            print(describe.describe(incident, archive.attachments.for_incident(ident)))
            key = archive.revocations.mark(ident)
            if key is not None:
                print(f"\nFrom a revoked key: some of this record came in a bundle signed by "
                      f"{key.name}'s key, which you revoked on {key.revoked_on}. Check it "
                      "before relying on it.")
    return 0


def cmd_attach(args: argparse.Namespace, folder: Path) -> int:
    (ident,) = _checked_ids([args.id])
    if not args.file.is_file():
        raise InputRefused(_("There is no file {path}.").format(path=args.file))
    with open_archive(args, folder) as archive:
        info = archive.attachments.add_file(ident, args.file)
        if args.send_original:
            info = archive.attachments.set_send_original(info.id, True)
    print(n_("Attached {filename} ({size} byte, SHA-256 {sha256}) to incident {id}.",
             "Attached {filename} ({size} bytes, SHA-256 {sha256}) to incident {id}.",
             info.size).format(filename=info.filename, size=number(info.size),
                               sha256=info.sha256, id=ident))
    # Here, not at the top: it loads Pillow, which no other command (nor --version) needs.
    from desktop_app.core.hidden_data import attach_notice  # noqa: PLC0415

    if notice := attach_notice(args.file):
        print(notice)
    if args.send_original:
        print(_("Bundles will carry this file's original, with its hidden data."))
    return 0
