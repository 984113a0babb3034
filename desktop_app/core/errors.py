"""Errors the core raises; the CLI and the window turn each into one sentence."""


class TirkeuError(Exception):
    """Base of every error meant to be shown to a person as one clear sentence."""

    def __str__(self) -> str:  # the message is the sentence
        return self.args[0] if self.args else self.__class__.__name__


class InvalidRecord(TirkeuError):
    """An incident (or part of one) does not follow the interchange format."""

    def __init__(self, problem: str, record: str | None = None):
        self.problem = problem
        self.record = record
        super().__init__(f"{record}: {problem}" if record else problem)


class NotFound(TirkeuError):
    """A record asked for by id does not exist."""
