"""Published charts as a reader sees them: a "<3" is a short hatched stub with its label,
never a long bar, whatever the other counts are (docs/SUMMARIES.md, rule 5).

The charts are painted by the real painters into images and measured by their pixels.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtGui import QImage

from desktop_app.reports.bars import STUB, bar_shares
from desktop_app.reports.publication import Figure
from desktop_app.reports.suppression import Mark
from desktop_app.ui.render.charts import chart_image
from desktop_app.ui.render.pdf import kazakh_font_family


def shown(label: str, n: int) -> Figure:
    return Figure(label, label, str(n), n, Mark.SHOWN)


def small(label: str) -> Figure:
    return Figure(label, label, "<3", 3, Mark.SMALL)  # what publication makes of a 1 or 2


def withheld(label: str) -> Figure:
    return Figure(label, label, "x", None, Mark.WITHHELD)


def _is_bar(image: QImage, x: int, y: int) -> bool:
    """A pixel of a bar: its blue outline, fill or hatch (text is grey, the page white)."""
    c = image.pixelColor(x, y)
    return c.blue() > c.red() + 40


def _is_ink(image: QImage, x: int, y: int) -> bool:
    c = image.pixelColor(x, y)
    return c.red() < 120 and abs(c.red() - c.blue()) < 30


def bars_of(image: QImage, *, across: bool = True) -> list[tuple[int, int, int, int]]:
    """The bars drawn, as (start, end, first, last): along the bar's length (x for
    horizontal bars, y for columns) and across it, in drawing order."""
    length, breadth = ((image.width(), image.height()) if across
                       else (image.height(), image.width()))

    def at(along: int, side: int) -> bool:
        return _is_bar(image, along, side) if across else _is_bar(image, side, along)

    found: list[tuple[int, int, int, int]] = []
    band: list[tuple[int, int]] = []
    for side in range(breadth + 1):
        hits = [a for a in range(length) if at(a, side)] if side < breadth else []
        if hits:
            band.append((min(hits), max(hits)))
        elif band:
            found.append((min(b[0] for b in band), max(b[1] for b in band),
                          side - len(band), side - 1))
            band = []
    return found


def _image(kind: str, rows: Sequence[Figure]) -> QImage:
    return chart_image(kind, rows, 900, kazakh_font_family(), dpi=120)


def test_the_scale_is_set_by_shown_counts_only() -> None:
    rows = [shown("a", 150), small("b"), withheld("c"), shown("d", 0), shown("e", 75)]
    assert bar_shares(rows) == [1.0, pytest.approx(3 / 150), 0.0, 0.0, 0.5]
    # Shown counts just above the threshold: the stub stays short, not 3/4 of the chart.
    assert bar_shares([shown("a", 4), small("b")]) == [1.0, STUB]
    # Nothing shown at all: every "<3" is a stub, none a full-length bar.
    assert bar_shares([small("a"), small("b"), withheld("c")]) == [STUB, STUB, 0.0]


@pytest.mark.parametrize("largest", [120, 4])  # 4: just above the threshold
def test_a_suppressed_bar_is_a_short_hatched_stub_with_its_label(qapp, largest: int) -> None:  # type: ignore[no-untyped-def]
    image = _image("bars", [shown("Шымкент қаласы", largest), small("Атырау облысы"),
                            withheld("Алматы облысы")])
    bars = bars_of(image)
    assert len(bars) == 2, bars  # the "x" has no bar
    (large_start, large_end, large_top, large_bottom), (start, end, top, bottom) = bars
    assert start == large_start  # both start at the same place
    assert end - start < (large_end - large_start) / 10, bars
    assert end - start >= 4  # still visible
    # Hatched: inside the stub's outline there is white page as well as blue.
    inside = [_is_bar(image, x, y) for x in range(start + 2, end - 1)
              for y in range(top + 2, bottom - 1)]
    assert any(inside) and not all(inside)
    # Solid: the long bar is filled.
    middle = (large_top + large_bottom) // 2
    assert all(_is_bar(image, x, middle) for x in range(large_start, large_end))
    # Its "<3" is written just after the stub, not after a long bar.
    assert any(_is_ink(image, x, y) for x in range(end + 1, end + 60)
               for y in range(top, bottom + 1))


def test_a_chart_of_small_counts_draws_no_long_bars(qapp) -> None:  # type: ignore[no-untyped-def]
    image = _image("bars", [small("Алматы облысы"), small("Қарағанды облысы"),
                            withheld("Маңғыстау облысы"), small("Алматы қаласы")])
    bars = bars_of(image)
    assert len(bars) == 3
    assert all(end - start < image.width() * 0.08 for start, end, _, _ in bars), bars


def test_a_suppressed_column_over_time_is_a_short_stub(qapp) -> None:  # type: ignore[no-untyped-def]
    image = _image("time", [shown("2018-12", 33), small("2019-02"), withheld("2019-06"),
                            small("2019-08")])
    columns = bars_of(image, across=False)
    assert len(columns) == 3, columns
    (large_top, large_bottom, *_), *stubs = columns
    for top, bottom, _, _ in stubs:
        assert bottom == large_bottom  # standing on the same base line
        assert bottom - top < (large_bottom - large_top) / 8, columns
