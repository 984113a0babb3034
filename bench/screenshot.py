"""Start the real window under Xvfb with a few incidents and save PNG screenshots.

    xvfb-run -a -s "-screen 0 1400x860x24" python bench/screenshot.py [OUT_DIR]

Screenshots are taken from the X server (ImageMagick `import -window root`), so they show
what a person would see, fonts included. Default OUT_DIR: docs/screenshots.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "screenshot passphrase words"


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    if not shutil.which("import"):
        sys.exit("ImageMagick's `import` is needed (apt-get install imagemagick).")
    from desktop_app.core.interchange import parse_incidents
    from desktop_app.storage.archive import create_archive
    from desktop_app.ui.shell.controller import Controller

    folder = Path(tempfile.mkdtemp()) / "data"
    archive, _ = create_archive(folder, PASSPHRASE, owner_name="Aigerim", recovery_code=False)
    records = json.loads((ROOT / "tests" / "data" / "realistic_incidents.json").read_text("utf-8"))
    archive.incidents.save_many(list(parse_incidents(records)), "Aigerim")
    archive.close()

    app = QApplication(sys.argv[:1])
    controller = Controller(folder)
    controller.ask_to_unlock()
    steps: list = []

    def shot(name: str) -> None:
        subprocess.run(["import", "-window", "root", str(out / name)], check=True)
        print(out / name)

    def unlock() -> None:
        controller.dialog.passphrase.setText(PASSPHRASE)
        controller.dialog.submit()

    def open_first() -> None:
        controller.window.showMaximized()
        table = controller.window.incidents.table
        table.selectRow(0)
        controller.open_incident(table.model().index(0, 0).data(256 + 1))
        editor = controller.window.editor
        for key in ("victims", "legal_cases"):
            editor.sections[key].set_open(True)

    def newer_revision_arrives() -> None:
        """A coordinator's revision lands while the person types (as `tirkeu import` from a
        terminal would write it, unheard by the window), then they press Save."""
        from desktop_app.core.interchange import incident_from_json, incident_to_json

        editor = controller.window.editor
        archive = controller.archive
        current = incident_to_json(archive.incidents.get(editor.incident_id))
        archive.incidents.save(incident_from_json(
            {**current, "title": current["title"] + " (checked)"}), "Aigerim Bekova")
        editor.description.setPlainText(editor.description.toPlainText()
                                        + "\nОдин из задержанных отпущен вечером.")
        editor.request_save()

    steps += [(600, lambda: shot("unlock.png")), (300, unlock), (2500, open_first),
              (1200, lambda: shot("main-window.png")), (200, newer_revision_arrives),
              (800, lambda: shot("stale-save.png")), (200, app.quit)]
    delay = 0
    for wait, step in steps:
        delay += wait
        QTimer.singleShot(delay, step)
    app.exec()
    shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
