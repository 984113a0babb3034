"""The strip above the Exchange tabs for a shared folder: choose it, stop syncing, and the
status line of the last pass ("Last synced 10:42 · 3 bundles in · 1 receipt out"), with
any file refused said in one sentence each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.kit.text import fill


class PathLabel(QLabel):
    """One line naming a folder: shortened in the middle when the room is short (the
    whole text in its tooltip), so a long path never widens the window."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.setText(self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideMiddle, max(self.width(), 1)))


class FolderSyncBar(QWidget):
    """Plain widgets and two intents; FolderSync (folder_sync.py) fills it in."""

    choose_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._folder = ""
        self.choose_button = QPushButton(objectName="sync_folder")
        self.stop_button = QPushButton(objectName="stop_sync", visible=False)
        self.folder_label = PathLabel(objectName="sync_folder_path")
        self.status = QLabel(objectName="sync_status", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.updates = QLabel(objectName="sync_updates", wordWrap=True, visible=False)
        self.updates.setTextFormat(Qt.TextFormat.PlainText)
        self.updates.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusals = QLabel(objectName="sync_refusals", wordWrap=True, visible=False)
        self.refusals.setTextFormat(Qt.TextFormat.PlainText)
        self.refusals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.updates)
        layout.addWidget(self.refusals)
        self.choose_button.clicked.connect(self.choose_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.retranslate()

    def show_folder(self, folder: str) -> None:
        """The folder watched ("" for none)."""
        self._folder = folder
        self.stop_button.setVisible(bool(folder))
        self._name_folder()

    def show_status(self, sentence: str) -> None:
        self.status.setText(sentence)

    def show_refusals(self, sentences: list[str]) -> None:
        self.refusals.setText("\n".join(sentences))
        self.refusals.setVisible(bool(sentences))

    def show_updates(self, sentences: list[str]) -> None:
        """What the coordinators' updates taken by the last pass changed."""
        self.updates.setText("\n".join(sentences))
        self.updates.setVisible(bool(sentences))

    def clear(self) -> None:
        """Forget the folder and every sentence shown (on lock)."""
        self.show_folder("")
        self.show_status("")
        self.show_refusals([])
        self.show_updates([])

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Sync with a fol&der…"))
        self.stop_button.setText(self.tr("Stop s&yncing"))
        self.choose_button.setToolTip(self.tr(
            "A folder that Syncthing, Nextcloud or a USB stick carries between laptops: "
            "bundles and receipts for this vault are imported from it, and what is due is "
            "written to it."))
        self._name_folder()

    def _name_folder(self) -> None:
        self.folder_label.set_full_text(fill(self.tr("Syncing with %1"), self._folder)
                                        if self._folder else self.tr("No folder is synced."))
