"""Incidents keep whether their current revision was saved here, indexed.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04

The status bar counts at every unlock the incidents whose current revision was saved on
this computer (only those wait for a coordinator) and those no coordinator has confirmed.
With the flag only on the revision each count visited every incident and read its current
revision's row, snapshot and all: 0.9-1.5 s per count at 100,000, and at 1,000,000 the three
counts took 8.6 s of a 9.1 s unlock (with an index on the revisions' id and flag, tried
first). On the incident's
row with an index, the counts read the index, and only incidents saved here are looked up
among the confirmations. Filled from each incident's current revision.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("saved_here", sa.Boolean(), server_default="0",
                                         nullable=False))
    op.execute("UPDATE incidents SET saved_here = EXISTS (SELECT 1 FROM revisions WHERE "
               "revisions.id = incidents.revision_id AND revisions.received = 0)")
    op.create_index(op.f("ix_incidents_saved_here"), "incidents", ["saved_here"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_incidents_saved_here"), table_name="incidents")
    op.execute(sa.text("ALTER TABLE incidents DROP COLUMN saved_here"))
