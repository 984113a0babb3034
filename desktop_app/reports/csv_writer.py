"""CSV of a publication: the summary as one long table, a cross-table as a matrix.

Only what a ``Publication`` holds is written: codes, labels from vocabularies, and counts
already suppressed ("<3", "x"), shown ones in bare digits so that a spreadsheet reads them
as numbers whatever its locale (the labels are in the publication's language). The
statement of the threshold is a row of its own, so it travels with the numbers into any
spreadsheet.
"""

from __future__ import annotations

import csv
import io

from desktop_app.reports.publication import Cross, Publication

SUMMARY_HEADER = ("table", "code", "label", "count")


def summary_csv(pub: Publication) -> str:
    """Rows of (table, code, label, count): the notes first (threshold, counting rules),
    then the headline figures, then every table with its total."""
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(SUMMARY_HEADER)
    out.writerow(("title", "", pub.title, ""))
    out.writerow(("period", "", pub.period, ""))
    for condition in pub.conditions:
        out.writerow(("filter", "", condition, ""))
    out.writerow(("note", "threshold", pub.notes[0], pub.threshold))
    for note in pub.notes[1:]:
        out.writerow(("note", "", note, ""))
    for figure in pub.headline:
        out.writerow(("headline", figure.code, figure.label, figure.plain))
    for table in pub.tables:
        for figure in table.rows:
            out.writerow((table.key, figure.code, figure.label, figure.plain))
        if table.total is not None:
            out.writerow((table.key, "total", table.total.label, table.total.plain))
        if table.note:
            out.writerow(("note", table.key, table.note, ""))
    return buffer.getvalue()


def cross_csv(pub: Publication) -> str:
    """The cross-table as a matrix (rows × columns, with totals), then the notes."""
    if pub.cross is None:
        raise ValueError("this publication has no cross-table")
    cross: Cross = pub.cross
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow([f"{cross.rows_heading} \\ {cross.columns_heading}",
                  *(label for _code, label in cross.columns), cross.total.label])
    for row in cross.rows:
        out.writerow([row.label, *(c.plain for c in row.cells), row.total.plain])
    out.writerow([cross.total.label, *(c.plain for c in cross.column_totals),
                  cross.total.plain])
    out.writerow([])
    out.writerow([cross.title])
    out.writerow([pub.period, *pub.conditions])
    for note in (pub.notes[0], cross.note, *pub.notes[1:]):
        if note:
            out.writerow([note])
    return buffer.getvalue()


def file_bytes(text: str) -> bytes:
    """CSV text as a file's bytes: UTF-8 with a byte-order mark, which spreadsheet programs
    need to read Cyrillic as UTF-8 rather than as a local code page."""
    return ("\ufeff" + text).encode("utf-8")
