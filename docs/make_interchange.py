"""Write the generated parts of docs/INTERCHANGE.md: the limits, read from the constants of
``desktop_app/core/interchange.py``, and every vocabulary with its codes and its English,
Russian and Kazakh labels, read from ``resources/vocabularies/*.json``.

    python docs/make_interchange.py           rewrite those parts of docs/INTERCHANGE.md
    python docs/make_interchange.py --check   exit 1 if they are out of date

Run it after changing a vocabulary file or a limit; tests/test_interchange_doc.py fails
until the page matches. Everything outside the marked parts is written by hand.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.core import interchange
from desktop_app.core.vocabulary import NAMES, vocabulary

DOC = Path(__file__).with_name("INTERCHANGE.md")

# Which fields take the codes of each vocabulary, in the order of the interchange shape.
FIELDS = {
    "region": "`region`",
    "violation": "`violations[]`",
    "status": "`status`",
    "victim_category": "`victims[].category`",
    "gender": "`victims[].gender`",
    "perpetrator_kind": "`perpetrators[].kind`",
    "case_code": "`legal_cases[].code`",
    "legal_article": "`legal_cases[].code` with `legal_cases[].article` (a preset list; "
                     "any other article may be typed)",
    "case_outcome": "`legal_cases[].outcome`",
    "penalty": "`legal_cases[].penalties[].kind`",
    "remedy_mechanism": "`remedies[].mechanism`",
    "remedy_outcome": "`remedies[].outcome`",
    "source_kind": "`sources[].kind`",
    "reliability": "`sources[].reliability`",
}
LANGUAGE_HEADINGS = ("English", "Русский", "Қазақша")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def limits_section() -> str:
    """The limits table, from the constants the parser enforces."""
    rows = [
        ("`description`, `perpetrators[].description`", "characters", interchange.MAX_TEXT),
        ("`legal_cases[].article`", "characters", interchange.MAX_ARTICLE),
        ("each of `tags[]`", "characters", interchange.MAX_TAG),
        ("every other text field", "characters", interchange.MAX_SHORT),
        ("every list (`violations`, `victims`, `penalties`, `tags`, …)", "entries",
         interchange.MAX_ITEMS),
    ]
    lines = ["| what | at most |", "|---|---:|"]
    lines += [f"| {what} | {limit:,} {unit} |" for what, unit, limit in rows]
    return "\n".join(lines)


def vocabulary_section() -> str:
    """Every vocabulary: the fields that take it, then its codes with their labels."""
    missing = set(NAMES) ^ set(FIELDS)
    if missing:  # a vocabulary added or removed: say where its codes go before publishing
        raise SystemExit(f"make_interchange.py: FIELDS does not match NAMES: {sorted(missing)}")
    parts = []
    for name, fields in FIELDS.items():
        vocab = vocabulary(name)
        article = name == "legal_article"
        heading = ("| `code` | `article` | " if article else "| code | ") + " | ".join(
            LANGUAGE_HEADINGS) + " |"
        rows = [heading, "|---" * (heading.count("|") - 1) + "|"]
        for term in vocab.terms:
            labels = " | ".join(_cell(term.labels.get(lang, "")) for lang in ("en", "ru", "kk"))
            first = (f"`{term.extra['case_code']}` | `{term.extra['article']}`" if article
                     else f"`{term.code}`")
            rows.append(f"| {first} | {labels} |")
        count = f"{len(vocab.terms)} {'presets' if article else 'codes'}"
        parts.append(f"### {name}\n\nUsed by {fields}; {count}.\n\n"
                     + "\n".join(rows))
    return "\n\n".join(parts)


SECTIONS: dict[str, Callable[[], str]] = {
    "limits": limits_section,
    "vocabularies": vocabulary_section,
}


def _block(name: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- generated: {name} .*?-->)(.*?)(<!-- end of {name} -->)",
                      re.DOTALL)


def _match(doc: str, name: str) -> re.Match[str]:
    match = _block(name).search(doc)
    if match is None:
        raise SystemExit(f"make_interchange.py: no '{name}' markers in {DOC.name}")
    return match


def generated_part(doc: str, name: str) -> str:
    """What the page holds between the markers of section ``name``."""
    return _match(doc, name).group(2).strip("\n")


def regenerate(doc: str) -> str:
    """``doc`` with every generated section written anew."""
    for name, make in SECTIONS.items():
        match = _match(doc, name)
        doc = doc[:match.start(2)] + "\n" + make() + "\n" + doc[match.end(2):]
    return doc


def main(argv: list[str]) -> int:
    doc = DOC.read_text(encoding="utf-8")
    fresh = regenerate(doc)
    if "--check" in argv:
        if fresh != doc:
            print(f"{DOC} is out of date: run python docs/make_interchange.py", file=sys.stderr)
            return 1
        return 0
    if fresh != doc:
        DOC.write_text(fresh, encoding="utf-8")
        print(f"Wrote {DOC}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
