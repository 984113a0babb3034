"""How the window looks, for every page: light or dark, and a focus ring a person can see.

``apply(app)`` is called once where the window's controller is built (so start-up and the
tests look the same). It

- follows the platform's colour scheme (Qt's ``QStyleHints.colorScheme``), or
  ``TIRKEU_THEME=dark|light`` when set (screenshots, or a person who wants it): if the
  scheme is dark and the platform's style did not give a dark palette (Windows' native
  style does not), Qt's Fusion style is used with the dark palette below;
- keeps selected text readable (``readable_selection``);
- draws one focus ring, 2 px, outside the focused control (Qt's ``QFocusFrame``), in the
  palette's highlight colour when that stands out from the window (contrast of at least
  3:1, WCAG 2.1 for controls) and in the text colour otherwise. macOS draws its own ring.

Pages take their message colours from ``colour(role)`` so a red sentence stays readable on
a dark window.
"""

from __future__ import annotations

import os
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

THEME_VARIABLE = "TIRKEU_THEME"
MIN_CONTRAST = 3.0

# Sentence colours: (light window, dark window). Each is at least 4.5:1 on its window.
_COLOURS = {
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#7a5d00", "#ffd54f"),
    "good": ("#1b5e20", "#81c784"),
}


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.1) of an sRGB colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """Contrast ratio (1 to 21) between two colours."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """The window's background is dark (text lighter than the window)."""
    palette = palette or QApplication.palette()
    return (luminance(palette.color(QPalette.ColorRole.Window))
            < luminance(palette.color(QPalette.ColorRole.WindowText)))


def colour(role: str, palette: QPalette | None = None) -> str:
    """The colour of an "error", "warning" or "good" sentence on this palette's window."""
    light, dark = _COLOURS[role]
    return dark if is_dark(palette) else light


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring's colour: the highlight if it stands out from the window, else text."""
    window = palette.color(QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if contrast(highlight, window) >= MIN_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


def dark_palette() -> QPalette:
    """A dark palette for Fusion in which text, links and the focus ring stay readable."""
    p = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#eeeeee")
    disabled = QColor("#8a8a8a")
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, window), (roles.WindowText, text), (roles.Base, base),
                        (roles.AlternateBase, QColor("#262626")),
                        (roles.ToolTipBase, QColor("#3a3a3a")), (roles.ToolTipText, text),
                        (roles.PlaceholderText, QColor("#a0a0a0")), (roles.Text, text),
                        (roles.Button, QColor("#353535")), (roles.ButtonText, text),
                        (roles.BrightText, QColor("#ff8a80")),
                        (roles.Highlight, QColor("#4f9fe6")),
                        (roles.HighlightedText, QColor("#000000")),
                        (roles.Link, QColor("#8cc4ff")), (roles.LinkVisited, QColor("#c5a3ff")),
                        (roles.Light, QColor("#4a4a4a")), (roles.Midlight, QColor("#3e3e3e")),
                        (roles.Mid, QColor("#2f2f2f")), (roles.Dark, QColor("#191919")),
                        (roles.Shadow, QColor("#0a0a0a"))):
        p.setColor(role, value)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, roles.Highlight, QColor("#3a3a3a"))
    return p


def readable_selection(palette: QPalette) -> QPalette:
    """``palette`` with its selection darkened (or lightened) until the selected text on it
    reads at 4.5:1 at least (Fusion's light blue gives white text only 3.7:1)."""
    text = palette.color(QPalette.ColorRole.HighlightedText)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    for _ in range(20):
        if contrast(text, highlight) >= 4.5:
            break
        highlight = highlight.darker(110) if luminance(text) > 0.5 else highlight.lighter(110)
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight, highlight)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, highlight)
    return palette


def wanted_scheme() -> str:
    """"dark" or "light": ``TIRKEU_THEME`` if set, else the platform's colour scheme."""
    chosen = os.environ.get(THEME_VARIABLE, "").strip().lower()
    if chosen in ("dark", "light"):
        return chosen
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)  # Qt 6.5 and later
    return "dark" if scheme is not None and scheme() == Qt.ColorScheme.Dark else "light"


class _FocusStyle(QProxyStyle):
    """The platform's style, with the focus frame painted in ``focus_colour``."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            painter.fillRect(option.rect, focus_colour(option.palette))
            return
        super().drawControl(element, option, painter, widget)

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,  # noqa: N802
                    widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return 2
        return super().pixelMetric(metric, option, widget)


class FocusRing(QObject):
    """One QFocusFrame that follows keyboard focus through every window of the program."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        app.focusChanged.connect(self._moved)

    @property
    def widget(self) -> QWidget | None:
        """The control the ring is drawn around now (None if none)."""
        frame = self._frame
        return frame.widget() if frame is not None and shiboken6.isValid(frame) else None

    def _moved(self, _old: Any, new: QWidget | None) -> None:
        frame = self._frame
        if frame is None or not shiboken6.isValid(frame):
            frame = self._frame = QFocusFrame()
        if new is None or new.isWindow():
            frame.setWidget(None)  # type: ignore[arg-type]
            frame.hide()
            return
        frame.setWidget(new)
        frame.show()


_applied: list[Any] = []


def apply(app: QApplication | None = None) -> None:
    """Set the program's look once: colour scheme, dark palette if needed, focus ring."""
    app = app or QApplication.instance()
    if _applied or app is None:
        return
    # A fresh copy of the platform's style for the proxy to own (the application keeps
    # and deletes its own).
    base = QStyleFactory.create(app.style().name()) or QStyleFactory.create("Fusion")
    if wanted_scheme() == "dark" and not is_dark(app.palette()):
        base = QStyleFactory.create("Fusion")
        app.setPalette(dark_palette())
    elif wanted_scheme() == "light" and os.environ.get(THEME_VARIABLE) and is_dark(app.palette()):
        base = QStyleFactory.create("Fusion")
        app.setPalette(base.standardPalette())
    app.setPalette(readable_selection(app.palette()))
    native_ring = base.name().lower().startswith("mac")
    style = _FocusStyle(base)
    app.setStyle(style)
    _applied.append(style)
    if not native_ring:
        _applied.append(FocusRing(app))


def focus_ring() -> FocusRing | None:
    """The ring ``apply`` installed (None before, or on macOS)."""
    return next((item for item in _applied if isinstance(item, FocusRing)), None)
