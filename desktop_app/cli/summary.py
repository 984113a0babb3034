"""`tirkeu summary`: counts for reports, as exact JSON or as a publishable CSV, HTML or PDF.

JSON is the object docs/SUMMARIES.md specifies, exact, for the coordinator's own use. CSV, HTML and
PDF are for publication: counts only, small cells suppressed (docs/SUMMARIES.md). The PDF
is drawn by Qt offscreen (``ui.render``), imported only when a PDF is asked for.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.unlocking import open_archive as _open
from desktop_app.core.dates import FuzzyDate
from desktop_app.core.errors import InvalidRecord
from desktop_app.core.filters import IncidentFilter
from desktop_app.core.language import _
from desktop_app.core.localized import number
from desktop_app.core.vocabulary import LANGUAGES, vocabulary
from desktop_app.reports.suppression import DEFAULT_THRESHOLD
from desktop_app.reports.wording import DIMENSION_NAMES

# Counting modules load SQLAlchemy: they are imported when the command runs, so building
# the parser for any other command stays quick.

FORMATS = ("json", "csv", "html", "pdf")
# Filter flags: (flag, IncidentFilter field, vocabulary or None for free text).
FILTERS = (("--region", "region", "region"), ("--violation", "violation", "violation"),
           ("--category", "victim_category", "victim_category"),
           ("--status", "status", "status"), ("--tag", "tag", None))


def _threshold(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < DEFAULT_THRESHOLD:
        raise argparse.ArgumentTypeError(
            f"the threshold cannot be below {DEFAULT_THRESHOLD} (use --no-suppression "
            "for an exact CSV that is not for publication)")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    help_text = "counts for reports: exact JSON, or CSV, HTML, PDF to publish"
    p = sub.add_parser("summary", parents=[common], help=help_text, description=help_text)
    add_arguments(p)
    p.set_defaults(handler=cmd_summary)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of `tirkeu summary`."""
    p.add_argument("--format", choices=FORMATS, default="json",
                   help="json: exact counts; csv, html, pdf: for publication (default: json)")
    p.add_argument("--out", metavar="FILE", type=Path,
                   help="write to FILE instead of standard output (needed for pdf)")
    p.add_argument("--lang", choices=LANGUAGES, default="en",
                   help="language of labels in csv, html and pdf (default: en)")
    p.add_argument("--threshold", type=_threshold, default=DEFAULT_THRESHOLD, metavar="N",
                   help=f"publish counts below N as '<N' (default {DEFAULT_THRESHOLD})")
    p.add_argument("--no-suppression", action="store_true",
                   help="exact counts in a csv for your own use (refused for html and pdf)")
    add_filter_arguments(p)
    p.add_argument("--rows", choices=DIMENSION_NAMES, metavar="DIMENSION",
                   help="with --columns: a cross-table, e.g. --rows article --columns outcome")
    p.add_argument("--columns", choices=DIMENSION_NAMES, metavar="DIMENSION",
                   help=f"one of: {', '.join(DIMENSION_NAMES)}")


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    """The options that narrow which incidents count (``filter_from`` reads them); the
    table export takes the same ones."""
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="from this date (2018-05-12, 2018-05 or 2018)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date, inclusive")
    for flag, _field, vocab in FILTERS:
        p.add_argument(flag, metavar="TEXT" if vocab is None else "CODE",
                       help="only incidents with this tag" if vocab is None
                       else f"only incidents with this {vocab.replace('_', ' ')} code")


def _date(text: str | None, flag: str) -> FuzzyDate | None:
    if text is None:
        return None
    try:
        return FuzzyDate.parse(text)
    except InvalidRecord as exc:
        raise InvalidRecord(f"{flag}: {exc.problem}") from None


def filter_from(args: argparse.Namespace) -> IncidentFilter:
    """The IncidentFilter the options describe; InvalidRecord (exit 1) if one is wrong."""
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if date_from and date_to and date_from.first_day() > date_to.last_day():
        raise InvalidRecord(_("--from {first} is after --to {last}").format(first=date_from,
                                                                          last=date_to))
    chosen: dict[str, Any] = {}
    for flag, field, vocab in FILTERS:
        value = getattr(args, flag[2:])
        if value is not None:
            chosen[field] = vocabulary(vocab).check(value, flag) if vocab else value
    return IncidentFilter(date_from=date_from, date_to=date_to, **chosen)


def filter_before_unlock(args: argparse.Namespace, folder: Path) -> IncidentFilter | None:
    """The filter, refused before the passphrase is asked if it is wrong; None if a region
    or violation is no built-in code but may be one a coordinator's update added to this
    vault (``filter_from`` asks again once the vault is open)."""
    from desktop_app.crypto.vault import vault_exists  # noqa: PLC0415

    try:
        return filter_from(args)
    except InvalidRecord as exc:
        if exc.field not in ("--region", "--violation") or not vault_exists(folder):
            raise
        return None


def _usage(message: str) -> int:
    print(f"tirkeu summary: {message}", file=sys.stderr)
    return 2


def cmd_summary(args: argparse.Namespace, folder: Path) -> int:
    """Everything `tirkeu summary` does once the options are parsed."""
    from desktop_app.reports.crosstab import crosstab  # noqa: PLC0415
    from desktop_app.reports.publication import publish  # noqa: PLC0415
    from desktop_app.reports.summary import compute  # noqa: PLC0415

    if (args.rows is None) != (args.columns is None):
        return _usage("--rows and --columns go together")
    if args.format == "pdf" and args.out is None:
        return _usage("--format pdf needs --out FILE")
    if args.no_suppression and args.format in ("html", "pdf"):
        raise InvalidRecord(_("--no-suppression is only for json and csv: html and pdf are "
                              "for publication and always suppress small counts"))
    f = filter_before_unlock(args, folder)
    with _open(args, folder) as archive:
        if f is None:
            f = filter_from(args)
        summary = compute(archive, f)
        cross = (crosstab(archive, f, args.rows, args.columns)
                 if args.rows is not None else None)
    if args.format == "json":
        data = cross.as_json() if cross is not None else summary.as_json()
        return _emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", args.out)
    pub = publish(summary, args.lang, 0 if args.no_suppression else args.threshold, cross)
    if args.format == "csv":
        from desktop_app.reports.csv_writer import cross_csv, summary_csv  # noqa: PLC0415

        return _emit(cross_csv(pub) if cross is not None else summary_csv(pub), args.out,
                     csv=True)
    if args.format == "html":
        from desktop_app.reports.html_writer import html_document  # noqa: PLC0415

        return _emit(html_document(pub), args.out)
    from desktop_app.ui.render.pdf import pdf_bytes  # noqa: PLC0415 - Qt only for a PDF

    return _emit(pdf_bytes(pub), args.out)


def _emit(content: str | bytes, out: Path | None, csv: bool = False) -> int:
    if out is None:
        if isinstance(content, bytes):
            sys.stdout.buffer.write(content)
        else:
            sys.stdout.write(content)
        return 0
    if isinstance(content, bytes):
        data = content
    else:
        from desktop_app.reports.csv_writer import file_bytes  # noqa: PLC0415

        data = file_bytes(content) if csv else content.encode("utf-8")
    from desktop_app.crypto.files import write_export  # noqa: PLC0415

    write_export(out, data)  # 0600, replaced in one step, as the Summaries page writes
    print(_("Wrote {path} ({size} bytes).").format(path=out, size=number(len(data))))
    return 0
