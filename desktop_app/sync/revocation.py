"""Revoking a seized or lost key, and the refusals that follow from it.

One rule, checked by key and never by date: once a contact's key is revoked, every bundle
or receipt (and any later kind of signed file) it signed is refused, whatever date or
sequence number it claims, since whoever holds the key can write any of them. Nothing is
sent to it either. What it brought before stays, marked (``RevocationRepository.marks``).
The window's Contacts page and `tirkeu contacts revoke` both come here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _
from desktop_app.crypto.sshsig import BadSignature, parse_public_key_line, verify
from desktop_app.storage.contacts import Contact
from desktop_app.storage.revocations import RevokedKey
from desktop_app.sync import bundle_format as fmt
from desktop_app.sync.errors import BundleRejected

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive


class RevokedRecipient(TirkeuError):
    """Something was to be sent to a contact whose key is revoked; nothing was written."""

    def __init__(self, name: str, revoked_on: str):
        self.name, self.revoked_on = name, revoked_on
        super().__init__(_("{name}'s key was revoked on {date}: nothing is sent to it any "
                           "more, so nothing was written.").format(name=name, date=revoked_on))


def revoke_contact(archive: Archive, name: str) -> RevokedKey:
    """Revoke the key of the contact ``name`` (NotFound if there is none; AlreadyRevoked
    if its key was revoked before). The contact stays, shown as revoked."""
    return archive.revocations.revoke(archive.contacts.get(name))


def revoked_signer(archive: Archive, fingerprint: str) -> RevokedKey | None:
    """The revoked key behind the sender ``fingerprint`` of a signed file: revoked itself,
    or a contact holding a revoked signing or age key. None if the sender is not revoked."""
    key = archive.revocations.matching(fingerprint=fingerprint)
    if key is None:
        contact = archive.contacts.by_fingerprint(fingerprint)
        if contact is not None and contact.revoked:
            key = archive.revocations.matching(ssh_key=contact.ssh_key,
                                               age_recipient=contact.age_recipient)
    return key


def refuse_revoked_signer(archive: Archive, manifest: fmt.Manifest, manifest_bytes: bytes,
                          signature: bytes) -> None:
    """BundleRejected if ``manifest`` names a revoked key as its sender. Checked before
    anything else about it (its chain, whether it was imported before), so neither an old
    date nor a low sequence number gets it in. The sentence says whether the revoked key
    really signed it."""
    key = revoked_signer(archive, manifest.sender)
    if key is None:
        return
    receipt = manifest.kind == "receipt"
    try:
        verify(manifest_bytes, signature, parse_public_key_line(key.ssh_key), fmt.NAMESPACE)
    except BadSignature:
        forged = (_("This receipt claims to be signed by {name}'s key, which you revoked on "
                    "{date}, and its signature is not valid either; nothing was imported.")
                  if receipt else
                  _("This bundle claims to be signed by {name}'s key, which you revoked on "
                    "{date}, and its signature is not valid either; nothing was imported."))
        raise BundleRejected(forged.format(name=key.name, date=key.revoked_on)) from None
    signed = (_("This receipt was signed by {name}'s key, which you revoked on {date}; nothing "
                "was imported.") if receipt else
              _("This bundle was signed by {name}'s key, which you revoked on {date}; nothing "
                "was imported."))
    raise BundleRejected(signed.format(name=key.name, date=key.revoked_on))


def refuse_revoked_recipients(contacts: Sequence[Contact]) -> None:
    """RevokedRecipient for the first of ``contacts`` whose key is revoked."""
    for contact in contacts:
        if contact.revoked_at is not None:
            raise RevokedRecipient(contact.name, contact.revoked_at[:10])
