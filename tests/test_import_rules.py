"""The house rules on imports, read from the source with ``ast`` (never a regex):

- core, crypto, storage, sync and reports import no Qt (and not the Qt-based ``ui``);
- only storage (and the migrations shipped with it) import SQLAlchemy or Alembic;
- only crypto imports ``cryptography``;
- nothing imports networking code: the program opens no socket, ever.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path, PurePosixPath
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("desktop_app", "migrations")

PURE_LAYERS = {"core", "crypto", "storage", "sync", "reports"}
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "desktop_app.ui")
DATABASE = ("sqlalchemy", "alembic")
CRYPTOGRAPHY = ("cryptography",)
NETWORK = (
    "socket", "ssl", "socketserver", "http.client", "http.server", "urllib.request",
    "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "asyncio.streams",
    "requests", "httpx", "urllib3", "aiohttp", "websockets",
    "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)


RULES = {
    "qt": (QT, "Qt in a layer that must stay free of it"),
    "database": (DATABASE, "SQLAlchemy or Alembic outside storage"),
    "cryptography": (CRYPTOGRAPHY, "cryptography outside crypto"),
    "network": (NETWORK, "networking code"),
}


class Import(NamedTuple):
    module: str
    line: int


class Violation(NamedTuple):
    rule: str
    path: PurePosixPath
    line: int
    module: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: imports {self.module} ({RULES[self.rule][1]})"


def _package_of(path: PurePosixPath) -> list[str]:
    """The package a file's relative imports start from (for ``__init__.py``, the package
    itself). migrations/ ships as desktop_app.migrations."""
    parts = list(path.with_suffix("").parts)
    if parts[0] == "migrations":
        parts.insert(0, "desktop_app")
    return parts[:-1]


def imports(path: PurePosixPath, source: str) -> list[Import]:
    """Every module ``source`` imports, with relative imports made absolute. ``from a
    import b`` names both ``a`` and ``a.b`` (b may be a module); string arguments of
    ``importlib.import_module`` and ``__import__`` count too."""
    package = _package_of(path)
    found: list[Import] = []
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Import):
            found += [Import(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = package[:len(package) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.append(Import(base, node.lineno))
            found += [Import(f"{base}.{alias.name}", node.lineno) for alias in node.names
                      if alias.name != "*"]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute)
                       and node.func.attr == "import_module"))):
            found.append(Import(node.args[0].value, node.lineno))
    return found


def _layer(path: PurePosixPath) -> str:
    """core, crypto, storage, ... for a file; migrations count as storage."""
    if path.parts[0] == "migrations":
        return "storage"
    return path.parts[1] if len(path.parts) > 2 else ""


def violations(path: PurePosixPath, source: str) -> list[Violation]:
    """Each rule ``source`` breaks; ``path`` is the file's place in the repository."""
    layer = _layer(path)
    applicable = {"network"}
    if layer in PURE_LAYERS:
        applicable.add("qt")
    if layer != "storage":
        applicable.add("database")
    if layer != "crypto":
        applicable.add("cryptography")
    found = {Violation(rule, path, line, module)
             for module, line in imports(path, source)
             for rule in applicable
             if any(module == f or module.startswith(f + ".") for f in RULES[rule][0])}
    return sorted(found)


def _source_files() -> list[PurePosixPath]:
    return sorted(PurePosixPath(p.relative_to(ROOT).as_posix())
                  for top in SCANNED for p in (ROOT / top).rglob("*.py")
                  if "__pycache__" not in p.parts)


@cache
def _violations_in_tree() -> tuple[Violation, ...]:
    return tuple(v for path in _source_files()
                 for v in violations(path, (ROOT / path).read_text(encoding="utf-8")))


def _broken(rule: str) -> list[str]:
    return [str(v) for v in _violations_in_tree() if v.rule == rule]


# --- the rules hold for the code as it stands ----------------------------------------

def test_the_scan_sees_the_program() -> None:
    files = {str(p) for p in _source_files()}
    assert {"desktop_app/storage/database.py", "desktop_app/crypto/vault.py",
            "desktop_app/cli/entry.py", "migrations/env.py"} <= files
    assert any(f.startswith("migrations/versions/") for f in files)


def test_pure_layers_import_no_qt() -> None:
    broken = _broken("qt")
    assert not broken, "\n".join(broken)


def test_only_storage_imports_sqlalchemy_or_alembic() -> None:
    broken = _broken("database")
    assert not broken, "\n".join(broken)


def test_only_crypto_imports_cryptography() -> None:
    broken = _broken("cryptography")
    assert not broken, "\n".join(broken)


def test_nothing_imports_networking_code() -> None:
    broken = _broken("network")
    assert not broken, "\n".join(broken)


def test_importing_the_pure_layers_loads_no_qt() -> None:
    # What the source says, checked at run time too: a third-party module or a
    # re-export could still drag Qt in.
    code = (
        "import importlib, pkgutil, sys\n"
        "for layer in ('core', 'crypto', 'storage', 'sync', 'reports'):\n"
        "    package = importlib.import_module('desktop_app.' + layer)\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# --- the checker catches what it should --------------------------------------------

@pytest.mark.parametrize(("path", "source", "rule"), [
    ("desktop_app/core/model.py", "import PySide6.QtCore\n", "qt"),
    ("desktop_app/reports/html.py", "from PySide6.QtGui import QColor\n", "qt"),
    ("desktop_app/sync/merge.py", "from PySide6 import QtWidgets\n", "qt"),
    ("desktop_app/crypto/age.py", "import shiboken6\n", "qt"),
    ("desktop_app/storage/x.py",
     "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import Qt\n",
     "qt"),
    ("desktop_app/sync/merge.py", "from ..ui import main_window\n", "qt"),
    ("desktop_app/core/x.py", "import importlib\nimportlib.import_module('PySide6.QtGui')\n",
     "qt"),
    ("migrations/versions/0002_x.py", "from PySide6 import QtCore\n", "qt"),
    ("desktop_app/core/x.py", "import sqlalchemy as sa\n", "database"),
    ("desktop_app/cli/records.py", "from alembic import command\n", "database"),
    ("desktop_app/ui/x.py", "from sqlalchemy.orm import Session\n", "database"),
    ("desktop_app/storage/x.py", "from cryptography.fernet import Fernet\n", "cryptography"),
    ("desktop_app/cli/records.py", "import cryptography.hazmat\n", "cryptography"),
    ("desktop_app/ui/x.py", "import socket\n", "network"),
    ("desktop_app/core/x.py", "from urllib import request\n", "network"),
    ("desktop_app/core/x.py", "import urllib.request as fetch\n", "network"),
    ("desktop_app/sync/x.py", "from http.client import HTTPSConnection\n", "network"),
    ("desktop_app/sync/x.py", "import requests\n", "network"),
    ("desktop_app/crypto/x.py", "import ssl\n", "network"),
    ("desktop_app/ui/x.py", "from PySide6.QtNetwork import QTcpSocket\n", "network"),
    ("desktop_app/ui/x.py", "__import__('socket')\n", "network"),
    ("migrations/env.py", "import socket\n", "network"),
])
def test_checker_catches(path: str, source: str, rule: str) -> None:
    found = violations(PurePosixPath(path), source)
    assert rule in {v.rule for v in found}, found
    assert all(str(v).startswith(path + ":") for v in found)


@pytest.mark.parametrize(("path", "source"), [
    ("desktop_app/ui/shell/main_window.py", "from PySide6.QtWidgets import QMainWindow\n"),
    ("desktop_app/ui/render/charts.py", "import PySide6.QtGui\n"),
    ("desktop_app/storage/database.py", "import sqlalchemy\nfrom alembic import command\n"),
    ("migrations/versions/0002_x.py", "import sqlalchemy as sa\nfrom alembic import op\n"),
    ("desktop_app/crypto/vault.py", "from cryptography.hazmat.primitives import hashes\n"),
    ("desktop_app/storage/search.py", "from . import tables\nfrom .database import Database\n"),
    ("desktop_app/core/x.py", "import urllib.parse\nfrom http import HTTPStatus\n"),
    ("desktop_app/core/x.py", "x = 'import socket'  # import PySide6\n"),
])
def test_checker_allows(path: str, source: str) -> None:
    assert violations(PurePosixPath(path), source) == []


def test_relative_imports_resolve_to_their_package() -> None:
    found = {i.module for i in imports(PurePosixPath("desktop_app/sync/merge.py"),
                                       "from . import ledger\nfrom ..ui.workers import Job\n")}
    assert {"desktop_app.sync", "desktop_app.sync.ledger", "desktop_app.ui.workers"} <= found
    found = {i.module for i in imports(PurePosixPath("desktop_app/storage/__init__.py"),
                                       "from .tables import metadata\n")}
    assert "desktop_app.storage.tables" in found
    found = {i.module for i in imports(PurePosixPath("migrations/versions/0001_initial.py"),
                                       "from .. import env\n")}
    assert "desktop_app.migrations" in found
