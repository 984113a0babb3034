"""A pseudo-translation of the window, to find layouts that break in a longer language.

Every message of ``resources/translations/tirkeu_ru.ts`` is given a translation that is
its English source, accented and about 40% longer ("&Save" becomes "[&Sàvé ~~]"), so a
label sized for English, a clipped button or a column too narrow shows at once, and any
text still plain English is a string the catalogue never reached. %1 and %n stay as they
are; an accelerator keeps its letter unaccented, so Alt+letter still works.

    python tests/ui/pseudo_locale.py OUT_DIR    # writes OUT_DIR/tirkeu_pseudo.qm

The catalogue keeps Russian plural rules (three forms) and is loaded in place of the
Russian one, so dates and the vocabularies' labels are Russian around it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
GROWTH = 0.4
ACCENTED = str.maketrans(
    "aceinorsuyzACEINORSUYZ",
    "àçéîñöŕšûýžÀÇÉÎÑÖŔŠÛÝŽ")
# Kept as written: placeholders, an accelerator with its letter, a literal "&&", keys and
# file patterns a person reads as they are printed.
KEPT = re.compile(r"%(?:[1-9]|n)|&&|&\w|Ctrl\+\S+|\*\.\w+|Tirkeu")


def pseudo(text: str) -> str:
    """``text`` accented, bracketed and padded to about 140% of its length, line by line;
    what ``KEPT`` matches is left untouched."""
    lines = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append(line)
            continue
        out, last = [], 0
        for kept in KEPT.finditer(line):
            out.append(line[last:kept.start()].translate(ACCENTED))
            out.append(kept.group())
            last = kept.end()
        out.append(line[last:].translate(ACCENTED))
        padding = "~" * max(1, round(len(line) * GROWTH) - 2)
        body = "".join(out)
        # A space that joins the text to a number (a suffix " min") stays outside.
        lead, trail = body[:len(body) - len(body.lstrip())], body[len(body.rstrip()):]
        lines.append(f"{lead}[{body.strip()} {padding}]{trail}")
    return "\n".join(lines)


def plural_forms(source: str) -> list[str]:
    """Russian's three forms (one, few, many) of a counted source "%n incident(s)"."""
    one, many = source.replace("(s)", ""), source.replace("(s)", "s")
    return [pseudo(one), pseudo(many), pseudo(many)]


def write_ts(out: Path, source: Path = TRANSLATIONS / "tirkeu_ru.ts") -> Path:
    """A .ts holding every message of ``source``, each translated by ``pseudo``."""
    tree = ET.parse(source)  # noqa: S314 - the repository's own file
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, text
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in plural_forms(text):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = pseudo(text)
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return out


def lrelease() -> str | None:
    return (shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
            or shutil.which("pyside6-lrelease"))


def build(folder: Path) -> Path:
    """Write ``folder/tirkeu_pseudo.qm`` (and its .ts) and return the .qm's path."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = write_ts(folder / "tirkeu_pseudo.ts")
    qm = folder / "tirkeu_pseudo.qm"
    tool = lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease is needed to build the pseudo catalogue")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()))
