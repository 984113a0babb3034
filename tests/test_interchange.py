"""The interchange JSON refuses a wrong record by naming every problem of it at once, each
with the path of its field, so a person fixes a file in one go rather than one field per try.
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core.errors import MAX_LISTED, InvalidRecord
from desktop_app.core.interchange import incident_from_json, parse_incidents
from desktop_app.core.vocabulary import vocabulary

GOOD = {"title": "Activist detained after picket", "date": "2018-05-12",
        "region": "almaty_city", "violations": ["arrest"]}


def known(name: str) -> str:
    return f"(known: {', '.join(vocabulary(name).codes)})"


def refusal(obj: Any) -> InvalidRecord:
    with pytest.raises(InvalidRecord) as caught:
        incident_from_json(obj)
    return caught.value


def test_every_problem_of_a_record_is_named_in_the_order_of_the_shape() -> None:
    error = refusal({
        "witness": "Қайрат", "date": "2018-13", "region": "almaty",
        "victims": [{"name": "Әлия", "gender": "woman"},
                    {"name": "Марат", "category": "blogger", "fatal": "no", "age": 34},
                    "Бекзат"],
        "legal_cases": [{"code": "criminal", "penalties": [{"amount": "15 days"}],
                         "decided_on": "2018-02-30"}],
        "tags": ["land protests", 2016],
    })
    assert error.problems == [
        (None, "unknown field 'witness'"),
        ("title", "title is required"),
        ("date", "date: '2018-13' has no such month"),
        ("region", f"region: unknown code 'almaty' {known('region')}"),
        ("violations", "violations: at least one is required"),
        ("victims[1].gender", f"victims[1].gender: unknown code 'woman' {known('gender')}"),
        ("victims[2]", "victims[2]: unknown field 'age'"),
        ("victims[2].category",
         f"victims[2].category: unknown code 'blogger' {known('victim_category')}"),
        ("victims[2].fatal", "victims[2].fatal: expected true or false, got text"),
        ("victims[3]", "victims[3]: expected an object, got text"),
        ("legal_cases[1].penalties[1].kind", "legal_cases[1].penalties[1].kind is required"),
        ("legal_cases[1].decided_on", "legal_cases[1].decided_on: '2018-02-30' has no such day"),
        ("tags[2]", "tags[2]: expected a short piece of text"),
    ]
    assert error.field is None  # the first problem is the record's own: an unknown key
    assert error.problem == str(error) == "; ".join(clause for _, clause in error.problems)
    assert error.record is None and error.others == ()


def test_field_is_the_first_field_at_fault() -> None:
    error = refusal({"date": "2018", "violations": ["torture"], "status": "published"})
    assert error.field == "title"  # the window puts the sentence beside the title
    assert [field for field, _ in error.problems] == [
        "title", "region", "violations[1]", "status"]


def test_one_problem_reads_as_before() -> None:
    error = refusal(GOOD | {"region": None})
    assert (error.field, error.problem, error.problems) == (
        "region", "region is required", [("region", "region is required")])


def test_problems_that_follow_from_another_are_not_repeated() -> None:
    # A list given as text is one problem, not also "at least one is required".
    assert refusal(GOOD | {"violations": "arrest"}).problems == [
        ("violations", "violations: expected a list, got text")]
    # A date that cannot be read is not also compared with date_end.
    assert [f for f, _ in refusal(GOOD | {"date": "May", "date_end": "2018"}).problems] == [
        "date"]


def test_a_long_list_of_problems_is_cut_with_a_count() -> None:
    error = refusal(GOOD | {"tags": list(range(MAX_LISTED + 10))})
    assert len(error.problems) == MAX_LISTED + 10
    assert str(error).count("expected a short piece of text") == MAX_LISTED
    assert str(error).endswith("; and 10 more problems")


def test_every_wrong_record_of_an_input_is_named() -> None:
    ident = "3f2a8d6e-1c4b-4e5a-9b7c-2d8e6f0a1b3c"
    with pytest.raises(InvalidRecord) as caught:
        parse_incidents([GOOD, GOOD | {"id": ident, "title": " "}, GOOD,
                         {"region": "almaty_city"}])
    error = caught.value
    assert str(error) == (f"record 2 (id {ident}): title is required; record 4: title is "
                          "required; date is required; violations: at least one is required")
    # The first wrong record is the error itself; the others follow, each with its own.
    assert (error.record, error.field) == (f"record 2 (id {ident})", "title")
    assert error.problems == [("title", "title is required")]
    assert [(o.record, o.field, len(o.problems)) for o in error.others] == [
        ("record 4", "title", 3)]


def test_the_cap_counts_the_problems_of_every_record() -> None:
    # Nine records, each wrong in its own way: four problems each, 36 in all.
    wrong = [{"date": f"2018-{13 + n}"} for n in range(9)]
    with pytest.raises(InvalidRecord) as caught:
        parse_incidents(wrong)
    sentence = str(caught.value)
    assert sentence.count("is required") == 3 * 5
    # Five records in full (20), then how many are left.
    assert sentence.endswith("; record 5: title is required; date: '2018-17' has no such "
                             "month; region is required; violations: at least one is "
                             "required; and 16 more problems"), sentence
    assert len(caught.value.others) == 8


def test_the_same_mistake_throughout_a_file_is_said_once() -> None:
    """A spreadsheet's export with a wrong region code on every row: one clause, the
    records named, not 200 copies of the list of known codes."""
    wrong = [GOOD | {"region": "atyrau_region"} for _ in range(200)]
    with pytest.raises(InvalidRecord) as caught:
        parse_incidents([GOOD, *wrong, GOOD | {"title": ""}])
    sentence = str(caught.value)
    assert sentence.count("atyrau_region") == 1 and sentence.count("known:") == 1
    assert sentence.startswith("record 2, record 3, record 4 and 197 more records: region: "
                               "unknown code 'atyrau_region'"), sentence
    assert sentence.endswith("; record 202: title is required")
    assert len(caught.value.others) == 200


def test_good_records_parse_in_order() -> None:
    parsed = parse_incidents([GOOD, GOOD | {"title": "Second"}])
    assert [i.title for i in parsed] == ["Activist detained after picket", "Second"]
