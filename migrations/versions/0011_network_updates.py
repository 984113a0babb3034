"""Networks: signed originals kept for forwarding, and vocabulary terms from updates.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

A coordinator can forward what it received to another coordinator with the monitor's own
signature (docs/FORMATS.md, "Forwarded bundles"): ``received_originals`` keeps each
imported bundle's signed manifest, its signature and the signer's public card, and
``received_records`` its records byte for byte (attachments are the stored ones, by
SHA-256); deleting an incident deletes its kept records too, so such an original can no
longer be forwarded. ``vocabulary_terms`` holds the terms a coordinator's signed vocabulary update
brought (new codes with labels in three languages, codes retired). Revocation lists need
no table: they add to ``revoked_keys``. Bundles imported before this revision were not
kept, so they cannot be forwarded; only new tables, nothing inferred.

Written beside 0010 (the shared folders' table) and placed above it when both landed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_originals",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sender", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("manifest", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_received_originals")),
    )
    op.create_index(op.f("ix_received_originals_sender"), "received_originals", ["sender"])
    op.create_table(
        "received_records",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["bundle_id"], ["received_originals.bundle_id"],
                                name=op.f("fk_received_records_bundle_id_received_originals"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("bundle_id", "name", name=op.f("pk_received_records")),
    )
    op.create_index(op.f("ix_received_records_name"), "received_records", ["name"])
    op.create_table(
        "vocabulary_terms",
        sa.Column("vocabulary", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("labels", sa.Text(), nullable=False),
        sa.Column("extra", sa.Text(), nullable=False),
        sa.Column("retired", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("signer", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("vocabulary", "code", name=op.f("pk_vocabulary_terms")),
    )


def downgrade() -> None:
    op.drop_table("vocabulary_terms")
    op.drop_index(op.f("ix_received_records_name"), table_name="received_records")
    op.drop_table("received_records")
    op.drop_index(op.f("ix_received_originals_sender"), table_name="received_originals")
    op.drop_table("received_originals")
