"""The frame's part in keeping the archive safe: the backup reminder and the status bar's
date (``backup_reminder.py``), Settings' safety part (``ui/settings``), and wiping.

Wiping closes the archive first, as a lock does (drafts kept, every connection closed,
the WAL folded in, the keys forgotten), asks any other window on this folder to lock, then
destroys the vault (crypto/wipe.py: the key file first). The window then starts again as
on an empty folder: the first-start questions, with Restore from a backup offered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.datadir import request_lock
from desktop_app.crypto.wipe import wipe
from desktop_app.ui.settings.safety_controller import SafetyController
from desktop_app.ui.shell.backup_reminder import BackupReminder
from desktop_app.ui.shell.wipe import WipeFlow

if TYPE_CHECKING:
    from desktop_app.ui.shell.controller import Controller


class SafetyFrame:
    def __init__(self, controller: Controller):
        self.controller = c = controller
        w = c.window
        self.wiping = False  # the lock before a wipe asks for no unlock
        self.settings = SafetyController(c.settings.page.safety, w)
        self.reminder = BackupReminder(w.banner, w.backup_state, w)
        self.wipe_flow = WipeFlow(w, self.wipe_now)
        w.banner.backup_requested.connect(self.back_up)
        w.backup_requested.connect(self.back_up)
        w.wipe_requested.connect(self.ask_to_wipe)
        c.settings.page.safety.wipe_requested.connect(self.ask_to_wipe)

    def pages(self) -> tuple[SafetyController, BackupReminder]:
        """What follows the session, in the controller's list of pages."""
        return self.settings, self.reminder

    def back_up(self) -> None:
        """From the reminder bar or the menu: on the Settings page, where it is said."""
        if self.controller.archive is not None:
            section = self.settings.section
            self.controller.window.bring_into_view("settings", section.backup_box)
            self.settings.back_up()

    def ask_to_wipe(self) -> None:
        if self.controller.archive is not None and not self.settings.busy:
            self.wipe_flow.start(self.controller.folder)

    def stop(self) -> None:
        """A lock: no wipe question or countdown stays up."""
        self.wipe_flow.stop()

    def wipe_now(self) -> None:
        c = self.controller
        if c.archive is None:
            return
        self.wiping = True
        try:
            c.lock()
        finally:
            self.wiping = False
        request_lock(c.folder)
        wipe(c.folder)
        c.forget_where()
        c.ask_to_unlock()
