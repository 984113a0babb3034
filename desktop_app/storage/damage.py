"""A damaged archive, said in one sentence: SQLCipher's page checks turned into ArchiveDamaged.

SQLCipher authenticates every page with an HMAC; a page that fails it (a flipped bit, a
bad sector, a copy cut short) arrives as SQLite's "database disk image is malformed"
(SQLITE_CORRUPT) or "file is not a database" (SQLITE_NOTADB), as a DatabaseError from
whatever statement first read that page. ``watch_for_damage`` makes every such error, on
every statement of an engine (reads, writes and the commit), arrive as ArchiveDamaged
naming the part of the archive the statement touched, so each face (command and window)
shows one sentence and the transaction under way rolls back.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _

# What SQLite and SQLCipher say of a page they cannot trust. A locked or busy database,
# a full disk or a broken constraint are other DatabaseErrors and are not damage.
# FTS5 reports a page of its own tables that fails the check as "vtable constructor
# failed" (its module is always compiled into SQLCipher, so nothing else causes it here).
_DAMAGE_WORDS = ("malformed", "not a database", "hmac", "corrupt", "vtable constructor failed")

# The part of the archive a table belongs to, in words a person knows, worded when said.
_PARTS = {
    "attachment": lambda: _("its attachments"),
    "bundles_sent": lambda: _("its ledger of bundles sent"),
    "sent_items": lambda: _("its ledger of bundles sent"),
    "bundles_received": lambda: _("its ledger of bundles received"),
    "deliveries": lambda: _("its record of receipts"),
    "contacts": lambda: _("its contacts"),
    "revoked_keys": lambda: _("its revoked keys"),
    "settings": lambda: _("its settings and keys"),
    "search": lambda: _("its search index"),
    "people": lambda: _("its people"),
    "conflicts": lambda: _("its open conflicts"),
    "drafts": lambda: _("its unsaved drafts"),
    "sync_seen": lambda: _("its record of files in shared folders"),
    "alembic_version": lambda: _("its version record"),
}
# Innermost brackets, removed until none are left: subqueries and calls in the columns.
_SUBQUERY = re.compile(r"\([^()]*\)")
_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE|JOIN|TABLE)\s+[\"`]?(\w+)", re.IGNORECASE)


class ArchiveDamaged(TirkeuError):
    """The database file is damaged where a statement read or wrote it; nothing of that
    statement's transaction was kept. ``part`` names the part, in words."""

    def __init__(self, part: str):
        self.part = part
        super().__init__(_("The archive is damaged in {part}; nothing was changed. Restore "
                           "your backup (tirkeu restore) into a new folder.").format(part=part))


def is_damage(error: BaseException) -> bool:
    """Whether a DB-API error says a page of the file cannot be trusted."""
    text = str(error).casefold()
    return any(word in text for word in _DAMAGE_WORDS)


def damaged_part(statement: str | None) -> str:
    """The part of the archive ``statement`` reads or writes, in words ("its contacts");
    every table not named in _PARTS holds a part of the incidents."""
    outer = statement or ""
    while True:  # the statement's own tables, not those of a subquery in its columns
        inner = _SUBQUERY.sub("", outer)
        if inner == outer:
            break
        outer = inner
    match = _TABLE.search(outer)
    if match is None:
        return _("a part it could not name")
    table = match.group(1).casefold()
    return next((part() for key, part in _PARTS.items() if key in table), None) or _(
        "its incident records")


def watch_for_damage(engine: Engine) -> None:
    """Raise ArchiveDamaged instead of SQLAlchemy's wrapper of a damaged-page error."""

    @event.listens_for(engine, "handle_error")
    def _damaged(context: ExceptionContext) -> None:
        if context.original_exception is not None and is_damage(context.original_exception):
            # The connection that met the damaged page is dropped, not pooled again: SQLite
            # may keep it marked corrupt, and its next statement, on any table, would say
            # "malformed" and be blamed on that table (seen in the window: the drafts and
            # the contacts were named after one bad page of the incidents). The next
            # statement opens a fresh connection; the other connections stay.
            context.is_disconnect = True
            context.invalidate_pool_on_disconnect = False
            # Raised here, SQLAlchemy first rolls back and cleans up, then raises ours.
            raise ArchiveDamaged(damaged_part(context.statement)) from None
