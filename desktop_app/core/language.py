"""The language of every sentence the core and the command say, without Qt.

Sentences are written in English in the code, marked ``_("...")`` (or ``n_(one, many, n)``
for a count), with ``{name}`` placeholders filled after translation, so a translator can
move them. Catalogues are gettext ``.po`` files, ``resources/locale/<lang>/LC_MESSAGES/
tirkeu.po`` (Babel extracts and updates them: packaging/update_translations.sh); they are
read as they are, with Babel, the first time a language is used: no built file can go
stale beside its source. English needs no catalogue, and a missing one leaves English,
never an error.

Which language: ``TIRKEU_LANG`` (en, ru or kk), else the system locale (``LC_ALL``,
``LC_MESSAGES``, ``LANG``, then ``LANGUAGE``, the order gettext itself reads them), else
English. The window sets its own choice with ``use``.
"""

from __future__ import annotations

import functools
import gettext
import io
import os
import re
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable

LANGUAGES = ("en", "ru", "kk")
DEFAULT = "en"
DOMAIN = "tirkeu"

_current = DEFAULT
_chosen = False


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as DESIGN orders the sources."""
    environ = os.environ if environ is None else environ
    asked = environ.get("TIRKEU_LANG", "").strip().lower()
    if asked in LANGUAGES:
        return asked
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:  # the first one set decides, as in POSIX; "C" or "POSIX" means English
            return _language_of(value) or DEFAULT
    for value in environ.get("LANGUAGE", "").split(":"):
        if found := _language_of(value):
            return found
    return DEFAULT


def _language_of(locale_name: str) -> str | None:
    """"ru_RU.UTF-8" -> "ru", "kk_KZ" -> "kk", "de_DE" -> None."""
    code = re.split(r"[._@-]", locale_name, maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


def use(language: str) -> None:
    """Speak ``language`` from now on (en, ru or kk; anything else means English)."""
    global _current, _chosen  # noqa: PLW0603 - one language for the whole process
    _current = language if language in LANGUAGES else DEFAULT
    _chosen = True


def current() -> str:
    """The language in use: the one set by ``use``, else the environment's."""
    if not _chosen:
        use(from_environment())
    return _current


def _(message: str) -> str:
    """``message`` in the current language (English if the catalogue lacks it)."""
    return _translations(current()).gettext(message)


def n_(singular: str, plural: str, n: int) -> str:
    """The form of a counted sentence for ``n`` ("1 incident", "5 инцидентов")."""
    return _translations(current()).ngettext(singular, plural, n)


@functools.cache
def _translations(language: str) -> gettext.NullTranslations:
    if language == DEFAULT:
        return gettext.NullTranslations()
    source = catalogue_source(language)
    if not source.is_file():
        return gettext.NullTranslations()
    # Babel loads only for a language that has a catalogue: `tirkeu --version` in English
    # never pays for it.
    from babel.messages.mofile import write_mo  # noqa: PLC0415
    from babel.messages.pofile import read_po  # noqa: PLC0415

    with source.open("rb") as stream:
        catalogue = read_po(stream, locale=language, domain=DOMAIN)
    built = io.BytesIO()
    write_mo(built, catalogue, use_fuzzy=False)  # a fuzzy entry is not a translation yet
    built.seek(0)
    return gettext.GNUTranslations(built)


def catalogue_source(language: str) -> Traversable:
    """Where ``language``'s catalogue (a .po file) lives inside the installed package."""
    return (resources.files("desktop_app.resources") / "locale" / language / "LC_MESSAGES"
            / f"{DOMAIN}.po")
