"""The Qt binding itself must not corrupt Python: PySide6 6.12.0 lost a reference to None
on every processEvents() call, which crashed the window after a few thousand events."""

import sys

from PySide6.QtWidgets import QApplication


def test_processing_events_keeps_python_intact(qapp: QApplication) -> None:
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
    # Other threads may briefly hold None too; a leak would show as about -2000.
    assert sys.getrefcount(None) - before > -100
