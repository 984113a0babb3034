"""The house rules on imports, read from the source with ``ast`` (never a regex):

- core, crypto, storage, sync and reports import no Qt (and not the Qt-based ``ui``);
- only storage (and the migrations shipped with it) import SQLAlchemy or Alembic;
- only crypto imports ``cryptography`` or ``pyrage`` (key generation and the age layer);
- only ``desktop_app/ui`` imports PySide6 or shiboken6 (the command reaches the window and
  the PDF through ``desktop_app.ui``, lazily, never through Qt itself);
- nothing imports networking code: the program opens no socket, ever;
- no two modules of ``desktop_app`` import each other, directly or around a longer loop,
  counting imports inside functions too (only ``if TYPE_CHECKING:`` ones are left out,
  since they never run).

Every check takes the root of a tree, so the tests at the end can run the same checks
over a small package written for the purpose and see each rule fail.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import deque
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from pathlib import Path, PurePosixPath
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("desktop_app", "migrations")

PURE_LAYERS = {"core", "crypto", "storage", "sync", "reports", "tables"}
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "desktop_app.ui")
DATABASE = ("sqlalchemy", "alembic")
CRYPTOGRAPHY = ("cryptography", "pyrage")
PYSIDE = ("PySide6", "shiboken6")
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
    "cryptography": (CRYPTOGRAPHY, "cryptography or pyrage outside crypto"),
    "pyside": (PYSIDE, "PySide6 outside desktop_app/ui"),
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


def _is_type_checking(test: ast.expr) -> bool:
    return ((isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
            or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _nodes(tree: ast.AST, *, skip_type_checking: bool) -> Iterator[ast.AST]:
    """Every node of ``tree``; with ``skip_type_checking``, not the body of an ``if
    TYPE_CHECKING:`` (its ``else`` runs, so it stays)."""
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        yield node
        if skip_type_checking and isinstance(node, ast.If) and _is_type_checking(node.test):
            pending.extend(node.orelse)
        else:
            pending.extend(ast.iter_child_nodes(node))


def _base_of(node: ast.ImportFrom, package: list[str]) -> str:
    if node.level:
        anchor = package[:len(package) - node.level + 1]
        return ".".join(anchor + ([node.module] if node.module else []))
    return node.module or ""


def _dynamic_import(node: ast.AST) -> str | None:
    """The module named by ``importlib.import_module("m")`` or ``__import__("m")``."""
    if (isinstance(node, ast.Call) and node.args
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                 or (isinstance(node.func, ast.Attribute)
                     and node.func.attr == "import_module"))):
        return node.args[0].value
    return None


def imports(path: PurePosixPath, source: str) -> list[Import]:
    """Every module ``source`` imports, with relative imports made absolute. ``from a
    import b`` names both ``a`` and ``a.b`` (b may be a module); string arguments of
    ``importlib.import_module`` and ``__import__`` count too, and so do imports under
    ``if TYPE_CHECKING:`` (a layer should not even name what it must not use)."""
    package = _package_of(path)
    found: list[Import] = []
    for node in _nodes(ast.parse(source, str(path)), skip_type_checking=False):
        if isinstance(node, ast.Import):
            found += [Import(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _base_of(node, package)
            found.append(Import(base, node.lineno))
            found += [Import(f"{base}.{alias.name}", node.lineno) for alias in node.names
                      if alias.name != "*"]
        elif (module := _dynamic_import(node)) is not None:
            found.append(Import(module, node.lineno))
    return found


def runtime_imports(path: PurePosixPath, source: str) -> list[Import]:
    """What ``source`` imports when it runs, one name per imported thing: ``from a import
    b`` gives ``a.b`` (the module b, or the name b inside a). Imports inside functions
    count; those under ``if TYPE_CHECKING:`` do not, since they never run."""
    package = _package_of(path)
    found: list[Import] = []
    for node in _nodes(ast.parse(source, str(path)), skip_type_checking=True):
        if isinstance(node, ast.Import):
            found += [Import(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _base_of(node, package)
            found += [Import(base if alias.name == "*" else f"{base}.{alias.name}",
                             node.lineno) for alias in node.names]
        elif (module := _dynamic_import(node)) is not None:
            found.append(Import(module, node.lineno))
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
    if layer != "ui":
        applicable.add("pyside")
    found = {Violation(rule, path, line, module)
             for module, line in imports(path, source)
             for rule in applicable
             if any(module == f or module.startswith(f + ".") for f in RULES[rule][0])}
    return sorted(found)


def _source_files(root: Path) -> list[PurePosixPath]:
    return sorted(PurePosixPath(p.relative_to(root).as_posix())
                  for top in SCANNED if (root / top).is_dir() for p in (root / top).rglob("*.py")
                  if "__pycache__" not in p.parts)


@cache
def _violations_in_tree(root: Path) -> tuple[Violation, ...]:
    return tuple(v for path in _source_files(root)
                 for v in violations(path, (root / path).read_text(encoding="utf-8")))


def _broken(rule: str, root: Path = ROOT) -> list[str]:
    return [str(v) for v in _violations_in_tree(root) if v.rule == rule]


# --- import cycles -------------------------------------------------------------------

def module_name(path: PurePosixPath) -> str:
    """The dotted name a file is imported as (a package for ``__init__.py``)."""
    parts = _package_of(path)
    return ".".join(parts if path.name == "__init__.py" else [*parts, path.stem])


class Edge(NamedTuple):
    path: PurePosixPath
    line: int


def import_graph(root: Path) -> dict[str, dict[str, Edge]]:
    """Module -> the modules of the tree it imports when it runs, each with the first place
    it does. An import names the longest module of the tree it starts with (``from a.b
    import C`` is an edge to ``a.b``). A package's ``__init__`` running before its
    submodules is not an edge: that is how packages load, not one module asking another."""
    files = {module_name(path): path for path in _source_files(root)}
    graph: dict[str, dict[str, Edge]] = {name: {} for name in files}
    for name, path in files.items():
        source = (root / path).read_text(encoding="utf-8")
        for imported, line in runtime_imports(path, source):
            parts = imported.split(".")
            target = next((".".join(parts[:n]) for n in range(len(parts), 0, -1)
                           if ".".join(parts[:n]) in files), None)
            if target is not None and target != name:
                graph[name].setdefault(target, Edge(path, line))
    return graph


def _strongly_connected(graph: dict[str, dict[str, Edge]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative: the groups of modules that reach each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    groups.append(group)
    return groups


def _shortest_cycle(graph: dict[str, dict[str, Edge]], start: str, group: set[str]) -> list[str]:
    """The shortest way from ``start`` back to itself inside ``group``, as a chain."""
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for successor in sorted(graph[node]):
            if successor not in group:
                continue
            if successor == start:
                chain = [node]
                while chain[-1] != start:
                    chain.append(came_from[chain[-1]])
                return [*reversed(chain), start]
            if successor not in came_from:
                came_from[successor] = node
                queue.append(successor)
    raise AssertionError(f"{start} is in a cycle but no way back was found")


def import_cycles(root: Path) -> list[list[str]]:
    """Every import cycle among the tree's modules, each as a chain ``[a, b, a]``: for each
    group of modules that reach one another, the shortest cycle through each member
    (the same cycle seen from another member is listed once)."""
    graph = import_graph(root)
    cycles: list[list[str]] = []
    seen: set[frozenset[str]] = set()
    for group in _strongly_connected(graph):
        if len(group) < 2:
            continue
        for member in sorted(group):
            chain = _shortest_cycle(graph, member, group)
            if frozenset(chain) not in seen:
                seen.add(frozenset(chain))
                cycles.append(chain)
    return sorted(cycles)


def describe_cycle(chain: list[str], graph: dict[str, dict[str, Edge]]) -> str:
    """``a -> b -> a``, then where each import is."""
    places = "; ".join(f"{graph[a][b].path}:{graph[a][b].line} imports {b}"
                       for a, b in pairwise(chain))
    return f"{' -> '.join(chain)}  ({places})"


def _cycles_found(root: Path = ROOT) -> list[str]:
    graph = import_graph(root)
    return [describe_cycle(chain, graph) for chain in import_cycles(root)]


# --- the rules hold for the code as it stands ----------------------------------------

def test_the_scan_sees_the_program() -> None:
    files = {str(p) for p in _source_files(ROOT)}
    assert {"desktop_app/storage/database.py", "desktop_app/crypto/vault.py",
            "desktop_app/cli/entry.py", "migrations/env.py"} <= files
    assert any(f.startswith("migrations/versions/") for f in files)


def test_pure_layers_import_no_qt() -> None:
    broken = _broken("qt")
    assert not broken, "\n".join(broken)


def test_only_storage_imports_sqlalchemy_or_alembic() -> None:
    broken = _broken("database")
    assert not broken, "\n".join(broken)


def test_only_crypto_imports_cryptography_or_pyrage() -> None:
    broken = _broken("cryptography")
    assert not broken, "\n".join(broken)


def test_only_ui_imports_pyside() -> None:
    broken = _broken("pyside")
    assert not broken, "\n".join(broken)


def test_no_import_cycles() -> None:
    cycles = _cycles_found()
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_the_import_graph_sees_lazy_imports() -> None:
    # The command reaches the window only through imports inside functions; if those
    # were missed, a cycle through them would be too.
    graph = import_graph(ROOT)
    assert "desktop_app.storage.database" in graph["desktop_app.storage.migrate"]
    assert any(target.startswith("desktop_app.ui.") for target in graph["desktop_app.cli.entry"])


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
    ("migrations/versions/0003_x.py", "import pyrage\n", "cryptography"),
    ("desktop_app/sync/x.py", "from pyrage import x25519\n", "cryptography"),
    ("desktop_app/cli/summary.py", "from PySide6.QtGui import QGuiApplication\n", "pyside"),
    ("desktop_app/session.py", "import shiboken6\n", "pyside"),
    ("desktop_app/cli/x.py", "def f():\n    from PySide6 import QtCore\n", "pyside"),
    ("migrations/env.py", "import PySide6\n", "pyside"),
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
    ("desktop_app/crypto/identity.py", "import pyrage\n"),
    ("desktop_app/cli/summary.py", "def pdf():\n    from desktop_app.ui.render import pdf\n"),
    ("desktop_app/ui/kit/x.py", "import shiboken6\n"),
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


def test_runtime_imports_leave_out_type_checking_only() -> None:
    source = ("from typing import TYPE_CHECKING\n"
              "import typing\n"
              "if TYPE_CHECKING:\n    from desktop_app.storage.archive import Archive\n"
              "else:\n    from desktop_app.core import model\n"
              "if typing.TYPE_CHECKING:\n    import desktop_app.sync.export\n"
              "def f():\n    from .ledger import Ledger\n")
    found = {i.module for i in runtime_imports(PurePosixPath("desktop_app/sync/x.py"), source)}
    assert "desktop_app.core.model" in found
    assert "desktop_app.sync.ledger.Ledger" in found
    assert not {"desktop_app.storage.archive.Archive", "desktop_app.sync.export"} & found


def _write_tree(root: Path, files: dict[str, str]) -> None:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")


def test_checks_fail_on_a_tree_that_breaks_them(tmp_path: Path) -> None:
    # A throwaway package that breaks each rule once, read by the same checks as the
    # program's own tree.
    _write_tree(tmp_path, {
        "desktop_app/__init__.py": "",
        "desktop_app/core/__init__.py": "",
        # a -> b at module level, b -> a inside a function: still a cycle.
        "desktop_app/core/a.py": "import desktop_app.core.b\n",
        "desktop_app/core/b.py": "def later():\n    from desktop_app.core import a\n",
        # c -> d -> e -> c, with relative imports.
        "desktop_app/core/c.py": "from .d import D\n",
        "desktop_app/core/d.py": "from . import e\nD = 1\n",
        "desktop_app/core/e.py": "from desktop_app.core.c import *\n",
        # Type-only in one direction: not a cycle.
        "desktop_app/core/f.py": ("from typing import TYPE_CHECKING\n"
                                  "if TYPE_CHECKING:\n    from desktop_app.core.g import G\n"),
        "desktop_app/core/g.py": "from desktop_app.core.f import F\n",
        "desktop_app/sync/__init__.py": "",
        "desktop_app/sync/x.py": "import PySide6.QtCore\nimport pyrage\n",
        "desktop_app/cli/__init__.py": "from desktop_app.cli.entry import main\n",
        "desktop_app/cli/entry.py": ("from desktop_app.cli import records\n"
                                     "def main():\n    from desktop_app.ui.shell import app\n"),
        "desktop_app/cli/records.py": "from shiboken6 import isValid\n",
        "desktop_app/ui/__init__.py": "",
        "desktop_app/ui/shell/app.py": "from PySide6.QtWidgets import QApplication\n",
        "migrations/versions/0009_keys.py": "import pyrage\n",
    })

    assert import_cycles(tmp_path) == [
        ["desktop_app.core.a", "desktop_app.core.b", "desktop_app.core.a"],
        ["desktop_app.core.c", "desktop_app.core.d", "desktop_app.core.e",
         "desktop_app.core.c"],
    ]
    cycles = _cycles_found(tmp_path)
    assert cycles[0].startswith("desktop_app.core.a -> desktop_app.core.b -> desktop_app.core.a")
    assert "desktop_app/core/b.py:2 imports desktop_app.core.a" in cycles[0]

    assert _broken("pyside", tmp_path) == [
        "desktop_app/cli/records.py:1: imports shiboken6 (PySide6 outside desktop_app/ui)",
        ("desktop_app/cli/records.py:1: imports shiboken6.isValid "
         "(PySide6 outside desktop_app/ui)"),
        "desktop_app/sync/x.py:1: imports PySide6.QtCore (PySide6 outside desktop_app/ui)",
    ]
    assert _broken("qt", tmp_path) == [
        ("desktop_app/sync/x.py:1: imports PySide6.QtCore "
         "(Qt in a layer that must stay free of it)"),
    ]
    assert _broken("cryptography", tmp_path) == [
        "desktop_app/sync/x.py:2: imports pyrage (cryptography or pyrage outside crypto)",
        ("migrations/versions/0009_keys.py:1: imports pyrage "
         "(cryptography or pyrage outside crypto)"),
    ]
