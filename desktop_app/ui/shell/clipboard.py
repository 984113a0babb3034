"""The clipboard after a lock: emptied only if it still holds what Tirkeu put there.

Locking must not leave a copied name or passage on the clipboard, where any program (or
whoever takes the laptop) can read it; but wiping whatever another program copied
meanwhile (a link, a password from a manager) would be rude and surprising. So each
time the clipboard (or, on Linux, the mouse selection) changes while one of Tirkeu's
windows is active, a keyed digest of what it then holds is kept; at lock the clipboard
is cleared if it still holds exactly that.
Only the digest is kept, under a key made at start and never stored: nothing copied stays
in Tirkeu's memory once the clipboard is cleared.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._key = secrets.token_bytes(32)
        self._ours: dict[QClipboard.Mode, bytes] = {}
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.connect(lambda: self._noticed(QClipboard.Mode.Clipboard))
        if clipboard.supportsSelection():
            clipboard.selectionChanged.connect(lambda: self._noticed(QClipboard.Mode.Selection))

    def holds_ours(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        """The clipboard (``mode``) still holds what was copied from a Tirkeu window."""
        ours = self._ours.get(mode)
        if ours is None:
            return False
        if QApplication.platformName() == "xcb" and not _owns(mode):
            # X11 says who owns it: another program's data is not even read (reading it
            # would ask that program for every format, an image included).
            return False
        return hmac.compare_digest(ours, self._digest(mode))

    def clear_ours(self) -> list[QClipboard.Mode]:
        """Clear each clipboard that still holds what Tirkeu put there; leave the others.
        Returns the modes cleared."""
        cleared = [mode for mode in _MODES if self.holds_ours(mode)]
        self._ours.clear()
        for mode in cleared:
            QApplication.clipboard().clear(mode)
        return cleared

    def _noticed(self, mode: QClipboard.Mode) -> None:
        # Active window: a copy made in Tirkeu (by a person or by the program). None: the
        # person is in another program, which just copied something of its own.
        if QApplication.activeWindow() is not None:
            self._ours[mode] = self._digest(mode)
        else:
            self._ours.pop(mode, None)

    def _digest(self, mode: QClipboard.Mode) -> bytes:
        data: QMimeData | None = QApplication.clipboard().mimeData(mode)
        mac = hmac.new(self._key, digestmod=hashlib.sha256)
        if data is None:
            return mac.digest()
        for fmt in sorted(data.formats()):
            value = bytes(data.data(fmt).data())
            mac.update(len(fmt).to_bytes(4, "big") + fmt.encode())
            mac.update(len(value).to_bytes(8, "big") + value)
        return mac.digest()


def _owns(mode: QClipboard.Mode) -> bool:
    clipboard = QApplication.clipboard()
    return (clipboard.ownsSelection() if mode == QClipboard.Mode.Selection
            else clipboard.ownsClipboard())
