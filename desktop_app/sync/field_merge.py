"""Merging two versions of one incident field by field, the way a person decides it.

Top-level interchange fields are the unit: a person picks "here" or "theirs" for each
field that differs (a conflict), or re-applies the fields they typed on top of a newer
revision that arrived meanwhile. "date" carries "date_end" with it: a range is one fact.
Everything here takes and returns interchange-shaped dicts and never touches storage.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from desktop_app.core.errors import InvalidRecord
from desktop_app.core.interchange import incident_from_json, incident_to_json

# In the order a record tells the story.
FIELDS = ("title", "date", "region", "place", "violations", "victims", "perpetrators",
          "legal_cases", "remedies", "description", "sources", "tags", "status")


def _value(record: dict[str, Any], field: str) -> Any:
    return (record.get("date"), record.get("date_end")) if field == "date" else record.get(field)


def differing_fields(local: dict[str, Any], remote: dict[str, Any]) -> list[str]:
    """The fields (of FIELDS, in that order) whose values differ between the two."""
    return [f for f in FIELDS if _value(local, f) != _value(remote, f)]


def merged(local: dict[str, Any], remote: dict[str, Any], theirs: Iterable[str]) -> dict[str, Any]:
    """``local`` with the fields named in ``theirs`` taken from ``remote``; the id stays."""
    chosen = copy.deepcopy(local)
    for field in theirs:
        if field == "id":
            continue
        chosen[field] = copy.deepcopy(remote.get(field))
        if field == "date":
            chosen["date_end"] = copy.deepcopy(remote.get("date_end"))
    return chosen


def canonical(form: dict[str, Any]) -> dict[str, Any]:
    """``form`` as the interchange JSON writes it, so that "" and null, or a row's missing
    keys, compare equal; a form that is not a valid incident yet, as near as can be."""
    try:
        return incident_to_json(incident_from_json(form))
    except InvalidRecord:
        return {k: None if v in ("", [], None) else v for k, v in form.items()}


def typed_fields(typed: dict[str, Any], base: dict[str, Any] | None) -> list[str]:
    """The fields a person changed in ``typed`` from the revision ``base`` they typed on
    (every field they filled, when the base is unknown)."""
    mine, before = canonical(typed), canonical(base or {})
    keys = FIELDS if base is not None else [f for f in FIELDS if _value(mine, f) is not None]
    return [f for f in keys if _value(mine, f) != _value(before, f)]


def reapplied(current: dict[str, Any], typed: dict[str, Any],
              base: dict[str, Any] | None) -> dict[str, Any]:
    """The person's typing put back on top of ``current``: the fields they changed from
    ``base`` are theirs, every other field stays as it is now."""
    return merged(current, typed, typed_fields(typed, base))
