"""Incidents keep the code of their first violation, indexed, to sort the list by it.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-04

The list sorts by violations as it shows them: by the label of an incident's first
violation in the window's language. Computed per row (the smallest code of its
violations, through a subquery) every sort read and sorted all 100,000 incidents: 0.3 to
0.7 s. Stored in ``violation_first`` with an index, a page is read as the region sort
reads one: count each code, then walk only the codes the page covers (docs/SEARCH.md).
Older rows get the code at position 0 of their violations ('' for none).
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("violation_first", sa.String(), server_default="",
                                         nullable=False))
    op.execute("UPDATE incidents SET violation_first = coalesce((SELECT code FROM "
               "incident_violations WHERE incident_violations.incident_id = incidents.id "
               "ORDER BY position LIMIT 1), '')")
    op.create_index(op.f("ix_incidents_violation_first"), "incidents", ["violation_first"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_incidents_violation_first"), table_name="incidents")
    op.execute(sa.text("ALTER TABLE incidents DROP COLUMN violation_first"))
