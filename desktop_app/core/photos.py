"""Photos without their hidden data: a copy rebuilt from the decoded pixels alone.

A photo carries far more than its picture: EXIF (camera, serial number, time), a GPS
position, XMP (editing history, author), an ICC profile naming the device, JPEG comments
and PNG text chunks. Deleting known tags is a losing game, so the copy is made from the
pixels only (a brand-new image with nothing but them) and encoded again. The window's
"save a copy", the command and every bundle use this one function.

Pure Python over Pillow, no Qt: the same bytes come out of the command and the window.
Everything happens in memory; nothing is written to disk.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from PIL import (  # the plugins of the formats rebuilt, registered with Image.open
    BmpImagePlugin,
    GifImagePlugin,
    Image,
    ImageCms,
    ImageOps,
    JpegImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    UnidentifiedImageError,
    WebPImagePlugin,
)

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _

# The formats rebuilt, found by their first bytes (never by the file's name). Anything
# else is not treated as a photo: SVG is a text document that can hold anything, and
# formats Pillow hands to outside programs (EPS) must never be opened. (A phone's MPO
# opens as JPEG.)
PILLOW_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")
JPEG_QUALITY = 92
# A larger picture is refused before its pixels are decoded: a small file can claim a
# huge canvas (a "decompression bomb") and take every byte of memory. 100 million pixels
# holds the largest phone cameras (108 MP sensors bin to 27 MP by default).
MAX_PIXELS = 100_000_000
MAX_PHOTO_BYTES = 256 * 1024 * 1024  # a larger file is never loaded whole
GPS_IFD = 0x8825
HEAD_BYTES = 16  # enough of the start of a file to tell whether it is a photo
_PLUGINS = (BmpImagePlugin, GifImagePlugin, JpegImagePlugin, PngImagePlugin, TiffImagePlugin,
            WebPImagePlugin)


def photo_kind(head: bytes) -> str | None:
    """The photo format that a file starting with ``head`` holds ("jpeg", "png", "webp",
    "gif", "bmp", "tiff"), or None when it is not one Tirkeu rebuilds."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head.startswith(b"BM"):
        return "bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


class CannotStrip(TirkeuError):
    """The file is not a photo Tirkeu can rebuild. ``reason`` is one of ``wrong_kind``,
    ``several_frames``, ``unreadable``, ``too_large`` (the window words it in the
    person's language); the message is that sentence in the current language."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(self.sentence(reason))

    @staticmethod
    def sentence(reason: str) -> str:
        """What ``reason`` means for the person, in the current language."""
        if reason == "wrong_kind":
            return _("Tirkeu cannot remove hidden data from this kind of file; save the "
                     "original only if you are sure.")
        if reason == "several_frames":
            # Keeping only the first frame or page would quietly drop part of the evidence.
            return _("Tirkeu cannot remove hidden data from animated or multi-page images; "
                     "save the original only if you are sure.")
        if reason == "unreadable":
            return _("This picture could not be read, so Tirkeu cannot remove its hidden "
                     "data; save the original only if you are sure.")
        return _("This picture is too large to rebuild safely (more than 100 million pixels, "
                 "or a file over 256 MB); nothing was written.")


@dataclass(frozen=True)
class StrippedPhoto:
    data: bytes
    media_type: str   # image/jpeg for a JPEG, image/png for every other photo
    extension: str    # ".jpg" or ".png"

    def renamed(self, filename: str) -> str:
        """``filename`` with the extension of the copy (IMG_1.HEIC.tiff -> IMG_1.HEIC.png)."""
        stem = Path(filename).stem if Path(filename).suffix else filename
        return (stem or "photo") + self.extension


@dataclass(frozen=True)
class Position:
    """Where a photo says it was taken, in decimal degrees (north and east positive)."""

    latitude: float
    longitude: float

    def __str__(self) -> str:
        north = _("{degrees} N") if self.latitude >= 0 else _("{degrees} S")
        east = _("{degrees} E") if self.longitude >= 0 else _("{degrees} W")
        return (north.format(degrees=f"{abs(self.latitude):.2f}") + ", "
                + east.format(degrees=f"{abs(self.longitude):.2f}"))


def gps_sentence(position: Position) -> str:
    """What the window and the command say when a photo with a position is attached."""
    return _("This photo records where it was taken: {position}. The copy that leaves this "
             "laptop will not.").format(position=position)


def _open(source: BinaryIO) -> Image.Image:
    """Open (header only, no pixels yet) one of PILLOW_FORMATS; refuse a canvas too large.

    Pillow warns above its own limit and refuses at twice it; we refuse earlier, with our
    sentence, so its warning is only noise here."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(source, formats=PILLOW_FORMATS)
    except Image.DecompressionBombError:
        raise CannotStrip("too_large") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise CannotStrip("unreadable") from None
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise CannotStrip("too_large")
    return image


def gps_position(source: BinaryIO | Path) -> Position | None:
    """The GPS position recorded in a photo's EXIF, or None (no position, or not a photo).

    Reads the file's header only; the pixels are not decoded."""
    try:
        with (open(source, "rb") if isinstance(source, Path) else _kept_open(source)) as raw:
            if photo_kind(raw.read(HEAD_BYTES)) is None:
                return None
            raw.seek(0)
            with _open(raw) as image:
                gps = image.getexif().get_ifd(GPS_IFD)
    except (CannotStrip, OSError):
        return None
    try:
        latitude = _degrees(gps[2], gps.get(1, "N"), "S")
        longitude = _degrees(gps[4], gps.get(3, "E"), "W")
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return None
    if abs(latitude) > 90 or abs(longitude) > 180:
        return None
    return Position(latitude, longitude)


class _kept_open:  # noqa: N801 - used like contextlib.nullcontext
    """A caller's stream as a context manager that leaves it open."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream

    def __enter__(self) -> BinaryIO:
        return self.stream

    def __exit__(self, *_: object) -> None:
        return None


def _degrees(value: Any, ref: Any, negative: str) -> float:
    degrees, minutes, seconds = (float(part) for part in value)
    result = degrees + minutes / 60 + seconds / 3600
    if not math.isfinite(result):
        raise ValueError
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    return -result if str(ref).strip("\x00 ").upper() == negative else result


def stripped_copy(data: bytes) -> StrippedPhoto:
    """A copy of the photo in ``data`` holding nothing but its pixels.

    JPEG stays JPEG (quality 92); every other photo becomes PNG, so no pixel is lost twice.
    The EXIF orientation is applied first, so the copy looks the way the camera meant, and
    colours are turned into sRGB before the device's profile goes. The bytes decide what
    the file is, never its name. Raises CannotStrip for anything that is not such a photo,
    for animations and multi-page files, and for pictures too large to decode safely.
    """
    kind = photo_kind(data[:HEAD_BYTES])
    if kind is None:
        raise CannotStrip("wrong_kind")
    if len(data) > MAX_PHOTO_BYTES:
        raise CannotStrip("too_large")
    with _open(io.BytesIO(data)) as image:
        # A phone's MPO (JPEG with a preview or depth image behind it) is one photo.
        if image.format != "MPO" and getattr(image, "n_frames", 1) > 1:
            raise CannotStrip("several_frames")
        try:
            upright = ImageOps.exif_transpose(image)
            icc = image.info.get("icc_profile")
            as_jpeg = kind == "jpeg"
            pixels = _plain_colours(upright, icc, as_jpeg)
            # A brand-new image over the pixels alone: no info, no EXIF, no profile, no text.
            clean = Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())
            out = io.BytesIO()
            if as_jpeg:
                clean.save(out, "JPEG", quality=JPEG_QUALITY)
            else:
                clean.save(out, "PNG")
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
            raise CannotStrip("unreadable") from None
    if as_jpeg:
        return StrippedPhoto(out.getvalue(), "image/jpeg", ".jpg")
    return StrippedPhoto(out.getvalue(), "image/png", ".png")


def _plain_colours(image: Image.Image, icc: bytes | None, as_jpeg: bool) -> Image.Image:
    """``image`` in a mode its new format holds, colours in sRGB when it had a profile."""
    alpha = not as_jpeg and (image.mode in ("RGBA", "LA", "PA")
                             or (image.mode == "P" and "transparency" in image.info))
    target = "RGBA" if alpha else ("L" if image.mode in ("L", "1") else "RGB")
    if icc and image.mode in ("RGB", "RGBA", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            srgb = ImageCms.createProfile("sRGB")
            mode = "RGBA" if alpha and image.mode == "RGBA" else "RGB"
            converted = ImageCms.profileToProfile(image, source, srgb, outputMode=mode)
            if converted is not None:
                return converted if converted.mode == target else converted.convert(target)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # an unusable profile: the plain conversion below keeps the picture
    return image if image.mode == target else image.convert(target)
