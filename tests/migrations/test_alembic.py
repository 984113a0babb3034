"""Alembic migrations on the encrypted database, as a monitor's laptop runs them on open.

Nothing here imports desktop_app.storage.tables except the one test that compares
``upgrade head`` with it: migrations and their tests must keep working when the models
move on. Every database is a real SQLCipher file keyed with a random raw key.

Per-revision data lives in ``tests/migrations/test_<revision>.py``: a module with
``load_data(conn)`` (rows at that revision, plain SQL), ``check_upgrade(conn)`` (at head)
and ``check_downgrade(conn)`` (back at that revision). A new revision adds one, with ids
of its own: some tests load every module's rows into one database.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import secrets
import shutil
import sqlite3
import stat
import sys
import types
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from desktop_app.core.errors import TirkeuError
from desktop_app.storage import migrate as migrate_module
from desktop_app.storage.database import (
    DATABASE_FILE,
    Database,
    DatabaseUnreadable,
    SQLCipherMissing,
    make_engine,
    sqlcipher_module,
)
from desktop_app.storage.migrate import BACKUP_FOLDER, alembic_config, migrate
from desktop_app.storage.opening import open_database

HERE = Path(__file__).resolve().parent
VERSIONS = Path(str(resources.files("desktop_app.migrations"))) / "versions"
SEARCH_TABLE = "incident_search"  # literal on purpose: not taken from the models
SQLITE_HEADER = b"SQLite format 3"


def _revision_chain() -> list[tuple[str, str]]:
    """(revision, the revision below it or "base"), oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    chain = [(s.revision, s.down_revision or "base") for s in script.walk_revisions()]
    return list(reversed(chain))  # type: ignore[arg-type]


CHAIN = _revision_chain()
REVISIONS = [revision for revision, _ in CHAIN]
BELOW = dict(CHAIN)


# --- helpers -------------------------------------------------------------------------

def _is_search_table(name: str | None) -> bool:
    return name is not None and (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_"))


def _open(path: Path, key: bytes) -> Database:
    return Database(make_engine(path, key), path)


def _version(database: Database) -> str | None:
    return migrate_module.current_revision(database)


def _schema(database: Database) -> dict[tuple[str, str], str | None]:
    """Every table, index, trigger and view, by (type, name), with its SQL."""
    with database.reading() as conn:
        rows = conn.execute(text(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name != 'alembic_version'"))
        return {(kind, name): sql for kind, name, sql in rows}


def _user_tables(database: Database) -> set[str]:
    with database.reading() as conn:
        return set(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")).scalars())


def _contents(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every user table (the search index's own tables included), in a
    stable order: what a person would lose if a migration dropped something."""
    contents = {}
    with database.reading() as conn:
        for table in sorted(_user_tables(database)):
            rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
            contents[table] = sorted((tuple(row) for row in rows), key=repr)
    return contents


def _stored_text(database: Database) -> set[bytes]:
    """The longer text values stored in the database, as they would look in plaintext."""
    return {value.encode() for rows in _contents(database).values() for row in rows
            for value in row if isinstance(value, str) and len(value.encode()) >= 8}


def _fill(database: Database) -> None:
    """Bring a fresh database to head the way years of use would: the rows of every data
    module, each loaded at its own revision, then every later migration on top."""
    for revision in REVISIONS:
        migrate(database, revision)
        if (HERE / f"test_{revision}.py").exists():
            with database.transaction() as conn:
                _data_module(revision).load_data(conn)
    migrate(database, "head")


def _affinity(declared: str) -> str:
    """SQLite's type affinity of a declared column type (rules of section 3.1 of its docs)."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if any(part in t for part in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in t or not t:
        return "BLOB"
    if any(part in t for part in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _structure(engine: Engine) -> dict[str, dict[str, Any]]:
    """Tables, columns, keys and indexes as SQLAlchemy reflects them, FTS tables left out."""
    found: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        insp = inspect(conn)
        for table in insp.get_table_names():
            if table == "alembic_version" or _is_search_table(table):
                continue
            found[table] = {
                "columns": {c["name"]: (_affinity(str(c["type"])), c["nullable"], c["default"])
                            for c in insp.get_columns(table)},
                "primary_key": insp.get_pk_constraint(table)["constrained_columns"],
                "indexes": sorted((ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                                  for ix in insp.get_indexes(table)),
                "unique": sorted((uq["name"], tuple(uq["column_names"]))
                                 for uq in insp.get_unique_constraints(table)),
                "foreign_keys": sorted(
                    (fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                     tuple(fk["referred_columns"]), fk["options"].get("ondelete"))
                    for fk in insp.get_foreign_keys(table)),
            }
    return found


def _data_module(revision: str) -> types.ModuleType:
    path = HERE / f"test_{revision}.py"
    if not path.exists():
        pytest.fail(f"revision {revision} has no data test: add "
                    f"{path.relative_to(HERE.parents[1])} with load_data(conn), "
                    "check_upgrade(conn) and check_downgrade(conn)")
    # Loaded by path under a private name, whatever pytest's import mode calls it.
    spec = importlib.util.spec_from_file_location(f"_migration_data_{revision}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _imports(source: str, filename: str) -> list[tuple[str, int]]:
    """Every module named by an import statement (absolute or relative) or import call."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append(("." * node.level + (node.module or ""), node.lineno))
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Name) and node.func.id == "__import__")
                   or (isinstance(node.func, ast.Attribute)
                       and node.func.attr == "import_module"))):
            found.append((node.args[0].value, node.lineno))
    return found


# --- fixtures ------------------------------------------------------------------------

@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty private folder for one database (no vault around it)."""
    path = tmp_path / "db"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def database(folder: Path, key: bytes) -> Iterator[Database]:
    """A fresh, empty encrypted database (no revision applied), closed after the test."""
    opened = _open(folder / DATABASE_FILE, key)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], str]:
    """Install a copy of the shipped migrations plus one more revision written by the test,
    standing in for what a later release would ship."""
    def install(source: str) -> str:
        revision = "9001"
        scripts = tmp_path / "scripts"
        shutil.copytree(VERSIONS.parent, scripts,
                        ignore=shutil.ignore_patterns("__pycache__"))
        (scripts / "versions" / f"{revision}_later.py").write_text(
            f"revision = {revision!r}\ndown_revision = {REVISIONS[-1]!r}\n"
            "branch_labels = None\ndepends_on = None\n" + source, encoding="utf-8")
        config = Config()
        config.set_main_option("script_location", str(scripts))
        monkeypatch.setattr(migrate_module, "alembic_config", lambda: config)
        return revision
    return install


# --- the models ----------------------------------------------------------------------

def test_upgrade_head_gives_exactly_the_models_schema(database: Database, tmp_path: Path,
                                                      key: bytes) -> None:
    # The one test allowed to look at the current models.
    from sqlalchemy import Column, MetaData, Text

    from desktop_app.storage import tables

    migrate(database, "head")

    def include_name(name: str | None, type_: str, parent: Any) -> bool:
        return not (type_ == "table" and _is_search_table(name))

    def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                       compare_to: Any) -> bool:
        return not (type_ == "table" and _is_search_table(name))

    opts = {"include_name": include_name, "include_object": include_object,
            "compare_type": True}
    with database.reading() as conn:
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, tables.metadata) == []

        # The comparison does notice drift: a column only the models have is reported.
        drifted = MetaData(naming_convention=tables.metadata.naming_convention)
        for table in tables.metadata.sorted_tables:
            table.to_metadata(drifted)
        drifted.tables["incidents"].append_column(Column("witness", Text))
        assert compare_metadata(context, drifted) != []

    # Independently of Alembic's comparison: what SQLAlchemy reflects from a migrated
    # database equals what it reflects from one built straight from the models.
    built = _open(tmp_path / "models.db", key)
    try:
        tables.metadata.create_all(built.engine)
        expected = _structure(built.engine)
    finally:
        built.close()
    assert set(expected) == {t.name for t in tables.metadata.sorted_tables}
    assert _structure(database.engine) == expected


# --- every revision: up, down, up-down-up --------------------------------------------

def test_revisions_form_one_line() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, "two heads: merge them before shipping"
    assert len(script.get_bases()) == 1
    assert REVISIONS and migrate_module.head_revision() == REVISIONS[-1]


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_one_step_at_a_time(database: Database, revision: str) -> None:
    for step in REVISIONS[:REVISIONS.index(revision) + 1]:
        migrate(database, step)
        assert _version(database) == step


@pytest.mark.parametrize("revision", REVISIONS)
def test_downgrade_one_step_at_a_time(database: Database, revision: str) -> None:
    migrate(database, revision)
    for step in reversed(REVISIONS[:REVISIONS.index(revision) + 1]):
        migrate(database, BELOW[step], down=True)
        assert _version(database) == (None if BELOW[step] == "base" else BELOW[step])
    assert _user_tables(database) == set()


@pytest.mark.parametrize("revision", REVISIONS)
def test_up_down_up_restores_each_schema(database: Database, revision: str) -> None:
    below = BELOW[revision]
    if below != "base":
        migrate(database, below)
    before = _schema(database)
    migrate(database, revision)
    after = _schema(database)
    assert after != before, f"revision {revision} changed nothing"

    migrate(database, below, down=True)
    assert _schema(database) == before
    migrate(database, revision)
    assert _schema(database) == after
    assert _version(database) == revision


def test_downgrade_to_base_leaves_no_user_tables(database: Database) -> None:
    migrate(database, "head")
    assert _user_tables(database)
    migrate(database, "base", down=True)
    assert _user_tables(database) == set()
    assert _schema(database) == {}  # no index, trigger or view left either
    assert _version(database) is None


def test_search_works_after_upgrade(database: Database) -> None:
    migrate(database, "head")
    assert SEARCH_TABLE in _user_tables(database)
    with database.transaction() as conn:
        conn.execute(text(f"INSERT INTO {SEARCH_TABLE} (rowid, title, description, names, places) "
                          "VALUES (3, 'Пикет у акимата', 'Activists DETAINED', 'Ерлан', 'Астана')"))
    with database.reading() as conn:
        def found(query: str) -> list[int]:
            match = text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q")
            return list(conn.execute(match, {"q": query}).scalars())
        assert found('"detained"') == [3]
        assert found('"пикет"') == [3]  # Cyrillic folds case too
        assert found('"ерлан"') == [3]
        assert found('"arrested"') == []


# --- data survives every revision ----------------------------------------------------

@pytest.mark.parametrize("revision", REVISIONS)
def test_rows_survive_upgrade_and_downgrade(database: Database, revision: str) -> None:
    data = _data_module(revision)
    migrate(database, revision)
    with database.transaction() as conn:
        data.load_data(conn)

    migrate(database, "head")
    with database.reading() as conn:
        data.check_upgrade(conn)

    migrate(database, revision, down=True)
    assert _version(database) == revision
    with database.reading() as conn:
        data.check_downgrade(conn)

    migrate(database, "head")
    with database.reading() as conn:
        data.check_upgrade(conn)


def test_0005_infers_received_revisions(database: Database) -> None:
    """Revisions stored before 0005 are marked received unless saved under this vault's
    owner name or as "local"."""
    data = _data_module("0005")
    migrate(database, "0004")
    with database.transaction() as conn:
        data.load_older(conn)
    migrate(database, "0005")
    with database.reading() as conn:
        data.check_older(conn)


def test_0006_infers_who_sent_revisions(database: Database) -> None:
    """Revisions received before 0006 are attributed to the contact whose name they were
    saved under, so revoking that contact's key marks them too."""
    data = _data_module("0006")
    migrate(database, "0005")
    with database.transaction() as conn:
        data.load_older(conn)
    migrate(database, "0006")
    with database.reading() as conn:
        data.check_older(conn)


def test_0007_older_attachments_leave_without_hidden_data(database: Database) -> None:
    """Files stored before 0007 are not marked "send the original" and have no separate
    original hash (their bytes are the original)."""
    data = _data_module("0007")
    migrate(database, BELOW["0007"])
    with database.transaction() as conn:
        data.load_older(conn)
    migrate(database, "0007")
    with database.reading() as conn:
        data.check_older(conn)


def test_0008_indexes_older_rows_across_scripts(database: Database) -> None:
    """Rows indexed before 0008 are found by any script's spelling after it, and titles
    and names stored before it sort by the Kazakh and Russian alphabets."""
    data = _data_module("0008")
    migrate(database, BELOW["0008"])
    with database.transaction() as conn:
        data.load_older(conn)
    migrate(database, "0008")
    with database.reading() as conn:
        data.check_older(conn)


def test_0009_rebuilds_the_index_with_prefix_indexes(database: Database) -> None:
    """Rows indexed before 0009 come through its rebuild whole, found by one to three
    letters from the prefix indexes it adds."""
    data = _data_module("0009")
    migrate(database, BELOW["0009"])
    with database.transaction() as conn:
        data.load_older(conn)
    migrate(database, "0009")
    with database.reading() as conn:
        data.check_older(conn)


def test_every_data_module_names_a_real_revision() -> None:
    modules = {p.stem.removeprefix("test_") for p in HERE.glob("test_*.py")} - {"alembic"}
    assert modules <= set(REVISIONS), f"data for unknown revisions: {modules - set(REVISIONS)}"


def test_a_failing_revision_changes_nothing(database: Database,
                                            extra_revision: Callable[[str], str]) -> None:
    _fill(database)
    schema, contents = _schema(database), _contents(database)
    extra_revision(
        "from alembic import op\n"
        "def upgrade():\n"
        "    op.execute('CREATE TABLE witnesses (id TEXT PRIMARY KEY)')\n"
        "    op.execute('DELETE FROM victims')\n"
        "    raise RuntimeError('revision failed half-way')\n"
        "def downgrade():\n"
        "    pass\n")

    with pytest.raises(RuntimeError, match="half-way"):
        migrate(database, "head")

    assert _version(database) == REVISIONS[-1]
    assert _schema(database) == schema
    assert _contents(database) == contents


def test_rebuilding_the_incidents_table_keeps_child_rows(
        database: Database, extra_revision: Callable[[str], str]) -> None:
    _fill(database)
    before = {table: len(rows) for table, rows in _contents(database).items()}
    # What any later revision altering a column of incidents does on SQLite.
    extra_revision(
        "import sqlalchemy as sa\n"
        "from alembic import op\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('incidents', recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('confidential', sa.Boolean(), nullable=True))\n"
        "def downgrade():\n"
        "    with op.batch_alter_table('incidents') as batch:\n"
        "        batch.drop_column('confidential')\n")

    migrate(database, "head")

    after = {table: len(rows) for table, rows in _contents(database).items()}
    assert after == before


def test_database_from_a_newer_release_is_refused_clearly(folder: Path, key: bytes) -> None:
    opened = open_database(folder, key)
    try:
        with opened.transaction() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))
    finally:
        opened.close()

    with pytest.raises(TirkeuError):
        open_database(folder, key).close()


# --- an encrypted copy before migrating ----------------------------------------------

@pytest.fixture
def older_database(database: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A database with rows at the shipped head, while the program believes a newer
    revision exists (so opening it means migrating)."""
    _fill(database)
    monkeypatch.setattr(migrate_module, "head_revision", lambda: "f00dfeed")
    return database


def test_upgrade_keeps_an_encrypted_copy_first(older_database: Database, key: bytes,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    backups = older_database.path.parent / BACKUP_FOLDER
    seen_when_migrating: list[list[Path]] = []

    def fake_migrate(database: Database, target: str, *, down: bool = False) -> None:
        assert (database, target, down) == (older_database, "head", False)
        seen_when_migrating.append(sorted(backups.iterdir()))

    monkeypatch.setattr(migrate_module, "migrate", fake_migrate)

    backup = migrate_module.upgrade_to_head(older_database)

    assert backup is not None and backup.parent == backups
    assert seen_when_migrating == [[backup]], "the copy must exist before migrating"
    assert REVISIONS[-1] in backup.name  # the revision it was taken at
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        assert stat.S_IMODE(backups.stat().st_mode) == 0o700

    content = backup.read_bytes()
    assert SQLITE_HEADER not in content
    stored = _stored_text(older_database)
    assert stored and [value for value in stored if value in content] == []

    copy = _open(backup, key)
    try:
        assert _version(copy) == REVISIONS[-1]
        assert _contents(copy) == _contents(older_database)
    finally:
        copy.close()
    with pytest.raises(DatabaseUnreadable):
        _open(backup, secrets.token_bytes(32)).engine.connect()


def test_failed_upgrade_leaves_the_copy_and_the_rows(older_database: Database, key: bytes,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_migrate(database: Database, target: str, *, down: bool = False) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrate_module, "migrate", failing_migrate)
    with pytest.raises(RuntimeError, match="disk full"):
        migrate_module.upgrade_to_head(older_database)

    contents = _contents(older_database)
    [backup] = (older_database.path.parent / BACKUP_FOLDER).iterdir()
    copy = _open(backup, key)
    try:
        assert _contents(copy) == contents
    finally:
        copy.close()


def test_no_copy_for_a_new_or_current_database(folder: Path, key: bytes) -> None:
    for _ in range(2):  # created, then opened again at head
        opened = open_database(folder, key)
        try:
            assert _version(opened) == REVISIONS[-1]
        finally:
            opened.close()
    assert not (folder / BACKUP_FOLDER).exists()


# --- SQLCipher or nothing ------------------------------------------------------------

@pytest.fixture
def no_sqlcipher(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the sqlcipher3 package were not installed: importing it fails."""
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", None)


@pytest.fixture
def plain_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """A look-alike sqlcipher3 whose driver is plain SQLite: no cipher_version at all."""
    fake = types.ModuleType("sqlcipher3")
    fake.dbapi2 = sqlite3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sqlcipher3", fake)
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", sqlite3)


@pytest.mark.parametrize("driver", ["no_sqlcipher", "plain_sqlite"])
def test_refuses_to_run_without_sqlcipher(driver: str, request: pytest.FixtureRequest,
                                          data_dir: Path, folder: Path, key: bytes) -> None:
    from desktop_app.storage.archive import create_archive

    request.getfixturevalue(driver)

    with pytest.raises(SQLCipherMissing):
        sqlcipher_module()
    with pytest.raises(SQLCipherMissing) as refused:
        create_archive(data_dir, "correct horse battery staple", recovery_code=False)
    assert "SQLCipher" in str(refused.value)
    assert not (data_dir / "vault.json").exists()
    assert not (data_dir / DATABASE_FILE).exists()
    assert not data_dir.exists() or not any(data_dir.iterdir())

    with pytest.raises(SQLCipherMissing):
        open_database(folder, key)
    assert list(folder.iterdir()) == []  # not even an unencrypted empty file


# --- migration files stand alone -----------------------------------------------------

def test_migration_files_import_nothing_from_the_program() -> None:
    files = sorted(VERSIONS.glob("*.py"))
    assert any(f.name.startswith(REVISIONS[0]) for f in files)
    offending = [f"{f.name}:{line} imports {name}"
                 for f in files + sorted(HERE.glob("test_*.py"))
                 if f.name != Path(__file__).name
                 for name, line in _imports(f.read_text(encoding="utf-8"), str(f))
                 if name.split(".")[0] == "desktop_app" or name.startswith(".")]
    assert offending == []


def test_import_finder_sees_every_form() -> None:
    source = ("import desktop_app.storage.tables as t\n"
              "from desktop_app.storage import tables\n"
              "from . import sibling\n"
              "import importlib\nimportlib.import_module('desktop_app.core')\n")
    names = sorted(name for name, _ in _imports(source, "<check>"))
    assert names == [".", "desktop_app.core", "desktop_app.storage",
                     "desktop_app.storage.tables", "importlib"]


def test_migrations_make_no_keys_and_keep_those_stored(database: Database) -> None:
    """Keys are the program's business (tests/test_archive_keys.py): migrating a vault from
    before bundles makes none, and a vault's keys stored at 0003 come through every later
    revision unchanged."""
    migrate(database, "0002")
    with database.transaction() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('owner_name', 'Ерлан')"))
    migrate(database, "head")
    with database.reading() as conn:
        settings = dict(conn.execute(text("SELECT key, value FROM settings")).all())
    assert settings == {"owner_name": "Ерлан"}

    migrate(database, "0003", down=True)
    keys = {"age_identity": "AGE-SECRET-KEY-1" + "Q" * 58, "ed25519_seed": "ab" * 32}
    with database.transaction() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES (:key, :value)"),
                     [{"key": k, "value": v} for k, v in keys.items()])
    migrate(database, "head")
    with database.reading() as conn:
        settings = dict(conn.execute(text("SELECT key, value FROM settings")).all())
    assert settings == {"owner_name": "Ерлан", **keys}
