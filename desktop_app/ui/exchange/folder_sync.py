"""The window's side of `tirkeu sync --folder DIR --watch`: one chosen folder, watched.

The folder is kept in the vault's own (encrypted) settings, never in QSettings. While the
vault is unlocked it is watched with QFileSystemWatcher, and a slow timer runs a pass in
any case (a watcher can miss a change on a network drive, and new incidents are due to
the coordinators even when nothing arrives). A burst of file events makes one pass, a
moment after the last event (and no later than ten seconds after the first, however long
the burst). Each pass runs in a worker (the same TaskRunner as the
page's imports, an instance of its own, so a pass never greys the page's buttons), and
the folder's listing is compared before and after: the files a pass writes itself do not
make another pass. Locking stops the watch and waits for a pass under way; unlocking
resumes it with a pass.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QFileSystemWatcher, QObject, QTime, QTimer

from desktop_app.core.errors import TirkeuError
from desktop_app.session import Topic
from desktop_app.sync.folder import PassReport, describe, sync_folder
from desktop_app.ui.exchange.folder_bar import FolderSyncBar
from desktop_app.ui.kit import faults
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.kit.tasks import Task, TaskRunner
from desktop_app.ui.kit.text import fill

if TYPE_CHECKING:
    from desktop_app.storage.archive import Archive
    from desktop_app.ui.exchange.controller import ExchangeController

FOLDER_SETTING = "sync_folder"
SETTLE_MS = 1500                 # a burst of file events → one pass, this long after the last
MAX_WAIT_MS = 10_000             # ... but events that never stop do not put it off longer
WAITING_MS = 5_000               # a half-copied file was left: look again soon
FALLBACK_MS = 5 * 60 * 1000      # a pass at least this often, events or not

Listing = frozenset[tuple[str, int, int]]


def listing(folder: Path) -> Listing:
    """Names, sizes and modification times of the folder's files (what a pass could see)."""
    found = set()
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_file(follow_symlinks=False):
                info = entry.stat(follow_symlinks=False)
                found.add((entry.name, info.st_size, info.st_mtime_ns))
    return frozenset(found)


class FolderSync(QObject):
    """Owned by the ExchangeController, which tells it of unlock and lock."""

    def __init__(self, owner: ExchangeController, bar: FolderSyncBar):
        super().__init__(owner)
        self.owner, self.bar = owner, bar
        self.runner = TaskRunner(owner.page, self._crashed)
        self.folder: Path | None = None
        self._seen: Listing | None = None   # the folder as the last pass left it
        self._again = False                 # events came while a pass ran
        self._force = False                 # the next pass runs even if nothing changed
        self._refusals: list[str] = []
        self._dialog: PrivateFileDialog | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self.poke())
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._waiting_since = QElapsedTimer()
        self._settle.timeout.connect(self._pass)
        self._fallback = QTimer(self)
        self._fallback.timeout.connect(lambda: self.poke(force=True))
        bar.choose_requested.connect(self.choose)
        bar.stop_requested.connect(self.stop_syncing)

    @property
    def archive(self) -> Archive | None:
        return self.owner.archive

    # --- what the controller calls -------------------------------------------------------

    def resume(self) -> None:
        """Unlocked: watch the folder this vault remembers, with a pass at once."""
        self.pause()
        archive = self.archive
        try:
            stored = archive.database.setting(FOLDER_SETTING) if archive is not None else None
        except TirkeuError as exc:  # a damaged archive: said once, by the window
            return faults.report_later(exc)
        if stored:
            self._watch(Path(stored))

    def pause(self) -> None:
        """Locking: stop watching and wait until a pass under way no longer touches the
        archive; forget the folder and every sentence shown."""
        if self._dialog is not None:
            self._dialog.reject()
        self._settle.stop()
        self._fallback.stop()
        self._unwatch()
        self.runner.stop()
        self.folder, self._seen, self._again, self._force = None, None, False, False
        self._refusals = []
        self.bar.clear()

    def poke(self, force: bool = False) -> None:
        """Something may have changed: a pass once things settle (one for a whole burst)."""
        self._force = self._force or force
        if self.folder is None or self.archive is None:
            return
        if not self._settle.isActive():
            self._waiting_since.start()
        elif self._waiting_since.elapsed() > MAX_WAIT_MS:
            return  # a pass is due soon whatever comes meanwhile
        self._settle.start(SETTLE_MS)

    # --- the person's choices ------------------------------------------------------------

    def choose(self) -> None:
        archive, tr = self.archive, self.bar.tr
        if archive is None:
            return
        self._dialog = dialog = PrivateFileDialog(self.bar, tr("Choose the folder to sync with"),
                                                  folders=True)
        try:
            picked = dialog.pick()
        finally:
            self._dialog = None
        if not picked or self.archive is not archive:
            return
        folder = Path(picked[0])
        if not self._remember(archive, str(folder)):
            return
        self._unwatch()
        self._seen, self._refusals = None, []
        self.bar.show_refusals([])
        self._watch(folder)

    def stop_syncing(self) -> None:
        archive = self.archive
        if archive is None:
            return
        tr = self.bar.tr
        if not self._remember(archive, ""):
            return
        self.pause()
        self.bar.show_status(tr("Syncing stopped; the folder and its files are left as "
                                "they are."))

    # --- inside ----------------------------------------------------------------------------

    def _remember(self, archive: Archive, folder: str) -> bool:
        """Keep the folder chosen ("" for none) in the vault; False, said, if it cannot."""
        try:
            archive.database.set_setting(FOLDER_SETTING, folder)
        except TirkeuError as exc:
            self.bar.show_status(str(exc))
            return False
        return True

    def _watch(self, folder: Path) -> None:
        tr = self.bar.tr
        self.folder = folder
        self.bar.show_folder(str(folder))
        self.bar.show_status(tr("Syncing…"))
        self._fallback.start(FALLBACK_MS)
        self.poke(force=True)

    def _unwatch(self) -> None:
        paths = self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def _pass(self) -> None:
        archive, folder = self.archive, self.folder
        if archive is None or folder is None:
            return
        if self.runner.busy:
            self._again = True  # one more pass when this one is over
            return
        if self.owner.runner.busy:
            self._settle.start(SETTLE_MS)  # after the person's own export or import
            return
        force, self._force, self._again = self._force, False, False
        seen = self._seen
        tr = self.bar.tr
        stamp = tr("Last synced %1 · %2")

        def work(_task: Task) -> tuple[PassReport | None, Listing | None]:
            try:
                before: Listing | None = listing(folder)
            except OSError:
                before = None  # the pass says why, in its own sentence
            if not force and before is not None and before == seen:
                return None, seen  # only what the last pass wrote itself
            report = sync_folder(archive, folder)
            try:
                return report, listing(folder)
            except OSError:
                return report, None

        def then(value: tuple[PassReport | None, Listing | None] | None,
                 error: TirkeuError | None) -> None:
            if self.archive is not archive or self.folder != folder:
                return  # locked, or another folder chosen, meanwhile
            report, after = value if value is not None else (None, seen)
            if error is not None:
                self.bar.show_status(str(error))
            elif report is not None:
                if str(folder) not in self._watcher.directories():
                    self._watcher.addPath(str(folder))  # first, or again after a stick is back
                self._seen = after
                self.bar.show_status(fill(stamp, QTime.currentTime().toString("HH:mm"),
                                          describe(report)))
                self._shown(report)
            if self._again:
                self._settle.start(SETTLE_MS)
            elif report is not None and report.waiting:
                # A file still arriving, or too fresh to trust yet: its listing may not
                # change again, so the next look is a full pass.
                self._force = True
                self._settle.start(WAITING_MS)

        self.runner.run(work, then, 1, None)

    def _shown(self, report: PassReport) -> None:
        """Refusals said (one sentence each), and every page told what the pass did."""
        if report.refused:
            self._refusals.extend(f"{name}: {sentence}" for name, sentence in report.refused)
            self.bar.show_refusals(self._refusals)
        if report.updates:  # a coordinator's vocabulary update or revocation list: what it did
            self.bar.show_updates(list(report.updates))
        session = self.owner.session
        if session is None or not report.changed:
            return
        if report.bundles_in:
            session.session.changed(Topic.INCIDENTS, cause="imported")
        session.session.changed(Topic.DELIVERIES, cause="synced")

    def _crashed(self, sentence: str) -> None:
        self.bar.show_status(sentence)
