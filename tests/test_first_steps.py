"""docs/FIRST_STEPS.ru.md and docs/FIRST_STEPS.kk.md stay true to the program.

A monitor reads these pages with the window open beside them, so every interface term on
them (written in **bold**, a menu path as **Хранилище → Уничтожить хранилище…**) must be
what the window shows in that language: a <translation> of its Qt catalogue, a msgstr of
the command's catalogue, or the name of a language as the language box lists it. A
renamed button fails here until the page follows. The pages quote nothing else in «»,
so those quotes are held to the same rule.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs"
LANGS = ("ru", "kk")
# Screenshots made for these pages; no other picture is promised to exist.
SCREENSHOTS = {f"screenshots/{name}-{lang}.png" for name in ("incidents", "editor")
               for lang in LANGS}
# Words the glossary (docs/GLOSSARY.md) rules out for the things Tirkeu is made of.
NOT_OUR_WORDS = {
    "ru": ("монитор", "архив", "посылк", "пароль "),
    "kk": ("монитор", "мұрағат", "пароль"),
}

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_QUOTED = re.compile(r"«(.+?)»", re.DOTALL)
_SHORTCUT = re.compile(r"`(Ctrl\+[A-Za-z0-9+]+)`")
_PICTURE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def page(lang: str) -> str:
    """The page as a reader sees it: without the comments meant for its writers."""
    return _COMMENT.sub("", (DOCS / f"FIRST_STEPS.{lang}.md").read_text(encoding="utf-8"))


def normalised(text: str) -> str:
    """Text as compared: no accelerator &, no closing "…" or ":", one space for any run
    of white space (a term may be wrapped over two lines of the page)."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = " ".join(text.split())
    return text.rstrip(":").rstrip().removesuffix("…").rstrip()


@cache
def program_words(lang: str) -> frozenset[str]:
    """Everything the window and the command say in ``lang``, normalised."""
    words: set[str] = set()
    ts = ROOT / "resources" / "translations" / f"tirkeu_{lang}.ts"
    for translation in ET.parse(ts).getroot().iter("translation"):  # noqa: S314
        forms = [f.text or "" for f in translation.iter("numerusform")]
        forms = forms or [translation.text or ""]
        words.update(normalised(form) for form in forms if form)
    po = ROOT / "resources" / "locale" / lang / "LC_MESSAGES" / "tirkeu.po"
    with po.open("rb") as f:
        for message in read_po(f):
            forms = message.string if isinstance(message.string, tuple) else (message.string,)
            words.update(normalised(form) for form in forms if form)
    # The language box lists each language in its own words (desktop_app/ui/kit/i18n.py);
    # read without importing it, so this test needs no Qt.
    i18n = ast.parse((ROOT / "desktop_app" / "ui" / "kit" / "i18n.py").read_text("utf-8"))
    for node in ast.walk(i18n):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
                and any(isinstance(t, ast.Name) and t.id == "LANGUAGES" for t in node.targets)):
            words.update(normalised(ast.literal_eval(v)) for v in node.value.values if v)
    return frozenset(words)


def interface_terms(lang: str) -> list[str]:
    """Every marked term on the page, a menu path split into its steps."""
    text = page(lang)
    marked = _BOLD.findall(text) + _QUOTED.findall(text)
    return [normalised(step) for term in marked for step in term.split("→")]


@pytest.mark.parametrize("lang", LANGS)
def test_every_interface_term_is_the_programs_own_word(lang: str) -> None:
    terms = interface_terms(lang)
    assert len(terms) > 40, "the page marks its interface terms in **bold**"
    unknown = sorted({t for t in terms if t not in program_words(lang)})
    assert not unknown, (
        f"docs/FIRST_STEPS.{lang}.md names words the program does not show in {lang} "
        f"(see resources/translations/tirkeu_{lang}.ts): {unknown}")


@pytest.mark.parametrize("lang", LANGS)
def test_the_checker_would_notice_a_renamed_button(lang: str) -> None:
    words = program_words(lang)
    assert normalised("&Сохранить" if lang == "ru" else "&Сақтау") in words
    assert "Сохранить навсегда" not in words and "Мәңгі сақтау" not in words
    assert normalised("Уни&чтожить хранилище…") == "Уничтожить хранилище"


@pytest.mark.parametrize("lang", LANGS)
def test_every_shortcut_named_is_one_the_window_has(lang: str) -> None:
    """A key on the page is spelled somewhere in the window's code or its tooltips
    (Ctrl+N, Ctrl+S and Ctrl+F are Qt's standard keys, named in the tooltips)."""
    ui_text = "\n".join(p.read_text("utf-8") for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    named = set(_SHORTCUT.findall(page(lang)))
    assert {"Ctrl+N", "Ctrl+S", "Ctrl+L", "Ctrl+Shift+L", "Ctrl+Shift+Delete"} <= named
    missing = sorted(k for k in named if k.replace("Delete", "Del") not in ui_text)
    assert not missing, missing


@pytest.mark.parametrize("lang", LANGS)
def test_only_the_promised_screenshots_are_shown(lang: str) -> None:
    pictures = set(_PICTURE.findall(page(lang)))
    assert pictures <= SCREENSHOTS, pictures - SCREENSHOTS
    assert all(p.endswith(f"-{lang}.png") for p in pictures), pictures


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossarys_words_are_used(lang: str) -> None:
    text = page(lang).lower()
    found = [word for word in NOT_OUR_WORDS[lang] if word in text]
    assert not found, f"docs/GLOSSARY.md has other words for these: {found}"


def test_the_readme_links_both_pages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lang in LANGS:
        assert f"(docs/FIRST_STEPS.{lang}.md)" in readme
    # Near the top: before the first section a developer reads.
    assert readme.index("FIRST_STEPS.ru.md") < readme.index("## Set up")
