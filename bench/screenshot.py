"""Start the real window under Xvfb with a few incidents and save PNG screenshots.

    xvfb-run -a -s "-screen 0 1400x860x24" python bench/screenshot.py [OUT_DIR]

Every page (Incidents with a record open, People, Summaries, Exchange, Contacts,
Settings), the quick record, the unlock dialog and the first-start dialog, once in the
light and once in the dark palette (``TIRKEU_THEME``; each theme in its own process,
since a palette is chosen at start): ``incidents-light.png``, ``incidents-dark.png``, …
The light run also writes ``main-window.png``, ``masked-names.png``, ``stale-save.png``,
``backup-reminder.png``, ``wipe-question.png``, ``wipe-countdown.png`` and
``duress-dialog.png``; both write ``restore-first-start-<theme>.png``.

With ``TIRKEU_LANG=ru`` or ``kk`` (or ``pseudo``: the pseudo-translation of
tests/ui/pseudo_locale.py, 40% longer than English, over Russian dates and labels) one
process takes the window in that language instead: ``incidents-ru.png`` (the list, a
record open beside it), ``editor-ru.png`` (the record scrolled to its people and cases),
``summaries-ru.png``, ``exchange-ru.png`` and ``settings-ru.png``.

Screenshots are taken from the X server (ImageMagick `import -window ID`), so they show
what a person would see, fonts included. Default OUT_DIR: docs/screenshots.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "screenshot passphrase words"
THEMES = ("light", "dark")
LANGUAGES = ("ru", "kk", "pseudo")
OWNER = "Әлия Серікбаева"
COORDINATOR = "Айгерім Бекова"


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    if not shutil.which("import"):
        sys.exit("ImageMagick's `import` is needed (apt-get install imagemagick).")
    language = os.environ.get("TIRKEU_LANG", "")
    if language in LANGUAGES:
        take_language(out, language)
        return
    theme = os.environ.get("TIRKEU_THEME", "")
    if theme not in THEMES:
        for theme in THEMES:  # one process per theme
            subprocess.run([sys.executable, __file__, str(out)], check=True,
                           env={**os.environ, "TIRKEU_THEME": theme})
        return
    take(out, theme)


def vault_with_incidents(base: Path) -> Path:
    """A monitor's vault: the realistic incidents, and a coordinator among the contacts."""
    from desktop_app.core.interchange import parse_incidents
    from desktop_app.storage.archive import create_archive
    from desktop_app.sync.contacts import add_contact

    folder = base / "data"
    archive, _ = create_archive(folder, PASSPHRASE, owner_name=OWNER, recovery_code=False)
    coordinator, _ = create_archive(base / "coordinator", PASSPHRASE, owner_name=COORDINATOR,
                                    role="coordinator", recovery_code=False)
    try:
        records = json.loads((ROOT / "tests" / "data" / "realistic_incidents.json")
                             .read_text("utf-8"))
        # And one in the region whose name runs longest in the list's column.
        extra = {k: v for k, v in records[0].items() if k not in ("id", "date_end")}
        records.append({**extra, "region": "almaty_region", "date": "2019-09-28",
                        "title": "Қонаевта тілшінің телефоны тәркіленді"})
        archive.incidents.save_many(list(parse_incidents(records)), OWNER)
        add_contact(archive, coordinator.keys().card(), coordinator=True, trusted_signer=True)
    finally:
        coordinator.close()
        archive.close()
    return folder


def take(out: Path, theme: str) -> None:
    from desktop_app.ui.shell.controller import Controller

    base = Path(tempfile.mkdtemp())
    folder = vault_with_incidents(base)
    app = QApplication(sys.argv[:1])
    first = Controller(base / "new")  # an empty folder: the first-start questions
    first.ask_to_unlock()
    controller = Controller(folder)
    window = controller.window
    steps: list[tuple[int, Callable[[], object]]] = []

    def shot(widget: QWidget, name: str, *, with_lists: bool = False) -> None:
        """``with_lists``: cut from the whole screen, so that an open pop-up list (a window
        of its own) shows in it, not a black hole."""
        # Painted and handed to the X server before it is read back: a page just switched
        # to must not be caught half-drawn (or not yet drawn).
        widget.repaint()
        QApplication.processEvents()
        path = out / name
        for _ in range(0 if with_lists else 3):  # X now and then says "temporarily unavailable"
            done = subprocess.run(["import", "-window", str(int(widget.winId())), str(path)],
                                  capture_output=True, check=False)
            if done.returncode == 0:
                break
            time.sleep(0.3)
        else:  # the same pixels, cut from the whole screen
            g = widget.frameGeometry()
            subprocess.run(["import", "-window", "root", "-crop",
                            f"{g.width()}x{g.height()}+{g.x()}+{g.y()}", str(path)], check=True)
        print(path)

    def first_start() -> None:
        dialog = first.dialog
        dialog.owner_name.setText(OWNER)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.owner_name.setFocus()

    def close_first() -> None:
        first.dialog.hide()  # hidden, not rejected: rejecting the first start quits
        controller.ask_to_unlock()

    def unlock() -> None:
        controller.dialog.passphrase.setText(PASSPHRASE)
        controller.dialog.submit()

    def open_first() -> None:
        window.move(0, 0)
        table = window.incidents.table
        table.selectRow(0)
        controller.open_incident(table.model().index(0, 0).data(256 + 1))
        for key in ("victims", "legal_cases"):
            window.editor.sections[key].set_open(True)
        table.setFocus()

    def quick_record() -> None:
        """Ctrl+N: the quick record, half filled, the violation's suggestions open."""
        controller.new_incident()
        editor = window.editor
        editor.title.setText("Пикет у акимата разогнан")
        editor.region.set_code("almaty_city")
        violation = editor.quick.violation
        violation.setFocus()
        violation.lineEdit().setText("det")
        violation.lineEdit().textEdited.emit("det")  # as typed: the list opens

    def save_quick_record() -> None:
        editor = window.editor
        editor.quick.violation.commit_typed()  # Enter: the highlighted suggestion
        editor.quick.person.setText("Серік Жақсыбеков")
        editor.quick.person.textEdited.emit(editor.quick.person.text())
        editor.request_save()

    def masked(on: bool) -> Callable[[], None]:
        def mask() -> None:
            controller.session.set_masked(on)
            if on:
                open_first()
        return mask

    def page(key: str) -> Callable[[], None]:
        return lambda: window.show_page(key)

    def choose_person() -> None:
        people = controller.people.page.people
        rows = [r for r in range(people.rowCount())
                if any(ch in people.item(r, 0).text() for ch in "ӘҒҚҢӨҰҮҺІ")]
        people.setFocus()
        people.setCurrentCell(rows[0] if rows else 0, 0)

    def newer_revision_arrives() -> None:
        """A coordinator's revision lands while the person types (as `tirkeu import` from a
        terminal would write it, unheard by the window), then they press Save."""
        from desktop_app.core.interchange import incident_from_json, incident_to_json

        editor = window.editor
        archive = controller.archive
        current = incident_to_json(archive.incidents.get(editor.incident_id))
        archive.incidents.save(incident_from_json(
            {**current, "title": current["title"] + " (checked)"}), COORDINATOR)
        editor.description.setPlainText(editor.description.toPlainText()
                                        + "\nОдин из задержанных отпущен вечером.")
        editor.request_save()

    def restore_offered() -> None:
        first.dialog.ask_restore()

    def restore_closed() -> None:
        first.dialog.restore_dialog.reject()

    def coordinator_reminded() -> None:
        """Made a coordinator's laptop, never backed up: the bar and the status bar's date."""
        controller.session.set_role("coordinator")
        window.show_page("incidents")

    def wipe_asked() -> None:
        controller.safety.ask_to_wipe()

    def wipe_counting() -> None:
        flow = controller.safety.wipe_flow
        flow.wipe_button.click()
        flow.counting.timer.stop()  # a screenshot of the real countdown, never a wipe

    def wipe_cancelled() -> None:
        controller.safety.wipe_flow.counting.cancel.click()
        controller.session.set_role("monitor")

    def duress_asked() -> None:
        window.show_page("settings")
        controller.safety.settings.ask_duress()
        dialog = controller.safety.settings.dialog
        dialog.current.setText(PASSPHRASE)
        dialog.duress.setText("жаңбыр астындағы қызыл")

    def duress_closed() -> None:
        controller.safety.settings.dialog.reject()

    steps += [(600, first_start), (500, lambda: shot(first.dialog, f"first-start-{theme}.png")),
              (100, restore_offered),
              (600, lambda: shot(first.dialog.restore_dialog, f"restore-first-start-{theme}.png")),
              (100, restore_closed),
              (100, close_first), (600, lambda: shot(controller.dialog, f"unlock-{theme}.png")),
              (100, unlock), (2500, open_first),
              (1200, lambda: shot(window, f"incidents-{theme}.png")),
              (100, quick_record), (600, lambda: shot(window, f"quick-record-{theme}.png",
                                                           with_lists=True)),
              (100, save_quick_record),  # saved: no question when leaving it
              (100, page("people")), (600, choose_person),
              (800, lambda: shot(window, f"people-{theme}.png")),
              (100, page("summaries")), (2500, lambda: shot(window, f"summaries-{theme}.png")),
              (100, page("exchange")), (800, lambda: shot(window, f"exchange-{theme}.png")),
              (100, page("contacts")), (800, lambda: shot(window, f"contacts-{theme}.png")),
              (100, page("settings")), (800, lambda: shot(window, f"settings-{theme}.png"))]
    if theme == "light":
        steps += [(100, page("incidents")), (800, lambda: shot(window, "main-window.png")),
                  (200, masked(True)), (800, lambda: shot(window, "masked-names.png")),
                  (100, masked(False)), (200, newer_revision_arrives),
                  (800, lambda: shot(window, "stale-save.png")),
                  (100, coordinator_reminded), (800, lambda: shot(window, "backup-reminder.png")),
                  (100, wipe_asked),
                  (600, lambda: shot(controller.safety.wipe_flow.asking, "wipe-question.png")),
                  (100, wipe_counting),
                  (600, lambda: shot(controller.safety.wipe_flow.counting, "wipe-countdown.png")),
                  (100, wipe_cancelled), (100, duress_asked),
                  (600, lambda: shot(controller.safety.settings.dialog, "duress-dialog.png")),
                  (100, duress_closed)]
    steps += [(200, app.quit)]

    def run(index: int) -> None:
        """Each step waits from the end of the one before (a screenshot takes a while)."""
        if index < len(steps):
            wait, step = steps[index]
            QTimer.singleShot(wait, lambda: (step(), run(index + 1)))

    run(0)
    app.exec()
    controller.shutdown()
    shutil.rmtree(base, ignore_errors=True)


def grab(widget: QWidget, path: Path) -> None:
    """``widget``'s window as the X server shows it (retried: X is now and then busy)."""
    widget.repaint()
    QApplication.processEvents()
    for _ in range(3):
        done = subprocess.run(["import", "-window", str(int(widget.winId())), str(path)],
                              capture_output=True, check=False)
        if done.returncode == 0:
            break
        time.sleep(0.3)
    print(path)


def take_language(out: Path, language: str) -> None:
    """The window in ``language``: the list with a record open, the record's violations,
    Summaries, Exchange and Settings."""
    from desktop_app.ui.kit import i18n
    from desktop_app.ui.shell.controller import Controller

    if language == "pseudo":
        sys.path.insert(0, str(ROOT))
        from tests.ui.pseudo_locale import build

        catalogue, russian = build(Path(tempfile.mkdtemp())), i18n.catalogue_path
        i18n.catalogue_path = lambda code: str(catalogue) if code == "ru" else russian(code)
        os.environ["TIRKEU_LANG"] = "ru"
    base = Path(tempfile.mkdtemp())
    folder = vault_with_incidents(base)
    app = QApplication(sys.argv[:1])
    controller = Controller(folder)
    controller.ask_to_unlock()
    window = controller.window

    def unlock() -> None:
        controller.dialog.passphrase.setText(PASSPHRASE)
        controller.dialog.submit()

    def open_first() -> None:
        window.move(0, 0)
        table = window.incidents.table
        table.selectRow(0)
        controller.open_incident(table.model().index(0, 0).data(256 + 1))
        table.setFocus()

    def unfold() -> None:
        editor = window.editor
        editor.show_details(True)
        for key in ("what", "victims", "legal_cases"):
            editor.sections[key].set_open(True)
        QApplication.processEvents()  # laid out before it is scrolled to
        # Past the violations (the list's own shot shows them): the people and the cases.
        scroll = editor.victims.parentWidget()
        while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.verticalScrollBar().setValue(
                editor.victims.mapTo(scroll.widget(), editor.victims.rect().topLeft()).y() - 60)

    def page(key: str) -> Callable[[], None]:
        return lambda: window.show_page(key)

    def shot(name: str) -> Callable[[], None]:
        return lambda: grab(window, out / f"{name}-{language}.png")

    steps: list[tuple[int, Callable[[], object]]] = [
        (600, unlock), (2500, open_first), (1200, shot("incidents")),
        (100, unfold), (800, shot("editor")),
        (100, page("summaries")), (2500, shot("summaries")),
        (100, page("exchange")), (800, shot("exchange")),
        (100, page("settings")), (800, shot("settings")),
        (200, app.quit)]

    def run(index: int) -> None:
        if index < len(steps):
            wait, step = steps[index]
            QTimer.singleShot(wait, lambda: (step(), run(index + 1)))

    run(0)
    app.exec()
    controller.shutdown()
    shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
