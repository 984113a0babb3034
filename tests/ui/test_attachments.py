"""Attachments as a field monitor uses them: add a photo, check its fingerprint, save a copy
that carries no hidden data (or the exact original, on purpose), look at a PDF without it
touching the disk, cancel a large file, and be told to save a new incident first."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from PySide6.QtCore import (
    QBuffer,
    QEvent,
    QIODevice,
    QLocale,
    QMimeData,
    QPointF,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import QDropEvent, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import text

from desktop_app.core.interchange import incident_from_json
from desktop_app.ui.attachments import file_io
from desktop_app.ui.attachments.controller import AttachmentsController
from desktop_app.ui.attachments.image_strip import CannotStrip, stripped_copy
from desktop_app.ui.attachments.viewer import AttachmentViewer
from desktop_app.ui.exchange.controller import ExchangeController
from desktop_app.ui.exchange.page import ExchangePage
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from tests.photos import COMMENT, GPS_IFD, GPS_SENTENCE, XMP, XMP_NS, photo_with_gps
from tests.ui.conftest import session_with

MiB = 1024 * 1024


# --- files a monitor might attach ----------------------------------------------------------

def _picture(size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A picture with detail in it, so JPEG has something real to compress."""
    gradient = Image.linear_gradient("L").resize(size)
    return Image.merge("RGB", [gradient, gradient.rotate(90).resize(size), gradient.transpose(0)])


def _exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"          # Make
    exif[0x0110] = "PhoneCam 7"          # Model
    exif[0x0112] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (43.0, 14.0, 5.0), 3: "E", 4: (76.0, 56.0, 45.0)})
    return exif


def _jpeg(path: Path, orientation: int = 1) -> Path:
    _picture().save(path, "JPEG", quality=90, exif=_exif(orientation), comment=COMMENT, xmp=XMP)
    return path


def _pdf_bytes() -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Court ruling")
    painter = QPainter(writer)
    painter.drawText(200, 200, "Ruling of the Almaty district court")
    painter.end()
    buffer.close()
    return bytes(buffer.data())


# --- the window around the panel ------------------------------------------------------------

class Person:
    """Stands in for the person at the keyboard: reads every message, answers every
    question with the next prepared answer, picks the next prepared destination."""

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
def incident_id(archive) -> str:
    incident = incident_from_json({"title": "Activist detained after picket", "date": "2018-05-12",
                                   "region": "almaty_city", "violations": ["arrest"]})
    archive.incidents.save(incident, "me")
    return incident.id


@pytest.fixture
def person() -> Person:
    return Person()


@pytest.fixture
def attachments(qtbot, archive, incident_id, person, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    attachments = AttachmentsController(window, QVBoxLayout(window))
    monkeypatch.setattr(attachments, "_tell", person.tell)
    monkeypatch.setattr(attachments, "_confirm", person.confirm)
    monkeypatch.setattr(attachments, "_choose", person.choose)
    attachments.show_for(archive, incident_id)
    window.show()
    yield attachments
    attachments.clear()  # as on lock: stops work before the archive closes


def _rows(attachments: AttachmentsController) -> list[list[str]]:
    tree = attachments.panel.list
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


def _add(qtbot, attachments: AttachmentsController, *paths: Path) -> None:
    before = len(_rows(attachments))
    attachments.panel.add_files_requested.emit([str(p) for p in paths])
    qtbot.waitUntil(lambda: not attachments.busy and len(_rows(attachments)) == before + len(paths),
                    timeout=10_000)


def _save_copy(qtbot, attachments: AttachmentsController, *, original: bool) -> None:
    """Choose "Save copy…" or "Save original…" as the person would, and wait for it."""
    panel = attachments.panel
    (panel.original_action if original else panel.save_action).trigger()
    qtbot.waitUntil(lambda: not attachments.busy, timeout=10_000)


# --- the tests -------------------------------------------------------------------------------

def test_photo_is_listed_with_its_fingerprint_and_saved_without_hidden_data(
        qtbot, attachments, person, archive, incident_id, tmp_path):
    photo = _jpeg(tmp_path / "IMG_2041.jpg")
    data = photo.read_bytes()
    # The test photo really carries what must not leave the laptop.
    assert b"Exif" in data and XMP_NS in data and COMMENT.encode() in data
    assert Image.open(photo).getexif().get_ifd(GPS_IFD)[2] == (43.0, 14.0, 5.0)

    _add(qtbot, attachments, photo)

    digest = hashlib.sha256(data).hexdigest()
    [row] = _rows(attachments)
    assert row[0] == "IMG_2041.jpg"
    assert row[3] == digest[:16]
    assert attachments.panel.sha256.text() == digest  # the full one, selectable for copying
    assert attachments.panel.sha256.isReadOnly()
    assert [a.sha256 for a in archive.attachments.for_incident(incident_id)] == [digest]

    clean = tmp_path / "out" / "IMG_2041.jpg"
    clean.parent.mkdir()
    person.destinations.append(clean)
    _save_copy(qtbot, attachments, original=False)

    written = clean.read_bytes()
    copy = Image.open(io.BytesIO(written))
    assert copy.format == "JPEG" and copy.size == (640, 480)
    assert len(copy.getexif()) == 0
    assert copy.getexif().get_ifd(GPS_IFD) == {}
    assert not {"exif", "xmp", "comment", "icc_profile"} & set(copy.info)
    for trace in (b"Exif", b"http://ns.adobe.com/xap", b"GPS", b"PhoneCam", COMMENT.encode(),
                  b"safe house", b"ICC_PROFILE"):
        assert trace not in written, trace
    assert attachments.panel.notice.text() == "Copy saved."
    if sys.platform != "win32":
        assert stat.S_IMODE(clean.stat().st_mode) == 0o600
    assert person.read == []  # no question asked for the safe copy


def test_original_is_saved_only_after_a_warning_and_is_byte_for_byte(
        qtbot, attachments, person, tmp_path):
    photo = _jpeg(tmp_path / "IMG_2042.jpg")
    _add(qtbot, attachments, photo)
    target = tmp_path / "original.jpg"

    person.answers.append(False)  # the person reads the warning and says no
    person.destinations.append(target)
    _save_copy(qtbot, attachments, original=True)
    assert "hidden data" in person.read[-1]
    assert not target.exists()

    person.answers.append(True)
    _save_copy(qtbot, attachments, original=True)
    assert target.read_bytes() == photo.read_bytes()


def test_png_text_chunks_are_removed(qtbot, attachments, person, tmp_path):
    info = PngInfo()
    info.add_text("Comment", "secret place: flat 12, Abai street")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    picture = tmp_path / "screenshot.png"
    _picture((300, 200)).save(picture, "PNG", pnginfo=info, exif=_exif())
    assert b"tEXt" in picture.read_bytes()
    _add(qtbot, attachments, picture)

    clean = tmp_path / "clean.png"
    person.destinations.append(clean)
    _save_copy(qtbot, attachments, original=False)

    written = clean.read_bytes()
    copy = Image.open(io.BytesIO(written))
    assert copy.format == "PNG" and copy.size == (300, 200)
    assert copy.text == {} and len(copy.getexif()) == 0
    for trace in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"Exif", b"secret place", XMP_NS):
        assert trace not in written, trace


def test_pdf_opens_from_memory_and_cannot_be_stripped(
        qtbot, attachments, person, tmp_path, monkeypatch):
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(_pdf_bytes())
    _add(qtbot, attachments, pdf)

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = sorted(p for p in tmp_path.rglob("*") if "data" not in p.parts)

    attachments.panel.view_action.trigger()
    qtbot.waitUntil(lambda: bool(attachments.viewers), timeout=10_000)
    viewer = attachments.viewers[0]
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready)
    assert viewer.document.pageCount() == 1
    assert viewer.pdf_view.isVisible()
    assert "ruling.pdf" not in viewer.windowTitle()
    assert list(temp.iterdir()) == []
    assert sorted(p for p in tmp_path.rglob("*") if "data" not in p.parts) == before

    # A PDF keeps its hidden data: the person is told so and only offered the original.
    person.destinations.append(tmp_path / "ruling-copy.pdf")
    _save_copy(qtbot, attachments, original=False)
    assert person.read == [("Tirkeu cannot remove hidden data from this kind of file; save the "
                            "original only if you are sure.")]
    assert not (tmp_path / "ruling-copy.pdf").exists()  # the person said no


def test_cancel_during_a_large_file_stores_nothing(
        qtbot, attachments, archive, incident_id, tmp_path, monkeypatch):
    big = tmp_path / "interview.mp4"
    big.write_bytes(os.urandom(8 * MiB))
    # Hold the worker after 2 MiB until Cancel has been pressed, so "mid-way" is certain.
    go_on = threading.Event()
    read = file_io.ProgressReader.read

    def held(self, size=-1):
        data = read(self, size)
        if self.task.done >= 2 * MiB:
            go_on.wait(10)
        return data

    monkeypatch.setattr(file_io.ProgressReader, "read", held)
    attachments.panel.add_files_requested.emit([str(big)])
    runner = attachments.runner
    qtbot.waitUntil(lambda: runner.progress is not None and runner.progress.value() > 0)
    progress = runner.progress
    assert "interview.mp4" in progress.labelText() and 0 < progress.value() < 1000
    cancel = progress.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert progress.isVisible()  # it waits for the undo before saying anything
    go_on.set()
    qtbot.waitUntil(lambda: not attachments.busy, timeout=10_000)

    assert progress.labelText() == "Cancelled. Nothing of “interview.mp4” was stored."
    assert archive.attachments.for_incident(incident_id) == []
    assert _rows(attachments) == []
    with archive.database.reading() as conn:
        assert conn.execute(text("SELECT count(*) FROM attachment_chunks")).scalar() == 0
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # now it reads "Close"
    assert attachments.runner.progress is None


def test_a_file_name_holding_percent_signs_is_shown_as_named(
        qtbot, attachments, archive, incident_id, tmp_path, monkeypatch):
    # Sentences are filled in one pass: "%2" in a name is not taken for the number that
    # goes in the sentence's own %2, nor for the media type beside it.
    scan = tmp_path / "scan %2 of %3.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + os.urandom(5 * MiB))  # large enough to show progress
    go_on = threading.Event()
    read = file_io.ProgressReader.read

    def held(self, size=-1):
        go_on.wait(10)
        return read(self, size)

    monkeypatch.setattr(file_io.ProgressReader, "read", held)
    attachments.panel.add_files_requested.emit([str(scan)])
    qtbot.waitUntil(lambda: attachments.runner.progress is not None)
    label = attachments.runner.progress.labelText()
    go_on.set()
    qtbot.waitUntil(lambda: not attachments.busy and len(_rows(attachments)) == 1,
                    timeout=10_000)
    assert label == "Adding “scan %2 of %3.pdf” (1 of 1)…"
    assert _rows(attachments)[0][0] == "scan %2 of %3.pdf"
    size = scan.stat().st_size
    assert attachments.panel.detail.text() == (
        f"scan %2 of %3.pdf · application/pdf · {QLocale().toString(size)} bytes")


def test_adding_is_refused_until_the_incident_is_saved(qtbot, attachments, person, archive,
                                                       tmp_path):
    attachments.show_for(archive, None)  # a new incident, never saved
    panel = attachments.panel
    assert panel.notice.isVisible()
    assert panel.notice.text() == "Save the incident first to add files."
    assert not panel.add_button.isEnabled()

    photo = _jpeg(tmp_path / "IMG_2043.jpg")
    panel.add_files_requested.emit([str(photo)])
    qtbot.wait(50)
    assert person.read == ["Save the incident first to add files."]
    with archive.database.reading() as conn:
        assert conn.execute(text("SELECT count(*) FROM attachments")).scalar() == 0


def test_dropped_files_are_added(qtbot, attachments, tmp_path):
    photo = _jpeg(tmp_path / "IMG_2044.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(tmp_path))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    attachments.panel.dropEvent(drop)
    qtbot.waitUntil(lambda: not attachments.busy and len(_rows(attachments)) == 1)
    assert _rows(attachments)[0][0] == "IMG_2044.jpg"  # the folder was not taken


def test_add_button_asks_which_files(qtbot, attachments, person, tmp_path):
    photo = _jpeg(tmp_path / "IMG_2047.jpg")
    person.destinations.append(photo)  # what the person picks in the file dialog
    qtbot.mouseClick(attachments.panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not attachments.busy and len(_rows(attachments)) == 1)
    assert _rows(attachments)[0][0] == "IMG_2047.jpg"


def test_lock_closes_viewers_and_forgets_the_list(qtbot, attachments, tmp_path):
    _add(qtbot, attachments, _jpeg(tmp_path / "IMG_2045.jpg"))
    attachments.panel.view_action.trigger()
    qtbot.waitUntil(lambda: bool(attachments.viewers))
    viewer = attachments.viewers[0]
    assert viewer.picture.pixmap().width() <= 640
    viewer.actual_size.click()  # 100 %
    assert viewer.picture.pixmap().size().toTuple() == (640, 480)

    attachments.clear()
    assert attachments.viewers == [] and not viewer.isVisible()
    assert _rows(attachments) == [] and attachments.panel.sha256.text() == ""


def test_orientation_is_applied_and_odd_images_are_refused(qapp):
    buffer = io.BytesIO()
    _picture((64, 48)).save(buffer, "JPEG", exif=_exif(orientation=6))
    data, media_type = stripped_copy(buffer.getvalue(), "image/jpeg")
    assert media_type == "image/jpeg"
    assert Image.open(io.BytesIO(data)).size == (48, 64)  # turned as the camera meant

    frames = io.BytesIO()
    _picture((16, 16)).save(frames, "GIF", save_all=True,
                            append_images=[Image.new("RGB", (16, 16), "white")])
    with pytest.raises(CannotStrip, match="animated or multi-page"):
        stripped_copy(frames.getvalue(), "image/gif")
    with pytest.raises(CannotStrip, match="this kind of file"):
        stripped_copy(_pdf_bytes(), "image/jpeg")  # the name lies; the bytes decide


def test_file_dialog_leaves_no_trace_of_the_folder(qtbot, tmp_path):
    previous = Path(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                              "QtProject").fileName()).parent
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    hideout = tmp_path / "hideout_of_the_source"
    hideout.mkdir()
    try:
        window = QWidget()
        qtbot.addWidget(window)
        dialog = PrivateFileDialog(window, "Save a copy", "IMG.jpg")

        def pick_and_accept() -> None:
            dialog.setDirectory(str(hideout))
            dialog.selectFile("IMG.jpg")
            dialog.accept()

        QTimer.singleShot(0, pick_and_accept)
        assert dialog.pick() == [str(hideout / "IMG.jpg")]
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        stored = "".join(p.read_text(errors="replace") for p in (tmp_path / "config").rglob("*")
                         if p.is_file())
        assert stored  # Qt did write its settings…
        assert "hideout_of_the_source" not in stored  # …but not where the copy went
    finally:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(previous))


def test_keyboard_alone_views_and_removes(qtbot, attachments, person, archive, incident_id,
                                          tmp_path):
    _add(qtbot, attachments, _jpeg(tmp_path / "IMG_2046.jpg"))
    tree = attachments.panel.list
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(attachments.viewers))
    attachments.viewers[0].close()

    person.answers.append(True)
    tree.window().activateWindow()
    tree.setFocus()
    qtbot.waitUntil(lambda: tree.hasFocus() and QApplication.activeWindow() is tree.window())
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not attachments.busy and not _rows(attachments))
    assert "IMG_2046.jpg" in person.read[-1]  # the question named the file
    assert archive.attachments.for_incident(incident_id) == []


class _Marking(QTranslator):
    """Marks every string that went through Qt's translation."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return f"⟦{source}⟧" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def test_every_word_of_the_panel_can_be_translated(qtbot, archive, incident_id, tmp_path):
    marking = _Marking()
    QApplication.installTranslator(marking)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        attachments = AttachmentsController(window, QVBoxLayout(window))
        attachments.show_for(archive, None)
        panel = attachments.panel
        tree = panel.list.headerItem()
        words = [panel.notice.text(), panel.detail_label.text(), panel.sha256.placeholderText(),
                 *(b.text() for b in (panel.add_button, panel.view_button, panel.save_button,
                                      panel.remove_button)),
                 *(a.text() for a in panel.list.actions()),
                 *(tree.text(c) for c in range(tree.columnCount()))]
        assert words and all(w.startswith("⟦") for w in words), words
        info = archive.attachments.add_stream(incident_id, io.BytesIO(b"not a picture"), "a.bin")
        viewer = AttachmentViewer(info, None, window)
        assert viewer.message.text().startswith("⟦") and viewer.windowTitle().startswith("⟦")
        attachments.clear()
    finally:
        QApplication.removeTranslator(marking)


# --- hidden data: what is said at attach time, the original sent on purpose --------------

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
