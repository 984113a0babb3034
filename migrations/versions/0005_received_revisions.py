"""Revisions remember whether they were saved here or received in a bundle.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

"Not yet confirmed by a coordinator" counts only incidents whose current revision was
saved on this computer: a coordinator's archive is full of incidents received from
monitors, and none of those waits for a coordinator. From this revision on, the importer
marks what it writes (``received = 1``).

Revisions stored before it carry no such mark, so it is inferred once: a revision saved
here was recorded under this vault's owner name, or as "local" when the vault had none;
any other name is someone else's, so it came in a bundle. (A revision received from a
monitor whose vault had no name was recorded as "local" too: it stays counted as saved
here until a newer revision of that incident arrives.)
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a column with a constant default in place; no table copy.
    op.add_column("revisions", sa.Column("received", sa.Boolean(), server_default="0",
                                         nullable=False))
    op.execute(sa.text(
        "UPDATE revisions SET received = 1 WHERE saved_by NOT IN ('local', "
        "COALESCE((SELECT value FROM settings WHERE key = 'owner_name'), ''))"))


def downgrade() -> None:
    op.execute(sa.text("ALTER TABLE revisions DROP COLUMN received"))
