"""`tirkeu sync --folder DIR [--watch]`: a folder shared by any file transport in place of
a server (``sync.folder`` does the work; this prints it).

One pass prints one line ("2 bundles in · 1 receipt out", "nothing new"), and on stderr
one line per file refused for the first time; the exit status is 1 if a file was
refused. ``--watch`` passes again every ``--interval`` seconds (polling: nothing but the
folder's listing is read while nothing changes), printing a line, with the time, for the
first pass and for each pass that changed something or says something new; Ctrl+C ends
it cleanly (a file being imported is left whole for next time), and it ends with exit 1
and one sentence if the folder goes away.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop_app.cli.unlocking import open_archive as _open
from desktop_app.core.language import _


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0.1 <= value <= 3600:
        raise argparse.ArgumentTypeError(_("give a number of seconds between 0.1 and 3600"))
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    help_text = ("one pass over a folder shared by Syncthing, Nextcloud or a USB stick: import "
                 "what is addressed here, write what is due to the coordinators and the "
                 "receipts owed")
    p = sub.add_parser("sync", parents=[common], help=help_text, description=help_text)
    p.add_argument("--folder", required=True, metavar="DIR", type=Path,
                   help="the shared folder")
    p.add_argument("--watch", action="store_true",
                   help="keep passing over the folder until Ctrl+C")
    p.add_argument("--interval", type=_seconds, default=2.0, metavar="SECONDS",
                   help="with --watch: seconds between passes (default 2)")
    p.set_defaults(handler=cmd_sync)


def cmd_sync(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.sync.folder import describe, sync_folder  # noqa: PLC0415

    with _open(args, folder) as archive:
        if not args.watch:
            report = sync_folder(archive, args.folder)
            _say_refused(report.refused)
            print(describe(report), flush=True)
            for sentence in report.updates:
                print(sentence, flush=True)
            return 1 if report.refused else 0
        last = None
        try:
            while True:
                report = sync_folder(archive, args.folder)
                _say_refused(report.refused)
                line = describe(report)
                if line != last or report.changed:
                    print(f"{time.strftime('%H:%M:%S')} · {line}", flush=True)
                for sentence in report.updates:
                    print(sentence, flush=True)
                last = line
                time.sleep(args.interval)
        except KeyboardInterrupt:
            print(_("Stopped watching {path}; what was synced stays.").format(
                path=args.folder), flush=True)
            return 0


def _say_refused(refused: tuple[tuple[str, str], ...]) -> None:
    for name, why in refused:
        print(f"tirkeu: {name}: {why}", file=sys.stderr, flush=True)
