"""Every word the window shows goes through Qt's translation, so Russian and Kazakh
catalogues can follow without touching widgets. A pseudo-translation marks each
translated string; any visible text left unmarked was never offered for translation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)

from desktop_app.core.vocabulary import NAMES, vocabulary
from desktop_app.ui.kit.i18n import LANGUAGES
from tests.ui.conftest import unlock_through_dialog

OPEN, CLOSE = "⟦", "⟧"
WORDS = set((Path(__file__).resolve().parents[2] / "resources" / "wordlist.txt")
            .read_text("utf-8").split())


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def data_texts() -> set[str]:
    """Text that comes from data files or is a name, never from the program's words."""
    labels = {t.label(lang) for name in NAMES for t in vocabulary(name).terms
              for lang in ("en", "ru", "kk")}
    # "Test Monitor": the owner's name on their own card (Contacts), typed at first start.
    return labels | set(LANGUAGES.values()) | {"—", "Tirkeu", "Test Monitor"}


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((kind, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((kind + " placeholder", widget.placeholderText()))
        if widget.toolTip():
            found.append((kind + " tooltip", widget.toolTip()))
        if isinstance(widget, QComboBox):
            found += [(kind + " item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [(kind + " item", widget.item(i).text()) for i in range(widget.count())]
        if isinstance(widget, QTableView):
            model = widget.model()
            found += [(kind + " header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                      for c in range(model.columnCount())]
    for action in root.actions():
        found.append(("action", action.text()))
    return found


def untranslated(root: QWidget) -> list[tuple[str, str]]:
    data = data_texts()
    missing = []
    for kind, shown in visible_texts(root):
        text = shown.strip()
        if not text or OPEN in text or text in data or text.replace(",", "").isdigit():
            continue
        if set(text.split()) <= WORDS:  # a fingerprint read aloud: data, not wording
            continue
        # Choice boxes show "<translated name>: <translated all>" and the like.
        if all(part.strip() in data or OPEN in part for part in text.split(":")):
            continue
        missing.append((kind, text))
    return missing


def test_every_visible_string_is_translatable(qtbot, controller, data_dir) -> None:  # type: ignore[no-untyped-def]
    app = QCoreApplication.instance()
    pseudo = PseudoTranslator()
    app.installTranslator(pseudo)
    try:
        from desktop_app.ui.shell.controller import Controller

        fresh = Controller(data_dir)  # built after the translator, as at start-up
        qtbot.addWidget(fresh.window)
        fresh.ask_to_unlock()
        assert untranslated(fresh.dialog) == []
        unlock_through_dialog(qtbot, fresh)
        fresh.new_incident()
        for section in fresh.window.editor.sections.values():
            section.set_open(True)
        fresh.window.editor.victims.add_row()
        assert untranslated(fresh.window) == []
        for page in ("people", "exchange", "contacts", "settings"):
            fresh.window.show_page(page)
            assert fresh.window.current_page().isVisible(), page
            assert untranslated(fresh.window) == [], page
        fresh.shutdown()
    finally:
        app.removeTranslator(pseudo)


def test_the_check_catches_a_plain_string(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    QLabel("Never translated", root)
    QLabel(f"{OPEN}Translated{CLOSE}", root)
    assert untranslated(root) == [("QLabel", "Never translated")]
