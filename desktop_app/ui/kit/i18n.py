"""Interface language: Qt translations for widget text, data-file labels for vocabularies.

Widgets pass every visible string through ``tr()``; catalogues live in
``resources/translations/tirkeu_<lang>.ts`` (sources) and ``.qm`` (built). A missing
catalogue leaves English text, never an error.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

_installed: list[QTranslator] = []


def catalogue_path(language: str) -> str | None:
    path = resources.files("desktop_app.resources") / "translations" / f"tirkeu_{language}.qm"
    return str(path) if path.is_file() else None


def install(language: str, app: Any = None) -> bool:
    """Use ``language`` for widget text from now on; True if a catalogue was loaded."""
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    path = catalogue_path(language)
    if language == "en" or path is None:
        return False
    translator = QTranslator(app)
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
