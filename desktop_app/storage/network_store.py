"""What a network of coordinators needs from the database: the signed originals a
coordinator keeps so it can forward them, and the vocabulary terms updates brought.

Every function takes an open connection, so what an import stores is part of its one
transaction. ``install_network_vocabulary`` hands the stored terms to the core's
vocabularies when a vault opens and after an update is applied.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from desktop_app.core.vocabulary import Term, set_network_terms
from desktop_app.storage import tables as t
from desktop_app.storage.database import Database
from desktop_app.storage.incidents import now

FORWARDED = "forward:"  # a sent_items item: this original went to that recipient


@dataclass(frozen=True)
class Original:
    """A bundle of incidents as its sender signed it, kept for forwarding."""

    bundle_id: str
    sender: str        # the signer's fingerprint
    sequence: int
    manifest: bytes
    signature: bytes
    card: str          # the signer's public contact card (JSON)


def keep_original(conn: Connection, original: Original) -> bool:
    """Keep ``original`` (its records follow with ``keep_original_records``); False, and
    nothing changed, if the same bundle is kept already."""
    if conn.scalar(select(t.received_originals.c.bundle_id).where(
            t.received_originals.c.bundle_id == original.bundle_id)) is not None:
        return False
    conn.execute(insert(t.received_originals).values(
        bundle_id=original.bundle_id, sender=original.sender, sequence=original.sequence,
        manifest=original.manifest, signature=original.signature, card=original.card,
        received_at=now()))
    return True


def keep_original_records(conn: Connection, bundle_id: str,
                          records: Sequence[tuple[str, bytes]]) -> None:
    """Records of a kept original, as signed, in one statement; never the record of an
    incident deleted here (its original can then not be forwarded)."""
    ids = {name: name.removeprefix("records/").removesuffix(".json") for name, _ in records}
    deleted = set(conn.scalars(select(t.tombstones.c.incident_id).where(
        t.tombstones.c.incident_id.in_(list(ids.values())))))
    rows = [{"bundle_id": bundle_id, "name": name, "data": data} for name, data in records
            if ids[name] not in deleted]
    if rows:
        conn.execute(insert(t.received_records), rows)


def originals_to_forward(conn: Connection, recipients: Sequence[str],
                         senders: Sequence[str] | None) -> list[Original]:
    """The kept originals not yet forwarded to every one of ``recipients`` (age keys),
    oldest first; of ``senders`` (fingerprints) only, when given."""
    o = t.received_originals.c
    query = select(t.received_originals).order_by(o.received_at, o.sequence)
    if senders is not None:
        query = query.where(o.sender.in_(list(senders)))
    sent: set[str] | None = None
    for recipient in recipients:
        items = set(conn.scalars(select(t.sent_items.c.item).where(
            t.sent_items.c.recipient == recipient, t.sent_items.c.item.like(FORWARDED + "%"))))
        sent = items if sent is None else sent & items
    done = sent or set()
    return [Original(r.bundle_id, r.sender, r.sequence, r.manifest, r.signature, r.card)
            for r in conn.execute(query) if FORWARDED + r.bundle_id not in done]


def original_records(conn: Connection, bundle_id: str) -> dict[str, bytes]:
    """The records of a kept original, by member name."""
    c = t.received_records.c
    return {r.name: r.data for r in conn.execute(
        select(c.name, c.data).where(c.bundle_id == bundle_id))}


def stored_attachment(conn: Connection, sha256: str, size: int) -> str | None:
    """The id of an attachment stored here with these bytes (by SHA-256 and size)."""
    a = t.attachments.c
    return conn.scalar(select(a.id).where(a.sha256 == sha256, a.size == size).limit(1))


# --- vocabulary terms ----------------------------------------------------------------

@dataclass(frozen=True)
class StoredTerm:
    vocabulary: str
    code: str
    labels: dict[str, str]
    extra: dict[str, str]
    retired: bool
    revision: int
    signer: str


def terms(conn: Connection) -> list[StoredTerm]:
    c = t.vocabulary_terms.c
    return [StoredTerm(r.vocabulary, r.code, json.loads(r.labels), json.loads(r.extra),
                       bool(r.retired), r.revision, r.signer)
            for r in conn.execute(select(t.vocabulary_terms).order_by(c.vocabulary, c.code))]


def term(conn: Connection, vocabulary: str, code: str) -> StoredTerm | None:
    c = t.vocabulary_terms.c
    r = conn.execute(select(t.vocabulary_terms).where(
        c.vocabulary == vocabulary, c.code == code)).first()
    return None if r is None else StoredTerm(r.vocabulary, r.code, json.loads(r.labels),
                                             json.loads(r.extra), bool(r.retired),
                                             r.revision, r.signer)


def put_term(conn: Connection, new: StoredTerm) -> None:
    """Store ``new`` in place of what this code held (the caller decided it is newer)."""
    values: dict[str, Any] = {"labels": json.dumps(new.labels, ensure_ascii=False),
                              "extra": json.dumps(new.extra, ensure_ascii=False),
                              "retired": new.retired, "revision": new.revision,
                              "signer": new.signer, "updated_at": now()}
    c = t.vocabulary_terms.c
    changed = conn.execute(update(t.vocabulary_terms).where(
        c.vocabulary == new.vocabulary, c.code == new.code).values(**values))
    if changed.rowcount == 0:
        conn.execute(insert(t.vocabulary_terms).values(
            vocabulary=new.vocabulary, code=new.code, **values))


def highest_revision(conn: Connection) -> int:
    """The newest vocabulary update revision applied here (0 before any)."""
    found = conn.scalars(select(t.vocabulary_terms.c.revision)).all()
    return max(found, default=0)


def install_network_vocabulary(database: Database) -> None:
    """Make the vocabularies hold this vault's network terms (see core.vocabulary)."""
    with database.reading() as conn:
        stored = terms(conn)
    by_name: dict[str, list[Term]] = {}
    for s in stored:
        by_name.setdefault(s.vocabulary, []).append(
            Term(code=s.code, labels=dict(s.labels), extra=dict(s.extra), retired=s.retired))
    set_network_terms(by_name)
