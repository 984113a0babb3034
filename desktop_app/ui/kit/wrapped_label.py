"""A word-wrapped sentence that always gets the height its lines need.

Qt sizes a wrapped QLabel from a guessed width; inside a scroll area or a bar beside
buttons the real width is narrower, and the last lines are cut off — in Russian and
Kazakh, whose sentences run longer, most of all. Asking for the height at the width it was
given, each time that width changes, keeps every line in sight."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel


class WrappedLabel(QLabel):
    def __init__(self, parent: Any = None, *, name: str = ""):
        super().__init__(parent, objectName=name, wordWrap=True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(max(needed, 0))
