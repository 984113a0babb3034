"""Copies of photos without their hidden data, made in memory by redrawing the pixels.

A photo carries far more than its picture: EXIF (camera, serial number, time), GPS
coordinates, XMP (editing history, author), ICC profiles naming the device, JPEG comments
and PNG text chunks. Deleting known tags is a losing game, so the copy is rebuilt from the
decoded pixels alone and only those are encoded again. Qt itself would carry some of it
over (QImage keeps PNG text and JPEG comments as ``text()`` and writes them back, and keeps
the ICC profile as its colour space), which is why the pixels go into a brand-new QImage.

Everything happens in QBuffers: no temporary file, no thumbnail, nothing on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QColorSpace, QImage, QImageReader, QImageWriter

from desktop_app.core.errors import TirkeuError

# Raster formats we decode and re-encode. Everything else Qt could read is left out on
# purpose: SVG is a text document that can hold anything, and Qt's "pdf" image plugin
# would turn a PDF into a picture of its first page.
STRIPPABLE = frozenset({"jpeg", "png", "webp", "gif", "bmp", "tiff"})
JPEG_QUALITY = 92


class CannotStrip(TirkeuError):
    """The file is not a photo Tirkeu can rebuild; only the original could be saved.

    The sentences use translate() rather than tr(): they may be made in a worker thread.
    """

    @classmethod
    def wrong_kind(cls) -> CannotStrip:
        return cls(QCoreApplication.translate(
            "image_strip", "Tirkeu cannot remove hidden data from this kind of file; save the "
            "original only if you are sure."))

    @classmethod
    def several_frames(cls) -> CannotStrip:
        # Keeping only the first frame or page would quietly drop part of the evidence.
        return cls(QCoreApplication.translate(
            "image_strip", "Tirkeu cannot remove hidden data from animated or multi-page "
            "images; save the original only if you are sure."))

    @classmethod
    def unreadable(cls) -> CannotStrip:
        return cls(QCoreApplication.translate(
            "image_strip", "This picture could not be read, so Tirkeu cannot remove its "
            "hidden data; save the original only if you are sure."))


def image_format(data: bytes) -> str:
    """The image format Qt recognises in ``data`` by its content ("" if none).

    Only the first bytes matter, so the first chunk of a large attachment is enough.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    found = bytes(QImageReader.imageFormat(buffer).data()).decode("ascii", "replace")
    return "jpeg" if found == "jpg" else found


def can_strip(head: bytes) -> bool:
    """True if a file starting with ``head`` looks like a photo ``stripped_copy`` handles."""
    return image_format(head) in STRIPPABLE


def stripped_copy(data: bytes, media_type: str) -> tuple[bytes, str]:
    """A copy of the photo in ``data`` holding nothing but its pixels, and its media type.

    JPEG stays JPEG (quality 92); every other photo becomes PNG, so no pixel is lost twice.
    The EXIF orientation is applied first, so the copy looks the way the camera meant.
    The bytes decide what the file is, not ``media_type`` (the name it was added under):
    a photo saved as ".bin" is still cleaned and a PDF renamed ".jpg" is still refused.
    Raises CannotStrip, with a sentence for a person, for anything that is not such a photo.
    """
    del media_type  # kept in the signature for callers; the content is what counts
    kind = image_format(data)
    if kind not in STRIPPABLE:
        raise CannotStrip.wrong_kind()
    frames, image = _decode(data, kind)
    if frames > 1:
        raise CannotStrip.several_frames()
    if image.isNull():
        raise CannotStrip.unreadable()
    as_jpeg = kind == "jpeg"
    clean = _pixels_only(image, keep_alpha=not as_jpeg)
    return _encode(clean, "jpeg" if as_jpeg else "png"), "image/jpeg" if as_jpeg else "image/png"


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


def _pixels_only(image: QImage, *, keep_alpha: bool) -> QImage:
    """A new QImage made from ``image``'s pixels alone: no text, no colour profile."""
    target = (QImage.Format.Format_ARGB32 if keep_alpha and image.hasAlphaChannel()
              else QImage.Format.Format_RGB32)
    space = image.colorSpace()
    if space.isValid() and space != QColorSpace(QColorSpace.NamedColorSpace.SRgb):
        # Turn the colours into plain sRGB so dropping the device's profile changes nothing
        # a person would see (this also brings CMYK and grey photos to RGB).
        converted = image.convertedToColorSpace(
            QColorSpace(QColorSpace.NamedColorSpace.SRgb), target)
        image = converted if not converted.isNull() else image.convertToFormat(target)
    else:
        image = image.convertToFormat(target)
    raw = bytes(image.constBits())
    # A QImage built over raw bytes starts with no text keys and no colour space; copy()
    # gives it memory of its own before ``raw`` goes away.
    return QImage(raw, image.width(), image.height(), image.bytesPerLine(), target).copy()


def _encode(image: QImage, fmt: str) -> bytes:
    target = QBuffer()
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(target, fmt.encode())
    if fmt == "jpeg":
        writer.setQuality(JPEG_QUALITY)
    written = writer.write(image)
    del writer  # before its buffer, as in _decode
    target.close()
    if not written:
        raise CannotStrip.unreadable()
    return bytes(target.data())
