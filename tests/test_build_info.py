"""`tirkeu --version` says which build a person has: a built release names its commit and
date, anything run from source says so; the version number itself has one home."""

from __future__ import annotations

import importlib.metadata
import json
import tomllib
from pathlib import Path

import pytest

from desktop_app import __version__, build_info, cli

ROOT = Path(__file__).resolve().parent.parent


def version_line(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    return capsys.readouterr().out.strip()


@pytest.fixture
def stamp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for the package folder of a built app, where build.json would be."""
    monkeypatch.setattr(build_info.resources, "files", lambda _package: tmp_path)
    return tmp_path


def test_from_source_the_version_says_it_is_not_a_built_release(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert version_line(capsys) == f"tirkeu {__version__} (from source, not a built release)"


def test_a_built_app_names_its_commit_and_date(capsys: pytest.CaptureFixture[str],
                                               stamp_folder: Path) -> None:
    (stamp_folder / "build.json").write_text(
        json.dumps({"commit": "1a2b3c4", "date": "2026-12-03"}), encoding="utf-8")
    assert version_line(capsys) == f"tirkeu {__version__} (build 1a2b3c4, 2026-12-03)"
    assert build_info.current_build().is_release_build


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", ""])
def test_a_damaged_stamp_counts_as_none(stamp_folder: Path, text: str) -> None:
    (stamp_folder / "build.json").write_text(text, encoding="utf-8")
    found = build_info.current_build()
    assert found == build_info.Build(__version__) and not found.is_release_build


def test_the_version_is_kept_in_one_place() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert importlib.metadata.version("tirkeu") == __version__
