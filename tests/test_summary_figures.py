"""Every figure of the UPR submission is one query away, through the summary service and
through `tirkeu summary --format json`, on fictional incidents built to match them
(tests/data/upr_seed.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app import cli
from desktop_app.core.dates import FuzzyDate
from desktop_app.core.filters import IncidentFilter
from desktop_app.crypto import vault
from desktop_app.reports.crosstab import crosstab
from desktop_app.reports.summary import compute, summarize
from desktop_app.storage.archive import create_archive
from tests.conftest import PASSPHRASE
from tests.data import upr_seed as seed


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path, Path]]:
    """One vault holding the seed incidents for the whole module (cheap Argon2id), with a
    passphrase file for the command."""
    root = tmp_path_factory.mktemp("upr")
    archive, _ = create_archive(root / "data", PASSPHRASE, recovery_code=False,
                                params=vault.FLOOR)
    seed.save_seed(archive)
    passphrase = root / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    try:
        yield archive, root / "data", passphrase
    finally:
        archive.close()


def between(start: str | None, end: str | None, **more: Any) -> IncidentFilter:
    return IncidentFilter(date_from=FuzzyDate.parse(start) if start else None,
                          date_to=FuzzyDate.parse(end) if end else None, **more)


def command(seeded: tuple[Any, Path, Path], capsys: pytest.CaptureFixture[str],
            *args: str) -> dict[str, Any]:
    """`tirkeu summary --format json ARGS`, in-process; its printed object."""
    _archive, folder, passphrase = seeded
    capsys.readouterr()
    code = cli.main(["--data-dir", str(folder), "--passphrase-file", str(passphrase),
                     "summary", "--format", "json", *args])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def test_101_incidents_over_five_months_of_2011(seeded, capsys) -> None:  # type: ignore[no-untyped-def]
    archive = seeded[0]
    summary = compute(archive, between("2011", "2011"))
    assert summary.incidents == seed.INCIDENTS_2011 == 101
    assert list(summary.by_month) == list(seed.MONTHS_2011)  # five months, no other
    assert sum(summary.by_month.values()) == 101
    assert summarize(archive, between("2011-03", "2011-07"))["incidents"] == 101
    assert summarize(archive, between("2011-04", "2011-07"))["incidents"] < 101
    figures = command(seeded, capsys, "--from", "2011", "--to", "2011")
    assert figures["incidents"] == 101 and figures["by_year"] == {"2011": 101}
    assert (figures["from"], figures["to"]) == ("2011", "2011")
    assert command(seeded, capsys, "--from", "2011-03", "--to", "2011-07")["incidents"] == 101


def test_555_cases_recorded_in_2018(seeded, capsys) -> None:  # type: ignore[no-untyped-def]
    assert summarize(seeded[0], between("2018", "2018"))["incidents"] == 555
    figures = command(seeded, capsys, "--from", "2018", "--to", "2018")
    assert figures["incidents"] == 555 and figures["by_year"] == {"2018": 555}
    everything = command(seeded, capsys)
    assert everything["by_year"]["2011"] == 101 and everything["by_year"]["2018"] == 555
    assert (everything["from"], everything["to"]) == (None, None)


def test_seventy_activists_assaulted_two_fatally_four_reached_a_remedy(seeded, capsys) -> None:  # type: ignore[no-untyped-def]
    f = between("2011", "2017", violation="physical_attack")
    for figures in (summarize(seeded[0], f),
                    command(seeded, capsys, "--from", "2011", "--to", "2017",
                            "--violation", "physical_attack")):
        victims = figures["victims"]
        assert (victims["total"], victims["people"], victims["fatal"]) == (70, 70, 2)
        assert set(victims["by_category"]) <= set(seed.ACTIVISTS)
        assert sum(victims["by_category"].values()) == 70
        assert figures["remedies"]["total"] == seed.ASSAULT_REMEDIES == 4


def test_seventeen_defenders_tried_five_acquitted(seeded, capsys) -> None:  # type: ignore[no-untyped-def]
    f = between("2015", "2017", victim_category="human_rights_defender")
    cli_figures = command(seeded, capsys, "--from", "2015", "--to", "2017",
                          "--category", "human_rights_defender")
    for figures in (summarize(seeded[0], f), cli_figures):
        cases = figures["legal_cases"]
        assert cases["by_code"] == {"criminal": 17}
        assert cases["by_outcome"] == {"acquitted": 5, "convicted": 12}
        assert figures["victims"]["people"] == 17
    table = crosstab(seeded[0], f, "article", "outcome")
    convictions = {a: table.cell(a, "convicted") for a in table.row_keys
                   if table.cell(a, "convicted")}
    assert convictions == seed.CONVICTION_ARTICLES  # art. 174, 130, 274, 400, 190, 380, 309
    assert table.column_totals == {"acquitted": 5, "convicted": 12}
    by_cli = command(seeded, capsys, "--from", "2015", "--to", "2017", "--category",
                     "human_rights_defender", "--rows", "article", "--columns", "outcome")
    assert {a: row["convicted"] for a, row in by_cli["cells"].items() if row["convicted"]} \
        == seed.CONVICTION_ARTICLES
    assert by_cli["unit"] == "cases" and by_cli["total"] == 17


def test_administrative_cases_ended_in_fines_or_detention(seeded, capsys) -> None:  # type: ignore[no-untyped-def]
    figures = command(seeded, capsys, "--violation", "administrative_prosecution")
    cases = figures["legal_cases"]
    assert cases["by_article"] == seed.ADMINISTRATIVE_ARTICLES  # art. 488, 434, 699
    assert cases["by_penalty"] == seed.ADMINISTRATIVE_PENALTIES  # fines, detention
    table = crosstab(seeded[0], IncidentFilter(), "case_code", "penalty")
    assert {p for (code, p), n in table.cells.items() if code == "administrative"} == {
        "fine", "administrative_detention"}


def test_un_committee_views_in_favour_not_implemented(seeded, capsys) -> None:  # type: ignore[no-untyped-def]
    table = crosstab(seeded[0], IncidentFilter(), "remedy_mechanism", "implemented")
    assert table.cell("un_human_rights_committee", "no") == seed.UN_VIEWS == 3
    assert table.cell("un_human_rights_committee", "yes") == 0
    remedies = command(seeded, capsys, "--category", "human_rights_defender")["remedies"]
    assert remedies == {"total": 3, "by_mechanism": {"un_human_rights_committee": 3},
                        "by_outcome": {"in_favour": 3}, "implemented": 0}


def test_the_json_is_the_shape_design_md_gives(seeded, capsys) -> None:  # type: ignore[no-untyped-def]
    figures = command(seeded, capsys, "--from", "2015", "--to", "2017")
    assert list(figures) == ["incidents", "from", "to", "by_year", "by_region",
                             "by_violation", "victims", "legal_cases", "remedies"]
    assert list(figures["victims"]) == ["total", "people", "fatal", "by_category"]
    assert list(figures["legal_cases"]) == ["total", "by_code", "by_article", "by_outcome",
                                            "by_penalty"]
    assert list(figures["remedies"]) == ["total", "by_mechanism", "by_outcome", "implemented"]
    assert all(key.startswith(("criminal ", "administrative "))
               for key in figures["legal_cases"]["by_article"])
    assert figures == summarize(seeded[0], between("2015", "2017"))
