"""Probe."""
from __future__ import annotations

from desktop_app.ui.kit import i18n
from tests.ui.conftest import unlock_through_dialog
from tests.ui.test_catalogues import english

PAGES = ("incidents", "people", "summaries", "exchange", "contacts", "settings")


def choose(window_controller, language):  # type: ignore[no-untyped-def]
    window = window_controller.window
    window.show_page("settings")
    combo = window_controller.settings.page.language
    combo.setCurrentIndex(combo.findData(language))
    combo.activated.emit(combo.currentIndex())


def test_probe(qtbot, data_dir, no_dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.ui.shell import controller as shell
    monkeypatch.setattr(shell, "system_language", lambda: "en")
    try:
        c = shell.Controller(data_dir)
        qtbot.addWidget(c.window)
        c.ask_to_unlock()
        unlock_through_dialog(qtbot, c)
        choose(c, "kk")
        allowed = {str(data_dir), str(data_dir.resolve())}
        w = c.window
        found = {}
        c.new_incident()
        for section in w.editor.sections.values():
            section.set_open(True)
        w.editor.victims.add_row()
        w.editor.show_details(True)
        for page in PAGES:
            w.show_page(page)
            found[page] = english(w, allowed)
        for k, v in found.items():
            print(k, v)
        c.shutdown()
    finally:
        i18n.install("en")
