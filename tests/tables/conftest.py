"""The tables tests run `tirkeu` in-process on a fresh vault, as test_cli.py does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import Tirkeu


@pytest.fixture
def vault(capsys: pytest.CaptureFixture[str], data_dir: Path, passphrase_file: Path) -> Tirkeu:
    """`tirkeu` on a vault made by `tirkeu init`, still empty."""
    tirkeu = Tirkeu(capsys, data_dir, passphrase_file)
    tirkeu.ok("init", "--name", "Айгерим", "--no-recovery-code")
    return tirkeu
