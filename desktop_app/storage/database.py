"""Opening the encrypted database: SQLCipher 4 under SQLAlchemy, keyed by the vault.

There is no unencrypted fallback. If the SQLCipher driver is missing or is not really
SQLCipher, ``make_engine`` raises SQLCipherMissing and nothing is opened. Opening a vault's
database (and migrating it) is ``storage.opening.open_database``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import QueuePool

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto.files import new_private_file
from desktop_app.storage import tables
from desktop_app.storage.damage import watch_for_damage
from desktop_app.storage.spelling import collate

DATABASE_FILE = "tirkeu.db"
WRITES = "tirkeu_writes"  # execution option: this connection's transaction will write
COLLATION = "tirkeu"  # storage/spelling.collate, registered on every connection


class SQLCipherMissing(TirkeuError):
    def __init__(self) -> None:
        super().__init__(
            _("SQLCipher is not available (the Python package sqlcipher3). Tirkeu never stores "
              "incidents unencrypted, so it will not start without it."))


class DatabaseUnreadable(TirkeuError):
    pass


class IdClash(TirkeuError):
    """A write collided with an id (or other unique value) already stored; rolled back."""

    def __init__(self) -> None:
        super().__init__(_("That would store an id that already belongs to another record; "
                           "nothing was changed."))


def sqlcipher_module() -> ModuleType:
    """The SQLCipher DB-API module, checked to really be SQLCipher."""
    try:
        from sqlcipher3 import dbapi2  # noqa: PLC0415 - imported lazily so the error is ours
    except ImportError:
        raise SQLCipherMissing() from None
    probe = dbapi2.connect(":memory:")
    try:
        version = probe.execute("PRAGMA cipher_version").fetchone()
    finally:
        probe.close()
    if not version or not version[0]:
        raise SQLCipherMissing()
    module: ModuleType = dbapi2  # sqlcipher3 ships no type information
    return module


def key_pragma(key: bytes) -> str:
    """The PRAGMA that hands SQLCipher a raw 256-bit key (no PBKDF2 of its own)."""
    if len(key) != 32:
        raise ValueError("a SQLCipher raw key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _fold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def make_engine(path: Path, key: bytes) -> Engine:
    """An Engine whose every connection is keyed, checked and configured before use."""
    dbapi = sqlcipher_module()
    pragma = key_pragma(key)

    def connect() -> Any:
        conn = dbapi.connect(str(path), check_same_thread=False, isolation_level=None)
        try:
            # SQLCipher would also write its own lines about a damaged page to stderr; the
            # person gets ArchiveDamaged's one sentence instead.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(pragma)
            # Unicode-aware case folding for name matching (SQLite's lower() is ASCII-only).
            conn.create_function("tirkeu_fold", 1, _fold, deterministic=True)
            # The Kazakh and Russian alphabets for small sorted queries (ORDER BY x COLLATE
            # tirkeu); large ones sort by a stored key instead (docs/SEARCH.md).
            conn.create_collation(COLLATION, collate)
            # Reading the schema is the first use of the key: a wrong key fails here.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            for statement in (
                "PRAGMA secure_delete = ON",      # freed pages are zeroed
                "PRAGMA temp_store = MEMORY",     # no temporary files on disk
                "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = FULL",      # months of work: durability over speed
                "PRAGMA foreign_keys = ON",
                "PRAGMA cache_size = -131072",    # 128 MiB of decrypted pages (summaries)
            ):
                conn.execute(statement)
        except dbapi.DatabaseError:
            conn.close()
            raise DatabaseUnreadable(
                _("The database in {folder} cannot be read with this vault's key; it belongs "
                  "to another vault or is damaged.").format(folder=path.parent)) from None
        return conn

    engine = create_engine(f"sqlite:///{path}", creator=connect, module=dbapi,
                           poolclass=QueuePool, pool_size=4, max_overflow=4)
    watch_for_damage(engine)  # a page failing its HMAC arrives as ArchiveDamaged

    # The driver's own transaction handling is off (isolation_level=None); SQLAlchemy
    # says when a transaction starts, so DDL and SAVEPOINTs are transactional too.
    # A unit of work that writes takes the write lock when it begins (BEGIN IMMEDIATE),
    # waiting its turn: a deferred one that read first could not upgrade once another
    # connection (the window, a command, a backup) had committed, and SQLite refuses
    # that at once, without waiting.
    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        writes = conn.get_execution_options().get(WRITES, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    return engine


STREAM_CACHE_KIB = 8192  # page cache while a large file streams through a connection


@contextmanager
def small_cache(conn: Connection) -> Iterator[None]:
    """While a large file streams in or out through ``conn``, keep its page cache small:
    its pages pass once, and a full cache would only hold up to 128 MiB more in memory
    (and, when writing, leave all the page encryption for the commit instead of doing it
    as the file arrives). The connection's own size comes back afterwards."""
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{STREAM_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or 0)}")


def export_copy(driver: Any, target: Path, key: bytes) -> None:
    """Copy everything ``driver`` (a keyed SQLCipher connection) can read into ``target``
    (which must not exist), encrypted under ``key`` from its first page, inside one read
    transaction: SQLCipher's ``sqlcipher_export`` into an attached, keyed file. The copy
    is in rollback-journal mode; opening it through ``make_engine`` turns WAL on."""
    # Made private and empty before SQLCipher writes encrypted pages in.
    new_private_file(target).close()
    literal = str(target).replace("'", "''")
    driver.execute(f"ATTACH DATABASE '{literal}' AS exported KEY \"x'{key.hex()}'\"")
    try:
        driver.execute("BEGIN")
        try:
            driver.execute("SELECT sqlcipher_export('exported')")
            driver.execute("COMMIT")
        except BaseException:
            driver.execute("ROLLBACK")
            raise
    finally:
        driver.execute("DETACH DATABASE exported")


class Database:
    """The open, keyed database of one vault. Close it to lock."""

    def __init__(self, engine: Engine, path: Path):
        self.engine = engine
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One unit of work: commits on success, rolls back everything on any error.
        A unique or foreign-key collision arrives as IdClash, a sentence for a person."""
        try:
            with self.engine.connect() as plain:
                conn = plain.execution_options(**{WRITES: True})
                with conn.begin():
                    yield conn
        except IntegrityError:
            raise IdClash() from None

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn
            conn.rollback()

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as conn:
            value = conn.scalar(select(tables.settings.c.value).where(tables.settings.c.key == key))
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        """Store ``value`` under ``key``, replacing any value stored before."""
        stmt = sqlite_insert(tables.settings).values(key=key, value=value)
        with self.transaction() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    def add_setting(self, key: str, value: str) -> None:
        """Store ``value`` under ``key`` unless ``key`` already has a value, which is kept:
        two processes that race to set it first both end up with the first one's value."""
        stmt = sqlite_insert(tables.settings).values(key=key, value=value)
        with self.transaction() as conn:
            conn.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))

    def snapshot(self, target: Path, key: bytes) -> None:
        """Write a consistent copy of the whole database to ``target`` (which must not
        exist), encrypted under ``key`` from its first page: SQLCipher's own
        ``sqlcipher_export`` into an attached, keyed file, inside one read transaction, so
        writers carry on and the copy holds exactly what was committed when it began."""
        raw = self.engine.raw_connection()
        try:
            export_copy(raw.driver_connection, target, key)
        finally:
            raw.close()

    def checkpoint(self) -> None:
        """Fold the WAL into the database file and truncate it to zero bytes."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Checkpoint, truncate the WAL and drop every connection (and so the key)."""
        try:
            self.checkpoint()
        finally:
            self.engine.dispose()
