"""What bundles need from the database: what to send, the ledger of bundles sent and
received, the facts a merge decides on (``sync.merge``) and the writing of what it chose,
deliveries and conflicts.

Every function takes an open connection, so an import is one transaction from its first
record to its last attachment chunk.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Row, delete, func, insert, select, update

from desktop_app.core.model import new_id
from desktop_app.storage import tables as t
from desktop_app.storage.incident_rows import batches
from desktop_app.storage.incidents import IncidentRepository, _heads, now


@dataclass(frozen=True)
class Outgoing:
    """One incident as a bundle carries it: every revision, and its attachments."""

    incident_id: str
    revision_id: str
    record: dict[str, Any]
    attachments: list[dict[str, Any]]


def revisions_of(conn: Connection, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Each incident's history as a bundle carries it: the current revision and its
    ancestors (parent by parent), oldest first. Revisions of a branch that a conflict
    resolution merged are named by its ``merged_id``, not repeated."""
    every: dict[str, dict[str, dict[str, Any]]] = {i: {} for i in ids}
    current = {}
    for chunk in batches(list(ids)):
        current.update({r.id: r.revision_id for r in conn.execute(
            select(t.incidents.c.id, t.incidents.c.revision_id)
            .where(t.incidents.c.id.in_(chunk)))})
        for r in conn.execute(select(t.revisions).where(t.revisions.c.incident_id.in_(chunk))):
            every[r.incident_id][r.id] = {
                "id": r.id, "number": r.number, "parent_id": r.parent_id,
                "saved_at": r.saved_at, "saved_by": r.saved_by,
                "changed": json.loads(r.changed), "snapshot": json.loads(r.snapshot),
                "merged_id": r.merged_id}
    found: dict[str, list[dict[str, Any]]] = {}
    for incident_id, revisions in every.items():
        chain: list[dict[str, Any]] = []
        cursor = current.get(incident_id)
        while cursor is not None and cursor in revisions and len(chain) <= len(revisions):
            chain.append(revisions[cursor])
            cursor = revisions[cursor]["parent_id"]
        found[incident_id] = chain[::-1]
    return found


def outgoing(conn: Connection, recipients: Sequence[str], since_last: bool) -> list[Outgoing]:
    """Incidents to send. With ``since_last``, only those whose current revision has not
    yet gone to every one of ``recipients``; attachments likewise."""
    heads = conn.execute(select(t.incidents.c.id, t.incidents.c.revision_id)
                         .order_by(t.incidents.c.date_first, t.incidents.c.number)).all()
    sent = _already_sent(conn, recipients) if since_last else set()
    ids = [h.id for h in heads]
    files: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for chunk in batches(ids):
        for a in conn.execute(select(t.attachments).where(t.attachments.c.incident_id.in_(chunk))
                              .order_by(t.attachments.c.added_at)):
            files[a.incident_id].append({
                "id": a.id, "filename": a.filename, "media_type": a.media_type, "size": a.size,
                "sha256": a.sha256, "added_at": a.added_at,
                "send_original": bool(a.send_original), "original_sha256": a.original_sha256,
                "include": f"attachment:{a.id}" not in sent})
    # An incident goes if its current revision, or any of its files, has not gone yet.
    chosen = [h for h in heads if f"{h.id}@{h.revision_id}" not in sent
              or any(a["include"] for a in files[h.id])]
    history = revisions_of(conn, [h.id for h in chosen])
    out = []
    for head in chosen:
        revisions = history[head.id]
        record = {"incident": revisions[-1]["snapshot"], "revisions": revisions,
                  "attachments": [_described(a) for a in files[head.id]]}
        out.append(Outgoing(head.id, head.revision_id, record, files[head.id]))
    return out


def unsent_attachments(conn: Connection, recipients: Sequence[str],
                       since_last: bool) -> list[dict[str, Any]]:
    """The attachments ``outgoing`` would carry (those not yet sent to every recipient, or
    all with ``since_last`` False), without reading any incident: for saying beforehand
    how the files of an export leave."""
    sent = _already_sent(conn, recipients) if since_last else set()
    return [{"id": a.id, "filename": a.filename, "send_original": bool(a.send_original),
             "original_sha256": a.original_sha256}
            for a in conn.execute(select(t.attachments.c.id, t.attachments.c.filename,
                                         t.attachments.c.send_original,
                                         t.attachments.c.original_sha256))
            if f"attachment:{a.id}" not in sent]


def _described(info: dict[str, Any]) -> dict[str, Any]:
    """An attachment as a record lists it: what was chosen for it stays home, and the
    original's hash appears only for a copy (older readers know no such key)."""
    return {k: v for k, v in info.items() if k not in ("include", "send_original")
            and (k != "original_sha256" or v)}


def _already_sent(conn: Connection, recipients: Sequence[str]) -> set[str]:
    """Items every one of ``recipients`` has been sent."""
    per_recipient = []
    for recipient in recipients:
        per_recipient.append(set(conn.scalars(
            select(t.sent_items.c.item).where(t.sent_items.c.recipient == recipient))))
    return set.intersection(*per_recipient) if per_recipient else set()


def last_sent(conn: Connection) -> tuple[int, str | None]:
    """This vault's last bundle number and its manifest's SHA-256 (0, None before any)."""
    row = conn.execute(select(t.bundles_sent.c.sequence, t.bundles_sent.c.manifest_sha256)
                       .order_by(t.bundles_sent.c.sequence.desc()).limit(1)).first()
    return (0, None) if row is None else (row.sequence, row.manifest_sha256)


def record_sent(conn: Connection, bundle_id: str, sequence: int, kind: str, manifest_sha: str,
                recipients: Sequence[str], items: Iterable[str]) -> None:
    conn.execute(insert(t.bundles_sent).values(
        id=bundle_id, sequence=sequence, kind=kind, manifest_sha256=manifest_sha,
        recipients=json.dumps(list(recipients)), created_at=now()))
    rows = [{"bundle_id": bundle_id, "recipient": r, "item": i}
            for i in set(items) for r in recipients]
    if rows:
        conn.execute(insert(t.sent_items), rows)


def forget_sent(conn: Connection, bundle_id: str) -> None:
    """Undo ``record_sent`` for a bundle that never took its place on disk."""
    conn.execute(delete(t.sent_items).where(t.sent_items.c.bundle_id == bundle_id))
    conn.execute(delete(t.bundles_sent).where(t.bundles_sent.c.id == bundle_id))


def already_imported(conn: Connection, bundle_id: str, manifest_sha: str) -> bool:
    """Whether this very bundle was imported before: the same bundle id, or the same
    manifest (a copy of a signed manifest is the same bundle, whatever id it claims)."""
    return conn.scalar(select(t.bundles_received.c.id).where(
        (t.bundles_received.c.id == bundle_id)
        | (t.bundles_received.c.manifest_sha256 == manifest_sha)).limit(1)) is not None


@dataclass(frozen=True)
class Received:
    """One bundle of a sender's chain imported here."""

    sequence: int
    manifest_sha256: str
    previous_sha256: str | None


def received_chain(conn: Connection, sender: str) -> list[Received]:
    """Every bundle imported from ``sender`` (a fingerprint), by number."""
    c = t.bundles_received.c
    return [Received(r.sequence, r.manifest_sha256, r.previous_sha256) for r in conn.execute(
        select(c.sequence, c.manifest_sha256, c.previous_sha256)
        .where(c.sender == sender).order_by(c.sequence))]


def received_numbers(conn: Connection) -> dict[str, set[int]]:
    """For each sender (fingerprint) bundles were imported from, their numbers."""
    found: dict[str, set[int]] = {}
    for row in conn.execute(select(t.bundles_received.c.sender, t.bundles_received.c.sequence)):
        found.setdefault(row.sender, set()).add(row.sequence)
    return found


def record_received(conn: Connection, bundle_id: str, sender: str, sequence: int, kind: str,
                    manifest_sha: str, previous: str | None, report: dict[str, Any]) -> None:
    conn.execute(insert(t.bundles_received).values(
        id=bundle_id, sender=sender, sequence=sequence, kind=kind, manifest_sha256=manifest_sha,
        previous_sha256=previous, imported_at=now(), report=json.dumps(report)))


def received_files_of_size(conn: Connection, size: int) -> list[Row[Any]]:
    """Bundles imported from a file of ``size`` bytes: id, sender, kind, sequence and the
    file's SHA-256 (files imported before migration 0015 are not known)."""
    received = t.bundles_received
    return list(conn.execute(select(received.c.id, received.c.sender, received.c.kind,
                                    received.c.sequence, received.c.file_sha256)
                             .where(received.c.file_size == size)))


def remember_file(conn: Connection, bundle_id: str, sha256: str, size: int) -> None:
    """The file bundle ``bundle_id`` was imported from, read whole."""
    conn.execute(update(t.bundles_received).where(t.bundles_received.c.id == bundle_id)
                 .values(file_sha256=sha256, file_size=size))


@dataclass(frozen=True)
class LocalState:
    """What this vault holds of one incident, as far as merging an incoming copy goes."""

    deleted: bool                 # deleted here (a tombstone), not to be revived
    head_revision: str | None     # its current revision, None if it is not here
    revisions: frozenset[str]     # every revision of it stored here


def local_states(conn: Connection, ids: Sequence[str]) -> dict[str, LocalState]:
    """The LocalState of each of ``ids``, read in a few statements for the whole batch."""
    tombstoned = {i for chunk in batches(list(ids)) for i in conn.scalars(
        select(t.tombstones.c.incident_id).where(t.tombstones.c.incident_id.in_(chunk)))}
    heads = _heads(conn, ids)
    known: dict[str, set[str]] = {i: set() for i in ids}
    for chunk in batches(list(ids)):
        for row in conn.execute(select(t.revisions.c.id, t.revisions.c.incident_id)
                                .where(t.revisions.c.incident_id.in_(chunk))):
            known[row.incident_id].add(row.id)
    return {i: LocalState(deleted=i in tombstoned,
                          head_revision=heads[i].revision_id if i in heads else None,
                          revisions=frozenset(known[i])) for i in ids}


def write_incoming(conn: Connection, repo: IncidentRepository, records: list[dict[str, Any]],
                   known: dict[str, frozenset[str]], sender: str) -> None:
    """Make each incoming record's latest revision the current content here, storing the
    revisions of it not yet here (``known``: incident id → revision ids already stored),
    each marked as brought by ``sender`` (a fingerprint), so that revoking that key later
    marks them. Each record carries its latest revision as an Incident in ``current``
    (``sync.records.parse_record`` puts it there)."""
    if not records:
        return
    incidents, positions, revision_rows = [], {}, []
    saved_by = ""
    for record in records:
        revisions = record["revisions"]
        current = revisions[-1]
        incident = record["current"]
        incidents.append(incident)
        positions[incident.id] = (current["id"], current["number"])
        saved_by = current["saved_by"]  # names who changed a person, if one was renamed
        revision_rows += [{
            "id": r["id"], "incident_id": incident.id, "number": r["number"],
            "parent_id": r["parent_id"], "saved_at": r["saved_at"],
            "saved_by": r["saved_by"], "changed": json.dumps(r["changed"]),
            "merged_id": r.get("merged_id"), "received": True, "received_from": sender,
            "snapshot": json.dumps(r["snapshot"], ensure_ascii=False)}
            for r in revisions if r["id"] not in known.get(incident.id, frozenset())]
    heads = _heads(conn, [i.id for i in incidents])
    repo.write_current(conn, incidents, heads, positions, saved_by, now(), received=True)
    conn.execute(insert(t.revisions), revision_rows)


def record_conflict(conn: Connection, incident_id: str, local_revision: str,
                    remote: dict[str, Any], sender: str) -> None:
    """Keep ``remote`` beside the local revision as an open conflict (once per revision)."""
    exists = conn.scalar(select(t.conflicts.c.id).where(
        t.conflicts.c.incident_id == incident_id,
        t.conflicts.c.remote_revision_id == remote["id"]))
    if exists is None:
        conn.execute(insert(t.conflicts).values(
            id=new_id(), incident_id=incident_id, local_revision_id=local_revision,
            remote_revision_id=remote["id"],
            remote_snapshot=json.dumps(remote["snapshot"], ensure_ascii=False),
            remote_saved_by=remote["saved_by"], remote_saved_at=remote["saved_at"],
            sender=sender, detected_at=now()))


def missing_attachments(conn: Connection, incident_ids: set[str],
                        wanted: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The attachments (from incoming records) this vault does not hold yet, for incidents
    that exist here."""
    have = set(conn.scalars(select(t.attachments.c.id)
                            .where(t.attachments.c.id.in_([a["id"] for a in wanted]))))
    return [a for a in wanted if a["id"] not in have and a["incident_id"] in incident_ids]


def add_attachment_row(conn: Connection, info: dict[str, Any]) -> None:
    conn.execute(insert(t.attachments).values(
        id=info["id"], incident_id=info["incident_id"], filename=info["filename"][:255],
        media_type=info["media_type"][:100], size=info["size"], sha256=info["sha256"],
        added_at=info["added_at"], original_sha256=info.get("original_sha256")))


def add_chunk(conn: Connection, attachment_id: str, seq: int, data: bytes) -> None:
    conn.execute(insert(t.attachment_chunks).values(attachment_id=attachment_id, seq=seq,
                                                    data=data))


def copy_chunks(conn: Connection, source_id: str, target_id: str) -> None:
    """The same file attached to two incidents: the second gets its own copy of the chunks."""
    rows = conn.execute(select(t.attachment_chunks.c.seq, t.attachment_chunks.c.data)
                        .where(t.attachment_chunks.c.attachment_id == source_id)).all()
    for row in rows:
        add_chunk(conn, target_id, row.seq, row.data)


def existing_incident_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    return {i for chunk in batches(list(ids)) for i in conn.scalars(
        select(t.incidents.c.id).where(t.incidents.c.id.in_(chunk)))}


def record_deliveries(conn: Connection, coordinator: str, items: Iterable[tuple[str, str]]) -> int:
    rows = [{"incident_id": i, "revision_id": r, "coordinator": coordinator,
             "confirmed_at": now()} for i, r in set(items)]
    for row in rows:
        conn.execute(delete(t.deliveries).where(
            t.deliveries.c.incident_id == row["incident_id"],
            t.deliveries.c.revision_id == row["revision_id"],
            t.deliveries.c.coordinator == coordinator))
    if rows:
        conn.execute(insert(t.deliveries), rows)
    return len(rows)


def _trusted_confirmation() -> ColumnElement[bool]:
    """A delivery confirmed by a coordinator whose key is not revoked. A revoked
    coordinator's archive is in other hands (or lost): what it confirmed must be sent
    again to its new key, so it never counts as delivered, nor lets purge delete."""
    return ~select(t.revoked_keys.c.fingerprint).where(
        t.revoked_keys.c.fingerprint == t.deliveries.c.coordinator).exists()


def delivered_incidents(conn: Connection) -> list[str]:
    """Incidents whose current revision a coordinator (not revoked) has confirmed."""
    query = (select(t.incidents.c.id).join(
        t.deliveries, (t.deliveries.c.incident_id == t.incidents.c.id)
        & (t.deliveries.c.revision_id == t.incidents.c.revision_id))
        .where(_trusted_confirmation()).distinct())
    return list(conn.scalars(query))


def _saved_here() -> ColumnElement[bool]:
    """The incident's current revision was saved on this computer, not received in a
    bundle. Only such incidents wait for a coordinator: a coordinator's archive is mostly
    incidents received from monitors, and those wait for nobody. Kept on the incident's
    row with an index (migration 0016), so a count reads the index, not every revision."""
    return t.incidents.c.saved_here == True  # noqa: E712 - SQL, not Python


def _confirmed() -> ColumnElement[bool]:
    """A coordinator (not revoked) has confirmed receiving the incident's current revision."""
    return (select(t.deliveries.c.incident_id)
            .where(t.deliveries.c.incident_id == t.incidents.c.id,
                   t.deliveries.c.revision_id == t.incidents.c.revision_id,
                   _trusted_confirmation()).exists())


def undelivered_count(conn: Connection) -> int:
    """Incidents whose current revision was saved here and no coordinator has confirmed."""
    return conn.scalar(select(func.count()).select_from(t.incidents)
                       .where(_saved_here(), ~_confirmed())) or 0


@dataclass(frozen=True)
class DeliveryCounts:
    """What the status bar says: every incident here, those whose current revision was
    saved here, and of those the ones no coordinator has confirmed yet."""

    total: int
    saved_here: int
    unconfirmed: int


def delivery_counts(conn: Connection) -> DeliveryCounts:
    def count(*where: ColumnElement[bool]) -> int:
        return conn.scalar(select(func.count()).select_from(t.incidents).where(*where)) or 0

    return DeliveryCounts(count(), count(_saved_here()), undelivered_count(conn))
