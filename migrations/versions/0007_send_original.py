"""Attachments remember whether their original may leave the laptop, and which original a
received copy was made from.

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-03

Photos leave in bundles rebuilt from their pixels (no EXIF, GPS, XMP, comments) unless
the person chose, for that one file, to send the original: ``send_original`` (0 for every
file stored before, so nothing starts leaving with its hidden data).

A coordinator receives such a copy: ``sha256`` is always the hash of the bytes stored,
and ``original_sha256`` the hash of the original the monitor attached (kept as evidence),
or NULL when the stored bytes are the original.

(Written over 0005; revision 0006 is being added in parallel, and the merge re-chains
this one on top of it.)
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite adds a column with a constant default in place; no table copy.
    op.add_column("attachments", sa.Column("send_original", sa.Boolean(), server_default="0",
                                           nullable=False))
    op.add_column("attachments", sa.Column("original_sha256", sa.String(64), nullable=True))


def downgrade() -> None:
    # A received copy keeps its own hash in sha256; only the original's is forgotten.
    op.execute(sa.text("ALTER TABLE attachments DROP COLUMN original_sha256"))
    op.execute(sa.text("ALTER TABLE attachments DROP COLUMN send_original"))
