"""Running Alembic migrations when a vault opens, with an encrypted copy kept first."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto.files import new_private_file, private_folder
from desktop_app.storage.database import Database

BACKUP_FOLDER = "backups"


def alembic_config() -> Config:
    """An Alembic configuration pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("desktop_app.migrations")))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


class NewerArchive(TirkeuError):
    def __init__(self) -> None:
        super().__init__(_("This archive was written by a newer version of Tirkeu; "
                           "install that version to open it."))


class MigrationBroke(TirkeuError):
    pass


def upgrade_to_head(database: Database) -> Path | None:
    """Migrate ``database`` to the newest schema. Returns the backup made, if any."""
    current, head = current_revision(database), head_revision()
    if current == head:
        return None
    if current is not None:
        try:
            known = ScriptDirectory.from_config(alembic_config()).get_revision(current)
        except CommandError:
            known = None
        if known is None:
            raise NewerArchive()
    backup = _backup(database, current) if current is not None else None
    migrate(database, "head")
    return backup


def migrate(database: Database, target: str, *, down: bool = False) -> None:
    """Upgrade (or with ``down``, downgrade) to ``target`` inside one transaction.

    Foreign keys are off while migrating: SQLite alters a table by copying and dropping
    it, and with them on, dropping ``incidents`` would cascade into every child row. They
    are checked before committing instead, and switched back on afterwards.
    """
    config = alembic_config()
    with database.engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None  # a checked-out connection holds its DB-API connection
        driver.execute("PRAGMA foreign_keys = OFF")  # ignored inside a transaction
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                if down:
                    command.downgrade(config, target)
                else:
                    command.upgrade(config, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationBroke(
                        _("Updating the archive's structure would break links between records; "
                          "nothing was changed."))
        finally:
            driver.execute("PRAGMA foreign_keys = ON")


def _backup(database: Database, revision: str) -> Path:
    # The database file is encrypted page by page, so a byte copy taken after folding the
    # WAL in is an encrypted, complete copy under the same key.
    database.checkpoint()
    folder = private_folder(database.path.parent / BACKUP_FOLDER)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{database.path.stem}-{revision}-{stamp}.db"
    with new_private_file(target) as out, open(database.path, "rb") as source:
        shutil.copyfileobj(source, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())
    return target
