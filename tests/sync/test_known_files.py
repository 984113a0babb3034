"""A file imported before is known again by its bytes: the second import says so without
decrypting it; a changed copy, or one from a sender no longer trusted, still goes the
whole way and is refused in its own words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import bundlekit as bk
from desktop_app.core.interchange import incident_from_json
from desktop_app.sync import importer
from desktop_app.sync.errors import BundleRejected
from desktop_app.sync.export import export_bundle
from desktop_app.sync.importer import open_bundle
from desktop_app.sync.revocation import revoke_contact


@pytest.fixture
def sent(tmp_path: Path) -> Any:
    monitor = bk.new_archive(tmp_path / "monitor", "Marat")
    coordinator = bk.new_archive(tmp_path / "coordinator", "Coordinator")
    bk.introduce(monitor, coordinator, coordinator=True)
    bk.introduce(coordinator, monitor)
    monitor.incidents.save_many([incident_from_json(r) for r in bk.realistic(5)], "Marat")
    bundle = tmp_path / "b.tirkeu"
    export_bundle(monitor, ["Coordinator"], bundle, since_last=False)
    first = open_bundle(coordinator, bundle)
    assert first.outcomes["new"] == 5 and not first.already_imported
    yield coordinator, bundle
    monitor.close()
    coordinator.close()


def test_the_same_file_again_is_known_without_decrypting_it(sent: Any,
                                                            monkeypatch: Any) -> None:
    coordinator, bundle = sent
    before = bk.store_state(coordinator)

    def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the file was decrypted again")

    monkeypatch.setattr(importer, "DecryptingReader", never)
    again = open_bundle(coordinator, bundle)
    assert again.already_imported and again.sender == "Marat"
    assert bk.store_state(coordinator) == before


def test_a_changed_copy_is_still_called_damaged(sent: Any, tmp_path: Path) -> None:
    coordinator, bundle = sent
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    copy = tmp_path / "copy.tirkeu"
    copy.write_bytes(bytes(data))
    with pytest.raises(BundleRejected) as refused:
        open_bundle(coordinator, copy)
    assert "imported" in str(refused.value) and "before" not in str(refused.value)


def test_a_revoked_senders_file_is_refused_not_called_imported_before(sent: Any) -> None:
    coordinator, bundle = sent
    revoke_contact(coordinator, "Marat")
    with pytest.raises(BundleRejected) as refused:
        open_bundle(coordinator, bundle)
    assert "revoked" in str(refused.value)
