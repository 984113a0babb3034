"""The canary's tools, shared by tests/test_canary.py and the session canary: a marker's
byte patterns in UTF-8 and UTF-16, a scan of folders for them, and records and attachment
bytes carrying the marker in every place a monitor can type or attach."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.storage.attachments import CHUNK

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def needles(marker: str) -> dict[str, bytes]:
    """Byte patterns that would betray ``marker``: the text itself, its case-folded forms
    (the search index lower-cases) and its random part alone (the index splits words)."""
    random_part = marker.rsplit("-", 1)[1]
    texts = {marker, marker.lower(), marker.upper(), random_part}
    return {f"{text!r} in {enc}": text.encode(enc) for text in texts for enc in ENCODINGS}


@dataclass
class Scan:
    """What a scan found: every (file, pattern) hit, and how many files and bytes it read."""

    hits: list[str] = field(default_factory=list)
    files: int = 0
    size: int = 0


def scan(roots: Iterable[Path], patterns: dict[str, bytes], *,
         skip: Collection[Path] = ()) -> Scan:
    """Read every regular file under ``roots`` (links not followed) except those in ``skip``
    and look for each pattern in it."""
    found = Scan()
    skipped = {p.resolve() for p in skip}
    for root in roots:
        paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in paths:
            if path.is_symlink() or path.resolve() in skipped:
                continue
            data = path.read_bytes()
            found.files += 1
            found.size += len(data)
            found.hits += [f"{path}: {name}" for name, pattern in patterns.items()
                           if pattern in data]
    return found


def record(marker: str, n: int) -> dict[str, Any]:
    """An incident with ``marker`` in every free-text field a monitor can fill in."""
    return {
        "title": f"{marker} detained at picket {n}",
        "date": "2018-05-12",
        "region": "almaty_city",
        "place": f"{marker} Republic Square",
        "violations": ["arrest", "administrative_prosecution"],
        "victims": [{"name": f"{marker} Марат Қасымов", "organization": f"{marker} union",
                     "category": "civil_society_activist", "gender": "male"}],
        "perpetrators": [{"kind": "police", "description": f"{marker} officer"}],
        "legal_cases": [{"defendant": f"{marker} defendant", "code": "administrative",
                         "article": "488", "court": f"{marker} court", "outcome": "convicted",
                         "penalties": [{"kind": "fine", "amount": f"{marker} tenge"}]}],
        "remedies": [{"mechanism": "ombudsman", "reference": f"{marker} complaint"}],
        "sources": [{"kind": "interview", "reference": f"{marker} phone call"}],
        "description": f"Witness statement about {marker}. " * 40,
        "tags": [f"{marker} tag", "pickets"],
    }


def attachment_bytes(marker: str, size: int) -> bytes:
    """``size`` bytes with the marker (UTF-8 and UTF-16) at the start, straddling every
    1 MiB chunk boundary, and at the end."""
    body = bytearray(b"\x89PNG fake image " * (size // 16 + 1))[:size]
    pieces = [marker.encode(enc) for enc in ENCODINGS]
    body[0:len(pieces[0])] = pieces[0]
    body[64:64 + len(pieces[1])] = pieces[1]
    for boundary in range(CHUNK, size, CHUNK):
        start = boundary - len(pieces[0]) // 2
        body[start:start + len(pieces[0])] = pieces[0]
    body[size - len(pieces[2]):] = pieces[2]
    return bytes(body)


# Where a session may leave files outside its data folders: the home folder and, inside
# it, the XDG folders Qt and other libraries use for settings, caches and data; the
# runtime folder; and every name the temp folder goes by.
PRIVATE_FOLDERS = {"HOME": "home", "XDG_CONFIG_HOME": "home/.config",
                   "XDG_CACHE_HOME": "home/.cache", "XDG_DATA_HOME": "home/.local/share",
                   "XDG_RUNTIME_DIR": "runtime", "TMPDIR": "tmp", "TEMP": "tmp", "TMP": "tmp",
                   "SQLITE_TMPDIR": "tmp"}


def private_folders(root: Path) -> dict[str, str]:
    """The environment variables of PRIVATE_FOLDERS pointed at new folders under ``root``
    (0700, as a runtime folder must be); scan ``root`` to see all of them."""
    env = {}
    for name, sub in PRIVATE_FOLDERS.items():
        (root / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(root / sub)
    return env
