"""The first start asks who you are: the name on your card, and whether this laptop is a
monitor's or a coordinator's. Settings changes both; the window follows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.session import Topic
from desktop_app.storage.archive import create_archive
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import open_bundle
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, unlock_through_dialog

NAME, MONITOR = "Айгерім Бекова", "Дана Сейтқали"


def test_a_new_vault_needs_a_name(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.dialog
    assert dialog.creating and dialog.owner_name.hasFocus(), "typing starts at the name"
    assert dialog.monitor.isChecked(), "a monitor's laptop unless said otherwise"
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    dialog.recovery.setChecked(False)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "Write your name" in dialog.message.text()
    assert dialog.owner_name.hasFocus()
    assert controller.archive is None and not (controller.folder / "vault.json").exists()


def test_a_monitor_is_named_on_the_card_and_records_first(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller, name="  Әлия   Серікбаева ")
    archive = controller.archive
    assert archive.owner_name == "Әлия Серікбаева"
    assert archive.role == "monitor"
    assert archive.keys().card().name == "Әлия Серікбаева"
    window = controller.window
    assert window.keys()[:2] == ["incidents", "people"]
    assert window.current_key() == "incidents"
    window.show_page("contacts")
    assert controller.contacts.page.own_name.text() == "Әлия Серікбаева"


def test_a_coordinator_opens_on_exchange_with_summaries_next(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller, name=NAME, coordinator=True)
    archive = controller.archive
    assert (archive.owner_name, archive.role) == (NAME, "coordinator")
    window = controller.window
    assert window.keys()[:2] == ["exchange", "summaries"]
    assert window.current_key() == "exchange"
    assert window.current_page() is controller.exchange.page
    # Ctrl+1 is the first section, whichever it is.
    window.show_page("settings")
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "exchange"


def test_settings_rename_the_card_and_change_the_role(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller, name=NAME)
    window = controller.window
    window.show_page("settings")
    page = controller.settings.page
    assert page.owner_name.text() == NAME and not page.save_name.isEnabled()
    page.owner_name.selectAll()
    type_text(page.owner_name, "Айгерім Бекқызы")
    assert page.save_name.isEnabled()
    qtbot.keyClick(page.owner_name, Qt.Key.Key_Return)
    assert controller.archive.owner_name == "Айгерім Бекқызы"
    assert controller.archive.keys().card().name == "Айгерім Бекқызы"
    assert controller.contacts.page.own_name.text() == "Айгерім Бекқызы"
    assert not page.save_name.isEnabled()

    page.role.setCurrentIndex(page.role.findData("coordinator"))
    page.role.activated.emit(page.role.currentIndex())
    assert controller.archive.role == "coordinator"
    assert window.keys()[:2] == ["exchange", "summaries"]
    assert window.current_key() == "settings", "the person stays where they are"

    controller.lock()
    assert page.owner_name.text() == "", "the owner's name is not shown while locked"


def monitor_bundle(tmp_path: Path, coordinator: Any) -> Path:
    """A monitor's vault with two incidents, sealed for ``coordinator``."""
    monitor, _ = create_archive(tmp_path / "monitor", PASSPHRASE, owner_name=MONITOR,
                                recovery_code=False)
    try:
        for there, here in ((monitor, coordinator), (coordinator, monitor)):
            card = here.keys().card()
            there.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                               coordinator=there is monitor)
        for title in ("Пикет таратылды", "Журналистке қоқан-лоқы"):
            monitor.incidents.save(incident_from_json(
                {"title": title, "date": "2019-03", "region": "astana",
                 "violations": ["threat"]}), monitor.author)
        out = tmp_path / "bundle.tirkeu"
        export_bundle(monitor, [coordinator.owner_name], out, since_last=True)
        return out
    finally:
        monitor.close()


def test_a_coordinator_is_not_told_received_incidents_wait(qtbot, controller, tmp_path) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller, name=NAME, coordinator=True)
    archive = controller.archive
    bundle = monitor_bundle(tmp_path, archive)
    assert open_bundle(archive, bundle).outcomes["new"] == 2
    controller.session.changed(Topic.INCIDENTS, cause="imported", by=MONITOR)
    state = controller.window.state.text()
    assert state == "Unlocked · 2 incidents", state
    assert archive.undelivered_count() == 0
    assert controller.exchange.page.undelivered.text().startswith("0 incidents here")
    # An edit the coordinator saves here is theirs: it would wait for a coordinator above
    # them, but they have none, so the bar still claims nothing.
    first = archive.incidents.all_ids()[0]
    archive.incidents.save(incident_from_json(
        {**incident_to_json(archive.incidents.get(first)), "status": "verified"}), archive.author)
    controller.session.changed(Topic.INCIDENTS, [first], cause="saved")
    assert archive.undelivered_count() == 1
    assert controller.window.state.text() == "Unlocked · 2 incidents"
