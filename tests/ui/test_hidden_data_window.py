"""Hidden data in the window, as a monitor meets it: attaching a photo with a GPS position
says where it says it was taken; a PDF is said to keep its metadata; "send the original"
is a choice per file, asked before it is made and kept in the vault; the Exchange page
says before an export how its files leave; a decompression bomb is refused in one
sentence and no copy is written."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.interchange import incident_from_json
from desktop_app.ui.attachments.controller import AttachmentsController
from desktop_app.ui.exchange.controller import ExchangeController
from desktop_app.ui.exchange.page import ExchangePage
from tests.photos import GPS_SENTENCE, photo_with_gps
from tests.ui.conftest import session_with


class Person:
    """Reads every message, answers each question with the next prepared answer."""

    def __init__(self) -> None:
        self.read: list[str] = []
        self.answers: list[bool] = []
        self.destinations: list[Path] = []

    def tell(self, sentence: str) -> None:
        self.read.append(sentence)

    def confirm(self, sentence: str, action: str) -> bool:
        self.read.append(sentence)
        return self.answers.pop(0) if self.answers else False

    def choose(self, title: str, *, save_as: str | None) -> list[str]:
        return [str(self.destinations.pop(0))] if self.destinations else []


@pytest.fixture
def incident_id(archive: Any) -> str:
    incident = incident_from_json({"title": "Picket dispersed", "date": "2018-05-12",
                                   "region": "almaty_city", "violations": ["arrest"]})
    archive.incidents.save(incident, "me")
    return incident.id


@pytest.fixture
def person() -> Person:
    return Person()


@pytest.fixture
def attachments(qtbot: Any, archive: Any, incident_id: str, person: Person,
                monkeypatch: pytest.MonkeyPatch) -> Any:
    window = QWidget()
    qtbot.addWidget(window)
    controller = AttachmentsController(window, QVBoxLayout(window))
    monkeypatch.setattr(controller, "_tell", person.tell)
    monkeypatch.setattr(controller, "_confirm", person.confirm)
    monkeypatch.setattr(controller, "_choose", person.choose)
    controller.show_for(archive, incident_id)
    window.show()
    yield controller
    controller.clear()


def _add(qtbot: Any, attachments: Any, path: Path) -> None:
    tree = attachments.panel.list
    before = tree.topLevelItemCount()
    attachments.panel.add_files_requested.emit([str(path)])
    qtbot.waitUntil(lambda: not attachments.busy and tree.topLevelItemCount() == before + 1,
                    timeout=10_000)


def test_a_photo_with_a_position_says_so_when_attached(qtbot: Any, attachments: Any,
                                                       tmp_path: Path) -> None:
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(photo_with_gps())
    _add(qtbot, attachments, photo)
    notice = attachments.panel.notice
    assert notice.isVisible() and notice.text() == GPS_SENTENCE

    plain = tmp_path / "IMG_2042.jpg"
    plain.write_bytes(photo_with_gps(gps=False))
    _add(qtbot, attachments, plain)
    assert "records where it was taken" not in notice.text()


def test_a_pdf_is_said_to_keep_its_metadata(qtbot: Any, attachments: Any,
                                            tmp_path: Path) -> None:
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    _add(qtbot, attachments, pdf)
    assert attachments.panel.notice.text().startswith(
        "This PDF keeps its metadata (author, software, dates) wherever it goes, in bundles")


def test_sending_the_original_is_asked_then_kept_per_file(
        qtbot: Any, attachments: Any, person: Person, archive: Any, incident_id: str,
        tmp_path: Path) -> None:
    photo = tmp_path / "IMG_2043.jpg"
    photo.write_bytes(photo_with_gps())
    _add(qtbot, attachments, photo)
    box = attachments.panel.send_original
    assert box.isEnabled() and not box.isChecked()

    person.answers.append(False)  # the person reads the warning and keeps the default
    box.click()
    assert "with everything hidden in it" in person.read[-1]
    assert not box.isChecked()
    assert not archive.attachments.for_incident(incident_id)[0].send_original

    person.answers.append(True)
    box.click()
    assert box.isChecked()
    assert archive.attachments.for_incident(incident_id)[0].send_original
    assert attachments.panel.notice.text() == "Bundles will carry the original of “IMG_2043.jpg”."

    box.click()  # back to the copy: no question needed for the safe choice
    assert not box.isChecked() and len(person.read) == 2
    assert not archive.attachments.for_incident(incident_id)[0].send_original


def test_a_decompression_bomb_is_refused_and_no_copy_is_written(
        qtbot: Any, attachments: Any, person: Person, tmp_path: Path) -> None:
    bomb = io.BytesIO()
    Image.new("L", (12_000, 10_000)).save(bomb, "PNG")
    path = tmp_path / "screenshot.png"
    path.write_bytes(bomb.getvalue())
    _add(qtbot, attachments, path)
    target = tmp_path / "copy.png"
    person.destinations.append(target)
    attachments.panel.save_action.trigger()
    qtbot.waitUntil(lambda: not attachments.busy, timeout=10_000)
    assert person.read == [("This picture is too large to rebuild safely (more than 100 "
                           "million pixels, or a file over 256 MB); nothing was written.")]
    assert not target.exists()


def test_the_exchange_page_says_how_the_files_leave_before_an_export(
        qtbot: Any, tmp_path: Path) -> None:
    from desktop_app.storage.archive import create_archive
    from tests.conftest import PASSPHRASE

    monitor, _ = create_archive(tmp_path / "monitor", PASSPHRASE, owner_name="Dana",
                                recovery_code=False)
    coordinator, _ = create_archive(tmp_path / "coordinator", PASSPHRASE,
                                    owner_name="Aigerim", recovery_code=False)
    try:
        card = coordinator.keys().card()
        monitor.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                             coordinator=True)
        incident = incident_from_json({"title": "Picket", "date": "2018-05-12",
                                       "region": "almaty_city", "violations": ["arrest"]})
        monitor.incidents.save(incident, "Dana")
        for name, send_original in (("a.jpg", False), ("b.jpg", False), ("c.jpg", True)):
            info = monitor.attachments.add_stream(incident.id, io.BytesIO(photo_with_gps()),
                                                  name, "image/jpeg")
            monitor.attachments.set_send_original(info.id, send_original)

        page = ExchangePage("en")
        qtbot.addWidget(page)
        controller = ExchangeController(page)
        controller.attach(session_with(monitor))
        page.show()
        qtbot.waitExposed(page)
        controller.refresh()
        qtbot.waitUntil(page.departures.isVisible)
        assert page.departures.text() == ("2 photos go without their hidden data; 1 original "
                                          "is sent as chosen.")

        page.recipients.item(0).setCheckState(page.recipients.item(0).checkState().Unchecked)
        assert not page.departures.isVisible()  # no recipient, nothing to say
        controller.clear()
    finally:
        monitor.close()
        coordinator.close()
