"""The session the pages follow: one change told once reaches every page that shows it,
with no controller keeping a list of pages to poke. Plain-Python session rules first, then
the window: settings, contacts and people pages following the session on their own."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.crypto.vault import VaultLocked
from desktop_app.session import Change, Session, Topic
from tests.ui.conftest import unlock_through_dialog
from tests.ui.test_exchange_window import COORDINATOR, save


class Recorder:
    def __init__(self, session: Session, name: str, heard: list[str]):
        self.session, self.name, self.heard = session, name, heard
        session.subscribe(self)

    def session_unlocked(self) -> None:
        self.heard.append(f"{self.name} unlocked")

    def session_locking(self) -> None:
        # Still open while the pages forget: a page may save a draft here.
        assert self.session.archive is not None
        self.heard.append(f"{self.name} locking")

    def session_locked(self) -> None:
        assert self.session.archive is None
        self.heard.append(f"{self.name} locked")

    def session_changed(self, change: Change) -> None:
        self.heard.append(f"{self.name} {change.topic.value} {sorted(change.ids or [])}")


def test_every_listener_hears_unlock_change_and_lock(archive: Any) -> None:
    session, heard = Session(archive.folder), []
    first, second = Recorder(session, "a", heard), Recorder(session, "b", heard)
    session.unlocked(archive)
    session.changed(Topic.INCIDENTS, ["x"], cause="saved", by="me")
    assert session.lock() and not session.lock(), "locking twice is harmless"
    assert heard == ["a unlocked", "b unlocked", "a incidents ['x']", "b incidents ['x']",
                     "b locking", "a locking", "a locked", "b locked"]
    assert archive.vault.locked, "the keys are forgotten"
    del first, second


def test_a_dropped_listener_is_not_kept_alive_by_the_session(archive: Any) -> None:
    session, heard = Session(archive.folder), []
    Recorder(session, "gone", heard)
    gc.collect()
    session.unlocked(archive)
    assert heard == []
    session.lock()


def test_locked_session_refuses_work_and_guards_are_asked(archive: Any) -> None:
    session = Session(archive.folder)
    with pytest.raises(VaultLocked) as refused:  # a locked session hands out no archive
        session.require()
    assert str(refused.value).endswith(".")
    answers = [True]
    session.guard(lambda: answers[0])
    session.unlocked(archive)
    assert session.may_rewrite()
    answers[0] = False
    assert not session.may_rewrite()
    session.lock()
    answers[0] = True
    assert not session.may_rewrite(), "nothing is rewritten in a locked vault"


def test_a_change_concerns_the_incidents_it_names() -> None:
    assert Change(Topic.INCIDENTS, frozenset({"a"})).concerns("a")
    assert not Change(Topic.INCIDENTS, frozenset({"a"})).concerns("b")
    assert Change(Topic.INCIDENTS, None).concerns("b"), "unknown ids: maybe any"
    assert not Change(Topic.CONTACTS).concerns("a")
    assert not Change(Topic.INCIDENTS).concerns(None)


# --- the window ------------------------------------------------------------------------------

def test_language_chosen_in_settings_relabels_every_page_and_is_kept(
        qtbot: Any, controller: Any) -> None:
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    controller.new_incident()
    window.show_page("settings")
    combo = controller.settings.page.language
    combo.setCurrentIndex(combo.findData("kk"))
    combo.activated.emit(combo.currentIndex())  # as a person picking it

    assert window.editor.region.itemText(window.editor.region.findData("almaty_city")) \
        == "Алматы қаласы"
    assert window.incidents.region.itemText(window.incidents.region.findData("abai")) \
        == "Абай облысы"
    assert controller.archive.database.setting("language") == "kk"
    controller.lock()
    unlock_through_dialog(qtbot, controller)
    assert controller.settings.page.language.currentData() == "kk"
    assert controller.window.incidents.region.itemText(
        controller.window.incidents.region.findData("abai")) == "Абай облысы"


def test_masking_names_in_settings_reaches_the_people_page(qtbot: Any, controller: Any) -> None:
    unlock_through_dialog(qtbot, controller)
    save(controller.archive, {"title": "Picket", "victims": [{"name": "Әлия Серікбаева"}]})
    window = controller.window
    window.show_page("settings")
    qtbot.mouseClick(controller.settings.page.mask, Qt.MouseButton.LeftButton)
    window.show_page("people")
    people = controller.people.page.people
    qtbot.waitUntil(lambda: people.rowCount() == 1)
    assert people.item(0, 0).text() == "Ә. С."
    assert controller.archive.database.setting("mask_names") == "1"


def test_idle_delay_from_settings_restarts_the_idle_lock(qtbot: Any, controller: Any) -> None:
    unlock_through_dialog(qtbot, controller)
    controller.settings.page.idle.setValue(42)
    assert 41 * 60 < controller.idle.remaining() <= 42 * 60
    assert controller.archive.database.setting("idle_minutes") == "42"


def test_a_contact_added_on_its_page_is_offered_on_the_exchange_page(
        qtbot: Any, controller: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from desktop_app.storage.archive import create_archive
    from desktop_app.ui.contacts.page import CardCheckDialog
    from desktop_app.ui.kit.file_dialog import PrivateFileDialog
    from tests.conftest import PASSPHRASE

    unlock_through_dialog(qtbot, controller)
    other, _ = create_archive(tmp_path / "coordinator", PASSPHRASE, owner_name=COORDINATOR,
                              recovery_code=False)
    card = tmp_path / "card.json"
    card.write_text(json.dumps(other.keys().card().to_json()), "utf-8")
    other.close()
    monkeypatch.setattr(PrivateFileDialog, "pick", lambda self: [str(card)])
    controller.window.show_page("exchange")  # the page reads its counts when shown
    assert controller.exchange.page.recipients.count() == 0
    controller.window.show_page("contacts")

    controller.contacts.add_from_card()
    dialog = controller.contacts.check_dialog
    assert isinstance(dialog, CardCheckDialog)
    dialog.coordinator.setChecked(True)
    dialog.accept()

    controller.window.show_page("exchange")
    recipients = controller.exchange.page.recipients
    assert [recipients.item(i).text() for i in range(recipients.count())] == [
        f"{COORDINATOR} (coordinator)"]
