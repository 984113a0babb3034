"""Small-cell suppression for published figures (the rule is in docs/SUMMARIES.md).

A count from 1 to ``threshold - 1`` could point at a person, so it is shown as "<3"
(primary suppression). A published total would still give such a count away by
subtraction, so along every *line* — counts that add up to a published total — more is
withheld ("x", secondary suppression) until no hidden number of the line can be worked
out from the others: at least two are hidden, and unless the total is hidden too, one of
them is at least the threshold. Zero stays 0: it says nobody.

Cells are named by any hashable key; the same key in two lines is the same published
number (one total shared by several tables), so it is withheld everywhere or nowhere.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from enum import StrEnum

DEFAULT_THRESHOLD = 3
WITHHELD_TEXT = "x"


class Mark(StrEnum):
    SHOWN = "shown"
    SMALL = "small"  # primary: 0 < count < threshold, shown as "<3"
    WITHHELD = "withheld"  # secondary: withheld so a small count cannot be worked out


Line = tuple[Sequence[Hashable], Hashable]  # (cells that add up, their published total)


def protect(values: Mapping[Hashable, int], lines: Iterable[Line],
            threshold: int = DEFAULT_THRESHOLD) -> dict[Hashable, Mark]:
    """How each cell of ``values`` may be published. With ``threshold`` <= 1 nothing is
    suppressed (for exact, unpublished output)."""
    marks = {k: Mark.SMALL if 0 < v < threshold else Mark.SHOWN for k, v in values.items()}
    lines = [(list(members), total) for members, total in lines]
    changed = True
    while changed:  # each pass only hides more, so this ends
        changed = False
        for members, total in lines:
            pick = _exposed(members, total, values, marks, threshold)
            if pick is not None:
                marks[pick] = Mark.WITHHELD
                changed = True
    return marks


def _exposed(members: Sequence[Hashable], total: Hashable, values: Mapping[Hashable, int],
             marks: dict[Hashable, Mark], threshold: int) -> Hashable | None:
    """The cell to withhold next so this line gives nothing away, or None if it is safe.

    A line is exposed when exactly one of its numbers (cells and total) is hidden — the
    others give it by subtraction — or when the total is shown and every hidden cell is
    small, since their known sum, made only of values below the threshold, often fixes
    each one. The cure is to hide the smallest shown cell that is not zero (shown cells
    are zero or at least the threshold), else the total."""
    hidden = [k for k in (*members, total) if marks[k] is not Mark.SHOWN]
    if not hidden:
        return None
    all_small = all(values[k] < threshold for k in hidden)
    if len(hidden) > 1 and not (marks[total] is Mark.SHOWN and all_small):
        return None
    candidates = [k for k in members if marks[k] is Mark.SHOWN and values[k] > 0]
    if candidates:
        return min(candidates, key=lambda k: values[k])
    return total if marks[total] is Mark.SHOWN and values[total] > 0 else None


def shown(value: int, mark: Mark, threshold: int = DEFAULT_THRESHOLD) -> str:
    """The published text of a count: the number, "<3", or "x"."""
    if mark is Mark.SMALL:
        return f"<{threshold}"
    if mark is Mark.WITHHELD:
        return WITHHELD_TEXT
    return str(value)
