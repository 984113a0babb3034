"""What an import tells the person besides its counts, in the command and the window."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_app.core.language import _, n_


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
