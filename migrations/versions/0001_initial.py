"""Initial schema: incidents and their parts, people, revisions, attachments, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Migrations describe tables with literal names and types; they never import
desktop_app.storage.tables, which moves on with later revisions.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('incidents',
    sa.Column('number', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('date_first', sa.String(length=10), nullable=False),
    sa.Column('date_precision', sa.String(length=5), nullable=False),
    sa.Column('date_end_first', sa.String(length=10), nullable=True),
    sa.Column('date_end_precision', sa.String(length=5), nullable=True),
    sa.Column('region', sa.String(), nullable=False),
    sa.Column('place', sa.Text(), server_default='', nullable=False),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('revision_number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_incidents')),
    sa.UniqueConstraint('id', name=op.f('uq_incidents_id'))
    )
    op.create_index(op.f('ix_incidents_date_first'), 'incidents', ['date_first'], unique=False)
    op.create_index(op.f('ix_incidents_region'), 'incidents', ['region'], unique=False)
    op.create_index(op.f('ix_incidents_status'), 'incidents', ['status'], unique=False)
    op.create_table('people',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), server_default='', nullable=False),
    sa.Column('gender', sa.String(), nullable=True),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('tombstones',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('incident_id', name=op.f('pk_tombstones'))
    )
    op.create_table('attachments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('filename', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_attachments_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments'))
    )
    op.create_index(op.f('ix_attachments_incident_id'), 'attachments', ['incident_id'], unique=False)
    op.create_table('incident_tags',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('tag', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_tags_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'position', name=op.f('pk_incident_tags'))
    )
    op.create_index(op.f('ix_incident_tags_tag_incident_id'), 'incident_tags', ['tag', 'incident_id'], unique=False)
    op.create_table('incident_violations',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_incident_violations_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'position', name=op.f('pk_incident_violations'))
    )
    op.create_index(op.f('ix_incident_violations_code_incident_id'), 'incident_violations', ['code', 'incident_id'], unique=False)
    op.create_table('legal_cases',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('defendant', sa.Text(), server_default='', nullable=False),
    sa.Column('code', sa.String(), nullable=True),
    sa.Column('article', sa.String(), server_default='', nullable=False),
    sa.Column('court', sa.Text(), server_default='', nullable=False),
    sa.Column('outcome', sa.String(), nullable=True),
    sa.Column('decided_on_first', sa.String(length=10), nullable=True),
    sa.Column('decided_on_precision', sa.String(length=5), nullable=True),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_legal_cases_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'position', name=op.f('pk_legal_cases'))
    )
    op.create_table('perpetrators',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=True),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_perpetrators_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'position', name=op.f('pk_perpetrators'))
    )
    op.create_table('remedies',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('mechanism', sa.String(), nullable=True),
    sa.Column('reference', sa.Text(), server_default='', nullable=False),
    sa.Column('outcome', sa.String(), nullable=True),
    sa.Column('implemented', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_remedies_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'position', name=op.f('pk_remedies'))
    )
    op.create_table('revisions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('saved_at', sa.String(), nullable=False),
    sa.Column('saved_by', sa.Text(), nullable=False),
    sa.Column('changed', sa.Text(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_revisions_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisions'))
    )
    op.create_index(op.f('ix_revisions_incident_id_number'), 'revisions', ['incident_id', 'number'], unique=False)
    op.create_table('sources',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=True),
    sa.Column('reference', sa.Text(), server_default='', nullable=False),
    sa.Column('reliability', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_sources_incident_id_incidents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'position', name=op.f('pk_sources'))
    )
    op.create_table('victims',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(), nullable=True),
    sa.Column('organization', sa.Text(), server_default='', nullable=False),
    sa.Column('fatal', sa.Boolean(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_victims_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_victims_person_id_people')),
    sa.PrimaryKeyConstraint('incident_id', 'position', name=op.f('pk_victims'))
    )
    op.create_index(op.f('ix_victims_category_incident_id'), 'victims', ['category', 'incident_id'], unique=False)
    op.create_index(op.f('ix_victims_person_id'), 'victims', ['person_id'], unique=False)
    op.create_table('attachment_chunks',
    sa.Column('attachment_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_attachment_chunks_attachment_id_attachments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attachment_id', 'seq', name=op.f('pk_attachment_chunks'))
    )
    op.create_table('penalties',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('case_position', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('amount', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['incident_id', 'case_position'], ['legal_cases.incident_id', 'legal_cases.position'], name=op.f('fk_penalties_incident_id_legal_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('incident_id', 'case_position', 'position', name=op.f('pk_penalties'))
    )
    # Full-text search over titles, descriptions, names and places. Its rowid is
    # incidents.number. unicode61 folds case for Cyrillic and Kazakh letters too.
    op.execute(
        "CREATE VIRTUAL TABLE incident_search USING fts5("
        "title, description, names, places, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE incident_search")
    op.drop_table('penalties')
    op.drop_table('attachment_chunks')
    op.drop_index(op.f('ix_victims_person_id'), table_name='victims')
    op.drop_index(op.f('ix_victims_category_incident_id'), table_name='victims')
    op.drop_table('victims')
    op.drop_table('sources')
    op.drop_index(op.f('ix_revisions_incident_id_number'), table_name='revisions')
    op.drop_table('revisions')
    op.drop_table('remedies')
    op.drop_table('perpetrators')
    op.drop_table('legal_cases')
    op.drop_index(op.f('ix_incident_violations_code_incident_id'), table_name='incident_violations')
    op.drop_table('incident_violations')
    op.drop_index(op.f('ix_incident_tags_tag_incident_id'), table_name='incident_tags')
    op.drop_table('incident_tags')
    op.drop_index(op.f('ix_attachments_incident_id'), table_name='attachments')
    op.drop_table('attachments')
    op.drop_table('tombstones')
    op.drop_table('settings')
    op.drop_table('people')
    op.drop_index(op.f('ix_incidents_status'), table_name='incidents')
    op.drop_index(op.f('ix_incidents_region'), table_name='incidents')
    op.drop_index(op.f('ix_incidents_date_first'), table_name='incidents')
    op.drop_table('incidents')
