"""What a person is told when a file is attached, about the hidden data it carries and
what of it leaves the laptop. The window and ``tirkeu attach`` say the same sentence.

Photos leave rebuilt from their pixels (core/photos.py). PDFs and office documents are
not rewritten: their metadata (author, software, dates) stays in them, in bundles too.
Rewriting them would change the evidence itself, and break a signed PDF's signature.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.language import _
from desktop_app.core.photos import gps_position, gps_sentence, photo_kind

# Office formats are zip files; the name tells which (the content alone cannot, cheaply).
OFFICE_SUFFIXES = frozenset({".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".doc",
                             ".xls", ".ppt", ".rtf"})
HEAD = 16


def kind_of(head: bytes, filename: str) -> str:
    """``photo``, ``pdf``, ``office`` or ``other``, from a file's first bytes (and, for
    office documents, its name)."""
    if photo_kind(head) is not None:
        return "photo"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if Path(filename).suffix.lower() in OFFICE_SUFFIXES:
        return "office"
    return "other"


def attach_notice(path: Path) -> str:
    """The sentence to show when the file at ``path`` is attached, or "" when there is
    nothing to say (a photo without a position, a video). Reads the header only."""
    try:
        with open(path, "rb") as source:
            kind = kind_of(source.read(HEAD), path.name)
            source.seek(0)
            if kind == "photo":
                position = gps_position(source)
                return gps_sentence(position) if position is not None else ""
    except OSError:
        return ""
    if kind == "pdf":
        return _("This PDF keeps its metadata (author, software, dates) wherever it goes, in "
                 "bundles too: Tirkeu removes hidden data from photos only.")
    if kind == "office":
        return _("This document keeps its metadata (author, software, editing time) wherever "
                 "it goes, in bundles too: Tirkeu removes hidden data from photos only.")
    return ""
