"""Metadata on the way out, through the `tirkeu` command: a photo with a GPS position, XMP
and a comment reaches the coordinator rebuilt from its pixels, with the original's SHA-256
recorded beside the copy's; "send original" sends the very bytes attached; the monitor is
told at attach time where the photo says it was taken; a decompression bomb or a photo
that cannot be rebuilt stops the export in one sentence, with nothing written; and the
receiving end keeps accepting bundles from before copies were sent."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

import bundlekit as bk
from bundlekit import COORDINATOR, Vault
from desktop_app.core.photos import CannotStrip, Position, gps_position, stripped_copy
from desktop_app.storage.archive import open_archive
from tests.photos import GPS_SENTENCE, assert_clean, photo_with_gps, picture


def _bundle_parts(bundle: Path, coordinator: Vault) -> tuple[list[dict[str, Any]],
                                                              dict[str, bytes]]:
    """The attachments every record lists, and the attachment members by SHA-256."""
    with open_archive(coordinator.data_dir, bk.PASSPHRASE) as archive:
        plaintext = bk.decrypt(bundle.read_bytes(), archive)
    listed, files = [], {}
    for info, data in bk.members(plaintext):
        if info.name.startswith("records/"):
            listed += json.loads(data)["attachments"]
        elif info.name.startswith("attachments/"):
            files[info.name.removeprefix("attachments/")] = data
    return listed, files


def _stored(vault: Vault, incident_id: str) -> list[tuple[Any, bytes]]:
    with open_archive(vault.data_dir, bk.PASSPHRASE) as archive:
        return [(info, b"".join(archive.attachments.chunks(info.id)))
                for info in archive.attachments.for_incident(incident_id)]


def test_a_photo_reaches_the_coordinator_without_gps_xmp_or_comment(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, coordinator = pair
    incident_id = monitor.listed()[0]["id"]
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(photo_with_gps())
    original_sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert str(gps_position(photo)) == "49.81 N, 73.10 E"  # the test photo really carries it

    attached = monitor.ok("attach", incident_id, photo)
    assert GPS_SENTENCE in attached.out.splitlines()

    bundle = tmp_path / "1.tirkeu"
    exported = monitor.ok("export", "--to", COORDINATOR, "--out", bundle)
    assert "1 photo goes without its hidden data." in exported.out.splitlines()

    # In the bundle itself: the record names the copy and the original's hash.
    listed, files = _bundle_parts(bundle, coordinator)
    (described,) = [a for a in listed if a["filename"] == "IMG_2041.jpg"]
    assert described["original_sha256"] == original_sha
    assert described["sha256"] != original_sha and original_sha not in files
    carried = files[described["sha256"]]
    assert hashlib.sha256(carried).hexdigest() == described["sha256"]
    assert described["size"] == len(carried) and described["media_type"] == "image/jpeg"
    copy = assert_clean(carried)
    assert copy.format == "JPEG" and copy.size == (640, 480)

    # At the coordinator: the copy is stored, evidence of the original beside it.
    coordinator.ok("import", bundle)
    ((info, data),) = _stored(coordinator, incident_id)
    assert data == carried
    assert info.sha256 == described["sha256"] and info.original_sha256 == original_sha
    assert_clean(data)
    assert original_sha in coordinator.ok("show", incident_id).out

    # The monitor's vault still holds the original, byte for byte.
    ((kept, kept_data),) = _stored(monitor, incident_id)
    assert kept_data == photo.read_bytes() and kept.sha256 == original_sha


def test_send_original_sends_the_very_bytes_attached(pair: tuple[Vault, Vault],
                                                     tmp_path: Path) -> None:
    monitor, coordinator = pair
    ids = [i["id"] for i in monitor.listed()]
    chosen, default = tmp_path / "chosen.jpg", tmp_path / "default.jpg"
    chosen.write_bytes(photo_with_gps((320, 240)))
    default.write_bytes(photo_with_gps((200, 100)))
    said = monitor.ok("attach", ids[0], chosen, "--send-original").out
    assert "Bundles will carry this file's original, with its hidden data." in said
    monitor.ok("attach", ids[1], default)
    assert "bundles carry the original" in monitor.ok("show", ids[0]).out

    bundle = tmp_path / "1.tirkeu"
    exported = monitor.ok("export", "--to", COORDINATOR, "--out", bundle)
    assert ("1 photo goes without its hidden data; 1 original is sent as chosen."
            in exported.out.splitlines())
    _, files = _bundle_parts(bundle, coordinator)
    assert files[hashlib.sha256(chosen.read_bytes()).hexdigest()] == chosen.read_bytes()

    coordinator.ok("import", bundle)
    ((info, data),) = _stored(coordinator, ids[0])
    assert data == chosen.read_bytes()
    assert info.sha256 == hashlib.sha256(data).hexdigest() and info.original_sha256 is None
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)  # the GPS went, as chosen


def test_a_decompression_bomb_is_refused_in_one_sentence_and_nothing_is_written(
        pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    monitor, _ = pair
    bomb = io.BytesIO()
    Image.new("L", (12_000, 10_000)).save(bomb, "PNG")  # 120 million pixels in ~100 KB
    assert len(bomb.getvalue()) < 1_000_000
    with pytest.raises(CannotStrip) as refused:
        stripped_copy(bomb.getvalue())
    assert refused.value.reason == "too_large"
    bk.one_line_refusal(refused.value)

    path = tmp_path / "screenshot.png"
    path.write_bytes(bomb.getvalue())
    monitor.ok("attach", monitor.listed()[0]["id"], path)
    before = monitor.state()
    bundle = tmp_path / "1.tirkeu"
    sentence = monitor.refused("export", "--to", COORDINATOR, "--out", bundle)
    assert "“screenshot.png” cannot be sent without its hidden data" in sentence
    assert "too large" in sentence and "The bundle was not written." in sentence
    assert not bundle.exists() and not Path(f"{bundle}.part").exists()
    assert monitor.state() == before  # not even the ledger moved


def test_a_photo_that_cannot_be_rebuilt_stops_the_export(pair: tuple[Vault, Vault],
                                                         tmp_path: Path) -> None:
    monitor, _ = pair
    fake = tmp_path / "broken.jpg"
    fake.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 5000)  # looks like a JPEG, is none
    ident = monitor.listed()[0]["id"]
    monitor.ok("attach", ident, fake)
    sentence = monitor.refused("export", "--to", COORDINATOR, "--out", tmp_path / "1.tirkeu")
    assert "choose to send its original or remove it" in sentence
    assert not (tmp_path / "1.tirkeu").exists()


def test_the_copy_is_turned_as_the_camera_meant_and_png_text_goes(tmp_path: Path) -> None:
    turned = stripped_copy(photo_with_gps((64, 48), orientation=6))
    assert Image.open(io.BytesIO(turned.data)).size == (48, 64)
    assert turned.renamed("IMG_1.jpeg") == "IMG_1.jpg"

    from PIL.PngImagePlugin import PngInfo
    info = PngInfo()
    info.add_text("Comment", "secret place: flat 12, Abai street")
    out = io.BytesIO()
    picture((30, 20)).save(out, "PNG", pnginfo=info)
    clean = stripped_copy(out.getvalue())
    assert clean.media_type == "image/png" and clean.renamed("shot.webp") == "shot.png"
    assert b"secret place" not in clean.data and b"tEXt" not in clean.data
    assert stripped_copy(photo_with_gps()).data == stripped_copy(photo_with_gps()).data


def test_positions_read_as_a_person_writes_them(tmp_path: Path) -> None:
    assert str(Position(-33.868, -151.21)) == "33.87 S, 151.21 W"
    no_gps = tmp_path / "no-gps.jpg"
    no_gps.write_bytes(photo_with_gps(gps=False))
    assert gps_position(no_gps) is None
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert gps_position(pdf) is None


def test_attaching_a_pdf_says_its_metadata_is_kept(pair: tuple[Vault, Vault],
                                                   tmp_path: Path) -> None:
    monitor, _ = pair
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    said = monitor.ok("attach", monitor.listed()[0]["id"], pdf).out
    assert "This PDF keeps its metadata (author, software, dates)" in said


def test_copies_rebuilt_while_written_and_passed_on_as_received(
        pair: tuple[Vault, Vault], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond the memory budget a copy is made again while the bundle is written, and must
    be the very copy the manifest names; a coordinator passing a received copy on sends it
    as it is, with the original's hash it came with (never rebuilt a second time)."""
    from desktop_app.sync import outgoing_files

    monitor, coordinator = pair
    incident_id = monitor.listed()[0]["id"]
    photo = tmp_path / "IMG_9.jpg"
    photo.write_bytes(photo_with_gps())
    original_sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    monitor.ok("attach", incident_id, photo)
    monkeypatch.setattr(outgoing_files, "KEEP_IN_MEMORY", 0)  # nothing kept: made twice
    bundle = tmp_path / "1.tirkeu"
    monitor.ok("export", "--to", COORDINATOR, "--out", bundle)
    listed, files = _bundle_parts(bundle, coordinator)
    (described,) = [a for a in listed if a["filename"] == "IMG_9.jpg"]
    assert_clean(files[described["sha256"]])
    coordinator.ok("import", bundle)

    onward = tmp_path / "back.tirkeu"
    coordinator.ok("export", "--to", bk.MONITOR, "--out", onward)
    with open_archive(monitor.data_dir, bk.PASSPHRASE) as archive:
        plaintext = bk.decrypt(onward.read_bytes(), archive)
    parts = bk.members(plaintext)
    records = [json.loads(d)["attachments"] for i, d in parts if i.name.startswith("records/")]
    (passed,) = [a for r in records for a in r if a["filename"] == "IMG_9.jpg"]
    assert passed["sha256"] == described["sha256"] and passed["original_sha256"] == original_sha
    assert {i.name: d for i, d in parts}[f"attachments/{passed['sha256']}"] == (
        files[described["sha256"]])
