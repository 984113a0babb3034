"""A plain `pip install .` must carry every package, migration and data file."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_for_installation() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "desktop_app").rglob("__init__.py")}
    assert found - listed == set(), "packages a plain install would leave out"
    mapped = config["package-dir"]
    assert mapped["desktop_app.migrations"] == "migrations"
    assert mapped["desktop_app.resources"] == "resources"


def test_data_files_are_declared() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = config["package-data"]["desktop_app.resources"]
    for pattern in patterns:
        assert "*" in pattern
    shipped = [p for pattern in patterns for p in (ROOT / "resources").glob(pattern)]
    assert any(p.name == "violation.json" for p in shipped)
    assert any(p.suffix == ".ts" for p in shipped)
