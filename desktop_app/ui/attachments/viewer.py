"""Looking at an attachment without it ever leaving memory: photos through QImage, PDFs
through QtPdf reading from a QBuffer, anything else as a calm sentence and its SHA-256.
Nothing is written anywhere (no temporary file for the PDF engine, no thumbnail)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import AttachmentInfo
from desktop_app.ui.attachments.image_strip import STRIPPABLE, image_format, read_image


def viewable_kind(head: bytes) -> str:
    """"image", "pdf" or "" for a file starting with ``head`` (the bytes decide, not the
    name), so the caller loads into memory only what can actually be shown."""
    if b"%PDF-" in head[:1024]:  # the PDF header may follow a little junk, per the spec
        return "pdf"
    return "image" if image_format(head) in STRIPPABLE else ""


class AttachmentViewer(QDialog):
    """Shows ``data`` (the whole attachment, or None when it was not loaded because it
    cannot be shown here). Closing it drops the document and the picture."""

    def __init__(self, info: AttachmentInfo, data: bytes | None, parent: Any = None):
        super().__init__(parent)
        # No file name in the title: titles show in task bars and window switchers.
        self.setWindowTitle(self.tr("Tirkeu — attachment"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 700)
        self.info = info
        self.image = QImage()
        self.buffer: QBuffer | None = None
        self.document: QPdfDocument | None = None
        self.pdf_view: QPdfView | None = None
        self.picture: QLabel | None = None
        self.actual_size: QPushButton | None = None
        layout = QVBoxLayout(self)
        self.name = QLabel(info.filename, objectName="viewer_name", wordWrap=True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name)
        self.message = QLabel(objectName="viewer_message", wordWrap=True, visible=False)
        layout.addWidget(self.message)

        kind = viewable_kind(data[:1024]) if data is not None else ""
        body: QWidget | None = None
        if kind == "image":
            body = self._image_body(data or b"")
        elif kind == "pdf":
            body = self._pdf_body(data or b"")
        if body is None:
            self._cannot_show(layout)
        else:
            layout.addWidget(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if self.actual_size is not None:
            buttons.addButton(self.actual_size, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    # --- kinds ------------------------------------------------------------------------------

    def _image_body(self, data: bytes) -> QWidget | None:
        self.image = read_image(data)
        if self.image.isNull():
            return None
        self.picture = QLabel(objectName="viewer_picture",
                              alignment=Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(alignment=Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.picture)
        self.actual_size = QPushButton(self.tr("Actual size"), objectName="viewer_actual_size",
                                       checkable=True)
        self.actual_size.setToolTip(self.tr("Switch between fitting the window and 100% (Ctrl+0)"))
        self.actual_size.toggled.connect(lambda _: self._show_image())
        QShortcut(QKeySequence("Ctrl+0"), self, self.actual_size.toggle)
        self._show_image()
        return self.scroll_area

    def _pdf_body(self, data: bytes) -> QWidget:
        # QPdfDocument reads from the device as it needs; the buffer must live as long as
        # the document, so both belong to the dialog.
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._pdf_status)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("viewer_pdf")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.document)
        self.document.load(self.buffer)
        return self.pdf_view

    def _pdf_status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Error:
            self.message.setText(self.tr(
                "This PDF cannot be shown here; it may be damaged or protected by a password. "
                "It is kept unchanged in the vault."))
            self.message.setVisible(True)

    def _cannot_show(self, layout: QVBoxLayout) -> None:
        self.message.setText(self.tr(
            "Tirkeu cannot show this kind of file here. It is kept safely in the vault; its "
            "fingerprint lets anyone check that a copy is unchanged."))
        self.message.setVisible(True)
        self.sha256 = QLineEdit(self.info.sha256, objectName="viewer_sha256", readOnly=True)
        layout.addWidget(QLabel(self.tr("SHA-256:")))
        layout.addWidget(self.sha256)
        layout.addStretch(1)

    # --- image scaling ----------------------------------------------------------------------

    def _show_image(self) -> None:
        if self.picture is None or self.image.isNull():
            return
        full = self.actual_size is not None and self.actual_size.isChecked()
        pixmap = QPixmap.fromImage(self.image)
        if not full:
            room = self.scroll_area.viewport().size()
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show_image()

    # --- forgetting -------------------------------------------------------------------------

    def forget(self) -> None:
        """Drop the document and picture (used on close and on lock)."""
        if self.pdf_view is not None:
            self.pdf_view.setDocument(None)
        if self.document is not None:
            self.document.close()
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
        self.image = QImage()
        if self.picture is not None:
            self.picture.clear()

    def done(self, result: int) -> None:
        self.forget()
        super().done(result)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.forget()
        super().closeEvent(event)
