"""The incident and its parts as frozen plain data: what widgets, the CLI and sync hold.

Field names follow the interchange JSON (docs/INTERCHANGE.md). Optional vocabulary fields are
``None`` when unknown; optional free text is ``""``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from desktop_app.core.dates import FuzzyDate


def new_id() -> str:
    """A fresh random UUID in its canonical text form."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Victim:
    person_id: str
    name: str = ""
    category: str | None = None
    gender: str | None = None
    organization: str = ""
    fatal: bool = False


@dataclass(frozen=True)
class Perpetrator:
    kind: str | None = None
    description: str = ""


@dataclass(frozen=True)
class Penalty:
    kind: str
    amount: str = ""


@dataclass(frozen=True)
class LegalCase:
    defendant: str = ""
    code: str | None = None
    article: str = ""
    court: str = ""
    outcome: str | None = None
    penalties: tuple[Penalty, ...] = ()
    decided_on: FuzzyDate | None = None


@dataclass(frozen=True)
class Remedy:
    mechanism: str | None = None
    reference: str = ""
    outcome: str | None = None
    implemented: bool | None = None


@dataclass(frozen=True)
class Source:
    kind: str | None = None
    reference: str = ""
    reliability: str | None = None


@dataclass(frozen=True)
class Incident:
    id: str
    title: str
    date: FuzzyDate
    region: str
    violations: tuple[str, ...]
    date_end: FuzzyDate | None = None
    place: str = ""
    victims: tuple[Victim, ...] = ()
    perpetrators: tuple[Perpetrator, ...] = ()
    legal_cases: tuple[LegalCase, ...] = ()
    remedies: tuple[Remedy, ...] = ()
    description: str = ""
    sources: tuple[Source, ...] = ()
    tags: tuple[str, ...] = ()
    status: str = "draft"


@dataclass(frozen=True)
class IncidentSummary:
    """One row of the incident list: enough to show and sort, nothing more."""

    id: str
    title: str
    date: FuzzyDate
    region: str
    violations: tuple[str, ...]
    status: str
    victims: int = 0
    # Some of it came in a bundle signed by a key revoked since: whose, and on which day
    # ("" when not).
    revoked_by: str = ""
    revoked_on: str = ""


@dataclass(frozen=True)
class RevisionInfo:
    """One saved revision of an incident: who saved it, when, and which fields changed."""

    revision_id: str
    number: int
    parent_id: str | None
    saved_at: str
    saved_by: str
    changed: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    incident_id: str
    filename: str
    media_type: str
    size: int
    sha256: str        # of the bytes stored in the vault
    added_at: str
    send_original: bool = False        # bundles carry the original, as the person chose
    original_sha256: str | None = None  # a received copy: the original's hash, as evidence


@dataclass(frozen=True)
class PersonSummary:
    """A person as offered when typing a victim's name, and listed in the People view."""

    id: str
    name: str
    gender: str | None
    incidents: int


@dataclass(frozen=True)
class PersonCase:
    """A legal case about a person: in an incident where they are a victim, or where the
    case's defendant carries their name."""

    incident_id: str
    incident_title: str
    defendant: str
    code: str | None
    article: str
    outcome: str | None
    decided_on: str | None
