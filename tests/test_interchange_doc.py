"""docs/INTERCHANGE.md stays true: its generated parts are what the script makes from the
code and the vocabulary files today, and its examples do what the page says they do."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desktop_app import cli
from desktop_app.core.vocabulary import NAMES, vocabulary
from tests.test_cli import normalised

DOCS = Path(__file__).parents[1] / "docs"
PAGE = (DOCS / "INTERCHANGE.md").read_text(encoding="utf-8")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_interchange", DOCS / "make_interchange.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def example(name: str) -> str:
    """The fenced block after ``<!-- example: NAME -->`` on the page."""
    match = re.search(rf"<!-- example: {re.escape(name)} -->\n```[a-z]*\n(.*?)\n```", PAGE,
                      re.DOTALL)
    assert match, f"no example {name!r} in docs/INTERCHANGE.md"
    return match.group(1)


@pytest.mark.parametrize("section", ["limits", "vocabularies"])
def test_the_generated_parts_are_up_to_date(section: str) -> None:
    make = _script()
    assert make.generated_part(PAGE, section) == make.SECTIONS[section](), (
        "docs/INTERCHANGE.md is out of date: run python docs/make_interchange.py")


def test_every_vocabulary_and_label_is_on_the_page() -> None:
    for name in NAMES:
        assert f"### {name}\n" in PAGE
        for term in vocabulary(name).terms:
            assert all(label in PAGE for label in term.labels.values()), term


def run(capsys: pytest.CaptureFixture[str], folder: Path, passphrase: Path,
        *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(["--data-dir", str(folder), "--passphrase-file", str(passphrase),
                     *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name", ["minimal", "complete"])
def test_the_examples_are_accepted_and_come_back_as_given(
        name: str, capsys: pytest.CaptureFixture[str], data_dir: Path, passphrase_file: Path,
        tmp_path: Path) -> None:
    raw: dict[str, Any] = json.loads(example(name))
    path = tmp_path / f"{name}.json"
    path.write_text(example(name), encoding="utf-8")
    assert run(capsys, data_dir, passphrase_file, "init", "--no-recovery-code")[0] == 0

    assert run(capsys, data_dir, passphrase_file, "add", "--json", path) == (
        0, "Added 1, revised 0, unchanged 0.\n", "")
    code, out, _ = run(capsys, data_dir, passphrase_file, "list", "--json")
    (listed,) = json.loads(out)
    code, out, _ = run(capsys, data_dir, passphrase_file, "show", listed["id"], "--json")
    shown = json.loads(out)
    assert code == 0 and shown == listed == normalised(raw, shown)
    if name == "complete":  # every key given: printed back exactly
        assert shown == raw
    # What `show --json` printed, added again, changes nothing.
    path.write_text(out, encoding="utf-8")
    assert run(capsys, data_dir, passphrase_file, "add", "--json", path)[1] == (
        "Added 0, revised 0, unchanged 1.\n")


def test_the_refused_example_says_what_the_page_shows(
        capsys: pytest.CaptureFixture[str], data_dir: Path, passphrase_file: Path,
        tmp_path: Path) -> None:
    path = tmp_path / "three.jsonl"
    path.write_text(example("three.jsonl") + "\n", encoding="utf-8")
    assert run(capsys, data_dir, passphrase_file, "init", "--no-recovery-code")[0] == 0
    command, line = example("refused").splitlines()
    assert command == "$ tirkeu add --json three.jsonl"
    assert run(capsys, data_dir, passphrase_file, "add", "--json", path) == (1, "", line + "\n")
    assert run(capsys, data_dir, passphrase_file, "list", "--json")[1] == "[]\n"
