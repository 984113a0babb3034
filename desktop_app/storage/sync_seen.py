"""What a pass over a shared folder remembers (``sync.folder``): each file met, what it
was, and whether a receipt covers a bundle this vault wrote there.

A file is known again by its folder, name, size and modification time, so a pass with
nothing new reads no file at all. What was imported or refused is also known by the
SHA-256 of the whole file, so the same content under another name or time is neither
decrypted again nor reported again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from desktop_app.storage import tables as t
from desktop_app.storage.incidents import now

IMPORTED, REFUSED, OWN, OTHER = "imported", "refused", "own", "other"
# Kept when the file goes: what its content was (by hash) is still worth knowing.
REMEMBERED = (IMPORTED, REFUSED)


@dataclass(frozen=True)
class SeenFile:
    name: str
    size: int
    mtime_ns: int
    sha256: str | None
    verdict: str
    bundle_id: str | None = None
    trust: str | None = None  # refused: the trust state it was refused under
    owed: dict[str, Any] | None = None  # imported: the receipt owed, until it is written

    def stands(self, trust: str) -> bool:
        """Whether what was decided about this file still holds under ``trust``."""
        return self.verdict != REFUSED or self.trust == trust


def seen_in(conn: Connection, folder: str) -> dict[str, SeenFile]:
    """Every file of ``folder`` met before, by name."""
    c = t.sync_seen.c
    return {r.name: SeenFile(r.name, r.size, r.mtime_ns, r.sha256, r.verdict, r.bundle_id,
                             r.trust, json.loads(r.owed) if r.owed else None)
            for r in conn.execute(select(c.name, c.size, c.mtime_ns, c.sha256, c.verdict,
                                         c.bundle_id, c.trust, c.owed).where(c.folder == folder)
                                  .order_by(c.id))}


def verdict_of(conn: Connection, sha256: str, trust: str) -> str | None:
    """``imported`` or ``refused`` if a file with this content was met before, in any
    folder (imported wins: it was opened and stored once; a refusal counts only under
    the same ``trust``); None otherwise."""
    c = t.sync_seen.c
    rows = conn.execute(select(c.verdict, c.trust).where(
        c.sha256 == sha256, c.verdict.in_(REMEMBERED))).all()
    if any(r.verdict == IMPORTED for r in rows):
        return IMPORTED
    return REFUSED if any(r.trust == trust for r in rows) else None


def trust_state(conn: Connection) -> str:
    """A digest of what decides whether a file is accepted: each contact's keys and
    roles, and the revoked keys. It changes when any of them does."""
    digest = hashlib.sha256()
    c = t.contacts.c
    for row in conn.execute(select(c.fingerprint, c.age_recipient, c.trusted_signer,
                                   c.coordinator).order_by(c.fingerprint)):
        digest.update(repr(tuple(row)).encode())
    for fingerprint in conn.scalars(select(t.revoked_keys.c.fingerprint)
                                    .order_by(t.revoked_keys.c.fingerprint)):
        digest.update(b"revoked " + fingerprint.encode())
    return digest.hexdigest()


def record(conn: Connection, folder: str, files: Iterable[SeenFile]) -> None:
    """Remember ``files`` of ``folder``, each replacing what was known under its name."""
    files = list(files)
    if not files:
        return
    rows = [{"folder": folder, "name": f.name, "size": f.size, "mtime_ns": f.mtime_ns,
             "sha256": f.sha256, "verdict": f.verdict, "bundle_id": f.bundle_id,
             "trust": f.trust, "seen_at": now(),
             "owed": None if f.owed is None else json.dumps(f.owed, ensure_ascii=False)}
            for f in files]
    forget(conn, folder, [f.name for f in files], everything=True)
    conn.execute(insert(t.sync_seen), rows)


def answered(conn: Connection, folder: str, names: Sequence[str]) -> None:
    """The receipts owed for the files ``names`` of ``folder`` were written."""
    c = t.sync_seen.c
    for start in range(0, len(names), 500):
        conn.execute(update(t.sync_seen).where(c.folder == folder,
                                               c.name.in_(names[start:start + 500]))
                     .values(owed=None))


def forget(conn: Connection, folder: str, names: Sequence[str], *,
           everything: bool = False) -> None:
    """Forget the files ``names`` of ``folder`` (gone from it). What was imported or
    refused stays known by its hash unless ``everything``."""
    c = t.sync_seen.c
    for start in range(0, len(names), 500):
        query = delete(t.sync_seen).where(c.folder == folder,
                                          c.name.in_(names[start:start + 500]))
        if not everything:
            query = query.where(c.verdict.not_in(REMEMBERED))
        conn.execute(query)


def covered_bundles(conn: Connection, bundle_ids: Sequence[str]) -> set[str]:
    """Of ``bundle_ids`` (bundles of incidents this vault sent), those whose every
    incident revision each of its recipients has confirmed by receipt. A recipient that
    is no longer a coordinator contact, or whose key is revoked, is not waited for (it is
    sent nothing any more, and what it confirms never counts); a bundle none of whose
    recipients is still waited for stays."""
    if not bundle_ids:
        return set()
    r = t.revoked_keys.c
    revoked = {row.fingerprint for row in conn.execute(select(r.fingerprint))} | {
        row.age_recipient for row in conn.execute(select(r.age_recipient))}
    c = t.contacts.c
    waited = {row.age_recipient: row.fingerprint for row in conn.execute(
        select(c.age_recipient, c.fingerprint).where(c.coordinator.is_(True)))
        if row.fingerprint not in revoked and row.age_recipient not in revoked}
    sent = {row.id: json.loads(row.recipients) for row in conn.execute(
        select(t.bundles_sent.c.id, t.bundles_sent.c.recipients).where(
            t.bundles_sent.c.id.in_(bundle_ids), t.bundles_sent.c.kind == "incidents"))}
    confirmed: dict[str, set[tuple[str, str]]] = {}
    covered = set()
    for bundle_id, recipients in sent.items():
        items = [(row.recipient, row.item) for row in conn.execute(
            select(t.sent_items.c.recipient, t.sent_items.c.item).where(
                t.sent_items.c.bundle_id == bundle_id))]
        needed = [k for k in recipients if k in waited]
        if needed and all(_confirmed(conn, confirmed, waited[k],
                                     {_revision(item) for who, item in items
                                      if who == k and not item.startswith("attachment:")})
                          for k in needed):
            covered.add(bundle_id)
    return covered


def _confirmed(conn: Connection, cache: dict[str, set[tuple[str, str]]], coordinator: str,
               wanted: set[tuple[str, str]]) -> bool:
    """Whether ``coordinator`` (a fingerprint) has confirmed every one of ``wanted``."""
    if coordinator not in cache:
        d = t.deliveries.c
        cache[coordinator] = {(row.incident_id, row.revision_id) for row in conn.execute(
            select(d.incident_id, d.revision_id).where(d.coordinator == coordinator))}
    return bool(wanted) and wanted <= cache[coordinator]


def _revision(item: str) -> tuple[str, str]:
    """"incident-id@revision-id" (a sent item) as the pair a delivery names."""
    incident, _at, revision = item.partition("@")
    return incident, revision
