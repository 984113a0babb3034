"""How long a basic incident takes, keyboard only, typed at a person's pace.

    xvfb-run -a -s "-screen 0 1400x860x24" .venv/bin/python bench/quick_record.py \
        [--letter-ms 120] [--think 0.8] [--shot /tmp/quick-record.png]

Starts the real window on a fresh vault, then types through the X server with `xdotool`
(apt-get install xdotool), as a keyboard would: Ctrl+N, a title, Enter, today's date as
it is, "alm" for Almaty, "arr" for Arrest, one person's name in Kazakh, Ctrl+S. Letters
come --letter-ms apart (120 ms: a quick typist; 300 ms: a slow one) and each field starts
after --think seconds to read its label. Prints the seconds from Ctrl+N to the saved
record (the screenshot's own time taken off), the pace the letters really came at, and
whether what was saved is what was typed. --shot is a screenshot of the quick record
just before Ctrl+S (and SHOT-suggestions.png, the region's suggestions for "alm").
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

PASSPHRASE = "quick record passphrase words"
TITLE = "Picket at Republic Square dispersed"
PERSON = "Әлия Серікбаева"
LOOK_S = 0.4      # after typing part of a name: glancing at the suggestion


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def keyboard(shot: Path, timings: dict[str, float], letter_ms: int, think: float) -> None:
    """The person at the keyboard (runs in a thread; touches nothing of Qt)."""
    def key(name: str) -> None:
        xdotool("key", "--clearmodifiers", name)

    def text(words: str) -> None:
        # xdotool's --delay comes out as half that per letter (measured under Xvfb), so
        # it is asked for twice the pace wanted; the pace reached is measured and printed.
        began = time.monotonic()
        xdotool("type", "--delay", str(2 * letter_ms), words)
        timings["typing"] = timings.get("typing", 0.0) + time.monotonic() - began
        timings["letters"] = timings.get("letters", 0) + len(words)

    def snap(path: Path) -> None:
        """A screenshot; its own time is not the person's, so it is taken off the total."""
        began = time.monotonic()
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        timings["shots"] = timings.get("shots", 0.0) + time.monotonic() - began

    timings["start"] = time.monotonic()
    key("ctrl+n")
    time.sleep(think)
    text(TITLE)
    key("Return")
    time.sleep(think)            # the date is today's already
    key("Return")
    time.sleep(think)
    text("alm")
    time.sleep(LOOK_S)
    snap(shot.with_name(shot.stem + "-suggestions" + shot.suffix))
    key("Return")
    time.sleep(think)
    text("arr")
    time.sleep(LOOK_S)
    key("Return")
    time.sleep(think)
    text(PERSON)
    time.sleep(0.3)
    snap(shot)
    key("ctrl+s")
    timings["saved_key"] = time.monotonic()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letter-ms", type=int, default=120)
    parser.add_argument("--think", type=float, default=0.8)
    parser.add_argument("--shot", type=Path,
                        default=Path(tempfile.gettempdir()) / "quick-record.png")
    args = parser.parse_args()
    shot = args.shot
    for tool in ("xdotool", "import"):
        if not shutil.which(tool):
            sys.exit(f"`{tool}` is needed (apt-get install xdotool imagemagick).")
    from desktop_app.storage.archive import create_archive
    from desktop_app.ui.shell.controller import Controller

    folder = Path(tempfile.mkdtemp()) / "data"
    archive, _ = create_archive(folder, PASSPHRASE, owner_name="Aigerim", recovery_code=False)
    archive.close()

    app = QApplication(sys.argv[:1])
    controller = Controller(folder)
    controller.ask_to_unlock()
    timings: dict[str, float] = {}
    result: dict[str, object] = {}

    def unlock() -> None:
        assert controller.dialog is not None
        controller.dialog.passphrase.setText(PASSPHRASE)
        controller.dialog.submit()

    def ready() -> None:
        if controller.archive is None:
            QTimer.singleShot(200, ready)
            return
        window = controller.window
        window.show()
        window.setGeometry(window.screen().availableGeometry())  # no window manager
        window.activateWindow()
        window.incidents.table.setFocus()
        QTimer.singleShot(1200, start_typing)

    def start_typing() -> None:
        window_id = str(int(controller.window.winId()))
        xdotool("windowfocus", "--sync", window_id)  # no window manager under Xvfb
        threading.Thread(target=keyboard, args=(shot, timings, args.letter_ms, args.think),
                         daemon=True).start()
        QTimer.singleShot(100, wait_for_save)

    def wait_for_save() -> None:
        editor = controller.window.editor
        archive = controller.archive
        if "saved_key" not in timings or editor.incident_id is None or archive is None:
            if time.monotonic() - timings.get("start", time.monotonic()) > 120:
                result["error"] = "nothing was saved within two minutes"
                return app.quit()
            QTimer.singleShot(20, wait_for_save)
            return
        done = time.monotonic()
        saved = archive.incidents.get(editor.incident_id)
        result.update(
            seconds=done - timings["start"] - timings["shots"],
            title=saved.title, date=str(saved.date), region=saved.region,
            violations=list(saved.violations), victims=[v.name for v in saved.victims])
        app.quit()

    QTimer.singleShot(500, unlock)
    QTimer.singleShot(800, ready)
    app.exec()
    controller.shutdown()
    shutil.rmtree(folder.parent, ignore_errors=True)

    if "error" in result:
        sys.exit(str(result["error"]))
    expected = {"title": TITLE, "date": dt.date.today().isoformat(), "region": "almaty_city",
                "violations": ["arrest"], "victims": [PERSON]}
    wrong = {k: (result[k], v) for k, v in expected.items() if result[k] != v}
    pace = 1000 * timings["typing"] / timings["letters"]
    print(f"quick record, keyboard only: {result['seconds']:.1f} s from Ctrl+N to saved "
          f"({int(timings['letters'])} letters at {pace:.0f} ms each, {args.think} s before "
          f"each of 5 fields)")
    print("saved as typed: " + ("yes" if not wrong else f"NO {wrong}"))
    print(f"screenshot before Ctrl+S: {shot}")
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
