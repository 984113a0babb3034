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
    """The problems of ``errors``, each record's after its name, within MAX_LISTED."""
    parts: list[str] = []
    shown = 0
    for error in errors:
        clauses = [clause for _, clause in error.problems[:MAX_LISTED - shown]]
        if not clauses:
            break
        shown += len(clauses)
        text = "; ".join(clauses)
        parts.append(f"{error.record}: {text}" if error.record else text)
    more = sum(len(error.problems) for error in errors) - shown
    if more:
        parts.append(n_("and {n} more problem", "and {n} more problems", more).format(n=more))
    return "; ".join(parts)


class NotFound(TirkeuError):
    """A record asked for by id does not exist."""
