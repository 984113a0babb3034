"""Revoked keys: contacts' keys that are no longer trusted, and the records they brought.

A revocation is kept by key (fingerprint, signing key and age key), never by date: a thief
holding the key can give a bundle any date or sequence number. It outlives the contact:
removing the contact or adding its card again never lifts it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, insert, or_, select

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.storage import tables as t
from desktop_app.storage.contacts import Contact
from desktop_app.storage.database import Database
from desktop_app.storage.incident_rows import batches
from desktop_app.storage.incidents import now


@dataclass(frozen=True)
class RevokedKey:
    fingerprint: str
    name: str           # the contact's name when the key was revoked
    age_recipient: str
    ssh_key: str
    revoked_at: str     # UTC, ISO 8601 with a Z, this computer's clock

    @property
    def revoked_on(self) -> str:
        """The day of the revocation, as sentences give it (YYYY-MM-DD)."""
        return self.revoked_at[:10]


class AlreadyRevoked(TirkeuError):
    """The contact's key was revoked before; nothing changed."""

    def __init__(self, key: RevokedKey):
        self.key = key
        super().__init__(_("{name}'s key was already revoked on {on}; nothing changed.")
                         .format(name=key.name, on=key.revoked_on))


class RevocationRepository:
    def __init__(self, database: Database):
        self.db = database

    def revoke(self, contact: Contact) -> RevokedKey:
        """Revoke ``contact``'s key from now on; AlreadyRevoked if it was (by either key)."""
        with self.db.transaction() as conn:
            known = _matching(conn, contact.fingerprint, contact.ssh_key, contact.age_recipient)
            if known is not None:
                raise AlreadyRevoked(known)
            add_revoked(conn, contact.fingerprint, contact.name, contact.age_recipient,
                        contact.ssh_key)
            made = _matching(conn, contact.fingerprint, None, None)
        assert made is not None
        return made

    def all(self) -> list[RevokedKey]:
        with self.db.reading() as conn:
            rows = conn.execute(select(t.revoked_keys).order_by(t.revoked_keys.c.revoked_at))
            return [_revoked(r) for r in rows]

    def matching(self, fingerprint: str | None = None, ssh_key: str | None = None,
                 age_recipient: str | None = None) -> RevokedKey | None:
        """The revoked key with this fingerprint, or this signing or age key; None if none."""
        with self.db.reading() as conn:
            return _matching(conn, fingerprint, ssh_key, age_recipient)

    def marks(self, incident_ids: Sequence[str]) -> dict[str, RevokedKey]:
        """Of ``incident_ids``, those holding a revision that came in a bundle signed by a
        revoked key, each with that key (the earliest revoked, if several)."""
        found: dict[str, RevokedKey] = {}
        with self.db.reading() as conn:
            for chunk in batches(list(incident_ids)):
                rows = conn.execute(
                    select(t.revisions.c.incident_id, t.revoked_keys)
                    .join(t.revoked_keys,
                          t.revoked_keys.c.fingerprint == t.revisions.c.received_from)
                    .where(t.revisions.c.incident_id.in_(chunk))
                    .order_by(t.revoked_keys.c.revoked_at))
                for row in rows:
                    found.setdefault(row.incident_id, _revoked(row))
        return found

    def marked_incidents(self, fingerprint: str) -> list[str]:
        """Incidents holding a revision brought by the key ``fingerprint``."""
        with self.db.reading() as conn:
            return list(conn.scalars(select(t.revisions.c.incident_id).distinct()
                                     .where(t.revisions.c.received_from == fingerprint)))

    def mark(self, incident_id: str) -> RevokedKey | None:
        return self.marks([incident_id]).get(incident_id)


def add_revoked(conn: Connection, fingerprint: str, name: str, age_recipient: str,
                ssh_key: str) -> None:
    """Revoke a key from now on (this computer's clock), in the open transaction: by
    ``tirkeu contacts revoke`` or a coordinator's revocation list alike."""
    conn.execute(insert(t.revoked_keys).values(
        fingerprint=fingerprint, name=name, age_recipient=age_recipient, ssh_key=ssh_key,
        revoked_at=now()))


def matching_key(conn: Connection, fingerprint: str | None, ssh_key: str | None,
                 age_recipient: str | None) -> RevokedKey | None:
    """The revoked key with this fingerprint, or this signing or age key, in ``conn``."""
    return _matching(conn, fingerprint, ssh_key, age_recipient)


def _matching(conn: Connection, fingerprint: str | None, ssh_key: str | None,
              age_recipient: str | None) -> RevokedKey | None:
    r = t.revoked_keys.c
    tests = [column == value for column, value in ((r.fingerprint, fingerprint),
                                                   (r.ssh_key, ssh_key),
                                                   (r.age_recipient, age_recipient))
             if value is not None]
    if not tests:
        return None
    row = conn.execute(select(t.revoked_keys).where(or_(*tests))
                       .order_by(r.revoked_at).limit(1)).first()
    return None if row is None else _revoked(row)


def _revoked(r: Row[Any]) -> RevokedKey:
    return RevokedKey(fingerprint=r.fingerprint, name=r.name, age_recipient=r.age_recipient,
                      ssh_key=r.ssh_key, revoked_at=r.revoked_at)
