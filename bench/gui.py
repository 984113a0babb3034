"""Window figures at scale: unlock to a usable list, list-model paging, search, memory.

    QT_QPA_PLATFORM=offscreen python bench/gui.py [--incidents 10000 100000]

Builds a vault per size (real Argon2id cost), fills it with seeded synthetic incidents,
then measures through the real controller and models. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cases_scale import unlock_to_usable
from figures import PASSPHRASE, fill, rss_mb


def measure(count: int) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.filters import IncidentFilter
    from desktop_app.storage.archive import create_archive

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp()) / "data"
    try:
        archive, _ = create_archive(folder, PASSPHRASE, recovery_code=False)
        print(f"[{count:,}] filled the vault in {fill(archive, count):.1f} s")
        archive.close()

        controller, usable = unlock_to_usable(app, folder)
        model = controller.window.incidents.model
        assert model.rowCount() == count
        print(f"[{count:,}] unlock (Argon2id + open) to a usable list: {usable:.2f} s")

        started = time.perf_counter()
        model.reload()
        model.rowCount()
        [model.index(r, c).data() for r in range(40) for c in range(5)]
        print(f"[{count:,}] list model rowCount + first screen (no unlock): "
              f"{(time.perf_counter() - started) * 1000:.1f} ms")
        started = time.perf_counter()
        [model.index(r, 1).data() for r in range(count // 2, count // 2 + 40)]
        print(f"[{count:,}] jump to the middle (one page): "
              f"{(time.perf_counter() - started) * 1000:.1f} ms")
        for column in range(5):
            started = time.perf_counter()
            model.sort(column)
            [model.index(r, 1).data() for r in range(40)]
            print(f"[{count:,}] sort by {model.COLUMNS[column]}: "
                  f"{(time.perf_counter() - started) * 1000:.1f} ms")
        page = controller.window.incidents
        for text in ("Қасымова", "picket", "Republic Square", "nothing-matches"):
            started = time.perf_counter()
            page.model.set_filter(IncidentFilter(text=text))
            page.model.rowCount()
            [page.model.index(r, 1).data() for r in range(40)]
            print(f"[{count:,}] search {text!r}: {page.model.rowCount():,} rows in "
                  f"{(time.perf_counter() - started) * 1000:.1f} ms")
        print(f"[{count:,}] resident memory: {rss_mb():.0f} MB")
        controller.shutdown()
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, nargs="+", default=[10_000, 100_000])
    for count in parser.parse_args().incidents:
        measure(count)


if __name__ == "__main__":
    main()
