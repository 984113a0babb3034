"""The `tirkeu` commands of a network of coordinators: forwarding what was received to
another coordinator, and signed vocabulary updates and revocation lists. Each writes one
bundle, opened at the other end by `tirkeu import` (and so by `tirkeu sync --folder`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.unlocking import open_archive as _open
from desktop_app.core.language import _, n_
from desktop_app.core.localized import number


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    p = command("forward", "pass bundles received on to another coordinator, each with its "
                           "sender's own signature")
    p.add_argument("--to", nargs="+", required=True, metavar="NAME",
                   help="coordinators to forward to")
    p.add_argument("--from", dest="senders", nargs="+", default=[], metavar="NAME",
                   help="only bundles signed by these contacts (default: every sender)")
    p.add_argument("--out", required=True, metavar="FILE", type=Path)
    p.set_defaults(handler=cmd_forward)
    p = command("vocabulary", "a coordinator's signed vocabulary update for the network")
    p.set_defaults(handler=cmd_vocabulary)
    actions = p.add_subparsers(dest="vocabulary_command", metavar="ACTION", required=True)
    q = actions.add_parser("update", parents=[common],
                           help="add or retire codes (FILE.json), applied here and sent")
    q.add_argument("file", metavar="FILE.json", type=Path)
    q.add_argument("--to", nargs="+", required=True, metavar="NAME", help="contact names")
    q.add_argument("--out", required=True, metavar="FILE", type=Path)
    p = command("revocations", "a coordinator's signed list of the keys revoked here")
    p.set_defaults(handler=cmd_revocations)
    actions = p.add_subparsers(dest="revocations_command", metavar="ACTION", required=True)
    q = actions.add_parser("export", parents=[common],
                           help="every key revoked here, for the network's vaults")
    q.add_argument("--to", nargs="+", required=True, metavar="NAME", help="contact names")
    q.add_argument("--out", required=True, metavar="FILE", type=Path)


def _size(size: int) -> str:
    return n_("{n} bytes", "{n} bytes", size).format(n=number(size))


def cmd_forward(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.forward_export import forward_bundles  # noqa: PLC0415

    with _open(args, folder) as archive:
        result = forward_bundles(archive, args.to, args.out, senders=args.senders)
    if result.path is None:
        print(_("Everything received has been forwarded to {names} already; no file was "
                "written.").format(names=", ".join(args.to)))
    else:
        print(n_("Wrote bundle {number} to {path}: {n} bundle forwarded, signed by {senders}; "
                 "{size}.",
                 "Wrote bundle {number} to {path}: {n} bundles forwarded, signed by {senders}; "
                 "{size}.", result.bundles).format(
            number=result.sequence, path=result.path, n=result.bundles,
            senders=", ".join(result.senders), size=_size(result.size)))
    if result.unavailable:
        print(n_("{n} bundle could not be forwarded: an incident or attachment it holds is "
                 "no longer here.", "{n} bundles could not be forwarded: an incident or "
                 "attachment they hold is no longer here.", result.unavailable).format(
            n=result.unavailable))
    if result.revoked:
        print(n_("{n} bundle signed by a key you revoked was not forwarded.",
                 "{n} bundles signed by a key you revoked were not forwarded.",
                 result.revoked).format(n=result.revoked))
    return 0


def cmd_vocabulary(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.updates import make_vocabulary_update  # noqa: PLC0415

    with _open(args, folder) as archive:
        result = make_vocabulary_update(archive, args.file, args.to, args.out)
    print(n_("Wrote vocabulary update {revision} to {path} ({n} term, {size}); it is applied "
             "here already.",
             "Wrote vocabulary update {revision} to {path} ({n} terms, {size}); it is applied "
             "here already.", result.count).format(
        revision=result.revision, path=result.path, n=result.count, size=_size(result.size)))
    return 0


def cmd_revocations(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.updates import make_revocation_list  # noqa: PLC0415

    with _open(args, folder) as archive:
        result = make_revocation_list(archive, args.to, args.out)
    print(n_("Wrote a revocation list to {path} ({n} revoked key, {size}).",
             "Wrote a revocation list to {path} ({n} revoked keys, {size}).",
             result.count).format(path=result.path, n=result.count, size=_size(result.size)))
    return 0
