"""The core's and the command's sentences in Russian and Kazakh (core/language.py).

The catalogues must follow the code: every sentence marked in the code has a finished
translation in each catalogue, with the same placeholders, and no catalogue keeps an entry
the code no longer says (packaging/update_translations.sh refreshes them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from desktop_app import cli
from desktop_app.core import language
from desktop_app.core.language import _, from_environment
from desktop_app.storage.archive import create_archive

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = ("ru", "kk")
KEYWORDS = {"_": None, "n_": (1, 2)}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.mark.parametrize(("environ", "expected"), [
    ({"TIRKEU_LANG": "kk", "LANG": "ru_RU.UTF-8"}, "kk"),
    ({"TIRKEU_LANG": "de", "LANG": "ru_RU.UTF-8"}, "ru"),  # not ours: the locale decides
    ({"LC_ALL": "kk_KZ.UTF-8", "LANG": "ru_RU.UTF-8"}, "kk"),
    ({"LC_MESSAGES": "ru_RU", "LANG": "en_US.UTF-8"}, "ru"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "ru"}, "en"),  # LANG set to C: English, as gettext
    ({"LANGUAGE": "de:kk:ru"}, "kk"),  # a list: the first of ours
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_language_comes_from_tirkeu_lang_then_the_locale(environ, expected) -> None:  # type: ignore[no-untyped-def]
    assert from_environment(environ) == expected


def code_messages() -> dict[str, tuple[str, ...]]:
    """Every sentence the code marks, as Babel extracts it (msgid -> all its forms)."""
    with open(ROOT / "babel.cfg", encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    found: dict[str, tuple[str, ...]] = {}
    for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / "desktop_app", method_map, options_map, keywords=KEYWORDS):
        forms = (message,) if isinstance(message, str) else tuple(message)
        found[forms[0]] = forms
    return found


def catalogue(lang: str):  # type: ignore[no-untyped-def]
    with (ROOT / "resources" / "locale" / lang / "LC_MESSAGES" / "tirkeu.po").open("rb") as f:
        return read_po(f, locale=lang)


def test_the_code_marks_its_sentences() -> None:
    assert "Wrong passphrase." in code_messages()


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_catalogue_translates_every_sentence_the_code_says(lang: str) -> None:
    code = code_messages()
    po = catalogue(lang)
    entries = {m.id if isinstance(m.id, str) else m.id[0]: m for m in po if m.id}
    missing = sorted(set(code) - set(entries))
    stale = sorted(set(entries) - set(code))
    assert not missing, (f"{lang}: not in the catalogue (run packaging/update_translations.sh):"
                         f" {missing[:10]}")
    assert not stale, f"{lang}: the code no longer says these: {stale[:10]}"
    unfinished, wrong = [], []
    for msgid, forms in code.items():
        entry = entries[msgid]
        strings = (entry.string,) if isinstance(entry.string, str) else tuple(entry.string)
        if entry.fuzzy or not all(strings) or len(strings) != (
                1 if len(forms) == 1 else po.num_plurals):
            unfinished.append(msgid)
            continue
        wanted = set(PLACEHOLDER.findall(" ".join(forms)))
        if any(set(PLACEHOLDER.findall(s)) != wanted for s in strings):
            wrong.append(msgid)
    assert not unfinished, f"{lang}: unfinished: {unfinished[:10]}"
    assert not wrong, f"{lang}: placeholders differ from the English: {wrong[:10]}"


@pytest.mark.parametrize(("lang", "words"), [("ru", "Неверная парольная фраза."),
                                             ("kk", "Құпиясөз қате.")])
def test_the_command_refuses_a_wrong_passphrase_in_the_persons_language(
        lang: str, words: str, data_dir: Path, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    create_archive(data_dir, "correct horse battery staple", recovery_code=False)[0].close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    monkeypatch.setenv("TIRKEU_LANG", lang)
    language.use(language.from_environment())
    assert cli.main(["--data-dir", str(data_dir), "list", "--passphrase-file", str(wrong)]) == 1
    assert capsys.readouterr().err.strip() == f"tirkeu: {words}"


def test_a_language_without_a_catalogue_speaks_english(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(language, "catalogue_source", lambda lang: ROOT / "no-such.po")
    language._translations.cache_clear()
    try:
        language.use("kk")
        assert _("Wrong passphrase.") == "Wrong passphrase."
    finally:
        language._translations.cache_clear()
