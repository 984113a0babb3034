"""Files the Summaries page exports: the bytes of each kind, and where to put them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.reports.csv_writer import cross_csv, file_bytes, summary_csv
from desktop_app.reports.html_writer import html_document
from desktop_app.reports.publication import Publication
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.render.pdf import pdf_bytes

KINDS = ("csv", "cross.csv", "html", "pdf")


def export_bytes(kind: str, pub: Publication) -> bytes:
    """The file for export ``kind``: "csv" (the summary), "cross.csv", "html" or "pdf"."""
    if kind == "pdf":
        return pdf_bytes(pub)
    if kind == "html":
        return html_document(pub).encode("utf-8")
    return file_bytes(cross_csv(pub) if kind == "cross.csv" else summary_csv(pub))


def ask_path(parent: QWidget, kind: str, title: str) -> Path | None:
    """A place to save, chosen in Qt's own dialog (it leaves no recent-files trace)."""
    suffix = "csv" if kind == "cross.csv" else kind
    name = "cross-table.csv" if kind == "cross.csv" else f"summary.{suffix}"
    dialog = PrivateFileDialog(parent, title, save_as=name)
    dialog.setDefaultSuffix(suffix)
    chosen = dialog.pick()
    return Path(chosen[0]) if chosen else None
