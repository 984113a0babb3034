"""The canary over a whole session (threat model 1 and 3): a marker typed into every field
and into an attached file goes through a week's work with the command (create, edit,
delete, attach, export to a contact, import at the coordinator and the receipt back,
backup, restore into a third folder, summary, passphrase change, lock) and through the
window (start, unlock, the list shown, lock); then every file under the session's own
home, XDG config/cache/data, runtime and temp folders — the three vaults with their WAL
and SHM, the cards, the bundle, the receipt and the backup among them — is scanned for the
marker in UTF-8, UTF-16-LE and UTF-16-BE.

Excluded from the scan, and only it: the plaintext file the monitor chose to attach (it
is theirs, outside the vault; a control below shows the scan does find the marker in it).
Incidents come in on standard input and the summaries go to standard output, so no other
plaintext file exists: no summary file was exported, so none had to be excluded.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest

from desktop_app.storage.archive import open_archive
from desktop_app.storage.attachments import CHUNK
from tests.conftest import PASSPHRASE
from tests.security import cli_session as cs
from tests.security.canary import attachment_bytes, needles, private_folders, scan
from tests.security.no_sockets import install


@pytest.fixture
def private_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME, the XDG folders, the runtime and temp folders, all under one folder."""
    root = tmp_path / "machine"
    for name, value in private_folders(root).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    monkeypatch.delenv("TIRKEU_DATA_DIR", raising=False)
    return root


def window_session(qtbot: Any, folder: Path, marker: str) -> None:
    """Start the window on ``folder``, unlock it through its dialog, see the list, lock."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.shell.controller import Controller
    from desktop_app.ui.shell.startup import keep_qt_settings_off_disk
    from tests.ui.conftest import unlock_through_dialog

    keep_qt_settings_off_disk()
    controller = Controller(folder)
    qtbot.addWidget(controller.window)
    try:
        controller.ask_to_unlock()
        unlock_through_dialog(qtbot, controller, cs.NEW_PASSPHRASE)
        listing = controller.window.incidents
        qtbot.waitUntil(lambda: listing.model.rowCount() == 2)
        assert marker in listing.model.index(0, 1).data()
        controller.lock()
        qtbot.waitUntil(lambda: controller.archive is None)
    finally:
        controller.shutdown()
        QApplication.processEvents()


def test_a_whole_session_leaves_no_plaintext_anywhere(
        qtbot: Any, private_env: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], record_property: Any) -> None:
    # Cyrillic and Kazakh letters: their case-folded and UTF-16 forms are searched too
    # (tests/test_canary.py also runs an ASCII marker over the archive alone).
    marker = "Қанарейка-" + uuid.uuid4().hex
    tried: list[str] = []
    install(monkeypatch.setattr, tried)  # and, while at it, no socket (test_no_network.py)
    made = cs.life_cycle(private_env / "home" / "week", marker,
                         attachment_bytes(marker, CHUNK + CHUNK // 3))
    outputs = {}
    for step in made.steps:
        result = cs.run_here(step, capsys)
        assert result.code == 0, (step.name, result)
        outputs[step.name] = result.out
    window_session(qtbot, made.monitor, marker)
    assert tried == []

    # The work is really there (the scan proves encryption, not absence).
    listed = json.loads(outputs["list with the new passphrase"])
    assert sorted(i["id"] for i in listed) == sorted(made.ids[:2])
    assert all(marker in i["title"] for i in listed)
    for folder in (made.coordinator, made.restored):
        with open_archive(folder, PASSPHRASE) as other:
            assert set(other.incidents.search(marker)) == set(made.ids[:2])
            (attached,) = other.attachments.for_incident(made.ids[0])
            assert attached.size == made.attachment.stat().st_size
    assert json.loads(outputs["summary (standard output)"])["incidents"] == 2

    patterns = needles(marker)
    found = scan([private_env], patterns, skip=[made.attachment])
    record_property("canary_files", found.files)
    record_property("canary_bytes", found.size)
    print(f"canary over the session: {found.files} files, {found.size:,} bytes, "
          f"{len(found.hits)} hits")
    assert found.hits == []
    databases = [f / "tirkeu.db" for f in made.vaults]
    assert found.size > sum(d.stat().st_size for d in databases) + 3 * CHUNK
    assert {"tirkeu.db", "vault.json", "week.tirkeu", "vault.tirkeu-backup"} <= {
        p.name for p in private_env.rglob("*") if p.is_file()}

    # Positive controls: the one file left out does hold the marker, and a marker left in
    # Qt's cache folder, in UTF-16-BE, would be found.
    assert scan([made.attachment], patterns).hits
    planted = private_env / "home" / ".cache" / "planted.bin"
    planted.write_bytes(b"\0" + marker.encode("utf-16-be") + b"\0")
    control = scan([private_env], patterns, skip=[made.attachment]).hits
    assert f"{planted}: {marker!r} in utf-16-be" in control
    assert all(hit.startswith(f"{planted}: ") for hit in control), control
