"""Files met in shared folders, for `tirkeu sync --folder`.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

A network without a server shares one folder (Syncthing, Nextcloud, a USB stick). Each
pass over it must open only what is new: a file already imported is not decrypted again,
a file addressed to someone else is not even read again, a really bad file is refused
once and remembered by its SHA-256, and the files this vault wrote are known (with the
bundle each holds) so they can be removed once a receipt covers them. A refusal carries
a digest of the contacts and revoked keys as they stood (``trust``): a file refused
because its signer was not a contact yet is opened again once the contacts change. A
bundle of incidents imported keeps the receipt it is owed (``owed``: sender, bundle,
number and the revisions it brought) until the receipt is written, so a pass stopped in
between answers it the next time. One
row per file
seen, keyed for the pass by folder, name, size and modification time; the table is
inside the encrypted database like everything else.

(Written over 0009 while 0011 and later were written in parallel on other branches: when
they meet, only ``down_revision`` changes; the table depends on no other.)
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_seen",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mtime_ns", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("verdict", sa.String(), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=True),
        sa.Column("trust", sa.String(length=64), nullable=True),
        sa.Column("owed", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_seen")),
    )
    op.create_index(op.f("ix_sync_seen_folder_name"), "sync_seen", ["folder", "name"])
    op.create_index(op.f("ix_sync_seen_sha256"), "sync_seen", ["sha256"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_seen_sha256"), table_name="sync_seen")
    op.drop_index(op.f("ix_sync_seen_folder_name"), table_name="sync_seen")
    op.drop_table("sync_seen")
