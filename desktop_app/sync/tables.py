"""Tables and Martus files against the open archive: the one path the command and the
window both take to store an import and to build an export."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.core.filters import IncidentFilter
from desktop_app.core.model import Incident
from desktop_app.storage.archive import Archive
from desktop_app.storage.imports import ImportedFile, store_imported, store_rows
from desktop_app.storage.incidents import SaveResult
from desktop_app.sync.outgoing_files import OutgoingFiles
from desktop_app.tables.export import OutgoingFile, UwaziCounts, csv_table, uwazi_zip, xlsx_table
from desktop_app.tables.mapping import normal
from desktop_app.tables.martus import MartusPlan
from desktop_app.tables.rows import TablePlan, repeated_names


@dataclass(frozen=True)
class Stored:
    """What an import did: its counts, how many rows were already in the vault from an
    earlier import (not stored again), the names of people it stored that someone already
    in the vault bears, and the names it stored in more than one record."""

    result: SaveResult
    known: int = 0
    already: tuple[str, ...] = ()
    repeated: Mapping[str, tuple[int, ...]] = field(default_factory=dict)


def store_table(archive: Archive, plan: TablePlan) -> Stored:
    """Save a sheet's incidents, all or nothing, as `tirkeu add --json` does; rows already
    in the vault from an earlier import of the same content are not stored again."""
    stored = store_rows(archive.incidents, list(plan.incidents), archive.author)
    kept = [(n, i) for n, i in zip(plan.sheet.numbers, plan.incidents, strict=True)
            if i.id not in stored.left_out]
    return Stored(stored.result, len(stored.left_out),
                  tuple(names_already_here(archive, [i for _n, i in kept])),
                  repeated_names(kept))


def store_martus(archive: Archive, plan: MartusPlan) -> Stored:
    """Save a Martus file's incidents with their earlier versions and attachments, in one
    transaction; what an earlier import of it stored is not stored again."""
    files = [ImportedFile(ident, path, name) for ident, path, name in plan.files]
    result = store_imported(archive.incidents, plan.rounds, files, archive.author)
    return Stored(result, 0, tuple(names_already_here(archive, plan.incidents)),
                  plan.repeated)


def names_already_here(archive: Archive, incidents: Sequence[Incident]) -> list[str]:
    """The names of people in ``incidents`` that a person already in the vault bears (as
    written there): offered for a merge on the People page, never merged by an import.
    Asked after the import stored them: their own people are not counted."""
    wanted = {normal(v.name): v.name.strip() for i in incidents for v in i.victims
              if v.name.strip()}
    known = {v.person_id for i in incidents for v in i.victims}  # the same person again
    here = {normal(p.name) for p in archive.people.all() if p.id not in known}
    return sorted(wanted[k] for k in wanted.keys() & here)


def files_of(archive: Archive, f: IncidentFilter) -> list[tuple[str, str, str]]:
    """The files of the incidents ``f`` matches, as (attachment id, incident title, file
    name), for the person to choose which leave."""
    found = []
    for incident in archive.incidents.summaries(archive.listing.ids(f)):
        found += [(info.id, incident.title, info.filename)
                  for info in archive.attachments.for_incident(incident.id)]
    return found


def leaving_files(archive: Archive, ids: Sequence[str],
                  chosen: Collection[str] | None = None) -> list[OutgoingFile]:
    """The incidents' files (only the attachments ``chosen``, if given) as they leave the
    vault: photos rebuilt from their pixels (unless the person chose to send the
    original), as bundles carry them."""
    leaving = OutgoingFiles(archive)
    found = []
    for ident in ids:
        for info in archive.attachments.for_incident(ident):
            if chosen is not None and info.id not in chosen:
                continue
            departure = leaving.departure(dataclasses.asdict(info))
            data = departure.data
            if data is None:
                data = (leaving.rebuilt_again(departure) if departure.rebuilt
                        else b"".join(archive.attachments.chunks(info.id)))
            found.append(OutgoingFile(ident, departure.descriptor["filename"], data))
    return found


@dataclass(frozen=True)
class TableExport:
    data: bytes
    incidents: int
    uwazi: UwaziCounts | None = None


def build_export(archive: Archive, f: IncidentFilter, table_format: str, *,
                 with_attachments: bool = False, chosen: Collection[str] | None = None,
                 check: Callable[[], None] | None = None) -> TableExport:
    """The bytes of a csv, xlsx or uwazi export of the incidents ``f`` matches (nothing is
    written here); a uwazi zip holds their files ``with_attachments`` (only the
    attachments ``chosen``, if given). ``check`` is called between steps and may raise
    to stop."""
    ids = archive.listing.ids(f)
    incidents = archive.incidents.get_many(ids)
    if check is not None:
        check()
    if table_format == "csv":
        return TableExport(csv_table(incidents), len(incidents))
    if table_format == "xlsx":
        return TableExport(xlsx_table(incidents), len(incidents))
    files = leaving_files(archive, ids, chosen) if with_attachments else []
    if check is not None:
        check()
    data, counts = uwazi_zip(incidents, files)
    return TableExport(data, len(incidents), counts)
