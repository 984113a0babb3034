"""What an import tells the person besides its counts, in the command and the window."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desktop_app.core.language import _, n_
from desktop_app.core.localized import number


def repeated_lines(repeated: Mapping[str, Sequence[int]], kind: str,
              already: Sequence[str] = ()) -> list[str]:
    """What an import says of names met twice: in two records of the file (``kind``: "row"
    or "bulletin"), or already in the vault; and how to merge them, since an import never
    does. One sentence a line; none if no name repeats."""
    lines = []
    if repeated:
        listed = "; ".join(
            (_("{name} (rows {numbers})") if kind == "row"
             else _("{name} (bulletins {numbers})"))
            .format(name=name, numbers=", ".join(str(n) for n in numbers))
            for name, numbers in list(repeated.items())[:20])
        lines.append(n_("This name appears in more than one record and was kept as separate "
                        "people: {names}.", "These names appear in more than one record and "
                        "were kept as separate people: {names}.", len(repeated)).format(
            names=listed))
    if already:
        lines.append(n_("This name was already in the vault and is kept as another person: "
                        "{names}.", "These names were already in the vault and are kept as "
                        "other people: {names}.", len(already)).format(
            names="; ".join(already[:20])))
    if lines:
        lines.append(_("If they are one person, merge them on the People page: open the "
                       "person, then Merge…."))
    return lines


def known_rows_line(known: int, rows: int) -> str | None:
    """What an import says of rows already in the vault from an earlier import of the
    same content (not stored again); None if there were none."""
    if not known:
        return None
    if known == rows:
        return _("Every row of this file was already in the vault from an earlier import; "
                 "nothing was stored again.")
    return n_("{n} row was already in the vault from an earlier import (the same content) "
              "and was not stored again.", "{n} rows were already in the vault from an "
              "earlier import (the same content) and were not stored again.", known).format(
        n=number(known))


def import_lines(stored: Any, kind: str, records: int) -> list[str]:
    """What an import says once stored (``stored``: sync.tables.Stored): its counts, the
    rows it met again, then the names to look at on the People page."""
    result = stored.result
    lines = [_("Added {created}, revised {revised}, unchanged {unchanged}.").format(
        created=result.created, revised=result.revised, unchanged=result.unchanged)]
    if (known := known_rows_line(stored.known, records)) is not None:
        lines.append(known)
    return lines + repeated_lines(stored.repeated, kind, stored.already)
