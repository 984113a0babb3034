"""Martus bulletins become incidents: drafts tagged ``martus``, every field kept.

Standard fields go to their places (title; location → place; eventdate → date and
date_end; keywords → tags; summary, public and private information → sections of the
description; author, organization, entry date and language → lines of it). A grid whose
columns name people (first or last name, name, sex) gives victims; every other field or
grid is kept under its label in the description, so nothing is lost. Fields a MAP.json
names (by label) fill their field; a coded field whose label names a field and whose value
is a code or a label of it fills it too. Required fields Martus lacks come from
``--default``. Versions of one bulletin (its History) become one incident: the latest
version is current, the others its earlier revisions.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.errors import Problem
from desktop_app.core.interchange import parse_incidents
from desktop_app.core.language import _
from desktop_app.core.model import Incident, new_id
from desktop_app.tables.mapping import CODED, TableMap, field_by_header, label_code, normal
from desktop_app.tables.martus_xml import Bulletin, MartusFile, UnreadableMartus
from desktop_app.tables.rows import RowBuilder, repeated_names

# Martus's "no date": the year it could not know, as its clients wrote it.
UNKNOWN_DATES = {"1900-01-01", "0001-01-01"}
_NAMESPACE = uuid.UUID("6f1d6a4e-5b3c-4d0e-9a57-3c2b8f0d7e11")  # Tirkeu's ids for Martus
_FIRST = {"first name", "firstname", "given name", "имя", "аты"}
_LAST = {"last name", "lastname", "surname", "family name", "фамилия", "тегі"}
_FULL = {"name", "full name", "фио", "аты-жөні", "аты жөні", "victim", "пострадавший"}
_SEX = {"sex", "gender", "пол", "жынысы"}
_ORGANIZATION = {"organization", "organisation", "организация", "ұйым"}
_SEX_SHORT = {"m": "male", "f": "female", "м": "male", "ж": "female", "е": "male", "ә": "female"}


@dataclass(frozen=True)
class MartusPlan:
    """What importing a Martus file would store: ``rounds`` (round n: the n-th version of
    every bulletin that has one; the last round of each is current), the ``incidents``
    as they will be current, the files to attach, and names repeated across bulletins."""

    rounds: tuple[tuple[Incident, ...], ...]
    incidents: tuple[Incident, ...]
    files: tuple[tuple[str, Path, str], ...]  # incident id, file, name
    repeated: Mapping[str, tuple[int, ...]]
    versions: int
    repaired_labels: int


def _martus_date(text: str) -> tuple[str | None, str | None]:
    """eventdate ("Simple:2018-05-12", "Range:2018-05-01,2018-05-31") as date, date_end;
    a whole month or year range as that month or year; unknown dates as None."""
    kind, _sep, rest = text.partition(":")
    if not _sep:
        kind, rest = "Simple", text
    parts = [p.strip() for p in rest.split(",")]
    known = [None if p in UNKNOWN_DATES or not p else p for p in parts]
    if kind.strip().lower() != "range" or len(known) < 2:
        return known[0], None
    start, end = known[0], known[1]
    if start is None or end is None or start == end:
        return start or end, None
    if start[8:] == "01" and start[:7] == end[:7] and _last_of_month(end):
        return start[:7], None
    if start[5:] == "01-01" and end[5:] == "12-31" and start[:4] == end[:4]:
        return start[:4], None
    return start, end


def _last_of_month(day: str) -> bool:
    import datetime as dt  # noqa: PLC0415

    try:
        d = dt.date.fromisoformat(day)
    except ValueError:
        return False
    return (d + dt.timedelta(days=1)).day == 1


def _people(label: str, spec_columns: tuple[str, ...],
            rows: list[list[str]]) -> tuple[list[dict[str, Any]], str] | None:
    """Victims from a grid whose column labels say it lists people, with the text of its
    other columns (kept in the description); None for a grid about something else."""
    names = [normal(c) for c in spec_columns]

    def at(words: set[str]) -> int | None:
        return next((i for i, n in enumerate(names) if n in words), None)

    first, last, full = at(_FIRST), at(_LAST), at(_FULL)
    if first is None and last is None and full is None:
        return None
    sex, organization = at(_SEX), at(_ORGANIZATION)
    used = {first, last, full, sex, organization}
    rest = [i for i in range(len(spec_columns)) if i not in used]
    people = []
    for row in rows:
        def cell(i: int | None, row: list[str] = row) -> str:
            return row[i].strip() if i is not None and i < len(row) else ""

        name = cell(full) or " ".join(p for p in (cell(first), cell(last)) if p)
        if not name and not any(c.strip() for c in row):
            continue
        person: dict[str, Any] = {"name": name}
        if said := cell(sex):
            person["gender"] = label_code("gender", said) or _SEX_SHORT.get(normal(said),
                                                                              "unknown")
        if cell(organization):
            person["organization"] = cell(organization)
        people.append(person)
    others = [[row[i] if i < len(row) else "" for i in rest] for row in rows]
    return people, _grid_text(label, tuple(spec_columns[i] for i in rest), others)


def _grid_text(label: str, columns: tuple[str, ...], rows: list[list[str]]) -> str:
    lines = [f"{label}:"]
    for i, row in enumerate(rows, start=1):
        cells = "; ".join(f"{c}: {v}" for c, v in zip(columns, row, strict=False) if v.strip())
        if cells:
            lines.append(f"  {i}. {cells}")
    return "\n".join(lines) if len(lines) > 1 else ""


def bulletin_object(bulletin: Bulletin, table_map: TableMap,
                    defaults: Mapping[str, str]) -> tuple[dict[str, Any], list[Problem]]:
    """The interchange object of one bulletin and the problems met building it."""
    v = bulletin.values
    mapped, lines, victims = [], [], []
    for tag, spec in bulletin.specs.items():
        if tag in v and tag not in _STANDARD_PLACES and v[tag].strip():
            value = v[tag]
            if spec.kind in ("DATE", "DATERANGE"):
                value = _martus_date(value)[0] or _("unknown")
            name = table_map.columns.get(spec.title)
            if name is None:
                guess = field_by_header(spec.title)
                name = guess if guess in CODED and table_map.code_for(guess, value) else ""
            if name:
                mapped.append((spec.title, name, value))
            else:
                lines.append(f"{spec.title}: {value}")
        elif tag in bulletin.grids:
            people = _people(spec.title, spec.columns, bulletin.grids[tag])
            if people is not None:
                victims += people[0]
                if people[1]:
                    lines.append(people[1])
            elif text := _grid_text(spec.title, spec.columns, bulletin.grids[tag]):
                lines.append(text)
    obj, problems = RowBuilder(table_map, defaults).build(mapped)
    # A field a label was mapped to and Martus's own field both say: place keeps both, a
    # title or a date cannot, so the bulletin is refused rather than one silently lost.
    for name, given in (("title", v.get("title", "").strip()),
                        ("date", _martus_date(v.get("eventdate", ""))[0])):
        if given and obj.get(name) and name not in defaults:
            problems.append((name, _("{field} is given both by Martus and by a mapped "
                                     "field").format(field=name)))
    if v.get("title", "").strip():
        obj["title"] = v["title"].strip()
    if v.get("location", "").strip():
        obj["place"] = ", ".join(p for p in (v["location"].strip(), obj.get("place")) if p)
    start, end = _martus_date(v.get("eventdate", ""))
    if start:
        obj["date"], obj["date_end"] = start, end
    keywords = [k.strip() for k in v.get("keywords", "").replace(";", ",").split(",")]
    obj["tags"] = list(dict.fromkeys([*obj.get("tags", []), *filter(None, keywords),
                                      "martus"]))
    obj["status"] = "draft"
    if victims:
        obj["victims"] = [*obj.get("victims", []), *victims]
    obj["description"] = _description(bulletin, obj.get("description", ""), lines)
    reference = _("Martus bulletin {id}").format(id=bulletin.local_id) if bulletin.local_id \
        else _("Martus bulletin {n} of the file").format(n=bulletin.position)
    obj["sources"] = [{"kind": "document", "reference": reference}]
    for name in ("date", "region", "violations"):
        if not obj.get(name) and not any(f == name for f, _c in problems):
            problems.append((name, _("{field} is required and Martus has none here: give "
                                     "one for every bulletin (the command's --default "
                                     "{field}=…)").format(field=name)))
    return obj, problems


_STANDARD_PLACES = {"title", "location", "eventdate", "keywords", "summary", "publicinfo",
                    "privateinfo", "author", "organization", "entrydate", "language"}


def _description(bulletin: Bulletin, mapped: str, lines: list[str]) -> str:
    v = bulletin.values
    said = [(_("Author"), v.get("author", "")), (_("Organization"), v.get("organization", "")),
            (_("Entry date"), _martus_date(v.get("entrydate", ""))[0] or ""),
            (_("Language"), v.get("language", ""))]
    head = "\n".join(f"{k}: {x.strip()}" for k, x in said if x.strip())
    sections = [(_("Summary"), v.get("summary", "")), (_("Details"), v.get("publicinfo", "")),
                (_("Private information"), v.get("privateinfo", ""))]
    parts = [f"{k}\n{x.strip()}" for k, x in sections if x.strip()]
    return "\n\n".join(p for p in [*parts, mapped, "\n".join(lines), head] if p)


def _chain(bulletin: Bulletin) -> str:
    if bulletin.ancestors:
        return f"{bulletin.account}:{bulletin.ancestors[0]}"
    if bulletin.local_id:
        return f"{bulletin.account}:{bulletin.local_id}"
    return f"position:{bulletin.position}"


def _attachment(folder: Path, stem: str, name: str, position: int) -> Path:
    if Path(name).name != name or name in (".", "..") or "\\" in name:
        raise UnreadableMartus(_("Bulletin {n}: the attachment name {name} is not a plain "
                                 "file name; nothing was imported.").format(n=position,
                                                                            name=repr(name)))
    for place in (folder, folder / stem, folder / "attachments"):
        candidate = place / name
        if candidate.is_file() and not candidate.is_symlink():
            return candidate
    raise UnreadableMartus(_("Bulletin {n}: its attachment {name} is not beside the XML file "
                             "(nor in a folder {stem} or attachments there); nothing was "
                             "imported.").format(n=position, name=name, stem=stem))


def plan_martus(martus: MartusFile, path: Path, table_map: TableMap,
                defaults: Mapping[str, str]) -> MartusPlan:
    """What ``martus`` (read from ``path``) would store, or InvalidRecord naming each wrong
    bulletin, or UnreadableMartus for a missing attachment."""
    chains: dict[str, list[Bulletin]] = defaultdict(list)
    for bulletin in martus.bulletins:
        chains[_chain(bulletin)].append(bulletin)
    ordered = []
    for key, versions in chains.items():
        versions.sort(key=lambda b: (b.version if b.version is not None else 0, b.position))
        ident = (str(uuid.uuid5(_NAMESPACE, key)) if not key.startswith("position:")
                 else new_id())
        ordered += [(ident, i, b) for i, b in enumerate(versions)]
    objects, noted, labels = [], [], []
    for ident, _i, bulletin in ordered:
        obj, problems = bulletin_object(bulletin, table_map, defaults)
        obj["id"] = ident
        for number, person in enumerate(obj.get("victims", []), start=1):
            # The same person in every version, and again when the file is imported twice.
            person.setdefault("person_id", str(uuid.uuid5(
                _NAMESPACE, f"{ident}:{number}:{normal(person.get('name', ''))}")))
        title = bulletin.values.get("title", "").strip()
        title = title if len(title) <= 60 else title[:59] + "…"  # a name, not the record
        labels.append(_("bulletin {n} ({title})").format(n=bulletin.position, title=title)
                      if title else _("bulletin {n}").format(n=bulletin.position))
        objects.append(obj)
        noted.append(problems)
    incidents = parse_incidents(objects, labels=labels, noted=noted)
    rounds: dict[int, list[Incident]] = defaultdict(list)
    latest: dict[str, tuple[int, Incident]] = {}
    for (ident, index, bulletin), incident in zip(ordered, incidents, strict=True):
        rounds[index].append(incident)
        latest[ident] = (bulletin.position, incident)
    folder, stem = path.parent, path.stem
    files = []
    for ident, index, bulletin in ordered:
        if index == len(chains[_chain(bulletin)]) - 1:  # the current version's files
            files += [(ident, _attachment(folder, stem, name, bulletin.position), name)
                      for name in bulletin.attachments]
    current = tuple(i for _p, i in latest.values())
    return MartusPlan(tuple(tuple(rounds[k]) for k in sorted(rounds)), current, tuple(files),
                      repeated_names(list(latest.values())),
                      len(martus.bulletins), martus.repaired_labels)
