"""Exchange and Contacts as two people use them: a monitor sends a bundle through the window,
a coordinator opens it, answers with a receipt, resolves a conflict field by field; a
doctored file is refused in one sentence; Cancel leaves nothing behind; lock forgets all."""

from __future__ import annotations

import io
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.crypto.identity import Keys, parse_card
from desktop_app.storage.archive import create_archive
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import open_bundle
from desktop_app.sync.streams import Cancelled
from desktop_app.ui.contacts.controller import ContactsController
from desktop_app.ui.contacts.page import CardCheckDialog, ContactsPage
from desktop_app.ui.exchange import controller as exchange_controller
from desktop_app.ui.exchange.controller import ExchangeController
from desktop_app.ui.exchange.page import ExchangePage
from tests.conftest import PASSPHRASE
from tests.ui.conftest import session_with
from tests.ui.test_translatable import PseudoTranslator, untranslated

MONITOR, COORDINATOR = "Dana Seitkali", "Aigerim Bekova"
STRANGER = "Saule Zhanibekova"
PICKET, THREAT = "Picket on Republic Square dispersed", "Journalist threatened after article"


@dataclass
class Pair:
    monitor: Any
    coordinator: Any
    picket: str = ""
    threat: str = ""


def exchange_cards(a: Any, b: Any) -> None:
    for here, there in ((a, b), (b, a)):
        card = there.keys().card()
        here.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                          coordinator=True)


@pytest.fixture
def strangers(tmp_path: Path) -> Iterator[Pair]:
    """Two vaults in two data folders that do not know each other yet."""
    monitor, _ = create_archive(tmp_path / "monitor", PASSPHRASE, owner_name=MONITOR,
                                recovery_code=False)
    coordinator, _ = create_archive(tmp_path / "coordinator", PASSPHRASE,
                                    owner_name=COORDINATOR, recovery_code=False)
    try:
        yield Pair(monitor, coordinator)
    finally:
        for archive in (monitor, coordinator):
            if not archive.vault.locked:
                archive.close()


@pytest.fixture
def pair(strangers: Pair) -> Pair:
    """Cards exchanged; the monitor has two incidents, one with a photo."""
    exchange_cards(strangers.monitor, strangers.coordinator)
    strangers.picket = save(strangers.monitor, {"title": PICKET, "date": "2018-05-12",
                                                "description": "Twelve people detained."})
    strangers.threat = save(strangers.monitor, {"title": THREAT, "date": "2019-03",
                                                "violations": ["threat"]})
    strangers.monitor.attachments.add_stream(strangers.picket, io.BytesIO(b"\xff\xd8photo" * 99),
                                             "picket.jpg", "image/jpeg")
    return strangers


def save(archive: Any, fields: dict[str, Any]) -> str:
    record = {"date": "2018-05-12", "region": "almaty_city", "violations": ["arrest"], **fields}
    incident = incident_from_json(record)
    archive.incidents.save(incident, archive.owner_name)
    return incident.id


def edit(archive: Any, incident_id: str, **changes: Any) -> None:
    record = {**incident_to_json(archive.incidents.get(incident_id)), **changes}
    archive.incidents.save(incident_from_json(record), archive.owner_name)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions answer Yes by themselves; warnings are recorded instead of shown."""
    said: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        said.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    return said


def exchange_view(qtbot: Any, archive: Any, session: Any = None) -> ExchangeController:
    page = ExchangePage("en")
    qtbot.addWidget(page)
    controller = ExchangeController(page)
    controller.attach(session or session_with(archive))
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return controller


def contacts_view(qtbot: Any, archive: Any, session: Any = None) -> ContactsController:
    page = ContactsPage("en")
    qtbot.addWidget(page)
    controller = ContactsController(page)
    controller.attach(session or session_with(archive))
    page.show()
    qtbot.waitExposed(page)
    return controller


def finish(qtbot: Any, controller: ExchangeController) -> None:
    qtbot.waitUntil(lambda: not controller.busy, timeout=20000)


def click_label(qtbot: Any, button: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator, where a person clicks: the middle
    of a wide one lies beyond its text and does not count as a click."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def within(seconds: float, work: Any) -> list[Any]:
    """Run ``work`` in a daemon thread; [result or exception] if it ended in time, else [].
    A hang in a service then fails its test instead of stalling the whole suite."""
    ended: list[Any] = []

    def run() -> None:
        try:
            ended.append(work())
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            ended.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    return ended


def results(page: ExchangePage) -> list[str]:
    return [page.results.item(i).text() for i in range(page.results.count())]


def test_round_trip_receipt_and_purge_through_the_window(qtbot, pair, files, asked,
                                                         tmp_path) -> None:  # type: ignore[no-untyped-def]
    sender = exchange_view(qtbot, pair.monitor)
    page = sender.page
    item = page.recipients.item(0)
    assert item.text() == f"{COORDINATOR} (coordinator)"
    assert item.checkState() == Qt.CheckState.Checked  # coordinators come ticked
    page.recipients.setFocus()
    qtbot.keyClick(page.recipients, Qt.Key.Key_Space)  # the keyboard unticks…
    assert item.checkState() == Qt.CheckState.Unchecked
    qtbot.keyClick(page.recipients, Qt.Key.Key_Space)  # …and ticks again
    assert page.changed_only.isChecked()
    assert page.undelivered.text().startswith("2 incidents here")

    bundle = tmp_path / "bundle.tirkeu"
    files.append([str(bundle)])
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    finish(qtbot, sender)
    assert bundle.is_file() and not Path(f"{bundle}.part").exists()
    assert page.export_result.text() == (
        f"Sent to {COORDINATOR} (coordinator): 2 incidents, 1 file. "
        f"Give {COORDINATOR} the file bundle.tirkeu.")
    assert not page.progress.isVisible()

    receiver = exchange_view(qtbot, pair.coordinator)
    inbox = receiver.page
    files.append([str(bundle)])
    qtbot.mouseClick(inbox.import_button, Qt.MouseButton.LeftButton)
    finish(qtbot, receiver)
    [line] = results(inbox)
    assert line.startswith(f"bundle.tirkeu: Imported bundle 1 from {MONITOR}: 2 new")
    assert "1 attachment(s) added" in line
    assert pair.coordinator.incidents.get(pair.picket).title == PICKET
    assert pair.coordinator.incidents.get(pair.threat).title == THREAT
    assert pair.coordinator.listing.total() == 2

    # The same file again changes nothing and says so; a receipt still answers the first.
    files.append([str(bundle)])
    qtbot.mouseClick(inbox.import_button, Qt.MouseButton.LeftButton)
    finish(qtbot, receiver)
    assert "was imported before; nothing changed" in results(inbox)[1]
    assert inbox.results.currentRow() == 0 and inbox.receipt_button.isEnabled()
    receipt = tmp_path / "receipt.tirkeu"
    files.append([str(receipt)])
    qtbot.mouseClick(inbox.receipt_button, Qt.MouseButton.LeftButton)
    finish(qtbot, receiver)
    assert receipt.is_file()
    assert results(inbox)[-1] == (f"Wrote a receipt for {MONITOR} confirming 2 incident "
                                  f"revisions. Give {MONITOR} the file receipt.tirkeu.")

    files.append([str(receipt)])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    finish(qtbot, sender)
    assert f"Receipt from {COORDINATOR}: 2 incident revision(s) confirmed" in results(page)[0]
    assert page.undelivered.text().startswith("0 incidents here")
    assert page.purge_button.isEnabled()
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    finish(qtbot, sender)
    assert "2 incidents a coordinator has confirmed" in asked[-1]
    assert page.export_result.text().startswith("Purged 2 delivered incidents")
    assert pair.monitor.listing.total() == 0
    assert pair.coordinator.listing.total() == 2


def doctor(bundle: Path, where: int) -> Path:
    """A copy of ``bundle`` with one bit flipped at byte ``where``."""
    data = bytearray(bundle.read_bytes())
    data[where] ^= 0x01
    doctored = bundle.with_name("doctored.tirkeu")
    doctored.write_bytes(bytes(data))
    return doctored


@pytest.mark.parametrize(("where", "sentence"), [
    ("header", "This is not a Tirkeu bundle (This is not an age v1 file.)."),
    ("payload", "This file was changed or cut short after it was made; it was not imported."),
])
def test_a_doctored_bundle_is_refused_in_one_sentence(qtbot, pair, files, asked, tmp_path,
                                                      where, sentence) -> None:  # type: ignore[no-untyped-def]
    bundle = tmp_path / "bundle.tirkeu"
    export_bundle(pair.monitor, [COORDINATOR], bundle, since_last=True)
    doctored = doctor(bundle, 5 if where == "header" else bundle.stat().st_size // 2)

    receiver = exchange_view(qtbot, pair.coordinator)
    files.append([str(doctored)])
    qtbot.mouseClick(receiver.page.import_button, Qt.MouseButton.LeftButton)
    finish(qtbot, receiver)
    assert results(receiver.page) == [f"doctored.tirkeu: {sentence}"]
    assert not receiver.page.receipt_button.isEnabled()
    assert asked == []  # said in the results, not in a box over the window
    assert pair.coordinator.listing.total() == 0
    assert pair.coordinator.conflicts.open_count() == 0
    assert receiver.page.tabs.tabText(2) == "C&onflicts"
    assert open_bundle(pair.coordinator, bundle).outcomes["new"] == 2  # the original is fine


def test_cancel_during_export_leaves_no_file(qtbot, pair, files, asked, tmp_path,
                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The first record is written, then the export waits until the test has pressed Cancel,
    # so the press lands in the middle of the work every time.
    pressed = threading.Event()
    real = exchange_controller.export_bundle

    def held(archive: Any, to: Any, out: Path, **kwargs: Any) -> Any:
        progress = kwargs.pop("progress")

        def then_wait(done: int, total: int) -> None:
            progress(done, total)
            pressed.wait(10)
        return real(archive, to, out, progress=then_wait, **kwargs)

    monkeypatch.setattr(exchange_controller, "export_bundle", held)
    sender = exchange_view(qtbot, pair.monitor)
    page = sender.page
    bundle = tmp_path / "bundle.tirkeu"
    part = tmp_path / "bundle.tirkeu.part"
    files.append([str(bundle)])
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: part.exists() and page.progress.value() > 0, timeout=10000)
    assert page.cancel_button.isVisible() and not page.export_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.progress_label.text() == "Cancelling…"
    pressed.set()
    finish(qtbot, sender)
    assert page.export_result.text() == "Cancelled; no bundle was written."
    assert not bundle.exists() and not part.exists()
    assert list(tmp_path.glob("bundle*")) == []

    # Nothing was recorded as sent: the next "only what changed" bundle still has both.
    files.append([str(bundle)])
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    finish(qtbot, sender)
    assert ": 2 incidents, 1 file." in page.export_result.text() and bundle.is_file()


def test_cancel_stops_an_export_inside_a_large_attachment(pair, tmp_path,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    video = pair.monitor.attachments.add_stream(pair.threat, io.BytesIO(b"v" * (3 << 20)),
                                                "video.mp4", "video/mp4")
    pressed = threading.Event()
    real_chunks = pair.monitor.attachments.chunks

    def chunks(attachment_id: str) -> Iterator[bytes]:
        for chunk in real_chunks(attachment_id):
            yield chunk
            if attachment_id == video.id:
                pressed.set()  # the person presses Cancel after the first MiB of the video

    monkeypatch.setattr(pair.monitor.attachments, "chunks", chunks)
    out = tmp_path / "big.tirkeu"
    [ended] = within(5, lambda: export_bundle(pair.monitor, [COORDINATOR], out,
                                               since_last=True, cancelled=pressed.is_set))
    assert isinstance(ended, Cancelled)
    assert not out.exists() and not Path(f"{out}.part").exists()


@pytest.fixture
def conflicted(pair: Pair, tmp_path: Path) -> Pair:
    """A common bundle, then both edit the picket; the monitor's edit is on its way."""
    export_bundle(pair.monitor, [COORDINATOR], tmp_path / "b1.tirkeu", since_last=True)
    open_bundle(pair.coordinator, tmp_path / "b1.tirkeu")
    edit(pair.monitor, pair.picket, title="Picket dispersed; twelve detained",
         description="Monitor's account.", violations=["arrest", "detention"])
    edit(pair.coordinator, pair.picket, title="Picket dispersed",
         description="Coordinator's account, checked with lawyers.")
    export_bundle(pair.monitor, [COORDINATOR], tmp_path / "b2.tirkeu", since_last=True)
    return pair


def test_a_window_export_whose_ledger_cannot_be_written_leaves_no_bundle(
        qtbot, pair, files, asked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.storage import exchange_store
    from desktop_app.storage.damage import ArchiveDamaged

    def damaged(*args: Any, **kwargs: Any) -> None:
        raise ArchiveDamaged("its ledger of bundles sent")

    monkeypatch.setattr(exchange_store, "record_sent", damaged)
    sender = exchange_view(qtbot, pair.monitor)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    files.append([str(outbox / "bundle.tirkeu")])
    qtbot.mouseClick(sender.page.export_button, Qt.MouseButton.LeftButton)
    finish(qtbot, sender)
    assert sender.page.export_result.text() == (
        "The archive is damaged in its ledger of bundles sent; nothing was changed. Restore "
        "your backup (tirkeu restore) into a new folder.")
    assert list(outbox.iterdir()) == []


def test_the_receive_tab_names_a_bundle_that_has_not_arrived(qtbot, pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monitor, coordinator = pair.monitor, pair.coordinator
    bundles = []
    for n in (1, 2, 3):
        if n > 1:
            edit(monitor, pair.picket, title=f"Version {n}")
        bundles.append(tmp_path / f"{n}.tirkeu")
        export_bundle(monitor, [COORDINATOR], bundles[-1], since_last=True)
    open_bundle(coordinator, bundles[0])
    open_bundle(coordinator, bundles[2])
    receiver = exchange_view(qtbot, coordinator)
    receiver.page.tabs.setCurrentIndex(1)  # Receive
    gaps = receiver.page.chain_gaps
    qtbot.waitUntil(lambda: gaps.isVisibleTo(receiver.page), timeout=5000)
    assert gaps.text() == f"{MONITOR}: bundle 2 has not arrived (3 has)."

    open_bundle(coordinator, bundles[1])
    receiver.refresh()
    assert gaps.text() == "" and not gaps.isVisibleTo(receiver.page)


def test_a_conflict_is_shown_side_by_side_and_merged_field_by_field(
        qtbot, conflicted, files, asked, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = incident_to_json(conflicted.coordinator.incidents.get(conflicted.picket))
    receiver = exchange_view(qtbot, conflicted.coordinator)
    page = receiver.page
    files.append([str(tmp_path / "b2.tirkeu")])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    finish(qtbot, receiver)
    assert "1 in conflict" in results(page)[0]
    assert page.tabs.tabText(2) == "C&onflicts (1)"

    page.tabs.setCurrentIndex(2)
    panel = page.conflicts
    assert [panel.table.item(0, c).text() for c in (0, 1)] == ["Picket dispersed", MONITOR]
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # the keyboard opens the first conflict
    assert panel.keep_ours.isEnabled()
    assert set(panel._choices) == {"title", "violations", "description"}  # only what differs
    here_values = {lbl.text() for lbl in panel.fields_area.widget().findChildren(QLabel)}
    assert {"Picket dispersed", "Picket dispersed; twelve detained", "Monitor's account.",
            "Coordinator's account, checked with lawyers.", "Arrest\nDetention in custody",
            "Arrest"} <= here_values
    theirs = panel.findChild(QAbstractButton, "theirs_title")
    assert theirs.text() == f"From {MONITOR}"
    assert panel.findChild(QAbstractButton, "here_description").isChecked()  # ours by default
    click_label(qtbot, theirs)
    qtbot.mouseClick(panel.save_merged, Qt.MouseButton.LeftButton)

    after = incident_to_json(conflicted.coordinator.incidents.get(conflicted.picket))
    assert after == {**before, "title": "Picket dispersed; twelve detained"}
    assert conflicted.coordinator.conflicts.open_count() == 0
    assert panel.table.rowCount() == 0 and page.tabs.tabText(2) == "C&onflicts"
    assert panel.heading.text() == "No conflicts to resolve."
    history = conflicted.coordinator.incidents.history(conflicted.picket)
    assert len(history) == 3  # received, edited here, merged: nothing was overwritten


def test_contacts_page_adds_a_card_only_after_the_words_are_confirmed(
        qtbot, strangers, files, asked, tmp_path) -> None:  # type: ignore[no-untyped-def]
    theirs = contacts_view(qtbot, strangers.coordinator)
    assert theirs.page.own_name.text() == COORDINATOR
    card_file = tmp_path / "aigerim-card.json"
    files.append([str(card_file)])
    qtbot.mouseClick(theirs.page.save_card, Qt.MouseButton.LeftButton)
    card = parse_card(card_file.read_bytes())
    assert card.name == COORDINATOR and card.words.replace(" ", "") == \
        theirs.page.own_words.text().replace("\n", "").replace(" ", "")
    assert card_file.stat().st_mode & 0o077 == 0

    ours = contacts_view(qtbot, strangers.monitor)
    page = ours.page
    files.append([str(card_file)])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = ours.check_dialog
    assert dialog is not None and dialog.isVisible()
    shown = dialog.findChild(QLabel, "card_words").text()
    assert shown.split() == card.words.split() and len(shown.split()) == 8
    assert dialog.findChild(QLabel, "card_name").text() == COORDINATOR
    assert dialog.findChild(QLabel, "card_question").text().startswith(
        f"Has {COORDINATOR} read you these same words")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter alone means "No"
    assert strangers.monitor.contacts.all() == [] and page.table.rowCount() == 0

    files.append([str(card_file)])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = ours.check_dialog
    dialog.coordinator.setChecked(True)
    qtbot.mouseClick(dialog.yes, Qt.MouseButton.LeftButton)
    [contact] = strangers.monitor.contacts.all()
    assert (contact.name, contact.coordinator, contact.trusted_signer) == (COORDINATOR, True, True)
    assert [page.table.item(0, c).text() for c in range(3)] == [
        COORDINATOR, "coordinator, bundles accepted", card.words]

    click_label(qtbot, page.trusted)  # stop accepting their bundles
    assert not strangers.monitor.contacts.get(COORDINATOR).trusted_signer
    assert page.table.item(0, 1).text() == "coordinator"

    altered = json.loads(card_file.read_text("utf-8"))
    altered["fingerprint"] = " ".join(reversed(altered["fingerprint"].split()))
    (tmp_path / "altered.json").write_text(json.dumps(altered), "utf-8")
    files.append([str(tmp_path / "altered.json")])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == "That contact card was altered: its fingerprint does not match its keys."

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert asked[-1].startswith(f"Remove {COORDINATOR} from your contacts?")
    assert strangers.monitor.contacts.all() == [] and page.table.rowCount() == 0


def test_contacts_page_refuses_own_and_known_cards_before_asking(
        qtbot, pair, files, asked, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The same refusals as `tirkeu contacts add`, in the window's words, and no question.
    ours = contacts_view(qtbot, pair.monitor)
    own = tmp_path / "own.json"
    files.append([str(own)])
    qtbot.mouseClick(ours.page.save_card, Qt.MouseButton.LeftButton)
    renamed = tmp_path / "own-renamed.json"  # the name is not what makes a card ours
    renamed.write_text(json.dumps(json.loads(own.read_text("utf-8")) | {"name": "Someone"}),
                       "utf-8")
    known = tmp_path / "known.json"
    card = pair.coordinator.keys().card().to_json()
    known.write_text(json.dumps(card | {"name": "A new name"}), "utf-8")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (65 * 1024))
    for path, sentence in (
            (own, "That is your own card."),
            (renamed, "That is your own card."),
            (known, f"That card is already a contact, named {COORDINATOR}."),
            (big, "That file is too large to be a contact card."),
            (tmp_path / "missing.json", "That file cannot be read.")):
        files.append([str(path)])
        qtbot.mouseClick(ours.page.add_button, Qt.MouseButton.LeftButton)
        assert asked[-1] == sentence
        assert ours.check_dialog is None
    assert [c.name for c in pair.monitor.contacts.all()] == [COORDINATOR]


def all_text(root: QWidget) -> str:
    """Every piece of text any widget under ``root`` holds, shown or not."""
    found = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        found += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append(w.text())
        if isinstance(w, QListWidget):
            found += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QTableWidget):
            found += [w.item(r, c).text() for r in range(w.rowCount())
                      for c in range(w.columnCount()) if w.item(r, c)]
        if isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
    return " ".join(" ".join(found).split())  # words shown in rows count as one phrase


def test_clear_on_lock_leaves_no_name_or_title(qtbot, conflicted, files, asked,
                                               tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = session_with(conflicted.coordinator)  # one window: both pages on one session
    exchange = exchange_view(qtbot, conflicted.coordinator, session)
    contacts = contacts_view(qtbot, conflicted.coordinator, session)
    files.append([str(tmp_path / "b2.tirkeu")])
    qtbot.mouseClick(exchange.page.import_button, Qt.MouseButton.LeftButton)
    finish(qtbot, exchange)
    exchange.page.conflicts.table.setCurrentCell(0, 0)
    # A card being checked when the lock comes: its question must go too.
    keys = Keys(str(pyrage.x25519.Identity.generate()), os.urandom(32).hex(), STRANGER)
    card_file = tmp_path / "card.json"
    card_file.write_text(json.dumps(keys.card().to_json()), "utf-8")
    files.append([str(card_file)])
    qtbot.mouseClick(contacts.page.add_button, Qt.MouseButton.LeftButton)
    assert contacts.check_dialog is not None and contacts.check_dialog.isVisible()
    # Fingerprints whole: a single word ("book") may well occur in the program's own text.
    secrets = (MONITOR, COORDINATOR, STRANGER, "Picket dispersed", "b2.tirkeu",
               conflicted.coordinator.keys().card().words, keys.card().words)
    shown = all_text(exchange.page) + all_text(contacts.page)
    assert all(secret in shown for secret in secrets)  # the check below can see them

    session.session.lock()  # both pages clear themselves, then the archive closes
    qtbot.waitUntil(lambda: not contacts.page.findChildren(CardCheckDialog))
    shown = all_text(exchange.page) + all_text(contacts.page)
    assert [s for s in secrets if s in shown] == []
    assert [n.name for n in conflicted.coordinator.contacts.all()] == [MONITOR]  # not added
    assert exchange.archive is None and contacts.archive is None


def test_every_word_on_both_pages_is_translatable(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    pseudo = PseudoTranslator()
    app.installTranslator(pseudo)
    try:
        for page in (ExchangePage("en"), ContactsPage("en")):
            qtbot.addWidget(page)
            page.show()
            assert untranslated(page) == []
            if isinstance(page, ExchangePage):
                for tab in range(page.tabs.count()):
                    page.tabs.setCurrentIndex(tab)
                    assert untranslated(page) == []
                    assert "⟦" in page.tabs.tabText(tab)
    finally:
        app.removeTranslator(pseudo)
