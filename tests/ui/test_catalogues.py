"""The window's Russian and Kazakh catalogues: every message finished with the source's
placeholders and the language's plural forms, the committed .qm built from the .ts as
they are now, and a window in either language that shows no English of its own."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.ui.kit import i18n
from tests.ui.conftest import unlock_through_dialog
from tests.ui.test_translatable import WORDS, data_texts, visible_texts

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("ru", "kk")
# Forms Qt's plural rules ask for (lrelease drops any beyond them, and a catalogue with
# fewer leaves counts in English): Russian one/few/many. Kazakh has one form in grammar
# ("5 оқиға"), but Qt counts it as English does, so its two forms are the same words.
PLURAL_FORMS = {"ru": 3, "kk": 2}
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")


def messages(language: str) -> list[ET.Element]:
    root = ET.parse(TRANSLATIONS / f"tirkeu_{language}.ts").getroot()  # noqa: S314
    return list(root.iter("message"))


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return found or shutil.which("pyside6-lrelease") or pytest.skip("no pyside6-lrelease")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished_with_its_placeholders(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"tirkeu_{language}.ts").getroot()  # noqa: S314
    assert root.get("language", "").split("_")[0] == language  # lrelease's plural rules
    found = messages(language)
    assert len(found) > 400
    problems = []
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(("unfinished", source))
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[language]:
                problems.append((f"{len(forms)} plural forms", source))
            if language == "kk" and len(set(forms)) != 1:
                problems.append(("Kazakh forms differ", source))
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(("empty", source))
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(("placeholders", source, form))
            if form.count("&") != source.count("&"):
                problems.append(("accelerator", source, form))
    assert problems == []


def test_both_catalogues_hold_the_same_messages() -> None:
    def keys(language: str) -> set[tuple[str, str]]:
        return {(m.findtext("source") or "", m.findtext("comment") or "")
                for m in messages(language)}

    assert keys("ru") == keys("kk")


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_is_built_from_the_source(language: str, tmp_path: Path) -> None:
    # lrelease's output is byte-for-byte the same for the same .ts (tried: twice, and
    # from a copy elsewhere), so the bytes are compared.
    built = tmp_path / f"tirkeu_{language}.qm"
    subprocess.run([lrelease(), "-silent", str(TRANSLATIONS / f"tirkeu_{language}.ts"),
                    "-qm", str(built)], check=True, capture_output=True)
    committed = TRANSLATIONS / f"tirkeu_{language}.qm"
    assert committed.is_file(), "run packaging/update_translations.sh and commit the .qm"
    assert committed.read_bytes() == built.read_bytes(), (
        f"{committed.name} is stale: run packaging/update_translations.sh")


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_follow_the_language(language: str, qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"tirkeu_{language}.qm"))
    qapp.installTranslator(translator)
    try:
        shown = [QCoreApplication.translate("DeliveryStatus", "Unlocked · %n incident(s)", "", n)
                 for n in (1, 3, 5, 21)]
    finally:
        qapp.removeTranslator(translator)
    if language == "ru":
        assert shown == ["Разблокировано · 1 инцидент", "Разблокировано · 3 инцидента",
                         "Разблокировано · 5 инцидентов", "Разблокировано · 21 инцидент"]
    else:
        assert shown == [f"Құлпы ашық · {n} оқиға" for n in (1, 3, 5, 21)]


# Latin letters a Russian or Kazakh window still shows: the program's name, formats,
# keys (Esc, as printed on the key, in the wipe countdown) and the names of hash functions,
# none of them words to translate.
# The other tools' and formats' own names (Martus, Uwazi, Syncthing, XLSX…) stay as they are.
KEPT = re.compile(r"Tirkeu|Martus|Uwazi|HURIDOCS|Syncthing|Nextcloud|XLSX|Excel|SHA-256|CSV|"
                  r"HTML|PDF|GPS|Ctrl\+\S+|Enter|Delete|Esc\b|\*\.json|\(\*\)")


def english(root, allowed: set[str]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    data = data_texts() | allowed
    found = []
    for kind, shown in visible_texts(root):
        text = shown.strip()
        if not text or text in data or set(text.split()) <= WORDS:  # fingerprint words
            continue
        if all(part.strip() in data or not re.search("[A-Za-z]", part)
               for part in text.split(":")):
            continue
        rest = KEPT.sub("", text.replace("&", ""))
        for value in allowed:
            rest = rest.replace(value, "")
        if re.search("[A-Za-z]", rest):
            found.append((kind, text))
    return found


class Unanswered(QTranslator):
    """Installed before the catalogue, so Qt asks it only what the catalogue lacks: a
    sentence in another context than lupdate filed it under, or never extracted."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        # Answers nothing (None): Qt shows the source. Qt's own widgets ask for their words.
        if source and not context.startswith("Q"):
            self.asked.add((context, source))

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_speaks_the_language(language: str, qtbot, data_dir, no_dialogs,  # type: ignore[no-untyped-def]
                                        monkeypatch) -> None:
    from desktop_app.ui.shell import controller as shell

    monkeypatch.setattr(shell, "system_language", lambda: language)
    monkeypatch.delenv("TIRKEU_LANG")  # the system's language, nothing chosen over it
    i18n.install_plurals()
    unanswered = Unanswered()
    QCoreApplication.instance().installTranslator(unanswered)
    try:  # the window installs the catalogue of the system's language before any widget
        window_controller = shell.Controller(data_dir)
        qtbot.addWidget(window_controller.window)
        assert i18n._installed, "no catalogue installed for " + language
        window_controller.ask_to_unlock()
        allowed = {str(data_dir), str(data_dir.resolve())}
        assert english(window_controller.dialog, allowed) == []
        unlock_through_dialog(qtbot, window_controller)
        window = window_controller.window
        window.show_page("incidents")
        assert english(window, allowed) == [], "incidents"
        window_controller.new_incident()
        for section in window.editor.sections.values():
            section.set_open(True)
        window.editor.victims.add_row()
        assert english(window, allowed) == [], "editor"
        for page in ("summaries", "settings"):
            window.show_page(page)
            assert window.current_page().isVisible(), page
            assert english(window, allowed) == [], page
        window_controller.shutdown()
        assert unanswered.asked == set()
    finally:
        QCoreApplication.instance().removeTranslator(unanswered)
        i18n.install("en")


def test_the_check_catches_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    QLabel("Сохранить (Ctrl+S)", root)
    QLabel("Export CSV", root)
    assert english(root, set()) == [("QLabel", "Export CSV")]


def not_held_by_a_base(language: str, asked: set[tuple[str, str]],
                       *classes: type) -> set[tuple[str, str]]:
    """``asked`` less what a base class's context holds: PySide's ``tr`` asks a widget's
    own class first, then each base in turn (a WorkDialog's Cancel, asked as DuressDialog)."""
    root = ET.parse(TRANSLATIONS / f"tirkeu_{language}.ts").getroot()  # noqa: S314
    held = {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}
    bases = {cls.__name__: [base.__name__ for base in cls.__mro__[1:]] for cls in classes}
    return {(context, source) for context, source in asked
            if not any((base, source) in held for base in bases.get(context, []))}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_safety_parts_speak_the_language(language: str, qtbot, data_dir, tmp_path,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    """(c) for what a coordinator sees of the safety part: the backup reminder, Settings'
    Backup and "If the laptop is taken" boxes (the whole page, scrolled or not), the wipe
    question and its countdown, and the duress and restore dialogs."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.settings.duress_dialog import DuressDialog
    from desktop_app.ui.shell import controller as shell
    from desktop_app.ui.shell.restore_dialog import RestoreDialog
    from tests.ui.test_accessibility import keyboard_problems

    monkeypatch.setattr(shell, "system_language", lambda: language)
    monkeypatch.delenv("TIRKEU_LANG")  # the system's language, nothing chosen over it
    i18n.install_plurals()
    unanswered = Unanswered()
    QCoreApplication.instance().installTranslator(unanswered)
    try:
        window_controller = shell.Controller(data_dir)
        qtbot.addWidget(window_controller.window)
        window_controller.ask_to_unlock()
        unlock_through_dialog(qtbot, window_controller, coordinator=True)
        window = window_controller.window
        allowed = {str(data_dir), str(data_dir.resolve())}

        # A coordinator who never backed up is reminded, in a bar over every page.
        window.show_page("incidents")
        qtbot.waitUntil(window.banner.isVisible)
        assert english(window.banner, allowed) == [], "reminder"
        assert window.backup_state.isVisible() and english(window, allowed) == [], "status"

        # Settings: both safety boxes, their sentences and buttons, scrolled into view or not.
        window.show_page("settings")
        section = window_controller.settings.page.safety
        qtbot.waitUntil(section.backup_button.isVisible)
        for widget in (section.backup_box, section.protect_box, section.remind,
                       section.wipe_after_on, section.wipe_button):
            assert widget.isVisibleTo(window), widget.objectName()
        section.wipe_after_on.setChecked(True)  # the count and its sentence
        # Group titles and the counts' words are no label's text: asked for here.
        for shown in (section.backup_box.title(), section.protect_box.title(),
                      section.remind.suffix(), section.wipe_after.suffix()):
            assert shown.strip() and not re.search("[A-Za-z]", shown), shown
        assert english(window, allowed) == [], "settings"
        assert english(section, allowed) == [], "safety section"
        assert keyboard_problems(window.current_page()) == [], "settings keys"

        # The duress dialog, opened from its button.
        qtbot.mouseClick(section.duress_button, Qt.MouseButton.LeftButton)
        dialog = window_controller.safety.settings.dialog
        qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
        assert english(dialog, allowed) == [], "duress"
        assert keyboard_problems(dialog) == [], "duress keys"
        dialog.reject()

        for restore in (RestoreDialog(None, window), RestoreDialog(tmp_path, window)):
            qtbot.addWidget(restore)
            restore.show()
            assert english(restore, allowed | {str(tmp_path)}) == [], "restore"
            assert keyboard_problems(restore) == [], "restore keys"
            restore.reject()

        # The wipe: its question, then its countdown, cancelled before it reaches zero.
        flow = window_controller.safety.wipe_flow
        window.wipe_action.trigger()
        box = flow.asking
        qtbot.waitUntil(lambda: box is not None and box.isVisible())
        assert english(box, allowed) == [], "wipe question"
        assert not re.search("[A-Za-z]", KEPT.sub("", box.informativeText().replace(
            str(data_dir), ""))), box.informativeText()
        qtbot.mouseClick(flow.wipe_button, Qt.MouseButton.LeftButton)
        countdown = flow.counting
        qtbot.waitUntil(lambda: countdown is not None and countdown.isVisible())
        assert english(countdown, allowed) == [], "countdown"
        assert keyboard_problems(countdown) == [], "countdown keys"
        qtbot.mouseClick(countdown.cancel, Qt.MouseButton.LeftButton)
        assert flow.counting is None and window_controller.archive is not None
        window_controller.shutdown()
        assert not_held_by_a_base(language, unanswered.asked, DuressDialog,
                                  RestoreDialog) == set()
    finally:
        QCoreApplication.instance().removeTranslator(unanswered)
        i18n.install("en")


QT_BUTTONS = {
    "ru": {"Yes": "&Да", "No": "&Нет", "Save": "Сохранить", "Cancel": "Отмена",
           "Discard": "Не сохранять", "Close": "Закрыть", "Ok": "ОК"},
    "kk": {"Yes": "&Иә", "No": "&Жоқ", "Save": "Сақтау", "Cancel": "Бас тарту",
           "Discard": "Сақтамау", "Close": "Жабу", "Ok": "ОК"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_standard_buttons_speak_the_language(language: str, qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's own buttons (the may-I-leave question's Save/Discard/Cancel, Yes/No in every
    confirmation) read in the window's language, though Qt's catalogues are not shipped."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    assert i18n.install(language, qapp)
    try:
        box = QDialogButtonBox()
        shown = {name: box.addButton(getattr(QDialogButtonBox.StandardButton, name)).text()
                 for name in QT_BUTTONS[language]}
        question = QMessageBox(QMessageBox.Icon.Question, "", "",
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        asked = [question.button(QMessageBox.StandardButton.Yes).text(),
                 question.button(QMessageBox.StandardButton.No).text()]
    finally:
        i18n.install("en", qapp)
    assert shown == QT_BUTTONS[language]
    assert asked == [QT_BUTTONS[language]["Yes"], QT_BUTTONS[language]["No"]]
