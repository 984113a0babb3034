"""Contact cards in and out: reading a card file, deciding whether it may become a contact,
adding it, and the card file this install hands out.

The window's Contacts page and `tirkeu contacts add` / `tirkeu identity --out` both come
here, so both refuse the same cards for the same reasons before anyone is asked to compare
fingerprint words.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.language import _
from desktop_app.crypto.files import write_export
from desktop_app.crypto.identity import BadCard, ContactCard, parse_card
from desktop_app.storage.contacts import Contact, ContactRefused

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive

CARD_LIMIT = 64 * 1024  # a card is well under 1 KiB; anything this large is something else


class CardUnreadable(BadCard):
    """The card file could not be read (``reason`` "unreadable") or is far too large to be
    a card ("too_large"); the window words each in its own language."""

    def __init__(self, sentence: str, reason: str):
        self.reason = reason
        super().__init__(sentence)


def read_card(path: Path) -> ContactCard:
    """The contact card in ``path``. CardUnreadable if the file cannot be read or is too
    large; BadCard (one sentence) if it is not a valid, unaltered card."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(CARD_LIMIT + 1)
    except OSError as exc:
        raise CardUnreadable(_("Cannot read {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc), "unreadable") from None
    if len(data) > CARD_LIMIT:
        raise CardUnreadable(_("{path} is too large to be a contact card.").format(path=path),
                             "too_large")
    return parse_card(data)


def check_card(archive: Archive, card: ContactCard) -> None:
    """Refuse, with ContactRefused, a card that cannot become a contact here: this vault's
    own card, a revoked key (either of its two), a key that is already a contact (under
    any name), or a name already taken.
    Callers check before asking the person to compare the fingerprint words."""
    if card.fingerprint == archive.keys().card().fingerprint:
        raise ContactRefused(ContactRefused.OWN_CARD, card.name)
    revoked = archive.revocations.matching(card.fingerprint, card.ssh_key, card.age_recipient)
    if revoked is not None:  # by either key: a new card around a stolen key is refused too
        raise ContactRefused(ContactRefused.REVOKED, revoked.name, revoked.revoked_on)
    known = archive.contacts.by_fingerprint(card.fingerprint)
    if known is not None:
        raise ContactRefused(ContactRefused.KNOWN_KEY, known.name)
    if any(c.name == card.name for c in archive.contacts.all()):
        raise ContactRefused(ContactRefused.NAME_TAKEN, card.name)


def add_contact(archive: Archive, card: ContactCard, *, coordinator: bool,
                trusted_signer: bool) -> Contact:
    """Add ``card`` as a contact once its words were confirmed; ContactRefused as in
    ``check_card`` (the repository checks again inside its transaction)."""
    check_card(archive, card)
    return archive.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                                coordinator=coordinator, trusted_signer=trusted_signer)


def card_text(card: ContactCard) -> str:
    """The card as the file people exchange: indented UTF-8 JSON, ending in a newline."""
    return json.dumps(card.to_json(), ensure_ascii=False, indent=2) + "\n"


def write_card(path: Path, card: ContactCard) -> None:
    """Write ``card`` to ``path`` as a private file replaced in one step; CannotWrite."""
    write_export(path, card_text(card).encode("utf-8"))
