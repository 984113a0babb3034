"""Running Alembic migrations when a vault opens, with an encrypted copy kept first."""

from __future__ import annotations

import datetime as dt
import shutil
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop_app.crypto.files import private_folder
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


def upgrade_to_head(database: Database) -> Path | None:
    """Migrate ``database`` to the newest schema. Returns the backup made, if any."""
    current, head = current_revision(database), head_revision()
    if current == head:
        return None
    backup = _backup(database, current) if current is not None else None
    migrate(database, "head")
    return backup


def migrate(database: Database, target: str, *, down: bool = False) -> None:
    """Upgrade (or with ``down``, downgrade) to ``target`` inside one transaction."""
    config = alembic_config()
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        if down:
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def _backup(database: Database, revision: str) -> Path:
    # The database file is encrypted page by page, so a byte copy taken after folding the
    # WAL in is an encrypted, complete copy under the same key.
    database.checkpoint()
    folder = private_folder(database.path.parent / BACKUP_FOLDER)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{database.path.stem}-{revision}-{stamp}.db"
    shutil.copyfile(database.path, target)
    target.chmod(0o600)
    return target
