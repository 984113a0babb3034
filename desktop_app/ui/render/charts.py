"""Bar charts drawn with QPainter: columns over time, and bars per category.

The same painters draw into the window (a widget's paintEvent), into images for the PDF,
and onto any other QPaintDevice. They take ``Figure`` rows from ``reports.publication``
and their lengths from ``reports.bars``: shown counts alone set the scale, a "<3" is a
short hatched stub labelled "<3", an "x" has no bar, so a chart never tells more than the
table beside it and never draws the smallest values as the largest. There is no value
axis: each bar carries its own number.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from desktop_app.reports.bars import bar_shares
from desktop_app.reports.publication import Figure
from desktop_app.reports.suppression import Mark

BAR = QColor("#3a6ea5")
HATCH = QColor("#7d9cc0")
INK = QColor("#222222")
RULE = QColor("#888888")


def _brush(figure: Figure) -> QBrush:
    if figure.mark is Mark.SMALL:
        return QBrush(HATCH, Qt.BrushStyle.BDiagPattern)
    return QBrush(BAR)


def _length(figure: Figure, share: float, room: float, line: float) -> float:
    """A bar's drawn length; 0 for none. A stub is kept wide enough for its hatch to show."""
    if not share:
        return 0.0
    least = min(line * 0.6, room) if figure.mark is Mark.SMALL else 1.0
    return max(room * share, least)


def paint_time_chart(painter: QPainter, area: QRectF, rows: Sequence[Figure],
                     font: QFont) -> None:
    """Columns from left to right in the order of ``rows`` (years or months)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    rotate = any(metrics.horizontalAdvance(f.label) > area.width() / max(len(rows), 1) * 0.9
                 for f in rows)
    label_room = (max((metrics.horizontalAdvance(f.label) for f in rows), default=0) + line
                  if rotate else line * 1.6)
    plot = area.adjusted(line * 0.5, line * 1.4, -line * 0.5, -label_room)
    step = plot.width() / max(len(rows), 1)
    width = max(step * 0.72, 1.0)
    shares = bar_shares(rows)
    every = max(1, int(len(rows) * line * 1.2 / max(plot.width(), 1)) + 1)
    painter.setPen(QPen(RULE, 0))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    for i, figure in enumerate(rows):
        x = plot.left() + i * step + (step - width) / 2
        top = plot.bottom()
        height = _length(figure, shares[i], plot.height(), line)
        if height:
            top = plot.bottom() - height
            painter.setPen(QPen(BAR, 0))
            painter.setBrush(_brush(figure))
            painter.drawRect(QRectF(x, top, width, height))
        painter.setPen(INK)
        if step > metrics.horizontalAdvance(figure.text) * 0.8 or i % every == 0:
            painter.drawText(QRectF(x - step, top - line * 1.2, width + 2 * step, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             figure.text)
        if i % every:
            continue
        if rotate:
            painter.save()
            painter.translate(x + width / 2 + line / 3, plot.bottom() + line * 0.4)
            painter.rotate(90)
            painter.drawText(QPointF(0, 0), figure.label)
            painter.restore()
        else:
            painter.drawText(QRectF(x - step / 2, plot.bottom() + 2, width + step, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             figure.label)
    painter.restore()


def paint_bar_chart(painter: QPainter, area: QRectF, rows: Sequence[Figure],
                    font: QFont) -> None:
    """One horizontal bar per row: label on the left, bar, its number at its end."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    pitch = min(line * 1.5, area.height() / max(len(rows), 1))
    label_width = min(max((metrics.horizontalAdvance(f.label) for f in rows), default=0),
                      area.width() * 0.42)
    number_width = max((metrics.horizontalAdvance(f.text) for f in rows), default=0) + line
    bar_left = area.left() + label_width + line * 0.6
    bar_room = max(area.right() - number_width - bar_left, 1.0)
    shares = bar_shares(rows)
    for i, figure in enumerate(rows):
        y = area.top() + i * pitch
        painter.setPen(INK)
        label = metrics.elidedText(figure.label, Qt.TextElideMode.ElideRight, label_width)
        painter.drawText(QRectF(area.left(), y, label_width, pitch),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        end = bar_left + _length(figure, shares[i], bar_room, line)
        if end > bar_left:
            painter.setPen(QPen(BAR, 0))
            painter.setBrush(_brush(figure))
            painter.drawRect(QRectF(bar_left, y + pitch * 0.18, end - bar_left, pitch * 0.64))
        painter.setPen(INK)
        painter.drawText(QRectF(end + line * 0.3, y, number_width, pitch),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         figure.text)
    painter.restore()


def bar_chart_height(rows: Sequence[Figure], font: QFont) -> float:
    """The height ``paint_bar_chart`` wants for ``rows`` at ``font``."""
    return QFontMetricsF(font).height() * 1.5 * max(len(rows), 1)


def chart_image(kind: str, rows: Sequence[Figure], width: int, family: str,
                point_size: float = 9.0, dpi: int = 200) -> QImage:
    """A chart ("time" or "bars") as an image ``width`` pixels wide, for the PDF; fonts are
    sized for printing at ``dpi``."""
    font = QFont(family)
    font.setPixelSize(max(int(point_size * dpi / 72), 6))
    height = (int(width * 0.36) if kind == "time"
              else int(bar_chart_height(rows, font) + QFontMetricsF(font).height()))
    image = QImage(width, max(height, 1), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        area = QRectF(0, 0, width, height).adjusted(4, 4, -4, -4)
        if kind == "time":
            paint_time_chart(painter, area, rows, font)
        else:
            paint_bar_chart(painter, area, rows, font)
    finally:
        painter.end()
    return image
