"""Which build of Tirkeu this is, for ``tirkeu --version`` and the window's version.

The version number lives in one place, ``desktop_app.__version__`` (pyproject.toml reads
it from there). A built app (``packaging/build.sh``) also carries ``build.json`` inside
the package, written by the PyInstaller spec at build time: the git commit it was built
from and the build date. Without that file the program runs from source (a checkout or a
``pip install .``), and says so, so a monitor or a coordinator asked "which version do you
have?" can tell a release build from anything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from desktop_app import __version__

STAMP = "build.json"


@dataclass(frozen=True)
class Build:
    """``commit`` and ``date`` are empty when running from source."""

    version: str
    commit: str = ""
    date: str = ""

    @property
    def is_release_build(self) -> bool:
        return bool(self.commit or self.date)

    def describe(self) -> str:
        """One line: ``tirkeu 0.1.0 (build 1a2b3c4, 2026-12-03)``, or, from source,
        ``tirkeu 0.1.0 (from source, not a built release)``."""
        if not self.is_release_build:
            return f"tirkeu {self.version} (from source, not a built release)"
        parts = [f"build {self.commit}" if self.commit else "build", self.date]
        return f"tirkeu {self.version} ({', '.join(p for p in parts if p)})"


def current_build() -> Build:
    """What this process is: the stamp a build wrote, else the source's version alone.

    A stamp that cannot be read (damaged, or not a JSON object) counts as no stamp; the
    version always comes from the code, never from the stamp, so the two cannot disagree.
    """
    stamp = resources.files("desktop_app") / STAMP
    try:
        found = json.loads(stamp.read_text("utf-8")) if stamp.is_file() else {}
    except (OSError, ValueError):
        found = {}
    if not isinstance(found, dict):
        found = {}
    return Build(__version__, str(found.get("commit", "")), str(found.get("date", "")))
