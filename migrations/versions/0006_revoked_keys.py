"""Revoked keys, and which contact's bundle brought each received revision.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

A monitor's or coordinator's laptop may be seized with its keys. Revoking a contact's key
puts it in ``revoked_keys`` (by fingerprint, with both of its public keys), a table of its
own so that removing the contact, or adding its card again, never lifts the revocation.
From then on everything signed by that key is refused, whatever date it claims.

What was imported before stays, marked: ``revisions.received_from`` names the fingerprint
of the contact whose bundle brought the revision. Revisions received before this revision
carry no such name, so it is inferred once, as 0005 inferred ``received``: a received
revision saved under a contact's name (a card's name is its owner's, which is what their
revisions are saved under) came from that contact. One saved under a name no contact has
stays unattributed (NULL).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revoked_keys",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("age_recipient", sa.String(), nullable=False),
        sa.Column("ssh_key", sa.String(), nullable=False),
        sa.Column("revoked_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_revoked_keys")),
    )
    # SQLite adds a nullable column in place; no table copy.
    op.add_column("revisions", sa.Column("received_from", sa.String(length=64), nullable=True))
    op.execute(sa.text(
        "UPDATE revisions SET received_from = (SELECT fingerprint FROM contacts "
        "WHERE contacts.name = revisions.saved_by) WHERE received = 1"))


def downgrade() -> None:
    op.execute(sa.text("ALTER TABLE revisions DROP COLUMN received_from"))
    op.drop_table("revoked_keys")
