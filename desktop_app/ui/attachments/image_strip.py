"""Photos in the window: shown on screen with Qt, cleaned by the core.

The copy without hidden data is made by ``desktop_app.core.photos`` (Pillow, no Qt), the
one function the command and bundles use too; this module only words its refusals in the
person's language. Reading a picture to show it stays with Qt (QImageReader), in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage, QImageReader

from desktop_app.core import photos
from desktop_app.core.errors import TirkeuError

# Raster formats shown. Everything else Qt could read is left out on purpose: SVG is a
# text document that can hold anything, and Qt's "pdf" image plugin would turn a PDF into
# a picture of its first page.
STRIPPABLE = frozenset({"jpeg", "png", "webp", "gif", "bmp", "tiff"})


def _sentence(reason: str) -> str:
    """The core's refusal in the person's language (translate(), not tr(): this may run
    in a worker thread)."""
    sentences = {
        "wrong_kind": QCoreApplication.translate(
            "image_strip", "Tirkeu cannot remove hidden data from this kind of file; save the "
            "original only if you are sure."),
        "several_frames": QCoreApplication.translate(
            "image_strip", "Tirkeu cannot remove hidden data from animated or multi-page "
            "images; save the original only if you are sure."),
        "unreadable": QCoreApplication.translate(
            "image_strip", "This picture could not be read, so Tirkeu cannot remove its "
            "hidden data; save the original only if you are sure."),
        "too_large": QCoreApplication.translate(
            "image_strip", "This picture is too large to rebuild safely (more than 100 "
            "million pixels, or a file over 256 MB); nothing was written."),
    }
    return sentences.get(reason, sentences["unreadable"])


class CannotStrip(TirkeuError):
    """The core's CannotStrip, worded for the window; ``reason`` as the core gives it."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(_sentence(reason))

    @classmethod
    def wrong_kind(cls) -> CannotStrip:
        return cls("wrong_kind")


def image_format(data: bytes) -> str:
    """The image format Qt recognises in ``data`` by its content ("" if none), for showing.

    Only the first bytes matter, so the first chunk of a large attachment is enough.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    found = bytes(QImageReader.imageFormat(buffer).data()).decode("ascii", "replace")
    return "jpeg" if found == "jpg" else found


def can_strip(head: bytes) -> bool:
    """True if a file starting with ``head`` is a photo the core rebuilds."""
    return photos.photo_kind(head) is not None


def clean_copy(data: bytes) -> photos.StrippedPhoto:
    """The core's copy of the photo in ``data`` (pixels only, orientation applied);
    CannotStrip, worded for the window, for anything else."""
    try:
        return photos.stripped_copy(data)
    except photos.CannotStrip as exc:
        raise CannotStrip(exc.reason) from None


def stripped_copy(data: bytes, media_type: str = "") -> tuple[bytes, str]:
    """``clean_copy`` as bytes and media type. The bytes decide what the file is, never
    ``media_type`` (kept for callers)."""
    del media_type
    copy = clean_copy(data)
    return copy.data, copy.media_type


def read_image(data: bytes) -> QImage:
    """The picture in ``data`` (first frame, EXIF orientation applied) for showing on
    screen; a null QImage if it is not one of the photo formats above."""
    kind = image_format(data)
    return _decode(data, kind)[1] if kind in STRIPPABLE else QImage()


def _decode(data: bytes, kind: str) -> tuple[int, QImage]:
    """How many frames the file holds, and its first one with EXIF orientation applied."""
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source, kind.encode())
    try:
        reader.setAutoTransform(True)
        frames = reader.imageCount()
        return frames, reader.read()
    finally:
        # The reader must go before its buffer: Qt's TIFF handler touches the device when
        # it is destroyed, and Python may free the buffer first (a crash, seen in 6.12).
        del reader
        source.close()
