"""Which language the window speaks, and where its choice is remembered.

The choice made in Settings (or on the unlock dialog) is kept outside the vault, in the
data folder's file ``language`` (``en``, ``ru`` or ``kk`` and nothing else; 0600, replaced
atomically), so the unlock dialog of the next start already speaks it. A language code is
not sensitive: every copy of Tirkeu offers the same three.

At start: ``TIRKEU_LANG`` (an explicit override, for this run only), else the remembered
choice, else the system's language, else English. A person who chose Kazakh in Settings
gets Kazakh at the next start even on a laptop set to Russian.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QLocale

from desktop_app.core import language as core_language
from desktop_app.crypto.files import write_atomically

LANGUAGE_FILE = "language"


def remembered(folder: Path) -> str | None:
    """The language chosen last in this folder's window, or None (never chosen, unreadable)."""
    try:
        code = (folder / LANGUAGE_FILE).read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return code if code in core_language.LANGUAGES else None


def remember(folder: Path, language: str) -> None:
    """Keep ``language`` for the next start; a folder that cannot be written keeps none."""
    if language not in core_language.LANGUAGES or remembered(folder) == language:
        return
    # A folder that cannot be written: the window still speaks it now, and the next start
    # falls back to the system's.
    with contextlib.suppress(OSError):
        write_atomically(folder / LANGUAGE_FILE, language.encode("ascii") + b"\n")


def override(environ: Mapping[str, str] | None = None) -> str | None:
    """``TIRKEU_LANG``, if it names a language."""
    asked = (os.environ if environ is None else environ).get("TIRKEU_LANG", "").strip().lower()
    return asked if asked in core_language.LANGUAGES else None


def system_language() -> str:
    """The system's language if the window speaks it, else English (a guess, never
    remembered)."""
    name = QLocale.system().name()[:2]
    return name if name in ("en", "ru", "kk") else "en"


def starting(folder: Path, system: Callable[[], str],
             environ: Mapping[str, str] | None = None) -> tuple[str, bool]:
    """The language to start in, and whether it was chosen (TIRKEU_LANG or remembered)
    rather than guessed from the system: a chosen one wins over the vault's own setting."""
    chosen = override(environ) or (remembered(folder) if folder.is_dir() else None)
    return (chosen, True) if chosen else (system(), False)
