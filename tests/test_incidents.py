"""IncidentRepository and AttachmentRepository on a real (encrypted) archive."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_app.core.errors import NotFound, TirkeuError
from desktop_app.core.interchange import incident_from_json, incident_to_json
from desktop_app.core.model import Incident
from desktop_app.storage import tables as t
from desktop_app.storage.attachments import CHUNK
from desktop_app.storage.incidents import SaveResult

MIB = 1024 * 1024
MONITOR = "Мәдина Жұмабаева"
COORDINATOR = "Coordinator (Астана)"
ERLAN = "0b0f2a40-6a8c-4a43-9d55-2f1c8d0f6a11"  # a person who appears in two incidents
ASEL = "5e8b9b0e-7d0c-4f0e-8f55-6a2b1f9f0c22"   # a person who appears in one


def incident(**fields: Any) -> Incident:
    base = {
        "title": "Пикет у акимата разогнан",
        "date": "2018-05-12",
        "region": "almaty_city",
        "place": "Республика алаңы",
        "violations": ["arrest", "administrative_prosecution"],
        "victims": [{"person_id": ERLAN, "name": "Ерлан Қалиұлы",
                     "category": "civil_society_activist", "gender": "male",
                     "organization": "«Әділдік Үні» қоғамдық бірлестігі"}],
        "legal_cases": [{"defendant": "Ерлан Қалиұлы", "code": "administrative",
                         "article": "488", "outcome": "convicted",
                         "penalties": [{"kind": "administrative_detention",
                                        "amount": "15 суток"}],
                         "decided_on": "2018-05-14"}],
        "description": "Пикет длился десять минут.",
        "tags": ["pickets"],
    }
    return incident_from_json(base | fields)


def count(archive: Any, table: Any, *where: Any) -> int:
    with archive.database.reading() as conn:
        return conn.scalar(select(func.count()).select_from(table).where(*where))


# --- revisions -------------------------------------------------------------------------------

def test_first_save_is_revision_1(archive: Any) -> None:
    first = incident()
    started = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    assert archive.incidents.save(first, MONITOR) == SaveResult(created=1)

    (rev,) = archive.incidents.history(first.id)
    assert (rev.number, rev.parent_id, rev.saved_by) == (1, None, MONITOR)
    saved_at = dt.datetime.strptime(rev.saved_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    assert started <= saved_at <= dt.datetime.now(dt.UTC)
    assert {"title", "date", "region", "violations", "victims"} <= set(rev.changed)
    assert "id" not in rev.changed
    assert archive.incidents.revision_snapshot(rev.revision_id) == incident_to_json(first)


def test_editing_only_the_title_records_who_when_and_what(archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    edited = replace(first, title="Пикет у акимата разогнан, трое задержаны")

    assert archive.incidents.save(edited, COORDINATOR) == SaveResult(revised=1)

    new, old = archive.incidents.history(first.id)
    assert (new.number, new.parent_id, new.saved_by) == (2, old.revision_id, COORDINATOR)
    assert new.changed == ("title",)
    assert new.saved_at >= old.saved_at
    assert archive.incidents.revision_snapshot(old.revision_id)["title"] == first.title
    assert archive.incidents.revision_snapshot(new.revision_id)["title"] == edited.title
    assert archive.incidents.get(first.id) == edited


@pytest.mark.parametrize(("change", "expected"), [
    ({"status": "verified"}, ("status",)),
    ({"date": "2018-05", "date_end": "2018-06"}, ("date", "date_end")),
    ({"violations": ["arrest", "physical_attack"], "tags": ["pickets", "беспорядки"]},
     ("violations", "tags")),
    ({"victims": [{"person_id": ERLAN, "name": "Ерлан Қалиұлы", "category": "journalist",
                   "gender": "male", "organization": "«Әділдік Үні» қоғамдық бірлестігі"}]},
     ("victims",)),
    ({"legal_cases": [{"defendant": "Ерлан Қалиұлы", "code": "administrative", "article": "488",
                       "outcome": "convicted",
                       "penalties": [{"kind": "administrative_detention", "amount": "10 суток"},
                                     {"kind": "fine", "amount": "50 МРП"}],
                       "decided_on": "2018-05-14"}]},
     ("legal_cases",)),
    ({"remedies": [{"mechanism": "un_human_rights_committee", "outcome": "in_favour",
                    "implemented": False}]}, ("remedies",)),
])
def test_changed_fields_are_named(archive: Any, change: dict[str, Any],
                                  expected: tuple[str, ...]) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    edited = incident_from_json(incident_to_json(first) | change)
    archive.incidents.save(edited, COORDINATOR)
    assert archive.incidents.history(first.id)[0].changed == expected
    assert archive.incidents.get(first.id) == edited


def test_saving_an_unchanged_incident_adds_no_revision(archive: Any) -> None:
    first = incident()
    archive.incidents.save(first, MONITOR)
    assert archive.incidents.save(first, COORDINATOR) == SaveResult(unchanged=1)
    reloaded = archive.incidents.get(first.id)
    assert archive.incidents.save(reloaded, COORDINATOR) == SaveResult(unchanged=1)
    assert [r.number for r in archive.incidents.history(first.id)] == [1]
    assert count(archive, t.revisions) == 1


def test_one_call_with_two_copies_of_an_id_keeps_the_last(archive: Any) -> None:
    first = incident()
    second = replace(first, title="Вторая версия")
    assert archive.incidents.save_many([first, second], MONITOR) == SaveResult(created=1)
    assert archive.incidents.get(first.id).title == "Вторая версия"
    assert len(archive.incidents.history(first.id)) == 1


def test_history_of_an_unknown_incident(archive: Any) -> None:
    with pytest.raises(NotFound):
        archive.incidents.history("7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10")
    with pytest.raises(NotFound):
        archive.incidents.revision_snapshot("7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10")


# --- people and deletion ---------------------------------------------------------------------

def _two_incidents_sharing_erlan() -> tuple[Incident, Incident]:
    first = incident(victims=[
        {"person_id": ERLAN, "name": "Ерлан Қалиұлы", "gender": "male"},
        {"person_id": ASEL, "name": "Әсел Нұрғалиева", "gender": "female"},
    ])
    second = incident(title="Ерлан Қалиұлы оштрафован по статье 434", date="2019-03",
                      victims=[{"person_id": ERLAN, "name": "Ерлан Қалиұлы", "gender": "male"}])
    return first, second


def test_deleting_removes_people_found_nowhere_else(archive: Any) -> None:
    first, second = _two_incidents_sharing_erlan()
    archive.incidents.save_many([first, second], MONITOR)
    assert count(archive, t.people) == 2

    archive.incidents.delete([first.id])

    assert count(archive, t.people, t.people.c.id == ERLAN) == 1
    assert count(archive, t.people, t.people.c.id == ASEL) == 0
    assert archive.incidents.get(second.id) == second
    with pytest.raises(NotFound):
        archive.incidents.get(first.id)
    with pytest.raises(NotFound):
        archive.incidents.history(first.id)
    assert count(archive, t.revisions, t.revisions.c.incident_id == first.id) == 0
    assert archive.incidents.search("Әсел") == []
    assert archive.incidents.all_ids() == [second.id]


def test_deleting_writes_a_tombstone(archive: Any) -> None:
    first, second = _two_incidents_sharing_erlan()
    archive.incidents.save_many([first, second], MONITOR)
    archive.incidents.delete([first.id])
    with archive.database.reading() as conn:
        rows = conn.execute(select(t.tombstones)).all()
    assert [r.incident_id for r in rows] == [first.id]
    deleted_at = dt.datetime.strptime(rows[0].deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=dt.UTC)  # the Z: stored in UTC
    assert abs(deleted_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_removing_a_victim_by_editing_drops_only_an_orphan(archive: Any) -> None:
    first, second = _two_incidents_sharing_erlan()
    archive.incidents.save_many([first, second], MONITOR)
    archive.incidents.save(replace(first, victims=()), COORDINATOR)
    assert count(archive, t.people, t.people.c.id == ASEL) == 0
    assert count(archive, t.people, t.people.c.id == ERLAN) == 1
    assert archive.incidents.get(second.id).victims == second.victims


def test_deleting_an_unknown_id_deletes_nothing(archive: Any) -> None:
    first, second = _two_incidents_sharing_erlan()
    archive.incidents.save_many([first, second], MONITOR)
    with pytest.raises(NotFound, match="7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10"):
        archive.incidents.delete([first.id, "7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10"])
    assert sorted(archive.incidents.all_ids()) == sorted([first.id, second.id])
    assert count(archive, t.people) == 2
    assert count(archive, t.tombstones) == 0


def test_deleting_removes_attachments(archive: Any) -> None:
    first, second = _two_incidents_sharing_erlan()
    archive.incidents.save_many([first, second], MONITOR)
    gone = archive.attachments.add_stream(first.id, io.BytesIO(os.urandom(CHUNK + 5)), "a.bin")
    kept = archive.attachments.add_stream(second.id, io.BytesIO(b"kept"), "b.txt")
    archive.incidents.delete([first.id])
    with pytest.raises(NotFound):
        archive.attachments.info(gone.id)
    assert archive.attachments.for_incident(second.id) == [kept]
    assert count(archive, t.attachment_chunks) == 1


def test_what_an_incident_shows_is_its_latest_revision(archive: Any) -> None:
    first = incident(victims=[{"person_id": ERLAN, "name": "Ерлан Қалиұлы", "gender": "male"}])
    archive.incidents.save(first, MONITOR)
    second = incident(title="Erlan Kaliuly fined under article 434", date="2019",
                      victims=[{"person_id": ERLAN, "name": "Erlan Kaliuly"}])
    # Refusing a second spelling of one person would be a fix too.
    with contextlib.suppress(TirkeuError):
        archive.incidents.save(second, COORDINATOR)
    for one in (first, second):
        if one.id not in archive.incidents.all_ids():
            continue
        latest = archive.incidents.history(one.id)[0]
        assert (incident_to_json(archive.incidents.get(one.id))
                == archive.incidents.revision_snapshot(latest.revision_id)), one.title


# --- search ----------------------------------------------------------------------------------

@pytest.fixture
def searchable(archive: Any) -> dict[str, Incident]:
    found = {
        "words": incident(
            title="Land title dispute",
            description="Released near the akimat and ordered to hand over the land title "
                        "to Xamit.",
            victims=[], legal_cases=[]),
        "kazakh": incident(
            title="Кәсіподақ жетекшісі ұсталды", region="mangystau", place="Жаңаөзен",
            victims=[{"name": "Ғалия Үсенова", "organization": "«Еңбек Ұраны» кәсіподағы"}],
            legal_cases=[{"defendant": "Һидаят Оспанов", "code": "criminal",
                          "article": "402"}]),
        "other": incident(title="Журналист получил угрозы", region="shymkent", place="",
                          description="Сообщения в мессенджере.", victims=[], legal_cases=[]),
    }
    archive.incidents.save_many(list(found.values()), MONITOR)
    return found


@pytest.mark.parametrize(("query", "expected"), [
    ('"', []),
    ("*", []),
    ('""', []),
    ("()", []),
    ("AND OR", ["words"]),          # the words "and" and "or…", not operators
    ("title:x", ["words"]),         # the words "title" and "x…", not a column filter
    ("NEAR(", ["words"]),
    ("NEAR(land title", ["words"]),
    ("xamit OR nothing", []),       # every word must match: OR is a word here
    ("akimat NOT xamit", []),       # NOT is a word too, and there is no word "not…"
    ("land -title", ["words"]),
    ('"land title', ["words"]),
    ("places:Жаңаөзен", []),        # "places…" is not in the text: no column filter
    ("Xamit*", ["words"]),
    ("^xamit", ["words"]),
    ("{title description}: xamit", []),  # no word "description…" anywhere
])
def test_search_treats_query_syntax_as_words(archive: Any, searchable: dict[str, Incident],
                                             query: str, expected: list[str]) -> None:
    assert archive.incidents.search(query) == [searchable[k].id for k in expected]


@pytest.mark.parametrize(("query", "expected"), [
    ("ғалия", ["kazakh"]),           # stored "Ғалия"
    ("ҮСЕНОВА", ["kazakh"]),
    ("ұраны", ["kazakh"]),            # victim organisation
    ("Еңбек", ["kazakh"]),
    ("һидаят", ["kazakh"]),           # defendant who is not a victim
    ("ОСПАНОВ", ["kazakh"]),
    ("жаңаөзен", ["kazakh"]),         # place
    ("Мангистауская", ["kazakh"]),    # region label in Russian
    ("Маңғыстау", ["kazakh"]),        # and in Kazakh
    ("Shymkent", ["other"]),          # and in English
    ("мессенджере", ["other"]),       # description
    ("АЛМАТЫ", ["words"]),
])
def test_search_finds_names_organisations_defendants_places(
        archive: Any, searchable: dict[str, Incident], query: str, expected: list[str]) -> None:
    assert archive.incidents.search(query) == [searchable[k].id for k in expected]


def test_search_follows_edits(archive: Any, searchable: dict[str, Incident]) -> None:
    kazakh = searchable["kazakh"]
    archive.incidents.save(replace(kazakh, title="Кәсіподақ төрағасы қамалды", victims=()),
                           COORDINATOR)
    assert archive.incidents.search("ұсталды") == []
    assert archive.incidents.search("Ғалия") == []
    assert archive.incidents.search("қамалды") == [kazakh.id]


# --- listing ---------------------------------------------------------------------------------

def test_summaries_are_oldest_first_by_first_day(archive: Any) -> None:
    dated = {
        "2019-03-05": incident(date="2019-03-05", title="e", violations=["threat", "arrest"]),
        "2019": incident(date="2019", title="c", victims=[]),
        "2018-12-31": incident(date="2018-12-31", title="b"),
        "2019-03": incident(date="2019-03", title="d", status="verified"),
        "2019-01-01": incident(date="2019-01-01", title="c2"),  # same first day as "2019"
        "2018": incident(date="2018", title="a"),
    }
    for one in dated.values():  # saved one by one, in this order
        archive.incidents.save(one, MONITOR)

    rows = archive.incidents.summaries()
    assert [str(r.date) for r in rows] == ["2018", "2018-12-31", "2019", "2019-01-01",
                                           "2019-03", "2019-03-05"]
    assert [r.id for r in rows] == archive.incidents.all_ids()
    by_date = {str(r.date): r for r in rows}
    assert by_date["2019-03-05"].violations == ("threat", "arrest")
    assert by_date["2019"].victims == 0 and by_date["2018"].victims == 1
    assert by_date["2019-03"].status == "verified" and by_date["2018"].status == "draft"
    assert by_date["2018"].title == "a" and by_date["2018"].region == "almaty_city"

    wanted = [dated["2019-03"].id, "7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10", dated["2018"].id]
    assert [r.id for r in archive.incidents.summaries(wanted)] == [wanted[0], wanted[2]]
    assert [i.id for i in archive.incidents.get_many(wanted)] == [wanted[0], wanted[2]]
    assert archive.incidents.count() == 6


# --- attachments -----------------------------------------------------------------------------

@pytest.fixture
def saved(archive: Any) -> Incident:
    one = incident()
    archive.incidents.save(one, MONITOR)
    return one


def test_a_5_mib_file_streams_in_and_out_in_chunks(archive: Any, saved: Incident,
                                                   tmp_path: Path) -> None:
    content = os.urandom(5 * MIB + 12_345)
    path = tmp_path / "видео с пикета.mp4"
    path.write_bytes(content)

    info = archive.attachments.add_file(saved.id, path)

    assert (info.filename, info.size, info.incident_id) == (path.name, len(content), saved.id)
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert info.media_type == "video/mp4"
    assert archive.attachments.for_incident(saved.id) == [info]
    sizes, digest = [], hashlib.sha256()
    for chunk in archive.attachments.chunks(info.id):
        assert isinstance(chunk, bytes) and 0 < len(chunk) <= MIB
        sizes.append(len(chunk))
        digest.update(chunk)
    assert len(sizes) == 6 and sum(sizes) == len(content)
    assert digest.hexdigest() == info.sha256


def test_an_empty_file(archive: Any, saved: Incident) -> None:
    info = archive.attachments.add_stream(saved.id, io.BytesIO(b""), "empty.txt", "text/plain")
    assert (info.size, info.sha256) == (0, hashlib.sha256(b"").hexdigest())
    assert list(archive.attachments.chunks(info.id)) == []


class FailingSource(io.RawIOBase):
    """Yields ``good`` chunks of data, then fails as a pulled USB stick would."""

    def __init__(self, good: int):
        self.left = good

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.left == 0:
            raise OSError(5, "Input/output error")
        self.left -= 1
        return b"\x00" * min(size, MIB)


def test_a_source_failing_midway_stores_nothing(archive: Any, saved: Incident) -> None:
    with pytest.raises(OSError, match="Input/output"):
        archive.attachments.add_stream(saved.id, FailingSource(good=3), "broken.bin")
    assert archive.attachments.for_incident(saved.id) == []
    assert count(archive, t.attachments) == 0
    assert count(archive, t.attachment_chunks) == 0
    # The archive still works afterwards.
    info = archive.attachments.add_stream(saved.id, io.BytesIO(b"ok"), "ok.txt")
    assert b"".join(archive.attachments.chunks(info.id)) == b"ok"


def test_attaching_to_an_unknown_incident(archive: Any, saved: Incident) -> None:
    with pytest.raises(NotFound, match="7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10"):
        archive.attachments.add_stream("7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10",
                                       io.BytesIO(b"data"), "a.txt")
    assert count(archive, t.attachments) == 0
    assert count(archive, t.attachment_chunks) == 0


def test_unknown_attachment(archive: Any) -> None:
    with pytest.raises(NotFound):
        archive.attachments.info("7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10")
    with pytest.raises(NotFound):
        list(archive.attachments.chunks("7f0c6a55-6b1a-4b0e-9a3e-2a4a1f6f3d10"))


def _pieces(total: int, piece: int = MIB) -> Iterator[bytes]:
    for _ in range(total // piece):
        yield os.urandom(piece)


@pytest.mark.slow
def test_a_64_mib_file_never_sits_whole_in_memory(archive: Any, saved: Incident,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "large.bin"
    expected = hashlib.sha256()
    with open(path, "wb") as out:
        for piece in _pieces(64 * MIB):
            expected.update(piece)
            out.write(piece)

    tracemalloc.start()
    try:
        baseline, _ = tracemalloc.get_traced_memory()
        info = archive.attachments.add_file(saved.id, path)
        _, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        for chunk in archive.attachments.chunks(info.id):
            digest.update(chunk)
        _, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert info.size == 64 * MIB
    assert info.sha256 == expected.hexdigest() == digest.hexdigest()
    assert peak_in - baseline < 20 * MIB, f"adding peaked at {(peak_in - baseline) / MIB:.1f} MiB"
    assert peak_out - baseline < 20 * MIB, f"reading peaked at {(peak_out - baseline) / MIB:.1f}"


def test_yo_and_ye_find_each_other(archive: Any) -> None:
    """Russian spells Пётр and Петр interchangeably; search must not care."""
    archive.incidents.save(incident(title="Задержан Пётр Семёнов", victims=[], legal_cases=[]),
                           MONITOR)
    assert len(archive.incidents.search("Петр Семенов")) == 1
    assert len(archive.incidents.search("пётр")) == 1
