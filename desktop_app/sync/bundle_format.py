"""The bundle's plaintext layout: member names, the manifest, caps. Pure data, no I/O.

docs/FORMATS.md ("Bundles") is the specification this module implements.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from desktop_app.core.language import _
from desktop_app.sync.errors import BundleRejected

FORMAT = "tirkeu-bundle"
VERSION = 1
NAMESPACE = "tirkeu-bundle-v1"
MANIFEST, SIGNATURE = "manifest.json", "manifest.json.sig"
# Each kind has the manifest version that introduced it: a Tirkeu that knows only
# version 1 says "made by a newer Tirkeu" of a forward or an update instead of guessing.
KINDS = {"incidents": 1, "receipt": 1, "forward": 2, "vocabulary": 2, "revocations": 2}
UPDATE_KINDS = ("vocabulary", "revocations")
UPDATE = "update.json"  # the one member of a vocabulary update or a revocation list
CARD = "card.json"      # a forwarded original's signer, as the forwarder knows them

# Caps a bundle must stay within; a reader refuses anything beyond them.
MAX_BUNDLE_BYTES = 16 * 1024**3
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_SIGNATURE_BYTES = 16 * 1024
MAX_RECORD_BYTES = 16 * 1024**2
MAX_ATTACHMENT_BYTES = 4 * 1024**3
MAX_MEMBERS = 500_000
MAX_RECIPIENTS = 32

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
RECORD = re.compile(rf"^records/({_UUID})\.json$")
ATTACHMENT = re.compile(r"^attachments/([0-9a-f]{64})$")
# A forward's members: each original bundle under forwarded/<its bundle id>/.
FORWARDED = re.compile(rf"^forwarded/({_UUID})/(.+)$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Member:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    kind: str
    sender: str              # the sender's fingerprint (hex)
    sender_name: str
    sequence: int
    previous_sha256: str | None
    recipients: tuple[str, ...]
    created_at: str
    members: tuple[Member, ...]
    receipt: dict[str, Any] | None = None

    def to_bytes(self) -> bytes:
        obj: dict[str, Any] = {
            "format": FORMAT, "version": KINDS[self.kind], "bundle_id": self.bundle_id,
            "kind": self.kind, "sender": {"fingerprint": self.sender, "name": self.sender_name},
            "sequence": self.sequence, "previous_manifest_sha256": self.previous_sha256,
            "recipients": list(self.recipients), "created_at": self.created_at,
            "members": [{"name": m.name, "sha256": m.sha256, "size": m.size}
                        for m in self.members],
        }
        if self.receipt is not None:
            obj["receipt"] = self.receipt
        return json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def member_kind(name: str, kind: str = "incidents") -> str:
    """``record``, ``attachment`` or ``part`` (a small file read whole: an update, or a
    forwarded original's manifest, signature or card) for a name a bundle of ``kind`` may
    hold; BundleRejected otherwise."""
    if kind in UPDATE_KINDS:
        if name == UPDATE:
            return "part"
    elif kind == "forward":
        inner = FORWARDED.match(name)
        if inner is not None:
            rest = inner.group(2)
            if rest in (MANIFEST, SIGNATURE, CARD):
                return "part"
            return member_kind(rest)
    elif RECORD.match(name):
        return "record"
    elif ATTACHMENT.match(name):
        return "attachment"
    raise BundleRejected(_("The bundle holds a file it may not hold ({name}); it was not "
                           "imported.").format(name=repr(name[:80])))


def _field(obj: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise BundleRejected(_("The bundle's manifest is malformed ({key}); it was not "
                               "imported.").format(key=key))
    return value


def parse_manifest(data: bytes) -> Manifest:
    """Check and read manifest.json; BundleRejected (one sentence) if it is malformed."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BundleRejected(
            _("The bundle's manifest is not valid JSON; it was not imported.")) from None
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise BundleRejected(_("This is not a Tirkeu bundle."))
    version, named = obj.get("version"), obj.get("kind")
    known = KINDS.get(named) if isinstance(named, str) else None
    # A version this reader does not have for the kind (or for any kind it knows) is a
    # newer Tirkeu's; a kind under an older version than brought it is malformed.
    if (version not in set(KINDS.values()) or isinstance(version, bool)
            or (known is not None and version > known) or (known is None and version > 1)):
        raise BundleRejected(_("This bundle was made by a newer Tirkeu; update to import it."))
    kind = _field(obj, "kind", str)
    if known != version:
        raise BundleRejected(_("The bundle's manifest is malformed (kind); it was not imported."))
    sender = _field(obj, "sender", dict)
    fingerprint = _field(sender, "fingerprint", str)
    previous = obj.get("previous_manifest_sha256")
    sequence = _field(obj, "sequence", int)
    recipients = _field(obj, "recipients", list)
    members_raw = _field(obj, "members", list)
    if (not _HEX64.match(fingerprint) or sequence < 1 or not recipients
            or len(recipients) > MAX_RECIPIENTS or len(members_raw) > MAX_MEMBERS
            or not all(isinstance(r, str) for r in recipients)
            or not (previous is None or (isinstance(previous, str) and _HEX64.match(previous)))):
        raise BundleRejected(_("The bundle's manifest is malformed; it was not imported."))
    try:
        bundle_id = str(uuid.UUID(_field(obj, "bundle_id", str)))
    except ValueError:
        raise BundleRejected(_("The bundle's manifest is malformed (bundle_id).")) from None
    members, seen = [], set()
    for raw in members_raw:
        if not isinstance(raw, dict):
            raise BundleRejected(_("The bundle's manifest is malformed (members)."))
        name, digest, size = (_field(raw, "name", str), _field(raw, "sha256", str),
                              _field(raw, "size", int))
        member_kind(name, kind)
        if name in seen or not _HEX64.match(digest) or size < 0:
            raise BundleRejected(_("The bundle's manifest is malformed (members)."))
        inner = FORWARDED.match(name)
        plain = inner.group(2) if inner else name
        if plain.startswith("attachments/") and plain != f"attachments/{digest}":
            raise BundleRejected(_("The bundle's manifest is malformed (attachment name)."))
        seen.add(name)
        members.append(Member(name, digest, size))
    receipt = obj.get("receipt")
    if (kind == "receipt") != isinstance(receipt, dict):
        raise BundleRejected(_("The bundle's manifest is malformed (receipt)."))
    return Manifest(bundle_id=bundle_id, kind=kind, sender=fingerprint,
                    sender_name=str(sender.get("name") or "")[:200], sequence=sequence,
                    previous_sha256=previous, recipients=tuple(recipients),
                    created_at=str(obj.get("created_at") or ""), members=tuple(members),
                    receipt=receipt)
