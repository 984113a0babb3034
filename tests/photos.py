"""Photos as a phone writes them, for the tests of hidden data: EXIF with the camera and a
GPS position, XMP, a JPEG comment and an ICC profile; and the traces none of it may leave
in a copy."""

from __future__ import annotations

import io

from PIL import Image, ImageCms

XMP_NS = b"http://ns.adobe.com/xap/1.0/"
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
       b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
       b'xmlns:xmp="' + XMP_NS + b'" xmp:CreatorTool="PhoneCam 7"/></rdf:RDF></x:xmpmeta>')
COMMENT = "met Aigerim at the safe house on Abai street"
GPS_IFD = 0x8825
# 49.81 N, 73.10 E (Karaganda), as degrees, minutes, seconds.
GPS = {1: "N", 2: (49.0, 48.0, 36.0), 3: "E", 4: (73.0, 6.0, 0.0)}
GPS_SENTENCE = ("This photo records where it was taken: 49.81 N, 73.10 E. The copy that "
                "leaves this laptop will not.")
TRACES = (b"Exif", b"http://ns.adobe.com/xap", b"PhoneCam", b"PhoneMaker", COMMENT.encode(),
          b"safe house", b"ICC_PROFILE")


def picture(size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A picture with detail in it, so JPEG has something real to compress."""
    gradient = Image.linear_gradient("L").resize(size)
    return Image.merge("RGB", [gradient, gradient.rotate(90).resize(size), gradient.transpose(0)])


def exif(orientation: int = 1, *, gps: bool = True) -> Image.Exif:
    tags = Image.Exif()
    tags[0x010F] = "PhoneMaker"          # Make
    tags[0x0110] = "PhoneCam 7"          # Model
    tags[0x0112] = orientation
    if gps:
        tags.get_ifd(GPS_IFD).update(GPS)
    return tags


def photo_with_gps(size: tuple[int, int] = (640, 480), orientation: int = 1,
                   *, gps: bool = True) -> bytes:
    """A JPEG carrying everything that must not leave the laptop."""
    out = io.BytesIO()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    picture(size).save(out, "JPEG", quality=90, exif=exif(orientation, gps=gps),
                       comment=COMMENT, xmp=XMP, icc_profile=icc)
    return out.getvalue()


def assert_clean(data: bytes) -> Image.Image:
    """``data`` is a photo holding nothing but pixels (read back with Pillow)."""
    copy = Image.open(io.BytesIO(data))
    assert len(copy.getexif()) == 0
    assert copy.getexif().get_ifd(GPS_IFD) == {}
    assert not {"exif", "xmp", "comment", "icc_profile"} & set(copy.info), copy.info
    assert getattr(copy, "text", {}) == {}
    for trace in TRACES:
        assert trace not in data, trace
    return copy
