"""Every control of the shell, People, Summaries, Exchange, Contacts and Settings has a
name a screen reader can say and a keyboard path; focus is always visible; text and the
focus ring stay readable in the light and the dark palette."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFocusFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from desktop_app.core.interchange import incident_from_json
from desktop_app.session import Topic
from desktop_app.ui.contacts.page import CardCheckDialog
from desktop_app.ui.kit import style
from desktop_app.ui.shell.unlock_dialog import VaultDialog
from tests.ui.conftest import unlock_through_dialog

PAGES = ("people", "summaries", "exchange", "contacts", "settings")
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget`` (Qt's accessibility interface)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return "" if face is None else face.text(QAccessible.Text.Name).strip()


def has_label(widget: QWidget) -> bool:
    """An input is named for what it asks, not for what it holds: an accessible name set
    on it, or a label whose buddy it is."""
    if widget.accessibleName().strip():
        return True
    return any(label.buddy() is widget for label in widget.window().findChildren(QLabel))


def focusable(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QFocusFrame):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue  # the box's own line edit: the box is the control
        found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in focusable(root):
        what = f"{type(widget).__name__} {widget.objectName()!r}"
        if not accessible_name(widget):
            missing.append(what + ": no accessible name")
        elif isinstance(widget, INPUTS) and not has_label(widget):
            missing.append(what + f": named only by its value {accessible_name(widget)!r}")
    return missing


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def keyboard_problems(root: QWidget) -> list[str]:
    """Buttons and check boxes without an Alt key, and Alt keys used twice on ``root``."""
    problems, seen = [], {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) and not widget.parent().inherits("QToolBar"):
            texts = [widget.text()]
            if isinstance(widget, (QPushButton, QCheckBox)) and widget.text() and \
                    mnemonic(widget.text()) is None:
                problems.append(f"{type(widget).__name__} {widget.text()!r} has no Alt key")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            key = mnemonic(text)
            if key is not None and key in seen:
                problems.append(f"Alt+{key.upper()}: {seen[key]!r} and {text!r}")
            elif key is not None:
                seen[key] = text
    return problems


@pytest.fixture
def unlocked(qtbot, controller) -> Any:  # type: ignore[no-untyped-def]
    """A window with something on every page: an incident with a person and a case, a
    contact who is a coordinator, a person chosen on People."""
    unlock_through_dialog(qtbot, controller)
    archive = controller.archive
    archive.incidents.save(incident_from_json({
        "title": "Қамауға алу", "date": "2018-05-12", "region": "almaty_city",
        "violations": ["arrest"],
        "victims": [{"name": "Әлия Серікбаева", "category": "journalist"}],
        "legal_cases": [{"defendant": "Әлия Серікбаева", "code": "administrative",
                         "article": "488", "outcome": "convicted"}]}), archive.author)
    card = archive.keys().card()
    archive.contacts.add("Айгерім Бекова", card.age_recipient, card.ssh_key,
                         "0" * 64, coordinator=True)
    controller.session.changed(Topic.INCIDENTS)
    controller.session.changed(Topic.CONTACTS)
    controller.window.show_page("people")
    qtbot.waitUntil(lambda: controller.people.page.people.rowCount() == 1)
    controller.people.page.people.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: controller.people.page.shown_id is not None)
    return controller


def test_every_control_has_a_name_and_a_key(unlocked) -> None:  # type: ignore[no-untyped-def]
    window = unlocked.window
    problems: dict[str, list[str]] = {}
    for key in PAGES:
        window.show_page(key)
        page = window.current_page()
        assert len(focusable(page)) >= 3, key  # the walk sees the page's controls
        views = [page]
        if key == "exchange":
            tabs = unlocked.exchange.page.tabs
            views = []
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                problems[f"{key} tab {i}"] = unnamed(page) + keyboard_problems(page)
        for view in views:
            problems[key] = unnamed(view) + keyboard_problems(view)
    # The frame: navigation and toolbar (the toolbar's actions have Ctrl shortcuts).
    problems["window"] = [p for p in unnamed(window) if "nav" in p]
    assert window.nav.accessibleName()
    assert all(action.shortcut().toString() for action in (
        window.new_action, window.lock_action, window.panic_action))
    assert {k: v for k, v in problems.items() if v} == {}


def test_unlock_dialog_and_card_check_have_names_and_keys(qtbot, unlocked, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for creating in (True, False):
        dialog = VaultDialog(tmp_path, creating, lambda *a: None, lambda *a, **k: None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [] and keyboard_problems(dialog) == [], creating
    check = CardCheckDialog(unlocked.archive.keys().card(), unlocked.contacts.page)
    qtbot.addWidget(check)
    check.show()
    assert unnamed(check) == [] and keyboard_problems(check) == []


def test_the_check_catches_an_unnamed_control_and_a_clash(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    QPushButton("&Save", root)
    QCheckBox("&Show all", root)
    QRadioButton("plain", root)
    assert len(unnamed(root)) == 1
    assert keyboard_problems(root) == ["Alt+S: '&Save' and '&Show all'"]


def test_focus_is_drawn_around_the_focused_control(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    window = unlocked.window
    ring = style.focus_ring()
    assert ring is not None
    window.show_page("settings")
    qtbot.waitUntil(window.isActiveWindow)
    for widget in (unlocked.settings.page.owner_name, unlocked.settings.page.mask,
                   window.nav):
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is w)
        assert ring.widget is widget


@pytest.mark.parametrize("palette", ["platform", "dark"])
def test_text_and_focus_stay_readable(qtbot, palette: str) -> None:  # type: ignore[no-untyped-def]
    style.apply()  # as the window's controller does
    colours = style.readable_selection(style.dark_palette() if palette == "dark"
                                       else QApplication.palette())
    window = colours.color(QPalette.ColorRole.Window)
    base = colours.color(QPalette.ColorRole.Base)
    assert style.contrast(colours.color(QPalette.ColorRole.WindowText), window) >= 7
    assert style.contrast(colours.color(QPalette.ColorRole.Text), base) >= 7
    assert style.contrast(colours.color(QPalette.ColorRole.HighlightedText),
                          colours.color(QPalette.ColorRole.Highlight)) >= 4.5
    assert style.contrast(style.focus_colour(colours), window) >= style.MIN_CONTRAST
    for role in ("error", "warning", "good"):
        assert style.contrast(QColor(style.colour(role, colours)), window) >= 4.5, role


DARK_SCRIPT = """
from PySide6.QtWidgets import QApplication
from desktop_app.ui.kit import style
app = QApplication([])
style.apply(app)
print("dark" if style.is_dark() else "light", style.focus_ring() is not None)
"""


def test_tirkeu_theme_dark_gives_a_dark_window() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIRKEU_THEME="dark")
    done = subprocess.run([sys.executable, "-c", DARK_SCRIPT], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["dark", "True"]
