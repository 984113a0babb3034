"""Sentences are filled in one pass by ``ui.kit.text.fill``, never by chained
``.replace("%1", …)``: a chain substitutes inside the values it put in (a file named
"scan %2.pdf", a person named "%1"), so what a person reads would not be what they typed."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_app.ui.kit.text import fill

ROOT = Path(__file__).resolve().parents[1]


def _placeholder_replaces(source: str) -> list[int]:
    """Lines calling ``.replace("%N", …)`` for a placeholder %1…%9."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace" and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and len(node.args[0].value) == 2 and node.args[0].value[0] == "%"
                and node.args[0].value[1].isdigit()):
            found.append(node.lineno)
    return found


def test_no_sentence_is_built_by_replacing_placeholders() -> None:
    broken = [f"{path.relative_to(ROOT)}:{line}"
              for path in sorted((ROOT / "desktop_app").rglob("*.py"))
              for line in _placeholder_replaces(path.read_text(encoding="utf-8"))]
    assert broken == [], "use ui.kit.text.fill: " + ", ".join(broken)


def test_the_check_sees_a_chain() -> None:
    assert _placeholder_replaces('t.replace("%1", name).replace("%2", when)\n') == [1, 1]
    assert _placeholder_replaces('t.replace("%", "\\\\%")\n') == []


def test_fill_keeps_values_as_typed() -> None:
    assert fill("Saved %1 to %2.", "scan %2 of %3.pdf", "USB") == "Saved scan %2 of %3.pdf to USB."
    assert fill("%1 of %2 incidents", 1204, 18930) == "1,204 of 18,930 incidents"
    assert fill("%1 and %3", "a") == "a and %3", "a missing value leaves its mark as it was"
