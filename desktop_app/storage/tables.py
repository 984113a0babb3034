"""The schema as SQLAlchemy Core tables: the models that migrations must reproduce.

Only Alembic revisions change a real database; a test checks that ``upgrade head`` gives
exactly this metadata. Text dates are ISO first days with a precision beside them, so
range filters and GROUP BY work in SQL. Child rows are keyed by (incident, position), so
a whole incident is written with plain bulk inserts.
"""

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

# Name of the FTS5 table, created by migrations with raw SQL (SQLAlchemy has no FTS5 type).
SEARCH_TABLE = "incident_search"



def _owned_by(target: str) -> ForeignKey:
    """A reference to the row that owns this one: deleting the owner deletes it too."""
    return ForeignKey(target, ondelete="CASCADE")


settings = Table(
    "settings", metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

people = Table(
    "people", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", Text, nullable=False, server_default=""),
    Column("gender", String),
    Column("created_at", String, nullable=False),
    Column("updated_at", String, nullable=False),
    # storage/spelling.sort_key(name): alphabetical order under plain comparison (0008).
    Column("name_key", Text, nullable=False, server_default=""),
    # storage/search.skeleton_words(name): the name typed in any script is found (0008).
    Column("name_skeleton", Text, nullable=False, server_default=""),
    Index(None, "name_key"),
)

incidents = Table(
    "incidents", metadata,
    # `number` is the rowid: the FTS index refers to it.
    Column("number", Integer, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("date_first", String(10), nullable=False),
    Column("date_precision", String(5), nullable=False),
    Column("date_end_first", String(10)),
    Column("date_end_precision", String(5)),
    Column("region", String, nullable=False),
    Column("place", Text, nullable=False, server_default=""),
    Column("description", Text, nullable=False, server_default=""),
    Column("status", String, nullable=False),
    Column("revision_id", String(36), nullable=False),
    Column("revision_number", Integer, nullable=False),
    Column("created_at", String, nullable=False),
    Column("updated_at", String, nullable=False),
    # storage/spelling.sort_key(title), so sorting by title is an index walk (0008).
    Column("title_key", Text, nullable=False, server_default=""),
    # The code of the first violation, so sorting by violations walks an index (0013).
    Column("violation_first", String, nullable=False, server_default=""),
    # Whether the current revision was saved on this computer (not received in a bundle):
    # what the status bar counts at unlock, from an index, not from every revision (0016).
    Column("saved_here", Boolean, nullable=False, server_default="0"),
    Index(None, "date_first"),
    Index(None, "region"),
    Index(None, "status"),
    Index(None, "title_key"),
    Index(None, "violation_first"),
    Index(None, "saved_here"),
)


def _child(name: str, *columns: Column[Any]) -> Table:
    return Table(
        name, metadata,
        Column("incident_id", String(36), _owned_by("incidents.id"), nullable=False),
        Column("position", Integer, nullable=False),
        *columns,
        PrimaryKeyConstraint("incident_id", "position"),
    )


incident_violations = _child(
    "incident_violations", Column("code", String, nullable=False),
)
# (code, incident) so a filter's EXISTS is one covering-index probe per incident.
Index(None, incident_violations.c.code, incident_violations.c.incident_id)

victims = _child(
    "victims",
    Column("person_id", String(36), ForeignKey("people.id"), nullable=False),
    Column("category", String),
    Column("organization", Text, nullable=False, server_default=""),
    Column("fatal", Boolean, nullable=False, server_default="0"),
)
Index(None, victims.c.person_id)
Index(None, victims.c.category, victims.c.incident_id)

perpetrators = _child(
    "perpetrators",
    Column("kind", String),
    Column("description", Text, nullable=False, server_default=""),
)

legal_cases = _child(
    "legal_cases",
    Column("defendant", Text, nullable=False, server_default=""),
    Column("code", String),
    Column("article", String, nullable=False, server_default=""),
    Column("court", Text, nullable=False, server_default=""),
    Column("outcome", String),
    Column("decided_on_first", String(10)),
    Column("decided_on_precision", String(5)),
)

penalties = Table(
    "penalties", metadata,
    Column("incident_id", String(36), nullable=False),
    Column("case_position", Integer, nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("amount", Text, nullable=False, server_default=""),
    PrimaryKeyConstraint("incident_id", "case_position", "position"),
    ForeignKeyConstraint(["incident_id", "case_position"],
                         ["legal_cases.incident_id", "legal_cases.position"], ondelete="CASCADE"),
)

remedies = _child(
    "remedies",
    Column("mechanism", String),
    Column("reference", Text, nullable=False, server_default=""),
    Column("outcome", String),
    Column("implemented", Boolean),
)

sources = _child(
    "sources",
    Column("kind", String),
    Column("reference", Text, nullable=False, server_default=""),
    Column("reliability", String),
)

incident_tags = _child(
    "incident_tags", Column("tag", Text, nullable=False),
)
Index(None, incident_tags.c.tag, incident_tags.c.incident_id)

revisions = Table(
    "revisions", metadata,
    Column("id", String(36), primary_key=True),
    Column("incident_id", String(36), _owned_by("incidents.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("parent_id", String(36)),
    Column("saved_at", String, nullable=False),
    Column("saved_by", Text, nullable=False),
    Column("changed", Text, nullable=False),   # JSON list of top-level field names
    Column("snapshot", Text, nullable=False),  # the interchange JSON of this revision
    Column("merged_id", String(36)),  # the other side's revision a conflict resolution merged
    # 1 if it came in a bundle, 0 if saved here (only these wait for a coordinator)
    Column("received", Boolean, nullable=False, server_default="0"),
    # the fingerprint of the contact whose bundle brought it (NULL: saved here, or unknown)
    Column("received_from", String(64)),
    # Not unique: two vaults editing the same revision both make a "number 2"; once their
    # histories meet (a resolved conflict), both stay in the history.
    Index(None, "incident_id", "number"),
)

# Deleted incidents leave only their id, so an older copy arriving later is not revived.
tombstones = Table(
    "tombstones", metadata,
    Column("incident_id", String(36), primary_key=True),
    Column("deleted_at", String, nullable=False),
)

attachments = Table(
    "attachments", metadata,
    Column("id", String(36), primary_key=True),
    Column("incident_id", String(36), _owned_by("incidents.id"), nullable=False),
    Column("filename", Text, nullable=False),
    Column("media_type", String, nullable=False),
    Column("size", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),   # of the bytes stored here
    Column("added_at", String, nullable=False),
    # Migration 0007: the person chose to send this file's original in bundles (photos
    # otherwise leave rebuilt from their pixels); and, for a copy received in a bundle,
    # the SHA-256 of the original it was made from (NULL: the stored bytes are the original).
    Column("send_original", Boolean, nullable=False, server_default="0"),
    Column("original_sha256", String(64)),
    Index(None, "incident_id"),
)

attachment_chunks = Table(
    "attachment_chunks", metadata,
    Column("attachment_id", String(36), _owned_by("attachments.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    PrimaryKeyConstraint("attachment_id", "seq"),
)

# Unsaved editor content, kept inside the vault so typing survives a crash or a lock.
drafts = Table(
    "drafts", metadata,
    Column("id", String(36), primary_key=True),
    Column("incident_id", String(36)),   # the incident being edited; NULL for a new one
    Column("form", Text, nullable=False),  # the editor's form state as JSON
    Column("saved_at", String, nullable=False),
    Column("base_revision_id", String(36)),  # the revision it was typed on; NULL if new
)

# --- exchange (bundles between vaults) ----------------------------------------------------

contacts = Table(
    "contacts", metadata,
    Column("name", Text, primary_key=True),
    Column("age_recipient", String, nullable=False),
    Column("ssh_key", String, nullable=False),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Column("coordinator", Boolean, nullable=False, server_default="0"),
    Column("trusted_signer", Boolean, nullable=False, server_default="1"),
    Column("added_at", String, nullable=False),
)

# Keys no longer trusted (a laptop seized or lost): kept apart from contacts, so removing
# the contact or adding its card again never lifts a revocation.
revoked_keys = Table(
    "revoked_keys", metadata,
    Column("fingerprint", String(64), primary_key=True),
    Column("name", Text, nullable=False),  # the contact's name when it was revoked
    Column("age_recipient", String, nullable=False),
    Column("ssh_key", String, nullable=False),
    Column("revoked_at", String, nullable=False),
)

bundles_sent = Table(
    "bundles_sent", metadata,
    Column("id", String(36), primary_key=True),
    Column("sequence", Integer, nullable=False, unique=True),  # this vault's chain
    Column("kind", String, nullable=False),
    Column("manifest_sha256", String(64), nullable=False),
    Column("recipients", Text, nullable=False),  # JSON list of age recipients
    Column("created_at", String, nullable=False),
)

# What each recipient has been sent: "incident-id@revision-id" or "attachment:<id>".
sent_items = Table(
    "sent_items", metadata,
    Column("bundle_id", String(36), _owned_by("bundles_sent.id"), nullable=False),
    Column("recipient", String, nullable=False),
    Column("item", String, nullable=False),
    PrimaryKeyConstraint("bundle_id", "recipient", "item"),
    Index(None, "recipient", "item"),
)

bundles_received = Table(
    "bundles_received", metadata,
    Column("id", String(36), primary_key=True),
    Column("sender", String(64), nullable=False),  # the sender's fingerprint
    Column("sequence", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("manifest_sha256", String(64), nullable=False),
    Column("previous_sha256", String(64)),
    Column("imported_at", String, nullable=False),
    Column("report", Text, nullable=False),  # JSON: what the import did
    # The file it came in, so the same file is known again without decrypting it (0015).
    Column("file_sha256", String(64)),
    Column("file_size", Integer),
    Index(None, "sender", "sequence"),
)

# A coordinator confirmed (by signed receipt) that it holds this revision.
deliveries = Table(
    "deliveries", metadata,
    Column("incident_id", String(36), nullable=False),
    Column("revision_id", String(36), nullable=False),
    Column("coordinator", String(64), nullable=False),
    Column("confirmed_at", String, nullable=False),
    PrimaryKeyConstraint("incident_id", "revision_id", "coordinator"),
)

# Two different edits of the same revision: the local one stays current until resolved.
conflicts = Table(
    "conflicts", metadata,
    Column("id", String(36), primary_key=True),
    Column("incident_id", String(36), _owned_by("incidents.id"), nullable=False),
    Column("local_revision_id", String(36), nullable=False),
    Column("remote_revision_id", String(36), nullable=False),
    Column("remote_snapshot", Text, nullable=False),
    Column("remote_saved_by", Text, nullable=False),
    Column("remote_saved_at", String, nullable=False),
    Column("sender", String(64), nullable=False),
    Column("detected_at", String, nullable=False),
    Column("resolved_at", String),
    UniqueConstraint("incident_id", "remote_revision_id"),
)

# Files met in shared folders (`tirkeu sync --folder`): what each was, so that a pass opens
# only what is new, refuses a bad file once, and knows which files this vault wrote.
sync_seen = Table(
    "sync_seen", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("folder", Text, nullable=False),     # the shared folder, as an absolute path
    Column("name", Text, nullable=False),       # the file's name in it
    Column("size", Integer, nullable=False),
    Column("mtime_ns", Integer, nullable=False),
    Column("sha256", String(64)),               # of the whole file; NULL for others' files
    Column("verdict", String, nullable=False),  # imported, refused, own, other
    Column("bundle_id", String(36)),            # own: the bundle it holds
    # refused: a digest of the contacts and revoked keys as they stood; the refusal stands
    # until they change (a file from someone not yet added is opened again once they are)
    Column("trust", String(64)),
    # imported bundle of incidents not yet answered: the receipt owed (JSON), until written
    Column("owed", Text),
    Column("seen_at", String, nullable=False),
    Index(None, "folder", "name"),
    Index(None, "sha256"),
)

# A coordinator keeps the signed original of every bundle of incidents it imports (its
# manifest, signature and records as received), so that it can forward it to another
# coordinator with the sender's own signature (sync/forwarding.py, migration 0011). The
# attachments are not kept twice: they are the stored ones, found by SHA-256.
received_originals = Table(
    "received_originals", metadata,
    Column("bundle_id", String(36), primary_key=True),
    Column("sender", String(64), nullable=False),  # the signer's fingerprint
    Column("sequence", Integer, nullable=False),
    Column("manifest", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("card", Text, nullable=False),  # the signer's public contact card, JSON
    Column("received_at", String, nullable=False),
    Index(None, "sender"),
)

received_records = Table(
    "received_records", metadata,
    Column("bundle_id", String(36), _owned_by("received_originals.bundle_id"), nullable=False),
    Column("name", String, nullable=False),  # records/<uuid>.json
    Column("data", LargeBinary, nullable=False),
    PrimaryKeyConstraint("bundle_id", "name"),
    Index(None, "name"),  # a deleted incident's records go with it
)

# Terms a coordinator's signed vocabulary update brought (sync/updates.py, migration
# 0011): new codes, and codes retired or relabelled. Never deleted; a newer ``revision``
# replaces an older one, an older never replaces a newer.
vocabulary_terms = Table(
    "vocabulary_terms", metadata,
    Column("vocabulary", String, nullable=False),
    Column("code", String, nullable=False),
    Column("labels", Text, nullable=False),   # JSON {"en": …, "ru": …, "kk": …}
    Column("extra", Text, nullable=False),    # JSON, e.g. legal_article's case_code/article
    Column("retired", Boolean, nullable=False, server_default="0"),
    Column("revision", Integer, nullable=False),
    Column("signer", String(64), nullable=False),  # the coordinator's fingerprint
    Column("updated_at", String, nullable=False),
    PrimaryKeyConstraint("vocabulary", "code"),
)
