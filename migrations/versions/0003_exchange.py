"""Exchange: this vault's keys, contacts, the bundle ledger, deliveries and conflicts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Tables only. The vault's X25519 (age) and Ed25519 (SSH) keys are made by the program
(desktop_app.crypto.identity) when it opens a vault that has none, so a vault migrated
from 0002 gets them on its first opening, not here. Migrations describe tables with
literal names and types; they never import desktop_app.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("age_recipient", sa.String(), nullable=False),
        sa.Column("ssh_key", sa.String(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("coordinator", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("trusted_signer", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("added_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_contacts")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_contacts_fingerprint")),
    )
    op.create_table(
        "bundles_sent",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundles_sent")),
        sa.UniqueConstraint("sequence", name=op.f("uq_bundles_sent_sequence")),
    )
    op.create_table(
        "sent_items",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("recipient", sa.String(), nullable=False),
        sa.Column("item", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["bundle_id"], ["bundles_sent.id"],
                                name=op.f("fk_sent_items_bundle_id_bundles_sent"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("bundle_id", "recipient", "item", name=op.f("pk_sent_items")),
    )
    op.create_index(op.f("ix_sent_items_recipient_item"), "sent_items", ["recipient", "item"],
                    unique=False)
    op.create_table(
        "bundles_received",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sender", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("previous_sha256", sa.String(length=64), nullable=True),
        sa.Column("imported_at", sa.String(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundles_received")),
    )
    op.create_index(op.f("ix_bundles_received_sender_sequence"), "bundles_received",
                    ["sender", "sequence"], unique=False)
    op.create_table(
        "deliveries",
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("revision_id", sa.String(length=36), nullable=False),
        sa.Column("coordinator", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "revision_id", "coordinator",
                                name=op.f("pk_deliveries")),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("local_revision_id", sa.String(length=36), nullable=False),
        sa.Column("remote_revision_id", sa.String(length=36), nullable=False),
        sa.Column("remote_snapshot", sa.Text(), nullable=False),
        sa.Column("remote_saved_by", sa.Text(), nullable=False),
        sa.Column("remote_saved_at", sa.String(), nullable=False),
        sa.Column("sender", sa.String(length=64), nullable=False),
        sa.Column("detected_at", sa.String(), nullable=False),
        sa.Column("resolved_at", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"],
                                name=op.f("fk_conflicts_incident_id_incidents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
        sa.UniqueConstraint("incident_id", "remote_revision_id",
                            name=op.f("uq_conflicts_incident_id_remote_revision_id")),
    )
    # A revision that resolves a conflict names the other side's revision it merged, so
    # that side sees its own edit inside the new history and moves forward.
    op.add_column("revisions", sa.Column("merged_id", sa.String(length=36), nullable=True))


def downgrade() -> None:
    # Keys exist only for exchanging bundles; a vault taken back before bundles loses them
    # (and gets new ones when a newer program opens it again).
    op.execute(sa.text("DELETE FROM settings WHERE key IN ('age_identity', 'ed25519_seed')"))
    # SQLite 3.35+ drops a column in place (no table copy), leaving the rest as it was.
    op.execute(sa.text("ALTER TABLE revisions DROP COLUMN merged_id"))
    op.drop_table("conflicts")
    op.drop_table("deliveries")
    op.drop_index(op.f("ix_bundles_received_sender_sequence"), table_name="bundles_received")
    op.drop_table("bundles_received")
    op.drop_index(op.f("ix_sent_items_recipient_item"), table_name="sent_items")
    op.drop_table("sent_items")
    op.drop_table("bundles_sent")
    op.drop_table("contacts")
