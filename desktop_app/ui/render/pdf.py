"""A publication as a PDF, drawn by Qt itself (QTextDocument onto QPdfWriter).

Text stays text (the numbers and labels can be selected and extracted); the font is one
that has the Kazakh letters, and QPdfWriter embeds the glyphs used, so the file reads the
same on a machine without that font. Charts are images drawn by ``render.charts``; the
same numbers are in the tables beside them.
"""

from __future__ import annotations

import os
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from desktop_app.core.errors import TirkeuError
from desktop_app.reports.publication import Cross, Publication, Table
from desktop_app.ui.render.charts import chart_image

# Every letter Kazakh adds to Russian Cyrillic, in both cases, and a few Russian ones.
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһіЖжЁё"
PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "FreeSans")
CHART_DPI = 200
MAX_BARS = 40  # a bar chart with more rows would be unreadable: the table is enough

_app: QApplication | None = None


class NoSuitableFont(TirkeuError):
    pass


def ensure_application() -> None:
    """Fonts and painting need a Qt application; the command line makes one offscreen, so
    no window opens and no display is needed. It is a QApplication, not a bare
    QGuiApplication, so widgets made later in the same process still work."""
    global _app  # noqa: PLW0603 - the one QApplication of the process, kept alive for it
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication(["tirkeu"])


def has_kazakh_letters(family: str) -> bool:
    raw = QRawFont.fromFont(QFont(family))
    return (raw.isValid() and raw.familyName() == family
            and all(raw.supportsCharacter(ord(ch)) for ch in KAZAKH_LETTERS))


def kazakh_font_family() -> str:
    """An installed font family with every Kazakh letter (DejaVu Sans or Noto Sans where
    installed); NoSuitableFont if there is none, rather than a PDF full of boxes."""
    ensure_application()
    for family in (*PREFERRED_FAMILIES, *QFontDatabase.families()):
        if has_kazakh_letters(family):
            return family
    raise NoSuitableFont("No installed font has the Kazakh letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, "
                         "І); install DejaVu Sans or Noto Sans to make a PDF.")


def _figures_table(table: Table) -> str:
    rows = "".join(f'<tr><td>{escape(f.label)}</td><td align="right">{escape(f.text)}</td></tr>'
                   for f in table.rows)
    if table.total is not None:
        rows += (f'<tr><td><b>{escape(table.total.label)}</b></td>'
                 f'<td align="right"><b>{escape(table.total.text)}</b></td></tr>')
    return (f'<table border="0.5" cellspacing="0" cellpadding="3" width="100%">'
            f'<tr><th align="left">{escape(table.dimension)}</th>'
            f'<th align="right" width="18%">{escape(table.unit)}</th></tr>{rows}</table>')


def _cross_table(cross: Cross) -> str:
    head = "".join(f'<th align="right">{escape(label)}</th>' for _c, label in cross.columns)
    body = "".join(
        f"<tr><td>{escape(r.label)}</td>"
        + "".join(f'<td align="right">{escape(c.text)}</td>' for c in r.cells)
        + f'<td align="right"><b>{escape(r.total.text)}</b></td></tr>' for r in cross.rows)
    totals = "".join(f'<td align="right"><b>{escape(c.text)}</b></td>'
                     for c in cross.column_totals)
    return (f"<h2>{escape(cross.title)}</h2>"
            f'<table border="0.5" cellspacing="0" cellpadding="3" width="100%">'
            f'<tr><th align="left">{escape(cross.rows_heading)} \\ '
            f"{escape(cross.columns_heading)}</th>{head}"
            f'<th align="right">{escape(cross.total.label)}</th></tr>{body}'
            f"<tr><td><b>{escape(cross.total.label)}</b></td>{totals}"
            f'<td align="right"><b>{escape(cross.total.text)}</b></td></tr></table>'
            + (f"<p><i>{escape(cross.note)}</i></p>" if cross.note else ""))


def build_document(pub: Publication, family: str) -> QTextDocument:
    """The publication laid out as rich text, charts added as image resources."""
    document = QTextDocument()
    document.setDefaultFont(QFont(family, 9))
    document.setDefaultStyleSheet(
        f'body {{ font-family: "{family}"; }} h1 {{ font-size: 16pt; }} '
        "h2 { font-size: 12pt; margin-top: 14px; } th { background-color: #e8eef5; }")
    parts = [f"<h1>{escape(pub.title)}</h1>", f"<p>{escape(pub.period)}"]
    parts += [f"<br/>{escape(c)}" for c in pub.conditions]
    parts.append(f"</p><p><b>{escape(pub.notes[0])}</b></p>")
    parts.append('<table border="0" cellspacing="0" cellpadding="2">')
    parts += [f'<tr><td>{escape(f.label)}</td><td align="right"><b>{escape(f.text)}</b></td></tr>'
              for f in pub.headline]
    parts.append("</table>")
    for table in pub.tables:
        parts.append(f"<h2>{escape(table.title)}</h2>")
        if table.chart and len(table.rows) <= MAX_BARS:
            url = f"chart:{table.key}"
            # Widths in the document's pixels (1/96 inch); the image is drawn at CHART_DPI
            # so its 9-point labels print at 9 points.
            shown_width = 560 if table.chart == "time" else 480
            image = chart_image(table.chart, table.rows, round(shown_width * CHART_DPI / 96),
                                family, dpi=CHART_DPI)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
            shown_height = round(image.height() * shown_width / image.width())
            parts.append(f'<p><img src="{url}" width="{shown_width}" '
                         f'height="{shown_height}"/></p>')
        parts.append(_figures_table(table))
        if table.note:
            parts.append(f"<p><i>{escape(table.note)}</i></p>")
    if pub.cross is not None:
        parts.append(_cross_table(pub.cross))
    parts.append("<hr/>" + "".join(f"<p><small>{escape(n)}</small></p>" for n in pub.notes))
    document.setHtml("<html><body>" + "".join(parts) + "</body></html>")
    return document


def pdf_bytes(pub: Publication) -> bytes:
    """The PDF file of ``pub`` (A4), as bytes: nothing is written to disk here."""
    ensure_application()
    family = kazakh_font_family()
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(pub.title)
    writer.setCreator("Tirkeu")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    document = build_document(pub, family)
    # A document with a page size of its own is printed as it is laid out. Without one,
    # Qt adds page numbers, which would be small numbers beside the counts.
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchX() if screen is not None else 96.0
    width = writer.width() * dpi / writer.logicalDpiX()
    document.setPageSize(QSizeF(width, width * writer.height() / writer.width()))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())
