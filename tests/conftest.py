"""Shared fixtures: a fresh data folder per test, cheap key derivation, an open archive."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# GUI tests run offscreen unless a person asks for a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read the program's English sentences, whatever the machine's locale (a
    command run in a subprocess inherits TIRKEU_LANG); a test about another language
    says so itself."""
    from desktop_app.core import language

    monkeypatch.setenv("TIRKEU_LANG", "en")
    language.use("en")
    yield
    language.use("en")


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New wraps use the cheapest Argon2id the vault accepts (64 MiB, 1 pass), so the suite
    stays fast; tests about the real cost pass parameters explicitly."""
    from desktop_app.crypto import vault

    monkeypatch.setattr(vault, "DEFAULT_PARAMS", vault.FLOOR)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder that does not exist yet, inside this test's own temporary folder."""
    return tmp_path / "data"


@pytest.fixture
def archive(data_dir: Path) -> Iterator:
    """An open archive in a fresh vault (no recovery code), closed after the test."""
    from desktop_app.storage.archive import create_archive

    opened, _ = create_archive(data_dir, PASSPHRASE, owner_name="Test Monitor",
                               recovery_code=False)
    try:
        yield opened
    finally:
        if not opened.vault.locked:
            opened.close()


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
