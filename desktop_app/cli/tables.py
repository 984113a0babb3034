"""`tirkeu import-table`, `import-martus` and `export-table`: archives from and to other
tools. Imports are all or nothing; exports are plaintext, on purpose, to the named path."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.cli.summary import add_filter_arguments, filter_before_unlock, filter_from
from desktop_app.cli.unlocking import open_archive
from desktop_app.core.errors import InvalidRecord
from desktop_app.core.language import _, n_
from desktop_app.core.localized import number
from desktop_app.tables.report import import_lines, repeated_lines


def _encoding(name: str) -> str:
    return {"utf-8": "UTF-8", "cp1251": "Windows-1251"}.get(
        name, _("UTF-8 (with a byte-order mark)"))


def _delimiter(char: str) -> str:
    return _("Tab") if char == "\t" else char


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help_text, description=help_text)

    p = command("import-table", "import a spreadsheet (CSV or XLSX), one row per incident; "
                                "all or nothing")
    p.add_argument("file", metavar="FILE", type=Path)
    _import_options(p)
    p.set_defaults(handler=cmd_import_table)
    p = command("import-martus", "import Martus bulletins (XML export or import format), "
                                 "as drafts tagged martus")
    p.add_argument("file", metavar="FILE", type=Path)
    _import_options(p)
    p.set_defaults(handler=cmd_import_martus)
    p = command("export-table", "write incidents to a plaintext CSV, XLSX or Uwazi zip")
    p.add_argument("--format", choices=("csv", "xlsx", "uwazi"), required=True)
    p.add_argument("--out", metavar="FILE", type=Path, required=True)
    p.add_argument("--with-attachments", action="store_true",
                   help="uwazi: put the incidents' attachments in the zip too")
    add_filter_arguments(p)
    p.set_defaults(handler=cmd_export_table)


def _import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--map", metavar="MAP.json", type=Path,
                   help="which field each column fills and which code each cell means")
    p.add_argument("--default", action="append", default=[], metavar="FIELD=VALUE",
                   help="a value for FIELD where the file has none (may repeat)")
    p.add_argument("--dry-run", action="store_true",
                   help="say what would be stored, change nothing")


def cmd_import_table(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.tables.mapping import TableMap, read_map  # noqa: PLC0415
    from desktop_app.tables.reading import read_table  # noqa: PLC0415
    from desktop_app.tables.rows import parse_defaults, plan_table  # noqa: PLC0415

    table_map = read_map(args.map) if args.map is not None else TableMap()
    defaults = parse_defaults(args.default)
    sheet = read_table(args.file)
    plan, archive = _plan(args, folder, lambda: plan_table(sheet, table_map, defaults))
    if not plan.incidents:
        if archive is not None:
            archive.close()
        raise InvalidRecord(_("{path}: no rows below the headers").format(path=args.file))
    lines = []
    if sheet.encoding is not None and sheet.delimiter is not None:
        lines.append(_("Read {path} as {encoding} text, columns separated by {delimiter}.")
                     .format(path=args.file, encoding=_encoding(sheet.encoding),
                             delimiter=_delimiter(sheet.delimiter)))
    for header, name in zip(sheet.headers, plan.fields, strict=True):
        if name:
            lines.append("  " + _("{column} → {field}").format(column=header, field=name))
        elif header:
            lines.append("  " + _("{column} → kept in the description").format(column=header))
    count = len(plan.incidents)
    if args.dry_run:
        lines += repeated_lines(plan.repeated, "row")
        print("\n".join(lines))
        print(n_("Would store {n} incident; nothing was changed (--dry-run).",
                 "Would store {n} incidents; nothing was changed (--dry-run).", count)
              .format(n=number(count)))
        return 0
    from desktop_app.sync.tables import store_table  # noqa: PLC0415

    return _store(args, folder, plan, lines, "row", store_table, archive)


def cmd_import_martus(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.tables.mapping import TableMap, read_map  # noqa: PLC0415
    from desktop_app.tables.martus import plan_martus  # noqa: PLC0415
    from desktop_app.tables.martus_xml import read_martus  # noqa: PLC0415
    from desktop_app.tables.rows import parse_defaults  # noqa: PLC0415

    table_map = read_map(args.map) if args.map is not None else TableMap()
    defaults = parse_defaults(args.default)
    martus = read_martus(args.file)
    plan, archive = _plan(args, folder,
                          lambda: plan_martus(martus, args.file, table_map, defaults))
    if not plan.incidents:
        if archive is not None:
            archive.close()
        raise InvalidRecord(_("{path}: no bulletins in it").format(path=args.file))
    lines = [(n_("Read {path}: {n} bulletin in Martus's export format.",
                 "Read {path}: {n} bulletins in Martus's export format.", plan.versions)
              if martus.exported else
              n_("Read {path}: {n} bulletin in Martus's import format.",
                 "Read {path}: {n} bulletins in Martus's import format.", plan.versions))
             .format(path=args.file, n=number(plan.versions))]
    if plan.versions > len(plan.incidents):
        count = len(plan.incidents)
        lines.append(n_("{n} incident; earlier versions of a bulletin are kept as the "
                        "history of its incident.", "{n} incidents; earlier versions of a "
                        "bulletin are kept as the history of its incident.", count).format(
            n=number(count)))
    if plan.repaired_labels:
        lines.append(n_("Read {n} label that Martus wrote without escaping it.",
                        "Read {n} labels that Martus wrote without escaping them.",
                        plan.repaired_labels).format(n=number(plan.repaired_labels)))
    if plan.files:
        lines.append(n_("{n} attachment from beside the file.",
                        "{n} attachments from beside the file.", len(plan.files)).format(
            n=number(len(plan.files))))
    if args.dry_run:
        lines += repeated_lines(plan.repeated, "bulletin")
        print("\n".join(lines))
        print(n_("Would store {n} incident as a draft tagged martus; nothing was changed "
                 "(--dry-run).", "Would store {n} incidents as drafts tagged martus; nothing "
                 "was changed (--dry-run).", len(plan.incidents)).format(
            n=number(len(plan.incidents))))
        return 0
    from desktop_app.sync.tables import store_martus  # noqa: PLC0415

    return _store(args, folder, plan, lines, "bulletin", store_martus, archive)


def _plan(args: argparse.Namespace, folder: Path, make: Callable[[], Any]) -> tuple[Any, Any]:
    """The plan, made before the passphrase is asked, so a bad file is refused at once;
    and None, or the open archive if the plan needed it. A code the built-in vocabularies
    lack may be one a coordinator's update added to this vault's (sync/updates.py), which
    only the unlocked vault knows: then the plan is made again with the vault open, and
    the vault stays open for the store (the passphrase asked once)."""
    try:
        return make(), None
    except InvalidRecord:
        if args.dry_run:
            raise
    archive = open_archive(args, folder)
    try:
        return make(), archive
    except BaseException:
        archive.close()
        raise


def _store(args: argparse.Namespace, folder: Path, plan: Any, lines: list[str], unit: str,
           store: Callable[[Any, Any], Any], opened: Any = None) -> int:
    """Store ``plan`` in one transaction, then say what was read, which names were
    already here and what changed."""
    with opened if opened is not None else open_archive(args, folder) as archive:
        stored = store(archive, plan)
    print("\n".join(lines + import_lines(stored, unit, len(plan.incidents))))
    return 0


def cmd_export_table(args: argparse.Namespace, folder: Path) -> int:
    from desktop_app.crypto.files import write_export  # noqa: PLC0415
    from desktop_app.sync.tables import build_export  # noqa: PLC0415

    f = filter_before_unlock(args, folder)
    with open_archive(args, folder) as archive:
        if f is None:
            f = filter_from(args)
        made = build_export(archive, f, args.format, with_attachments=args.with_attachments)
    write_export(args.out, made.data)  # 0600, replaced in one step, only at the named path
    print(n_("Wrote {n} incident to {path}.", "Wrote {n} incidents to {path}.",
             made.incidents).format(n=number(made.incidents), path=args.out))
    if made.uwazi is not None:
        counts = made.uwazi
        print(_("With {people}, {cases} and {remedies}, linked by title.").format(
            people=n_("{n} person", "{n} people", counts.people).format(
                n=number(counts.people)),
            cases=n_("{n} legal case", "{n} legal cases", counts.legal_cases).format(
                n=number(counts.legal_cases)),
            remedies=n_("{n} remedy", "{n} remedies", counts.remedies).format(
                n=number(counts.remedies))))
    print(_("This file is not encrypted: anyone who gets it can read every name in it."))
    return 0
