"""Errors the core raises; the CLI and the window turn each into one sentence."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.language import n_


class TirkeuError(Exception):
    """Base of every error meant to be shown to a person as one clear sentence."""

    def __str__(self) -> str:  # the message is the sentence
        return self.args[0] if self.args else self.__class__.__name__


# One problem of a record: the path of the field at fault (None for the record as a whole)
# and the clause that says what is wrong, naming that path ("title is required").
Problem = tuple[str | None, str]

# A sentence lists this many problems at most, then says how many more there are.
MAX_LISTED = 20
# A problem shared by several records names this many of them, then how many more.
MAX_NAMED = 3


class InvalidRecord(TirkeuError):
    """An incident (or part of one) does not follow the interchange format.

    ``field`` is the path of the (first) field at fault in the interchange shape
    ("title", "victims[2].name"), or None when the record as a whole is wrong; the window
    puts the sentence beside that field. ``problems`` lists every problem found in the
    record as (field, clause) pairs, in the order of the interchange shape, the first one
    being ``field``'s; ``problem`` joins their clauses. ``record`` names the record within
    a larger input, and ``others`` are the further wrong records of that input (each an
    InvalidRecord with its own record, field and problems). The sentence lists the
    problems of this record and of the others, at most MAX_LISTED, then how many more."""

    def __init__(self, problem: str, record: str | None = None, *, field: str | None = None,
                 problems: Sequence[Problem] = (), others: Sequence[InvalidRecord] = ()):
        self.problems: list[Problem] = list(problems) or [(field, problem)]
        self.field = self.problems[0][0]
        self.problem = problem
        self.record = record
        self.others = tuple(others)
        super().__init__(_listing([self, *self.others]))

    @classmethod
    def listing(cls, problems: Sequence[Problem], record: str | None = None, *,
                others: Sequence[InvalidRecord] = ()) -> InvalidRecord:
        """The error for every one of ``problems`` (at least one) of one record."""
        return cls(_listing([cls("", problems=problems)]), record, problems=problems,
                   others=others)


def _listing(errors: Sequence[InvalidRecord]) -> str:
    """The problems of ``errors``, each record's after its name, within MAX_LISTED.
    Records with the very same problems (an unknown code used throughout a file) are named
    together and their problems said once, so a list of known codes is not read 200
    times."""
    groups: dict[tuple[str, ...], list[str]] = {}  # clauses -> the records they are of
    for error in errors:
        groups.setdefault(tuple(clause for _, clause in error.problems), []).append(
            error.record or "")
    parts: list[str] = []
    listed = said = 0  # clauses written; problems they stand for (once per record)
    for clauses, names in groups.items():
        shown_clauses = clauses[:MAX_LISTED - listed]
        if not shown_clauses:
            break
        listed += len(shown_clauses)
        said += len(shown_clauses) * len(names)
        text = "; ".join(shown_clauses)
        named = [name for name in names if name]
        parts.append(f"{_named(named)}: {text}" if named else text)
    more = sum(len(error.problems) for error in errors) - said
    if more:
        parts.append(n_("and {n} more problem", "and {n} more problems", more).format(n=more))
    return "; ".join(parts)


def _named(names: list[str]) -> str:
    """"record 4", or "record 4, record 9, record 12 and 30 more records"."""
    if len(names) <= MAX_NAMED:
        return ", ".join(names)
    more = len(names) - MAX_NAMED
    return n_("{records} and {n} more record", "{records} and {n} more records",
              more).format(records=", ".join(names[:MAX_NAMED]), n=more)


class NotFound(TirkeuError):
    """A record asked for by id does not exist."""
