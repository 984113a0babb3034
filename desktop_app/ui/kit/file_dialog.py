"""Qt's own file dialog, set up so that it leaves no trace of where files were opened
or saved."""

from __future__ import annotations

from PySide6.QtCore import QDir, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


class PrivateFileDialog(QFileDialog):
    """Qt's own file dialog, never the platform's: native dialogs record "recent files".

    Qt's dialog writes its history, last folder and side bar to QtProject.conf when it is
    destroyed (checked with Qt 6.12), so ``pick`` resets them to the home folder first."""

    def __init__(self, parent: QWidget, title: str, save_as: str | None = None, *,
                 folders: bool = False):
        super().__init__(parent, title)
        self.setOption(QFileDialog.Option.DontUseNativeDialog)
        self._forget_where()
        if folders:  # one folder (it may be made here, with the dialog's own button)
            self.setFileMode(QFileDialog.FileMode.Directory)
            self.setOption(QFileDialog.Option.ShowDirsOnly)
        elif save_as is None:
            self.setFileMode(QFileDialog.FileMode.ExistingFiles)
        else:
            self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.selectFile(save_as)

    def pick(self) -> list[str]:
        """The chosen files (one when saving, one folder with ``folders``), or [] if the
        person cancelled."""
        try:
            return self.selectedFiles() if self.exec() == QDialog.DialogCode.Accepted else []
        finally:
            self._forget_where()
            self.deleteLater()

    def _forget_where(self) -> None:
        home = QDir.homePath()
        self.setDirectory(home)  # also what Qt stores as the last folder visited
        self.setHistory([])
        self.setSidebarUrls([QUrl("file:"), QUrl.fromLocalFile(home)])
