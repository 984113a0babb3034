"""The one sentence under a new passphrase saying how hard it is to guess, in colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from desktop_app.core.strength import Strength, strength
from desktop_app.ui.kit import style

MIN_PASSPHRASE = 8


class StrengthHint(QLabel):
    """Follows a passphrase field: ``show_for(text)`` on every change."""

    def __init__(self, parent: Any = None):
        super().__init__(parent, objectName="hint", wordWrap=True)
        self.show_for("")

    def show_for(self, text: str) -> None:
        hints = {
            Strength.TOO_SHORT: (self.tr("Too short: use at least 8 characters — better, "
                                         "four or more unrelated words."), "error"),
            Strength.WEAK: (self.tr("Weak: someone with your laptop could guess it. Add "
                                    "unrelated words."), "error"),
            Strength.FAIR: (self.tr("Fair. One or two more unrelated words make it strong."),
                            "warning"),
            Strength.STRONG: (self.tr("Strong."), "good"),
        }
        sentence, role = hints[strength(text, MIN_PASSPHRASE)]
        self.setText(sentence)
        self.setStyleSheet(f"color: {style.colour(role)}")
