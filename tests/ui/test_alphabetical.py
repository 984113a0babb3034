"""Lists in the window in the order of the Kazakh and Russian alphabets, as a person who
clicks a column header or opens People expects them (Ә right after А, Қ after К, Ұ Ү
after У, І after Ы; Latin after Cyrillic)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCollator, QLocale, QPoint, Qt

from desktop_app.core.filters import SortKey
from desktop_app.core.interchange import incident_from_json
from desktop_app.storage.spelling import sort_key
from desktop_app.ui.incidents.page import IncidentsPage
from desktop_app.ui.people.controller import PeopleController
from desktop_app.ui.people.page import PeoplePage
from tests.test_search_scripts import ALPHABETICAL
from tests.ui.conftest import session_with

EXPECTED = ["Абдрахманов Ерлан", "Әлиева Әсел", "Ғалымов Нұржан", "Иванов Дмитрий",
            "Қасымова Гүлнар", "Өтегенова Айгерим", "Үсенова Ғалия", "Ыбырай Мақсат",
            "Іпатова Юлия", "Яковлев Сергей", "Ivanova Saule"]


def _save_each(archive: Any) -> None:
    archive.incidents.save_many([incident_from_json({
        "title": f"Угроза: {name}", "date": "2021-03-01", "region": "almaty_city",
        "violations": ["threat"], "victims": [{"name": name}], "legal_cases": []})
        for name in reversed(EXPECTED)], "Test Monitor")


def test_clicking_the_title_header_sorts_titles_alphabetically(qtbot: Any, archive: Any) -> None:
    _save_each(archive)
    page = IncidentsPage("kk")
    qtbot.addWidget(page)
    page.attach(archive.listing)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    title = page.model.COLUMNS.index(SortKey.TITLE)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, title))

    def shown() -> list[str]:
        return [page.proxy.index(r, title).data() for r in range(page.proxy.rowCount())]

    wanted = [f"Угроза: {name}" for name in EXPECTED]
    qtbot.waitUntil(lambda: shown() in (wanted, wanted[::-1]))
    if shown() != wanted:  # the first click may sort either way; the next one reverses
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=_centre(header, title))
        qtbot.waitUntil(lambda: shown() == wanted)


def _centre(header: Any, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_people_are_listed_alphabetically(qtbot: Any, archive: Any) -> None:
    _save_each(archive)
    page = PeoplePage("ru")
    qtbot.addWidget(page)
    controller = PeopleController(page)
    controller.attach(session_with(archive))
    page.show()
    qtbot.waitExposed(page)
    table = page.people
    qtbot.waitUntil(lambda: table.rowCount() == len(EXPECTED))
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == EXPECTED
    controller.clear()


def test_the_windows_collator_agrees_with_the_stored_order() -> None:
    """Qt's Kazakh collation (ICU), used where the window sorts by itself, reads the
    alphabet as storage/spelling.py does."""
    collator = QCollator(QLocale("kk"))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    assert sorted(ALPHABETICAL, key=collator.sortKey) == ALPHABETICAL
    assert sorted(EXPECTED, key=collator.sortKey) == sorted(EXPECTED, key=sort_key) == EXPECTED
