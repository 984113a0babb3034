"""Drafts remember the revision they were typed on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

A draft of an existing incident is re-applied only on top of the revision it was based
on; if an import or a merge wrote a newer one meanwhile, the window says so instead of
saving the old text over it. Drafts from before this revision have no base (NULL) and are
treated as based on an unknown, older revision.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a nullable column in place; no table copy.
    op.add_column("drafts", sa.Column("base_revision_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    op.execute(sa.text("ALTER TABLE drafts DROP COLUMN base_revision_id"))
