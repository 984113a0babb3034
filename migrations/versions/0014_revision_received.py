"""Revisions: an index on (id, received), so whether a revision was saved here is read
from the index alone.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04

The status bar and the Exchange page count, at every unlock, the incidents whose current
revision was saved on this computer and those no coordinator has confirmed. Each asks
``received`` of one revision per incident; without this index SQLite read it from the
revision's row, which holds the whole snapshot, so counting 100,000 incidents read and
decrypted most of the revisions table: 1.3-1.5 s per count, three counts at unlock. From
the index: 0.12-0.14 s (docs/PERFORMANCE.md).
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_revisions_id_received"), "revisions", ["id", "received"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_revisions_id_received"), table_name="revisions")
