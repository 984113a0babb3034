"""Importing several files at once, as the window and `tirkeu import` both do: each file
is opened on its own (one transaction each, all or nothing), one refused file does not
stop the others, and a cancel stops at once and skips the rest."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.sync.importer import open_bundle
from desktop_app.sync.report import ImportReport
from desktop_app.sync.streams import Cancelled, Progress, no_progress

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive

Status = Literal["imported", "refused", "cancelled", "skipped"]


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file. ``imported``: ``report`` says what it brought. ``refused``:
    ``refusal`` is the sentence why, and nothing of it was stored; ``fault`` names the
    error type when the refusal comes from a bug rather than the file. ``cancelled``: the
    cancel came while it was being read, and nothing of it was stored. ``skipped``: the
    cancel came before it."""

    path: Path
    status: Status
    report: ImportReport | None = None
    refusal: str | None = None
    fault: str | None = None


def import_files(archive: Archive, paths: Sequence[Path], *, progress: Progress = no_progress,
                 cancelled: Callable[[], bool] = lambda: False) -> Iterator[FileOutcome]:
    """Open ``paths`` one after another, yielding each one's FileOutcome as it finishes.
    ``progress(done, total)`` counts bytes over all the files together."""
    sizes = [_size(p) for p in paths]
    total, offset = max(1, sum(sizes)), 0
    for path, size in zip(paths, sizes, strict=True):
        if cancelled():
            yield FileOutcome(path, "skipped")
            continue

        def advance(done: int, _total: int, base: int = offset) -> None:
            progress(min(base + done, total), total)

        try:
            report = open_bundle(archive, path, progress=advance, cancelled=cancelled)
        except Cancelled:
            yield FileOutcome(path, "cancelled")
        except TirkeuError as exc:  # BundleRejected and the like: its one sentence
            yield FileOutcome(path, "refused", refusal=str(exc))
        except Exception as exc:  # noqa: BLE001 - one file's bug must not hide the others
            yield FileOutcome(path, "refused", fault=type(exc).__name__, refusal=(
                _("Something went wrong ({fault}); nothing from it was imported.").format(
                    fault=type(exc).__name__)))
        else:
            yield FileOutcome(path, "imported", report)
        offset += size
        progress(min(offset, total), total)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # open_bundle says why it cannot read the file
