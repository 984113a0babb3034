"""The layout holds in every language: in Russian, in Kazakh and in a pseudo-language
40% longer than English, no label, button or check box shows less of its text than it
has, no column of the incident list cuts its heading or a value of the sample data, and
the editor's Violations list shows every choice without a scroll bar."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from desktop_app.core import language as core_language
from desktop_app.core.interchange import parse_incidents
from desktop_app.ui.kit import i18n
from desktop_app.ui.shell import controller as shell
from tests.ui.conftest import unlock_through_dialog
from tests.ui.pseudo_locale import build

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "realistic_incidents.json"
# The window's size on a common laptop (bench/screenshot.py takes it at the same).
SIZE = (1280, 800)
PAGES = ("summaries", "exchange", "settings")


@pytest.fixture(scope="session")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("pseudo"))


def speak(language: str, monkeypatch: pytest.MonkeyPatch, pseudo_catalogue: Path) -> str:
    """Start the next window in ``language`` (the pseudo-language stands in for Russian's
    catalogue, around Russian dates and labels); the code the window is told."""
    if language == "pseudo":
        russian = i18n.catalogue_path
        monkeypatch.setattr(i18n, "catalogue_path", lambda code: (
            str(pseudo_catalogue) if code == "ru" else russian(code)))
        language = "ru"
    monkeypatch.setattr(shell, "system_language", lambda: language)
    monkeypatch.delenv("TIRKEU_LANG")  # the system's language, nothing chosen over it
    return language


def sample_incidents(archive: Any) -> None:
    """The realistic incidents, and two more in the regions with the longest names."""
    records = json.loads(SAMPLE.read_text("utf-8"))
    for region, record in zip(("almaty_region", "east_kazakhstan"), records[:2], strict=True):
        records.append({**record, "id": None, "region": region, "date": "2019-09-28",
                        "date_end": None, "status": "verified"})
    archive.incidents.save_many(list(parse_incidents(
        [{k: v for k, v in r.items() if v is not None} for r in records])), archive.author)


@pytest.fixture(params=["ru", "kk", "pseudo"])
def window(request: pytest.FixtureRequest, qtbot: Any, data_dir: Path, no_dialogs: list[str],
           monkeypatch: pytest.MonkeyPatch, pseudo_catalogue: Path) -> Iterator[Any]:
    speak(request.param, monkeypatch, pseudo_catalogue)
    try:
        started = shell.Controller(data_dir)
        qtbot.addWidget(started.window)
        started.ask_to_unlock()
        unlock_through_dialog(qtbot, started)
        sample_incidents(started.archive)
        started.window.incidents.refresh()
        started.window.resize(*SIZE)
        qtbot.waitExposed(started.window)
        yield started
        started.shutdown()
    finally:
        i18n.install("en")
        core_language.use("en")


def settled() -> None:
    for _ in range(3):  # layouts asked for by a layout settle in the next round
        QApplication.processEvents()


def mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widest_line(widget: QWidget, text: str) -> int:
    return max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))


def text_room(widget: QWidget) -> tuple[str, int, int] | None:
    """(text, width it needs, width it has) of a widget showing one text, or None."""
    style = widget.style()
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or widget.textFormat() == Qt.TextFormat.RichText:
            return None
        text = mnemonic_free(widget.text()) if widget.buddy() else widget.text()
        room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        return text, widest_line(widget, text), room
    if isinstance(widget, QToolButton):  # sized by the bar from its hint
        if not widget.text():
            return None
        return widget.text(), widget.sizeHint().width(), widget.width()
    if isinstance(widget, QAbstractButton):
        if not widget.text():
            return None
        option = QStyleOptionButton()
        widget.initStyleOption(option)  # type: ignore[attr-defined]
        element = QStyle.SubElement.SE_PushButtonContents
        for kind, sub in ((QCheckBox, QStyle.SubElement.SE_CheckBoxContents),
                          (QRadioButton, QStyle.SubElement.SE_RadioButtonContents)):
            if isinstance(widget, kind):
                element = sub
        room = style.subElementRect(element, option, widget).width()
        text = mnemonic_free(widget.text())
        needed = widest_line(widget, text)
        if isinstance(widget, QPushButton) and not widget.icon().isNull():
            needed += widget.iconSize().width() + 4
        return text, needed, room
    if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)  # type: ignore[attr-defined]
        field = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                     QStyle.SubControl.SC_ComboBoxEditField, widget)
        return widget.currentText(), widest_line(widget, widget.currentText()), field.width()
    return None


def cramped(root: QWidget) -> list[tuple[str, str, int, int]]:
    """Widgets in sight whose text needs more width than they have: (kind, text, needed,
    room). A person sees these cut off."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        measured = text_room(widget)
        if measured is not None and measured[1] > measured[2]:
            found.append((type(widget).__name__, *measured))
    return found


def cut_columns(w: Any) -> list[tuple[str, int, int]]:
    """Columns of the incident list narrower than their heading, or (all but the title and
    the violations, which stretch and elide by design) than their longest value."""
    table = w.incidents.table
    header = table.horizontalHeader()
    model = table.model()
    found = []
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        needed = header.sectionSizeFromContents(column).width()
        if column not in (1, 3):
            needed = max(needed, table.sizeHintForColumn(column))
        if header.sectionSize(column) < needed:
            found.append((title, needed, header.sectionSize(column)))
    return found


def cut_sideways(root: QWidget) -> list[tuple[str, int, int]]:
    """Scrolling panes in sight whose content is wider than they are: it is either cut off
    at the right edge or has to be scrolled sideways to be read. (name, content width,
    pane width)"""
    found = []
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisible() and inner is not None and \
                inner.width() > area.viewport().width():
            found.append((type(inner).__name__, inner.width(), area.viewport().width()))
    return found


def open_record(window: Any) -> Any:
    """The first incident open beside the list, every section unfolded, a person added."""
    w = window.window
    w.show_page("incidents")
    window.open_incident(w.incidents.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1))
    w.editor.show_details(True)
    for section in w.editor.sections.values():
        section.set_open(True)
    w.editor.victims.add_row()
    settled()
    return w.editor


def test_the_incident_list_holds(qtbot: Any, window: Any) -> None:
    w = window.window
    w.show_page("incidents")
    settled()
    assert w.incidents.model.rowCount() == 12
    assert cut_columns(w) == []
    assert cramped(w) == []
    assert cut_sideways(w) == []


def test_the_open_record_holds(qtbot: Any, window: Any) -> None:
    w = window.window
    open_record(window)
    assert cramped(w) == []
    assert cut_sideways(w) == [], "the record or the list is cut off or scrolls sideways"
    assert cut_columns(w) == [], "beside the open record"


def test_every_violation_is_in_sight(qtbot: Any, window: Any) -> None:
    violations = open_record(window).violations
    assert violations.count() > 10
    assert not violations.verticalScrollBar().isVisible()
    assert not violations.horizontalScrollBar().isVisible()
    view = violations.viewport().rect()
    for row in range(violations.count()):
        shown = violations.visualItemRect(violations.item(row))
        assert view.contains(shown), violations.item(row).text()
        needed = violations.fontMetrics().horizontalAdvance(violations.item(row).text())
        assert shown.height() > violations.fontMetrics().height() or \
            needed < shown.width(), violations.item(row).text()  # wrapped, or in one line


@pytest.mark.parametrize("page", PAGES)
def test_every_page_holds(qtbot: Any, window: Any, page: str) -> None:
    w = window.window
    w.show_page(page)
    assert w.current_page().isVisible(), page
    settled()
    assert cramped(w) == []
    assert cut_sideways(w) == []


def test_columns_fit_again_when_the_language_changes_live(
        qtbot: Any, data_dir: Path, no_dialogs: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_live_language import choose

    monkeypatch.setattr(shell, "system_language", lambda: "en")
    monkeypatch.delenv("TIRKEU_LANG")
    try:
        started = shell.Controller(data_dir)
        qtbot.addWidget(started.window)
        started.ask_to_unlock()
        unlock_through_dialog(qtbot, started)
        sample_incidents(started.archive)
        w = started.window
        w.incidents.refresh()
        w.resize(*SIZE)
        qtbot.waitExposed(w)
        settled()
        english = w.incidents.table.horizontalHeader().sectionSize(2)
        assert cut_columns(w) == []
        for language in ("ru", "kk", "en"):
            choose(started, language)
            w.show_page("incidents")
            settled()
            assert cut_columns(w) == [], language
        # Back in English, the region column is as narrow as before, not Russian-wide.
        assert w.incidents.table.horizontalHeader().sectionSize(2) == english
        started.shutdown()
    finally:
        i18n.install("en")
        core_language.use("en")
