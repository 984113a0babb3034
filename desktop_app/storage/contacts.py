"""Contacts: other installs' public cards, marked as coordinator and/or trusted signer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, delete, func, insert, or_, select, update

from desktop_app.core.errors import NotFound, TirkeuError
from desktop_app.core.language import _
from desktop_app.storage import tables as t
from desktop_app.storage.database import COLLATION, Database
from desktop_app.storage.incidents import now


class ContactRefused(TirkeuError):
    """A card that cannot become a contact here. ``reason`` is one of the constants below,
    ``name`` the name the sentence gives (the card's, or the contact's who holds the key),
    so the window can say it in its own language."""

    OWN_CARD, KNOWN_KEY, NAME_TAKEN = "own_card", "known_key", "name_taken"
    REVOKED = "revoked"

    def __init__(self, reason: str, name: str, on: str = ""):
        self.reason = reason
        self.name = name
        self.on = on  # the day the key was revoked (REVOKED only)
        super().__init__(self._sentence(reason).format(name=name, on=on))

    @classmethod
    def _sentence(cls, reason: str) -> str:
        """The sentence for ``reason``, in the language in use when it is said."""
        if reason == cls.OWN_CARD:
            return _("That is your own card; it cannot be one of your contacts.")
        if reason == cls.KNOWN_KEY:
            return _("That card is already a contact, named {name}.")
        if reason == cls.NAME_TAKEN:
            return _("There is already a contact named {name}; remove it first if this card "
                     "replaces it.")
        return _("That card holds {name}'s key, which you revoked on {on}; it cannot be "
                 "added again.")


@dataclass(frozen=True)
class Contact:
    name: str
    age_recipient: str
    ssh_key: str
    fingerprint: str
    coordinator: bool
    trusted_signer: bool
    added_at: str
    # When this contact's key was revoked (``storage.revocations``), None while trusted.
    revoked_at: str | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class ContactRepository:
    def __init__(self, database: Database):
        self.db = database

    def add(self, name: str, age_recipient: str, ssh_key: str, fingerprint: str, *,
            coordinator: bool = False, trusted_signer: bool = True) -> Contact:
        with self.db.transaction() as conn:
            r = t.revoked_keys.c
            revoked = conn.execute(select(r.name, r.revoked_at).where(
                (r.fingerprint == fingerprint) | (r.ssh_key == ssh_key)
                | (r.age_recipient == age_recipient)).order_by(r.revoked_at)).first()
            if revoked is not None:
                raise ContactRefused(ContactRefused.REVOKED, revoked.name,
                                     revoked.revoked_at[:10])
            clash = conn.execute(select(t.contacts.c.name, t.contacts.c.fingerprint).where(
                (t.contacts.c.name == name) | (t.contacts.c.fingerprint == fingerprint))).first()
            if clash is not None:
                if clash.fingerprint == fingerprint:
                    raise ContactRefused(ContactRefused.KNOWN_KEY, clash.name)
                raise ContactRefused(ContactRefused.NAME_TAKEN, name)
            conn.execute(insert(t.contacts).values(
                name=name, age_recipient=age_recipient, ssh_key=ssh_key,
                fingerprint=fingerprint, coordinator=coordinator,
                trusted_signer=trusted_signer, added_at=now()))
        return self.get(name)

    def all(self) -> list[Contact]:
        with self.db.reading() as conn:
            # A handful of contacts: the alphabet's collation is cheap here.
            rows = conn.execute(_with_revocation().order_by(
                t.contacts.c.name.collate(COLLATION))).all()
        return [_contact(r) for r in rows]

    def get(self, name: str) -> Contact:
        with self.db.reading() as conn:
            row = conn.execute(_with_revocation().where(t.contacts.c.name == name)).first()
        if row is None:
            raise NotFound(_("There is no contact named {name!r}.").format(name=name))
        return _contact(row)

    def by_fingerprint(self, fingerprint: str) -> Contact | None:
        with self.db.reading() as conn:
            row = conn.execute(_with_revocation()
                               .where(t.contacts.c.fingerprint == fingerprint)).first()
        return None if row is None else _contact(row)

    def set_roles(self, name: str, *, coordinator: bool | None = None,
                  trusted_signer: bool | None = None) -> Contact:
        values = {k: v for k, v in (("coordinator", coordinator),
                                    ("trusted_signer", trusted_signer)) if v is not None}
        self.get(name)
        if values:
            with self.db.transaction() as conn:
                conn.execute(update(t.contacts).where(t.contacts.c.name == name).values(**values))
        return self.get(name)

    def remove(self, name: str) -> None:
        with self.db.transaction() as conn:
            gone = conn.execute(delete(t.contacts).where(t.contacts.c.name == name))
        if gone.rowcount == 0:
            raise NotFound(_("There is no contact named {name!r}.").format(name=name))


def _with_revocation() -> Select[Any]:
    """Contacts with the time their key was revoked: by fingerprint, or by either of its
    two keys (a card that pairs a revoked signing key with a new age key is the same
    stolen key)."""
    r = t.revoked_keys.c
    revoked = (select(func.min(r.revoked_at))
               .where(or_(r.fingerprint == t.contacts.c.fingerprint,
                          r.ssh_key == t.contacts.c.ssh_key,
                          r.age_recipient == t.contacts.c.age_recipient))
               .scalar_subquery())
    return select(t.contacts, revoked.label("revoked_at"))


def _contact(r: Row[Any]) -> Contact:
    return Contact(name=r.name, age_recipient=r.age_recipient, ssh_key=r.ssh_key,
                   fingerprint=r.fingerprint, coordinator=bool(r.coordinator),
                   trusted_signer=bool(r.trusted_signer), added_at=r.added_at,
                   revoked_at=r.revoked_at)
