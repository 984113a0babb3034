"""The attachments of the open incident: a list, a detail line with the full SHA-256, and
buttons. The panel holds AttachmentInfo objects only and asks for everything else through
signals, so it never touches the archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import AttachmentInfo
from desktop_app.ui.kit.text import fill, local_time
from desktop_app.ui.kit.wording import Wording
from desktop_app.ui.kit.wrapped_label import WrappedLabel

ID_ROLE = Qt.ItemDataRole.UserRole
SHORT_HASH = 16


def human_size(size: int) -> str:
    """``8.0 MB`` and the like, in the user's locale (powers of 1024, as file managers do)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachmentsPanel(QWidget):
    """Emits intents: ``add_files_requested(paths)`` (dropped files, or [] when Add… was
    pressed: the controller then asks which files, in its trace-free dialog),
    ``view_requested(id)``, ``export_requested(id, stripped)`` and ``remove_requested(id)``.

    Keyboard: Enter views, Delete removes, the menu key offers every action, and the
    buttons have Alt mnemonics."""

    add_files_requested = Signal(list)
    view_requested = Signal(str)
    export_requested = Signal(str, bool)
    remove_requested = Signal(str)
    send_original_requested = Signal(str, bool)  # id, bundles carry the original (or not)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._items: list[AttachmentInfo] = []
        self._can_add = False
        self.setAcceptDrops(True)
        say = self.wording = Wording()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(objectName="attachments_notice", wordWrap=True, visible=False)
        layout.addWidget(self.notice)

        self.list = QTreeWidget(objectName="attachments")
        say(self.list.setAccessibleName, lambda: self.tr("Attached files"))
        say(self.list.setHeaderLabels, lambda: [self.tr("File"), self.tr("Size"),
                                                self.tr("Added"), self.tr("SHA-256 (start)")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(110)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.list, 1)

        # The full fingerprint, selectable by mouse and keyboard, to copy into a report.
        detail = QHBoxLayout()
        self.detail_label = QLabel()
        say(self.detail_label.setText, lambda: self.tr("SHA-256:"))
        self.sha256 = QLineEdit(objectName="attachment_sha256", readOnly=True)
        say(self.sha256.setPlaceholderText,
            lambda: self.tr("Select a file to see its full fingerprint"))
        self.detail_label.setBuddy(self.sha256)
        detail.addWidget(self.detail_label)
        detail.addWidget(self.sha256, 1)
        layout.addLayout(detail)
        self.detail = QLabel(objectName="attachment_detail", wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        # How the file leaves in bundles: a photo goes rebuilt from its pixels unless this
        # is ticked for it (the controller asks first). A received copy has no original here.
        self.send_original = QCheckBox(objectName="attachment_send_original")
        say(self.send_original.setText, lambda: self.tr("Send the &original in bundles"))
        self.send_original.toggled.connect(self._original_toggled)
        layout.addWidget(self.send_original)
        # Apart from the box, wrapped: a check box never wraps, and the whole sentence in
        # Russian or Kazakh was wider than the editor's pane.
        self.send_original_hint = WrappedLabel(name="attachment_send_original_hint")
        say(self.send_original_hint.setText, lambda: self.tr(
            "With its hidden data; otherwise a photo leaves as a copy without it."))
        layout.addWidget(self.send_original_hint)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(objectName="attachment_add")
        say(self.add_button.setText, lambda: self.tr("&Add…"))
        say(self.add_button.setToolTip, lambda: self.tr("Add files (or drop them here)"))
        self.view_button = QPushButton(objectName="attachment_view")
        say(self.view_button.setText, lambda: self.tr("&View"))
        # The safe copy is the button; the original hides behind its menu, so saving one
        # with its hidden data always takes a deliberate second step.
        self.save_button = QToolButton(objectName="attachment_save")
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.remove_button = QPushButton(objectName="attachment_remove")
        say(self.remove_button.setText, lambda: self.tr("&Remove"))
        self.view_action, self.save_action = QAction(self), QAction(self)
        self.original_action, self.remove_action = QAction(self), QAction(self)
        say(self.view_action.setText, lambda: self.tr("View"))
        say(self.save_action.setText, lambda: self.tr("&Save copy…"))
        say(self.save_action.setToolTip, lambda: self.tr(
            "Save a copy without hidden data such as GPS position, camera and comments"))
        say(self.original_action.setText, lambda: self.tr("Save original…"))
        say(self.remove_action.setText, lambda: self.tr("Remove…"))
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.save_button.setDefaultAction(self.save_action)
        menu = QMenu(self.save_button)
        menu.addAction(self.save_action)
        menu.addAction(self.original_action)
        self.save_button.setMenu(menu)
        for button in (self.add_button, self.view_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # The same actions on the list's context menu (menu key, Shift+F10) for the keyboard.
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.view_action, self.save_action, self.original_action,
                       self.remove_action):
            self.list.addAction(action)

        self.add_button.clicked.connect(self._add_pressed)
        self.view_button.clicked.connect(self._view)
        self.view_action.triggered.connect(self._view)
        self.list.itemActivated.connect(lambda *_: self._view())  # Enter or double-click
        self.save_action.triggered.connect(lambda: self._export(True))
        self.original_action.triggered.connect(lambda: self._export(False))
        self.remove_button.clicked.connect(self._remove)
        self.remove_action.triggered.connect(self._remove)
        self.list.currentItemChanged.connect(self._show_detail)
        self.clear()

    def retranslate(self) -> None:
        """Labels, and the files' lines and details, in the installed language."""
        self.wording.again()
        self.set_attachments(self._items, can_add=self._can_add)

    # --- state in ----------------------------------------------------------------------------

    def set_attachments(self, items: list[AttachmentInfo], *, can_add: bool = True) -> None:
        """Show ``items``; keep the selection on the same file if it is still there."""
        kept = self.selected_id()
        self._items = list(items)
        self._can_add = can_add
        self.list.clear()
        for info in self._items:
            row = QTreeWidgetItem([info.filename, human_size(info.size), local_time(info.added_at),
                                   info.sha256[:SHORT_HASH]])
            row.setData(0, ID_ROLE, info.id)
            row.setToolTip(0, info.filename)
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(row)
            if info.id == kept:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.add_button.setEnabled(can_add)
        self.list.setEnabled(can_add or bool(items))
        self.notice.setText("" if can_add else self.tr("Save the incident first to add files."))
        self.notice.setVisible(not can_add)
        self._show_detail()

    def clear(self) -> None:
        """Forget every file shown (used on lock and when no incident is open)."""
        self.set_attachments([], can_add=False)
        self.notice.clear()
        self.notice.setVisible(False)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def selected(self) -> AttachmentInfo | None:
        chosen = self.selected_id()
        return next((i for i in self._items if i.id == chosen), None)

    def say(self, sentence: str) -> None:
        """A short, calm word above the list, e.g. that a copy was saved."""
        self.notice.setText(sentence)
        self.notice.setVisible(bool(sentence))

    def refuse_adding(self) -> None:
        """Say why nothing can be added yet, where the person is looking."""
        self.notice.setText(self.tr("Save the incident first to add files."))
        self.notice.setVisible(True)

    # --- intents -----------------------------------------------------------------------------

    def _add_pressed(self) -> None:
        if self._can_add:
            self.add_files_requested.emit([])
        else:
            self.refuse_adding()

    def _view(self) -> None:
        if (chosen := self.selected_id()) is not None:
            self.view_requested.emit(chosen)

    def _export(self, stripped: bool) -> None:
        if (chosen := self.selected_id()) is not None:
            self.export_requested.emit(chosen, stripped)

    def _original_toggled(self, checked: bool) -> None:
        if (chosen := self.selected_id()) is not None:
            self.send_original_requested.emit(chosen, checked)

    def _remove(self) -> None:
        if (chosen := self.selected_id()) is not None:
            self.remove_requested.emit(chosen)

    def _show_detail(self, *_: object) -> None:
        info = self.selected()
        has = info is not None
        for widget in (self.view_button, self.save_button, self.remove_button):
            widget.setEnabled(has)
        for action in (self.view_action, self.save_action, self.original_action,
                       self.remove_action):
            action.setEnabled(has)
        self.sha256.setText(info.sha256 if info else "")
        # In one pass: a file named "scan %2.pdf" is shown as named.
        detail = fill(self.tr("%1 · %2 · %3 bytes"), info.filename, info.media_type,
                      QLocale().toString(info.size)) if info else ""
        if info is not None and info.original_sha256:
            detail += " · " + fill(self.tr("a copy without hidden data; the original's SHA-256: "
                                           "%1"), info.original_sha256)
        self.detail.setText(detail)
        self.send_original.blockSignals(True)  # showing a file is not choosing for it
        self.send_original.setChecked(bool(info and info.send_original))
        self.send_original.blockSignals(False)
        self.send_original.setEnabled(has and not (info and info.original_sha256))

    # --- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = _local_files(event)
        if not paths:
            return
        event.acceptProposedAction()
        if self._can_add:
            self.add_files_requested.emit(paths)
        else:
            self.refuse_adding()


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The dropped local files (folders and web links are not attachments)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if Path(p).is_file()]
