"""The Summaries page as a coordinator uses it: counts appear without freezing the window,
a filter changes the table, the preview hides small counts, exports carry no names, and a
lock leaves no figure behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.ui.summaries.page import SummaryPage
from tests.data import upr_seed
from tests.ui.conftest import session_with
from tests.ui.test_translatable import PseudoTranslator, data_texts, untranslated


@pytest.fixture
def seeded(archive) -> Any:  # type: ignore[no-untyped-def]
    upr_seed.save_seed(archive)
    return archive


@pytest.fixture
def page(qtbot, seeded) -> SummaryPage:  # type: ignore[no-untyped-def]
    shown = SummaryPage("en")
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.attach(session_with(seeded))
    shown.show()
    qtbot.waitUntil(lambda: shown.summary is not None, timeout=10000)
    return shown


def cell(page: SummaryPage, row: str, column: str) -> str:
    """The text of the cross-table cell under these headers ("Total" for a total)."""
    model = page.grid_model

    def find(orientation: Qt.Orientation, count: int, label: str) -> int:
        return next(i for i in range(count) if model.headerData(i, orientation) == label)

    r = find(Qt.Orientation.Vertical, model.rowCount(), row)
    c = find(Qt.Orientation.Horizontal, model.columnCount(), column)
    return model.index(r, c).data()


def test_counts_appear_and_a_filter_changes_the_table(qtbot, page: SummaryPage) -> None:  # type: ignore[no-untyped-def]
    assert page.headline.text().startswith("Incidents: 750 ·")
    assert cell(page, "2011", "Total") == "101" and cell(page, "2018", "Total") == "555"
    assert cell(page, "Total", "Physical attack") == "194"
    # A coordinator types a period: the worker counts again and the table changes.
    page.choices.date_from.setText("2011")
    page.choices.date_to.setText("2017")
    page.choices.violation.set_code("physical_attack")
    qtbot.waitUntil(lambda: page.headline.text().startswith("Incidents: 58 ·"), timeout=10000)
    assert cell(page, "2011", "Physical attack") == "12"
    assert [page.grid_model.headerData(i, Qt.Orientation.Vertical)
            for i in range(page.grid_model.rowCount())][-1] == "Total"
    assert "2018" not in [page.grid_model.headerData(i, Qt.Orientation.Vertical)
                          for i in range(page.grid_model.rowCount())]
    assert "Victims: 70 (distinct people: 70; killed: 2)" in page.headline.text()


def test_counting_shows_progress_and_other_dimensions(qtbot, page: SummaryPage) -> None:  # type: ignore[no-untyped-def]
    page.choices.rows.setCurrentIndex(page.choices.rows.findData("article"))
    page.choices.columns.setCurrentIndex(page.choices.columns.findData("outcome"))
    page.recount()
    assert page.progress.isVisible() and page.cancel.isVisible()  # while the worker counts
    qtbot.waitUntil(lambda: not page.progress.isVisible(), timeout=10000)
    assert page.cross is not None and (page.cross.rows, page.cross.columns) == (
        "article", "outcome")
    assert cell(page, "Administrative · Art. 488 — Violating the legislation on the procedure "
                      "for organising and holding peaceful assemblies", "Convicted") == "12"
    assert cell(page, "Total", "Acquitted") == "5"
    assert page.category_chart.title == "Totals by Outcome of the case"
    assert [f.text for f in page.category_chart.rows] == ["5", "36"]


def test_preview_hides_small_counts_as_exports_will(qtbot, page: SummaryPage) -> None:  # type: ignore[no-untyped-def]
    page.choices.rows.setCurrentIndex(page.choices.rows.findData("article"))
    page.choices.columns.setCurrentIndex(page.choices.columns.findData("outcome"))
    qtbot.waitUntil(lambda: page.cross is not None and page.cross.rows == "article",
                    timeout=10000)
    assert cell(page, "Criminal · Art. 190 — Fraud", "Convicted") == "1"
    page.published.setChecked(True)
    assert cell(page, "Criminal · Art. 190 — Fraud", "Convicted") == "<3"
    texts = {page.grid_model.index(r, c).data() for r in range(page.grid_model.rowCount())
             for c in range(page.grid_model.columnCount())}
    assert not texts & {"1", "2"}
    assert "implemented: <3" in page.headline.text()


def test_exports_from_the_window_hold_counts_only(qtbot, page: SummaryPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    records = upr_seed.seed_incidents()
    names = {v["name"] for r in records for v in r["victims"]}
    for kind in ("cross.csv", "csv", "html", "pdf"):
        target = tmp_path / f"out.{kind}"
        assert page.export_to(kind, target), page.message.text()
        data = target.read_bytes()
        assert data and not [n for n in names if n.encode("utf-8") in data]
        assert target.stat().st_mode & 0o077 == 0  # private to this user
    assert page.message.text() == f"Saved {tmp_path / 'out.pdf'}."
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF-")


def test_lock_drops_every_figure(qtbot, page: SummaryPage) -> None:  # type: ignore[no-untyped-def]
    page.choices.date_from.setText("2018")  # 2018 and 2019
    qtbot.waitUntil(lambda: page.headline.text().startswith("Incidents: 562"), timeout=10000)
    assert page.choices.tag.count() > 1  # the tags in use are offered
    page.clear()
    assert page.summary is None and page.cross is None and page.source is None
    assert page.grid_model.rowCount() == 0 and page.figures_model.rowCount() == 0
    assert page.headline.text() == "" and page.choices.date_from.text() == ""
    assert page.choices.tag.count() == 1 and not page.time_chart.rows
    assert not page.export_pdf.isEnabled()


def test_every_visible_string_is_translatable(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    pseudo = PseudoTranslator()
    app.installTranslator(pseudo)
    try:
        shown = SummaryPage("en")
        qtbot.addWidget(shown)
        shown.attach(session_with(seeded))
        shown.show()
        qtbot.waitUntil(lambda: shown.summary is not None, timeout=10000)
        tags = {shown.choices.tag.itemText(i) for i in range(1, shown.choices.tag.count())}
        found = [(kind, text) for kind, text in untranslated(shown)
                 if text not in tags and text not in data_texts()]
        assert found == []
    finally:
        app.removeTranslator(pseudo)
