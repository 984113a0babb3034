"""Field-by-field merging: the conflict panel's picks and re-applying kept typing."""

from __future__ import annotations

from desktop_app.sync.field_merge import differing_fields, merged, reapplied, typed_fields

BASE = {"id": "6f1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a01", "title": "Picket dispersed",
        "date": "2018-05-12", "date_end": None, "region": "almaty_city", "place": "",
        "violations": ["arrest"], "description": "Twelve detained.", "tags": []}


def test_differing_fields_follow_the_story_order_and_dates_go_together() -> None:
    remote = {**BASE, "description": "Other", "date_end": "2018-05-13", "title": "T"}
    assert differing_fields(BASE, remote) == ["title", "date", "description"]
    chosen = merged(BASE, remote, {"date"})
    assert (chosen["date"], chosen["date_end"]) == ("2018-05-12", "2018-05-13")
    assert chosen["title"] == BASE["title"] and chosen["id"] == BASE["id"]


def test_merged_copies_and_never_takes_the_other_id() -> None:
    remote = {**BASE, "id": "another", "violations": ["threat"]}
    chosen = merged(BASE, remote, {"violations", "id"})
    assert chosen["id"] == BASE["id"] and chosen["violations"] == ["threat"]
    chosen["violations"].append("arrest")
    assert remote["violations"] == ["threat"], "the remote side is not changed through it"


def test_typing_is_reapplied_only_where_the_person_changed_something() -> None:
    theirs = {**BASE, "title": "Picket dispersed; two charged"}
    typed = {**BASE, "description": "Twelve detained; one in hospital.", "place": ""}
    assert typed_fields(typed, BASE) == ["description"]
    result = reapplied(theirs, typed, BASE)
    assert result["title"] == "Picket dispersed; two charged"
    assert result["description"] == "Twelve detained; one in hospital."


def test_an_empty_text_and_null_count_as_the_same() -> None:
    typed = {**BASE, "date_end": "", "place": None, "tags": None}
    assert typed_fields(typed, BASE) == []


def test_without_a_known_base_everything_typed_counts_as_theirs() -> None:
    theirs = {**BASE, "title": "New title"}
    typed = {"title": "My title", "description": "Mine"}
    result = reapplied(theirs, typed, None)
    assert (result["title"], result["description"]) == ("My title", "Mine")
    assert result["region"] == "almaty_city", "what they left empty is not wiped"
