"""Errors the core raises; the CLI and the window turn each into one sentence."""


class TirkeuError(Exception):
    """Base of every error meant to be shown to a person as one clear sentence."""

    def __str__(self) -> str:  # the message is the sentence
        return self.args[0] if self.args else self.__class__.__name__


class InvalidRecord(TirkeuError):
    """An incident (or part of one) does not follow the interchange format.

    ``field`` is the path of the field at fault in the interchange shape ("title",
    "victims[2].name"), or None when the record as a whole is wrong; the window puts the
    sentence beside that field. ``record`` names the record within a larger input."""

    def __init__(self, problem: str, record: str | None = None, *, field: str | None = None):
        self.problem = problem
        self.record = record
        self.field = field
        super().__init__(f"{record}: {problem}" if record else problem)


class NotFound(TirkeuError):
    """A record asked for by id does not exist."""
