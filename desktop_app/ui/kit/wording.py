"""Text worded again whenever the window's language changes, without a restart.

A widget that is worded once, as it is built, would keep its first language. Instead
each text is given as a setter and a function that says it (a ``self.tr(...)`` call, so
lupdate still reads the sentence and its context), and ``again()`` asks every function
anew once the new catalogue is installed::

    say = self.wording = Wording()
    say(self.save.setText, lambda: self.tr("&Save"))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Text = str | Callable[[], str]


def said(text: Text) -> str:
    """``text`` as it reads now: a plain string stays, a function is asked."""
    return text() if callable(text) else text


class Wording:
    def __init__(self) -> None:
        self._texts: list[tuple[Callable[[Any], Any], Callable[[], Any]]] = []

    def __call__(self, setter: Callable[[Any], Any], text: Callable[[], Any]) -> None:
        """Set ``setter(text())`` now and at every ``again()``."""
        self._texts.append((setter, text))
        setter(text())

    def again(self) -> None:
        """Every text in the installed language."""
        for setter, text in self._texts:
            setter(text())
