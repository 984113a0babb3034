"""The window's language changes at once, without a restart, and is remembered outside
the vault: every page relabels, dates follow the language, the next start (unlock dialog
included) speaks the choice, and TIRKEU_LANG overrides it for one run."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import language as core_language
from desktop_app.core.interchange import incident_from_json
from desktop_app.ui.kit import i18n
from desktop_app.ui.shell import controller as shell
from desktop_app.ui.shell.language_choice import LANGUAGE_FILE, remembered
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock_through_dialog
from tests.ui.test_catalogues import english

PAGES = ("incidents", "people", "summaries", "exchange", "contacts", "settings")


@pytest.fixture
def window(qtbot: Any, data_dir: Path, no_dialogs: list[str],
           monkeypatch: pytest.MonkeyPatch) -> Any:
    """A window started on an English system, nothing chosen yet."""
    monkeypatch.setattr(shell, "system_language", lambda: "en")
    monkeypatch.delenv("TIRKEU_LANG")
    try:
        yield start(qtbot, data_dir)
    finally:
        i18n.install("en")
        core_language.use("en")


def start(qtbot: Any, data_dir: Path) -> Any:
    window_controller = shell.Controller(data_dir)
    qtbot.addWidget(window_controller.window)
    window_controller.ask_to_unlock()
    return window_controller


def choose(window_controller: Any, language: str) -> None:
    """Pick ``language`` in Settings' combo, as a person does (keyboard, then Enter)."""
    window_controller.window.show_page("settings")
    combo = window_controller.settings.page.language
    combo.setCurrentIndex(combo.findData(language))
    combo.activated.emit(combo.currentIndex())


def english_on_every_page(window_controller: Any, allowed: set[str]) -> dict[str, list]:
    w = window_controller.window
    found = {}
    for page in PAGES:
        w.show_page(page)
        assert w.current_page().isVisible(), page
        found[page] = english(w, allowed)
    w.show_page("incidents")
    return {page: texts for page, texts in found.items() if texts}


def add_incidents(archive: Any) -> None:
    for date in ("2018-05-12", "2017-03", "2016"):
        archive.incidents.save(incident_from_json({
            "title": "Задержание", "date": date, "region": "almaty_city",
            "violations": ["arrest"]}), archive.author)


def dates_listed(window_controller: Any) -> list[str]:
    model = window_controller.window.incidents.table.model()
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def test_every_page_relabels_at_once_and_back(qtbot: Any, window: Any,  # type: ignore[no-untyped-def]
                                              data_dir: Path) -> None:
    unlock_through_dialog(qtbot, window)
    add_incidents(window.archive)
    window.window.incidents.refresh()
    w = window.window
    window.new_incident()  # the editor, open beside the list, all of it unfolded
    w.editor.show_details(True)
    for section in w.editor.sections.values():
        section.set_open(True)
    w.editor.victims.add_row()
    allowed = {str(data_dir), str(data_dir.resolve())}
    english_before = english_on_every_page(window, allowed)
    assert english_before, "the check must see English in an English window"
    for language in ("kk", "ru"):
        choose(window, language)
        assert english_on_every_page(window, allowed) == {}, language
        assert w.nav.item(0).text() != "Incidents"
        assert core_language.current() == language
    choose(window, "en")
    assert english_on_every_page(window, allowed).keys() == english_before.keys()
    assert [w.nav.item(r).text() for r in range(w.nav.count())] == [
        "Incidents", "People", "Summaries", "Exchange", "Contacts", "Settings"]
    assert w.new_action.text() == "New incident"
    assert w.editor.save_button.text() == "&Save"
    assert w.editor.sections["what"].header.text() == "What happened"
    window.shutdown()


@pytest.mark.parametrize(("language", "shown"), [
    ("en", ["12 May 2018", "2016", "March 2017"]),
    ("ru", ["03.2017", "12.05.2018", "2016"]),
    ("kk", ["03.2017", "12.05.2018", "2016"]),
])
def test_the_list_writes_dates_in_the_language(qtbot: Any, window: Any, language: str,  # type: ignore[no-untyped-def]
                                               shown: list[str]) -> None:
    unlock_through_dialog(qtbot, window)
    add_incidents(window.archive)
    window.window.incidents.refresh()
    choose(window, language)
    window.window.show_page("incidents")
    assert dates_listed(window) == shown
    window.shutdown()


@pytest.mark.parametrize(("language", "long", "month"), [
    ("en", "12 May 2018", "March 2017"),
    ("ru", "12 мая 2018 г.", "март 2017"),
    ("kk", "12 мамыр 2018 ж.", "наурыз 2017"),
])
def test_fuzzy_dates_keep_their_precision(language: str, long: str, month: str) -> None:
    from desktop_app.core.dates import FuzzyDate
    from desktop_app.ui.kit.dates import fuzzy_date

    assert fuzzy_date(FuzzyDate(2018, 5, 12), language) == long
    assert fuzzy_date(FuzzyDate(2017, 3), language) == month
    assert fuzzy_date(FuzzyDate(2016), language) == "2016"


def test_counts_have_the_language_s_separators(qapp: Any) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.kit.text import fill

    try:
        assert fill("%1", 1234567) == "1,234,567"
        i18n.install("ru")
        assert fill("%1", 1234567) == "1\xa0234\xa0567"
    finally:
        i18n.install("en")


def test_the_choice_is_remembered_outside_the_vault(qtbot: Any, window: Any,  # type: ignore[no-untyped-def]
                                                    data_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    unlock_through_dialog(qtbot, window)
    choose(window, "kk")
    window.shutdown()
    path = data_dir / LANGUAGE_FILE
    assert path.read_bytes() == b"kk\n"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The next start, on a system that says Russian: Kazakh, from the unlock dialog on.
    monkeypatch.setattr(shell, "system_language", lambda: "ru")
    again = start(qtbot, data_dir)
    allowed = {str(data_dir), str(data_dir.resolve())}
    assert again.dialog.windowTitle() != "Tirkeu — unlock"
    assert english(again.dialog, allowed) == []
    qtbot.keyClicks(again.dialog.passphrase, "not the passphrase")
    again.dialog.submit()
    qtbot.waitUntil(lambda: again.dialog.message.text() != "", timeout=15000)
    assert again.dialog.message.text() == "Құпиясөз қате."
    unlock_through_dialog(qtbot, again)
    assert again.session.language == "kk"
    assert again.window.nav.item(0).text() != "Incidents"
    again.shutdown()


def test_the_vault_s_own_setting_does_not_fight_the_remembered_one(  # type: ignore[no-untyped-def]
        qtbot: Any, window: Any, data_dir: Path) -> None:
    unlock_through_dialog(qtbot, window)
    window.archive.database.set_setting("language", "ru")  # e.g. a restored backup's
    window.shutdown()
    (data_dir / LANGUAGE_FILE).write_text("kk\n")
    again = start(qtbot, data_dir)
    unlock_through_dialog(qtbot, again)
    assert again.session.language == "kk" and core_language.current() == "kk"
    again.shutdown()


def test_without_a_remembered_choice_the_vault_s_is_taken(  # type: ignore[no-untyped-def]
        qtbot: Any, window: Any, data_dir: Path) -> None:
    unlock_through_dialog(qtbot, window)
    window.archive.database.set_setting("language", "ru")
    window.shutdown()
    (data_dir / LANGUAGE_FILE).unlink(missing_ok=True)
    again = start(qtbot, data_dir)
    unlock_through_dialog(qtbot, again)
    assert again.session.language == "ru"
    assert again.window.lock_action.text() != "Lock"
    assert remembered(data_dir) == "ru"
    again.shutdown()


def test_tirkeu_lang_overrides_for_this_run(qtbot: Any, window: Any, data_dir: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    unlock_through_dialog(qtbot, window)
    choose(window, "kk")
    window.shutdown()
    monkeypatch.setenv("TIRKEU_LANG", "ru")
    again = start(qtbot, data_dir)
    qtbot.keyClicks(again.dialog.passphrase, "not the passphrase")
    again.dialog.submit()
    qtbot.waitUntil(lambda: again.dialog.message.text() != "", timeout=15000)
    assert again.dialog.message.text() == "Неверная парольная фраза."
    qtbot.waitUntil(again.dialog.buttons.isEnabled, timeout=15000)
    again.dialog.passphrase.clear()
    qtbot.keyClicks(again.dialog.passphrase, PASSPHRASE)
    again.dialog.submit()
    qtbot.waitUntil(lambda: again.archive is not None, timeout=15000)
    assert again.session.language == "ru"
    assert remembered(data_dir) == "kk"  # the override chose nothing
    again.shutdown()



def test_the_unlock_dialog_switches_before_unlocking(qtbot: Any, window: Any,  # type: ignore[no-untyped-def]
                                                     data_dir: Path) -> None:
    first = window.dialog
    assert first.creating and first.windowTitle() == "Tirkeu — create a vault"
    first.language.setCurrentIndex(first.language.findData("kk"))
    first.language.activated.emit(first.language.currentIndex())
    dialog = window.dialog
    assert dialog is not first and dialog.isVisible() and not first.isVisible()
    assert dialog.language.currentData() == "kk"
    assert english(dialog, {str(data_dir), str(data_dir.resolve())}) == []
    assert not data_dir.exists() or not any(data_dir.iterdir())  # a backup may go there
    unlock_through_dialog(qtbot, window)
    assert window.window.lock_action.text() != "Lock"
    assert remembered(data_dir) == "kk"
    window.shutdown()
