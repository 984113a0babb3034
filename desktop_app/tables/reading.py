"""Reading a spreadsheet into a Sheet: headers, rows and how the file was read.

CSV: UTF-8 with or without a byte-order mark, else Windows-1251 (what Excel on a Russian
or Kazakh Windows saves), said in the Sheet so a person can check; the delimiter is
sniffed. XLSX: openpyxl in read-only mode (rows streamed, never the whole workbook as
objects), the first sheet, merged header cells read from the sheet's own XML, cells typed
as dates kept as dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _, n_
from desktop_app.core.localized import number as localized_number

MAX_BYTES = 200 * 1024 * 1024  # a sheet larger than this is not a monitoring archive
MAX_ROWS = 200_000
MAX_COLUMNS = 200

Cell = str | int | float | dt.date | dt.datetime | None


class UnreadableTable(TirkeuError):
    """A file that cannot be read as a table at all."""


@dataclass(frozen=True)
class Sheet:
    """A table as read: ``headers`` (one per column, merged header rows joined with " / "),
    ``rows`` (each as long as ``headers``; empty rows left out) with ``numbers``, the row
    numbers a spreadsheet program shows for them, and how the file was read: ``encoding``
    (utf-8, utf-8-sig or cp1251; None for XLSX) and ``delimiter`` (None for XLSX)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numbers: tuple[int, ...]
    encoding: str | None = None
    delimiter: str | None = None

    def column(self, index: int) -> Iterator[Cell]:
        return (row[index] for row in self.rows)


def read_table(path: Path) -> Sheet:
    """The table in ``path`` (.csv, .tsv, .txt or .xlsx), or UnreadableTable."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableTable(_("Cannot read {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from None
    if size > MAX_BYTES:
        raise UnreadableTable(_("{path} is larger than a table Tirkeu reads ({size} MB at "
                                "most).").format(path=path, size=MAX_BYTES // 2**20))
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(path)
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return read_csv_bytes(path.read_bytes(), str(path))
    raise UnreadableTable(_("{path}: Tirkeu reads tables saved as .csv or .xlsx.").format(
        path=path))


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    else:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    text = raw.decode("cp1251", errors="replace")
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    # Windows-1251 decodes any byte; only a text that reads as mostly Cyrillic was one.
    if "\ufffd" in text or not letters or cyrillic < len(letters) / 3:
        raise UnreadableTable(_("{path} is neither UTF-8 nor Windows-1251 text; save it "
                                "from the spreadsheet as CSV UTF-8.").format(path=name))
    return text, "cp1251"


def _sniff(text: str) -> str:
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(",;\t|", key=first.count)


def read_csv_bytes(raw: bytes, name: str) -> Sheet:
    """A CSV file's bytes as a Sheet (``name`` for messages)."""
    text, encoding = _decode(raw, name)
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _sheet(enumerate(reader, start=1), 1, [], name, encoding, delimiter)
    except csv.Error as exc:
        raise UnreadableTable(_("{path}: not a readable CSV table ({reason}).").format(
            path=name, reason=exc)) from None


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet(numbered: Iterator[tuple[int, list[Any]]], header_rows: int,
           merges: list[tuple[int, int, int, int]], name: str, encoding: str | None,
           delimiter: str | None) -> Sheet:
    """Build a Sheet from numbered rows; the first ``header_rows`` hold the headers, with
    ``merges`` (min_row, min_col, max_row, max_col; 1-based) filled from their first cell."""
    heads: list[list[Any]] = []
    rows: list[tuple[Cell, ...]] = []
    numbers: list[int] = []
    for number, row in numbered:
        if len(heads) < header_rows:
            heads.append(list(row))
            continue
        cells = tuple(None if (isinstance(c, str) and not c.strip()) else c for c in row)
        if all(c is None for c in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise UnreadableTable(n_("{path} has more than {n} row; split it.",
                                     "{path} has more than {n} rows; split it.",
                                     MAX_ROWS).format(path=name, n=localized_number(MAX_ROWS)))
        rows.append(cells)
        numbers.append(number)
    if not heads:
        raise UnreadableTable(_("{path} is empty.").format(path=name))
    width = max([len(h) for h in heads] + [len(r) for r in rows])
    if width > MAX_COLUMNS:
        raise UnreadableTable(n_("{path} has more than {n} column.",
                                 "{path} has more than {n} columns.", MAX_COLUMNS).format(
            path=name, n=localized_number(MAX_COLUMNS)))
    grid = [[_text(c) for c in h] + [""] * (width - len(h)) for h in heads]
    for min_row, min_col, max_row, max_col in merges:
        if min_row > header_rows:
            continue
        top = grid[min_row - 1][min_col - 1]
        for r in range(min_row, min(max_row, header_rows) + 1):
            for c in range(min_col, min(max_col, width) + 1):
                grid[r - 1][c - 1] = top
    headers = []
    for column in range(width):
        parts = list(dict.fromkeys(g[column] for g in grid if g[column]))
        headers.append(" / ".join(parts))
    padded = tuple(r + (None,) * (width - len(r)) for r in rows)
    return Sheet(tuple(headers), padded, tuple(numbers), encoding, delimiter)


def _merged_ranges(source: IO[bytes]) -> list[tuple[int, int, int, int]]:
    """The merged ranges a worksheet's XML lists (read-only openpyxl does not say). The
    list comes after every row, so the XML is scanned as bytes for it, not parsed again."""
    from defusedxml.ElementTree import fromstring  # noqa: PLC0415 - only for XLSX
    from openpyxl.utils.cell import range_boundaries  # noqa: PLC0415

    tail, found = b"", b""
    while chunk := source.read(1 << 20):
        tail += chunk
        at = tail.find(b"<mergeCells")
        if at >= 0:
            found = tail[at:] + source.read()
            break
        tail = tail[-16:]  # enough to find the tag across two chunks
    if not found:
        return []
    close = found.find(b"</mergeCells>")
    element = fromstring(found[:close + len(b"</mergeCells>")] if close >= 0 else b"<x/>")
    ranges = []
    for merge in element.iter():
        if merge.tag.endswith("mergeCell") and merge.get("ref"):
            min_col, min_row, max_col, max_row = range_boundaries(merge.get("ref"))
            ranges.append((min_row, min_col, max_row, max_col))
    return ranges


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook  # noqa: PLC0415 - openpyxl loads only for XLSX

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableTable(_("{path} is not a readable XLSX workbook ({reason}).").format(
            path=path, reason=exc)) from None
    try:
        sheet = book.worksheets[0]
        # The private _get_source is the sheet's XML stream, the one openpyxl reads itself.
        with sheet._get_source() as source:
            merges = _merged_ranges(source)
        # A header merged across columns has its parts in the row below.
        header_rows = 2 if any(m[0] == 1 and (m[3] > m[1] or m[2] > 1) for m in merges) else 1
        numbered = ((number, list(row)) for number, row in
                    enumerate(sheet.iter_rows(values_only=True), start=1))
        return _sheet(numbered, header_rows, merges, str(path), None, None)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableTable(_("{path} is not a readable XLSX workbook ({reason}).").format(
            path=path, reason=exc)) from None
    finally:
        book.close()
