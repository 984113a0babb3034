"""How long each bar of a published chart is, the same for the PDF, the window and HTML.

Only counts that are shown set the scale. A "<3" stands for 1 or 2, so its bar is a short
stub: never longer than the threshold would be on that scale, nor than STUB of the longest
bar, however small the shown counts are (a chart of nothing but "<3" would otherwise draw
them all at full length, the smallest values looking like the largest). An "x" and a zero
have no bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.reports.publication import Figure
from desktop_app.reports.suppression import Mark

STUB = 0.04  # the longest a "<3" stub may be, as a share of the longest bar


def bar_shares(rows: Sequence[Figure]) -> list[float]:
    """Each row's bar as a share of the longest (0 to 1); 0 means no bar. A "<3" (its
    ``bar`` the threshold) gets at most STUB; callers may still widen a stub to a few
    pixels so its hatch shows."""
    longest = max((f.bar or 0 for f in rows if f.mark is Mark.SHOWN), default=0)
    shares = []
    for figure in rows:
        if not figure.bar or figure.mark is Mark.WITHHELD:
            shares.append(0.0)
        elif figure.mark is Mark.SMALL:
            shares.append(min(STUB, figure.bar / longest) if longest else STUB)
        else:
            shares.append(figure.bar / longest)
    return shares
