"""The search index keeps prefix indexes of one, two and three letters.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Every word of a search is a prefix query (the list searches while a person types, so
"Қ", "Қа", "Қас" are asked on the way to "Қасымова"). Without a prefix index FTS5 answers
a prefix by reading and merging the entry of every word that begins with it, which for one
or two letters is most of the index: 115 ms for "а" over 100,000 incidents, against 23 ms
with ``prefix = '1 2 3'`` (docs/SEARCH.md). Longer prefixes name few words and stay as
they were. Matches and ranks are unchanged; the index grows about threefold.

FTS5 cannot change its options in place, so the table is rebuilt from its own content
(as 0008 did), under its own name, so its CREATE statement reads as written here.
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_COLUMNS = "title, description, names, places, skeleton"
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
_PREFIX = "prefix = '1 2 3'"


# Table and column names below are literals of this file, never input (why each
# `noqa: S608` is safe).
def _rebuild_search(options: str) -> None:
    op.execute(f"CREATE TABLE search_copy_0009 AS SELECT rowid AS k, {_COLUMNS} "  # noqa: S608
               "FROM incident_search")
    op.execute("DROP TABLE incident_search")
    op.execute(f"CREATE VIRTUAL TABLE incident_search USING fts5({_COLUMNS}, {options})")
    op.execute(f"INSERT INTO incident_search (rowid, {_COLUMNS}) "  # noqa: S608
               f"SELECT k, {_COLUMNS} FROM search_copy_0009 ORDER BY k")
    op.execute("DROP TABLE search_copy_0009")


def upgrade() -> None:
    _rebuild_search(f"{_TOKENIZE}, {_PREFIX}")


def downgrade() -> None:
    _rebuild_search(_TOKENIZE)
