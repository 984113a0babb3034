"""Small-cell suppression for published figures (the rule is in docs/SUMMARIES.md).

A count from 1 to ``threshold - 1`` could point at a person, so it is shown as "<3"
(primary suppression). A published total would still give such a count away by
subtraction, so along every *line* — counts that add up to a published total — more is
withheld ("x", secondary suppression) until the hidden counts of the line include one of
at least the threshold, or the total itself is hidden. Zero stays 0: it says nobody.

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
            if marks[total] is not Mark.SHOWN:
                continue  # a hidden total gives nothing away by subtraction
            hidden = [k for k in members if marks[k] is not Mark.SHOWN]
            if not hidden or any(values[k] >= threshold for k in hidden):
                continue
            # Total minus the shown cells would give the small ones (or their sum, which
            # with values below the threshold often fixes each): hide one more cell, the
            # smallest that is at least the threshold, or else the total.
            larger = [k for k in members if marks[k] is Mark.SHOWN and values[k] >= threshold]
            pick = min(larger, key=lambda k: values[k]) if larger else total
            marks[pick] = Mark.WITHHELD
            changed = True
    return marks


def shown(value: int, mark: Mark, threshold: int = DEFAULT_THRESHOLD) -> str:
    """The published text of a count: the number, "<3", or "x"."""
    if mark is Mark.SMALL:
        return f"<{threshold}"
    if mark is Mark.WITHHELD:
        return WITHHELD_TEXT
    return str(value)
