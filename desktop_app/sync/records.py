"""Checking one ``records/<uuid>.json`` member before anything of it is stored."""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from desktop_app.core.errors import InvalidRecord
from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.core.language import _
from desktop_app.sync.errors import BundleRejected

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _uuid(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError
    return str(uuid.UUID(value))


def _bad(incident_id: str, why: str) -> BundleRejected:
    return BundleRejected(_("The bundle's record of incident {incident} is malformed ({why}); "
                            "it was not imported.").format(incident=incident_id, why=why))


def parse_record(data: bytes, incident_id: str) -> dict[str, Any]:
    """The record, checked: every revision's snapshot is a valid incident, the chain of
    revisions is unbroken, attachments are well described. Snapshots come back canonical
    (every key present), and ``record["current"]`` is the latest one as an Incident, read
    once here so that storing it does not read it again."""
    try:
        record = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise _bad(incident_id, _("not JSON")) from None
    if not isinstance(record, dict) or set(record) != {"incident", "revisions", "attachments"}:
        raise _bad(incident_id, _("unexpected fields"))
    revisions, attachments = record["revisions"], record["attachments"]
    if not isinstance(revisions, list) or not revisions or not isinstance(attachments, list):
        raise _bad(incident_id, _("no revisions"))
    parent, raw_latest = None, None
    for number, rev in enumerate(revisions, start=1):
        try:
            if not isinstance(rev, dict) or set(rev) != {"id", "number", "parent_id", "saved_at",
                                                         "saved_by", "changed", "snapshot",
                                                         "merged_id"}:
                raise ValueError
            rev["id"] = _uuid(rev["id"])
            if rev["merged_id"] is not None:
                rev["merged_id"] = _uuid(rev["merged_id"])
            if rev["parent_id"] is not None:
                rev["parent_id"] = _uuid(rev["parent_id"])
            if (type(rev["number"]) is not int or rev["number"] < 1
                    or (parent is not None and (rev["parent_id"] != parent["id"]
                                                or rev["number"] <= parent["number"]))
                    or not isinstance(rev["saved_at"], str) or not isinstance(rev["saved_by"], str)
                    or not isinstance(rev["changed"], list)
                    or not all(isinstance(c, str) for c in rev["changed"])):
                raise ValueError
        except (ValueError, KeyError):
            raise _bad(incident_id, _("revision {number}").format(number=number)) from None
        try:
            incident = incident_from_json(rev["snapshot"])
        except InvalidRecord as exc:
            raise _bad(incident_id, _("revision {number}: {problem}").format(
                number=number, problem=exc.problem)) from None
        if incident.id != incident_id:
            raise _bad(incident_id, _("it names another incident"))
        raw_latest = rev["snapshot"]
        rev["snapshot"] = incident_to_json(incident)  # canonical, every key present
        parent = rev
    # Tirkeu writes the incident as a copy of its latest snapshot: equal as sent, they are
    # equal once canonical, without reading the incident a second time.
    if record["incident"] != raw_latest and (
            incident_to_json(incident_from_json(record["incident"])) != revisions[-1]["snapshot"]):
        raise _bad(incident_id, _("its incident is not its latest revision"))
    for a in attachments:
        try:
            # original_sha256: the member is a copy without hidden data made from an
            # original with that hash (absent in bundles from before copies were sent).
            if not isinstance(a, dict) or set(a) - {"original_sha256"} != {
                    "id", "filename", "media_type", "size", "sha256", "added_at"}:
                raise ValueError
            original = a.setdefault("original_sha256", None)
            if original is not None and (not isinstance(original, str)
                                         or not _HEX64.match(original)):
                raise ValueError
            a["id"] = _uuid(a["id"])
            if (not isinstance(a["filename"], str) or not isinstance(a["media_type"], str)
                    or type(a["size"]) is not int or a["size"] < 0
                    or not isinstance(a["sha256"], str) or not _HEX64.match(a["sha256"])
                    or not isinstance(a["added_at"], str)):
                raise ValueError
        except ValueError:
            raise _bad(incident_id, _("attachment list")) from None
        # Only the last part of a name is kept: a name is never a path.
        a["filename"] = a["filename"].replace("\\", "/").rsplit("/", 1)[-1][:255] or "file"
        a["incident_id"] = incident_id
    record["current"] = incident
    return record
