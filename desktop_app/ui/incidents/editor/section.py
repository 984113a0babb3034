"""A foldable section of the editor: a header button and its content."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.ui.kit import style


class Section(QFrame):
    def __init__(self, title: str, content: QWidget, *, folded: bool = False, parent: Any = None):
        super().__init__(parent)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.header = QToolButton(text=title, checkable=True, checked=not folded)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.header.toggled.connect(self.set_open)
        self.error = QLabel(wordWrap=True, visible=False)
        self.error.setStyleSheet(f"color: {style.colour('error')}")
        layout.addWidget(self.header)
        layout.addWidget(self.error)
        layout.addWidget(content)
        self.set_open(not folded)

    def set_title(self, title: str) -> None:
        self.header.setText(title)

    def set_open(self, is_open: bool) -> None:
        self.header.setChecked(is_open)
        self.header.setArrowType(Qt.ArrowType.DownArrow if is_open else Qt.ArrowType.RightArrow)
        self.content.setVisible(is_open)

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))
        if sentence:
            self.set_open(True)
