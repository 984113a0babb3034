"""Interface language: Qt translations for widget text, data-file labels for vocabularies.

Widgets pass every visible string through ``tr()``; catalogues live in
``resources/translations/tirkeu_<lang>.ts`` (sources) and ``.qm`` (built). A missing
catalogue leaves English text, never an error.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from desktop_app.ui.kit import dates

LANGUAGES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

_installed: list[QTranslator] = []


def catalogue_path(language: str) -> str | None:
    path = resources.files("desktop_app.resources") / "translations" / f"tirkeu_{language}.qm"
    return str(path) if path.is_file() else None


class Catalogue(QTranslator):
    """A built catalogue that also answers a sentence lupdate filed under no context.

    lupdate names a message's context after the class whose ``self.tr()`` it reads, but a
    ``tr`` handed on (a parameter, ``archive, tr = ..., self.page.tr``) it files under the
    empty context, while at run time Qt asks with the class's name. The class's own
    context is asked first; only what it lacks is looked up without one."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # None: "not mine", Qt asks the next translator


# Qt's own buttons (in QMessageBox and QDialogButtonBox: Yes, No, Save, Cancel…) take
# their words from the context "QPlatformTheme". Qt's catalogues are not shipped (and have
# no Kazakh), so Tirkeu's carry the ones the window shows; marked here for lupdate.
QT_BUTTON_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)


def install(language: str, app: Any = None) -> bool:
    """Use ``language`` for widget text, dates and numbers from now on; True if a
    catalogue was loaded."""
    app = app or QCoreApplication.instance()
    dates.use(language)  # fill()'s counts, local_time()
    QLocale.setDefault(dates.locale_of(language))  # Qt's own widgets (spin boxes)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    path = catalogue_path(language)
    if language == "en" or path is None:
        return False
    translator = Catalogue(app)
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False


class EnglishPlurals(QTranslator):
    """English numerus forms for sources written "%n incident(s)": "1 incident",
    "3 incidents". Qt gives plural forms only through a catalogue, and English has none
    (the sources are English), so without this every count would read "incident(s)".

    It answers only counted strings and only after every catalogue (it is installed
    first, and Qt asks the translators installed last first), so a Russian or Kazakh
    catalogue's own forms win; a string a catalogue lacks falls back to proper English."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n < 0 or "(s)" not in source:
            return None  # a null string: "not mine", Qt asks the next translator
        return source.replace("(s)", "" if abs(n) == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802
        return False


_plurals: list[EnglishPlurals] = []


def install_plurals(app: Any = None) -> None:
    """Install ``EnglishPlurals`` once for the application (before any catalogue)."""
    app = app or QCoreApplication.instance()
    if not _plurals:
        _plurals.append(EnglishPlurals(app))
        app.installTranslator(_plurals[0])
