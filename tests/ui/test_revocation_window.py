"""Revoking a seized key from the window, as a coordinator does it: the Contacts page asks
first (No changes nothing), then shows the key as revoked with no roles and nothing left to
revoke; the incidents that key brought carry a warning sign and say why in the list, and
the editor shows a band while one is open; an incident saved here carries neither; the
Exchange page no longer offers the revoked contact as a recipient."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.interchange import incident_from_json
from desktop_app.session import Topic
from desktop_app.storage.archive import create_archive
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import open_bundle
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock_through_dialog

MONITOR, COORDINATOR = "Marat Seitkali", "Aigerim Bekova"
THEIRS, OURS = "Picket dispersed in Shymkent", "Lawyer summoned for questioning"


def save(archive: Any, title: str) -> str:
    incident = incident_from_json({"title": title, "date": "2024-04-02", "region": "shymkent",
                                   "violations": ["arrest"]})
    archive.incidents.save(incident, archive.author)
    return incident.id


@pytest.fixture
def coordinator(qtbot: Any, controller: Any, tmp_path: Path) -> Any:
    """The window unlocked on a coordinator's vault holding one incident from a monitor's
    bundle and one saved here."""
    unlock_through_dialog(qtbot, controller, name=COORDINATOR, coordinator=True)
    here = controller.archive
    monitor, _ = create_archive(tmp_path / "monitor", PASSPHRASE, owner_name=MONITOR,
                                recovery_code=False)
    try:
        for receiver, sender, is_coordinator in ((monitor, here, True), (here, monitor, False)):
            card = sender.keys().card()
            receiver.contacts.add(card.name, card.age_recipient, card.ssh_key,
                                  card.fingerprint, coordinator=is_coordinator)
        save(monitor, THEIRS)
        bundle = tmp_path / "marat.tirkeu"
        export_bundle(monitor, [COORDINATOR], bundle, since_last=False)
    finally:
        monitor.close()
    open_bundle(here, bundle)
    save(here, OURS)
    controller.session.changed(Topic.INCIDENTS, cause="imported", by=MONITOR)
    controller.session.changed(Topic.CONTACTS)
    return controller


def row_of(model: Any, title: str) -> int:
    rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == title]
    assert len(rows) == 1, title
    return rows[0]


def open_from_list(qtbot: Any, controller: Any, title: str) -> None:
    window = controller.window
    window.show_page("incidents")
    table = window.incidents.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(row_of(table.model(), title), 1))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.title.text() == title)


def test_revoke_from_the_contacts_page_marks_the_list_and_the_editor(
        qtbot: Any, coordinator: Any, no_dialogs: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, archive = coordinator.window, coordinator.archive
    open_from_list(qtbot, coordinator, THEIRS)
    band = window.editor.revoked
    assert not band.isVisible()  # nothing revoked yet
    window.show_page("contacts")
    page = coordinator.contacts.page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.setCurrentCell(0, 0)
    assert page.revoke_button.isEnabled() and page.revoke_button.text() == "Re&voke…"

    # "No" (the default) changes nothing.
    asked: list[str] = []
    with monkeypatch.context() as answering:
        answering.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: (
            asked.append(text), QMessageBox.StandardButton.No)[1])
        qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and f"Revoke {MONITOR}'s key?" in asked[0]
    assert "whatever date it claims" in asked[0] and "cannot be undone" in asked[0]
    assert archive.revocations.all() == []
    assert page.revoke_button.isEnabled()

    # "Yes": the contact shows as revoked, with no roles left to tick.
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert any("cannot be undone" in text for text in no_dialogs)
    (key,) = archive.revocations.all()
    assert page.table.item(0, 1).text() == f"key revoked on {key.revoked_on}"
    assert "everything signed by it is refused" in page.table.item(0, 0).toolTip()
    assert not page.revoke_button.isEnabled()
    assert not page.trusted.isEnabled() and not page.trusted.isChecked()
    assert page.message.text().startswith(f"Revoked {MONITOR}'s key on {key.revoked_on}.")

    # The open record says so at once, without being reopened.
    qtbot.waitUntil(lambda: band.isVisibleTo(window.editor))
    assert band.text().startswith(f"From a revoked key: some of this record came in a bundle "
                                  f"signed by {MONITOR}'s key, which you revoked on "
                                  f"{key.revoked_on}.")

    # The list: a warning sign and a tooltip on the incident the key brought, not on ours.
    window.show_page("incidents")
    model = window.incidents.table.model()
    theirs = model.index(row_of(model, THEIRS), 1)
    ours = model.index(row_of(model, OURS), 1)
    assert theirs.data(Qt.ItemDataRole.DecorationRole) is not None
    assert f"signed by {MONITOR}'s key" in theirs.data(Qt.ItemDataRole.ToolTipRole)
    assert ours.data(Qt.ItemDataRole.DecorationRole) is None
    assert ours.data(Qt.ItemDataRole.ToolTipRole) is None

    # Opening ours hides the band; opening theirs again shows it.
    open_from_list(qtbot, coordinator, OURS)
    assert not band.isVisibleTo(window.editor)
    open_from_list(qtbot, coordinator, THEIRS)
    assert band.isVisibleTo(window.editor)


def test_a_revoked_contact_is_no_recipient_on_the_exchange_page(
        qtbot: Any, coordinator: Any, no_dialogs: list[str]) -> None:
    page = coordinator.contacts.page
    coordinator.window.show_page("contacts")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.setCurrentCell(0, 0)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    coordinator.window.show_page("exchange")
    recipients = coordinator.exchange.page.recipients
    qtbot.waitUntil(lambda: recipients.count() == 1)
    item = recipients.item(0)
    assert item.text() == f"{MONITOR} (key revoked: nothing is sent to it)"
    assert item.checkState() == Qt.CheckState.Unchecked
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
