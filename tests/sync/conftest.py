"""Fixtures for the bundle tests: the `tirkeu` command run in-process on two vaults, a
monitor's and a coordinator's, that already know each other."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import bundlekit as bk
from bundlekit import COORDINATOR, MONITOR, Vault
from desktop_app.core.interchange import parse_incidents

_KEKS: dict[tuple[bytes, bytes, Any], bytes] = {}


@pytest.fixture(autouse=True)
def remembered_argon2id(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `tirkeu` call unlocks its vault again; these tests open the same few vaults
    (and copies of them) dozens of times. Each distinct (passphrase, salt, cost) is derived
    once with the real Argon2id and remembered for the session. Only speed changes."""
    from desktop_app.crypto import vault

    real = vault._argon2id

    def remembered(secret: bytes, salt: bytes, params: Any) -> bytes:
        key = (bytes(secret), bytes(salt), params)
        if key not in _KEKS:
            _KEKS[key] = real(secret, salt, params)
        return _KEKS[key]

    monkeypatch.setattr(vault, "_argon2id", remembered)


@pytest.fixture(scope="session")
def exchange_templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A monitor's vault holding the realistic incidents and a coordinator's empty vault,
    each holding the other's card (the coordinator's marked as coordinator), made once."""
    root = tmp_path_factory.mktemp("exchange-templates")
    monitor = bk.new_archive(root / "monitor", MONITOR)
    coordinator = bk.new_archive(root / "coordinator", COORDINATOR)
    try:
        bk.introduce(monitor, coordinator, coordinator=True)
        bk.introduce(coordinator, monitor)
        monitor.incidents.save_many(list(parse_incidents(bk.realistic())), MONITOR)
    finally:
        monitor.close()
        coordinator.close()
    return root / "monitor", root / "coordinator"


@pytest.fixture
def pair(exchange_templates: tuple[Path, Path], tmp_path: Path, passphrase_file: Path,
         capsys: pytest.CaptureFixture[str]) -> tuple[Vault, Vault]:
    """(monitor, coordinator): this test's own copies of the two template vaults."""
    assert passphrase_file.read_text(encoding="utf-8").splitlines()[0] == bk.PASSPHRASE
    monitor_dir, coordinator_dir = tmp_path / "monitor", tmp_path / "coordinator"
    shutil.copytree(exchange_templates[0], monitor_dir)
    shutil.copytree(exchange_templates[1], coordinator_dir)
    return (Vault(capsys, monitor_dir, passphrase_file),
            Vault(capsys, coordinator_dir, passphrase_file))
