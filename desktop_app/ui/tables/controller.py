"""The File menu's imports and exports: a spreadsheet (read, then mapped in the mapping
dialog, then checked and stored), a Martus file, a table out. Reading, checking, storing
and building run in a worker with progress and a Cancel that really cancels: an import is
stored in one transaction at the end, an export is written only once it is whole.

Every failure reaches the person as one sentence in the progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.errors import TirkeuError
from desktop_app.core.filters import IncidentFilter
from desktop_app.core.language import _, n_
from desktop_app.crypto.files import write_export
from desktop_app.session import Topic
from desktop_app.sync.tables import (
    Stored,
    build_export,
    files_of,
    store_martus,
    store_table,
)
from desktop_app.tables.mapping import TableMap
from desktop_app.tables.martus import plan_martus
from desktop_app.tables.martus_xml import read_martus
from desktop_app.tables.reading import Sheet, read_table
from desktop_app.tables.report import import_lines
from desktop_app.tables.rows import plan_table
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.kit.page import SessionPage
from desktop_app.ui.kit.tasks import QUIET_SIZE, Cancelled, Task, TaskRunner
from desktop_app.ui.kit.text import fill
from desktop_app.ui.tables.dialogs import ExportTableDialog, MartusDefaultsDialog
from desktop_app.ui.tables.mapping_dialog import MappingDialog

translate = QCoreApplication.translate  # an explicit context, as lupdate reads it
SUFFIXES = {"csv": "csv", "xlsx": "xlsx", "uwazi": "zip"}


def _told(stored: Stored, kind: str, records: int) -> tuple[str, str | None]:
    """What an import says, and the first name it met twice (to look at on the People
    page), if any."""
    names = [*stored.repeated, *stored.already]
    return " ".join(import_lines(stored, kind, records)), (names[0] if names else None)


class TablesController(QObject, SessionPage):
    """Holds nothing between calls but the dialog on screen."""

    follows = frozenset()
    # A name an import met in two records, or already in the vault: show it on the People
    # page, where the person decides whether to merge.
    people_offered = Signal(str)

    def __init__(self, window: QWidget, parent: Any = None):
        super().__init__(parent)
        self.window = window
        self.runner = TaskRunner(window, self._crashed)
        self.dialog: QDialog | None = None

    def refresh(self) -> None:
        """Nothing shown between imports."""

    def clear(self) -> None:
        """On lock: close any question and stop the work (its transaction rolls back)."""
        if self.dialog is not None:
            self.dialog.reject()
        self.runner.stop()

    @property
    def busy(self) -> bool:
        return self.runner.busy

    @property
    def language(self) -> str:
        return self.session.language if self.session is not None else "en"

    # --- imports ------------------------------------------------------------------------------

    def import_table(self) -> None:
        """Pick a CSV or XLSX, read it, map it, store it."""
        if self.archive is None or self.runner.busy:
            return
        picked = self._pick(translate("TablesController", "Import a spreadsheet"),
                            translate("TablesController", "Spreadsheets (%1)"),
                            "*.csv *.xlsx *.tsv *.txt")
        if not picked:
            return
        path = Path(picked[0])

        def shown(sheet: Sheet | None, error: TirkeuError | None) -> None:
            if error is not None or sheet is None:
                self._said(error)
                return
            self.runner.close_progress()
            self.dialog = dialog = MappingDialog(self.window, sheet, self.language)
            try:
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
                fields, table_map = dialog.fields(), dialog.table_map()
                defaults = dialog.defaults()
            finally:
                self.dialog = None
                dialog.deleteLater()
            if accepted and self.archive is not None:
                self._store_sheet(sheet, fields, table_map, defaults)

        self._run(fill(translate("TablesController", "Reading %1…"), path.name),
                  lambda task: read_table(path), shown)

    def _store_sheet(self, sheet: Sheet, fields: list[str], table_map: TableMap,
                     defaults: dict[str, str]) -> None:
        archive = self.archive
        assert archive is not None

        def work(task: Task) -> tuple[str, str | None]:
            task.total = max(len(sheet.rows) * 2, 1)

            def progress(n: int) -> None:
                task.check()
                task.advance(n)

            plan = plan_table(sheet, table_map, defaults, fields, progress)
            task.check()  # the last moment Cancel can stop it: storing is one transaction
            return _told(store_table(archive, plan), "row", len(plan.incidents))

        self._run(translate("TablesController", "Checking and storing the rows…"), work,
                  self._imported)

    def import_martus(self) -> None:
        """Pick a Martus XML; ask for the region and violation Martus lacks; store."""
        if self.archive is None or self.runner.busy:
            return
        picked = self._pick(translate("TablesController", "Import from Martus"),
                            translate("TablesController", "Martus bulletins (%1)"), "*.xml")
        if not picked:
            return
        path = Path(picked[0])
        self.dialog = dialog = MartusDefaultsDialog(self.window, self.language)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            defaults = dialog.defaults()
        finally:
            self.dialog = None
            dialog.deleteLater()
        archive = self.archive
        if not accepted or archive is None:
            return

        def work(task: Task) -> tuple[str, str | None]:
            martus = read_martus(path)
            task.check()
            plan = plan_martus(martus, path, TableMap(), defaults)
            task.check()
            return _told(store_martus(archive, plan), "bulletin", len(plan.incidents))

        self._run(fill(translate("TablesController", "Importing %1…"), path.name), work,
                  self._imported)

    # --- export ---------------------------------------------------------------------------------

    def export_shown(self, shown: Callable[[], IncidentFilter]) -> None:
        """The File menu's export: the incidents the list shows (its search and filters,
        as ``shown()`` reads them from the filter bar)."""
        try:
            f = shown()
        except TirkeuError as exc:  # a date typed half-way in the filter bar
            QMessageBox.warning(self.window, APP_NAME, str(exc))
            return
        self.export_table(f)

    def export_table_of_all(self) -> None:
        """Every incident, whatever the list shows."""
        self.export_table(IncidentFilter())

    def export_table(self, f: IncidentFilter) -> None:
        """Ask which table, warn that it leaves encryption, pick where; build and write."""
        if self.archive is None or self.runner.busy:
            return
        vault = self.archive  # the files are listed only if the person asks for them
        self.dialog = dialog = ExportTableDialog(self.window, lambda: files_of(vault, f))
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            table_format, attachments = dialog.chosen_format(), dialog.with_attachments()
            chosen = dialog.chosen_files()
        finally:
            self.dialog = None
            dialog.deleteLater()
        if not accepted:
            return
        suffix = SUFFIXES[table_format]
        picked = self._pick(translate("TablesController", "Export a table"),
                            translate("TablesController", "Tables (%1)"), f"*.{suffix}",
                            save_as=f"incidents.{suffix}")
        archive = self.archive
        if not picked or archive is None:
            return
        target = Path(picked[0])

        def work(task: Task) -> str:
            made = build_export(archive, f, table_format,
                                with_attachments=attachments, chosen=chosen,
                                check=task.check)
            task.check()
            write_export(target, made.data)
            return n_("Wrote {n} incident to {path}.", "Wrote {n} incidents to {path}.",
                      made.incidents).format(n=made.incidents, path=target) + " " + _(
                "This file is not encrypted: anyone who gets it can read every name in it.")

        self._run(fill(translate("TablesController", "Writing %1…"), target.name),
                  work, self._done)

    # --- the worker and the person -----------------------------------------------------------

    def _run(self, label: str, work: Callable[[Task], Any],
             then: Callable[[Any, TirkeuError | None], None]) -> None:
        # Always with the progress dialog and its Cancel: these may take a minute.
        self.runner.run(work, then, QUIET_SIZE + 1, label)

    def _done(self, sentence: str | None, error: TirkeuError | None) -> None:
        if error is not None or sentence is None:
            self._said(error)
        else:
            self.runner.says(sentence)

    def _imported(self, told: tuple[str, str | None] | None,
                  error: TirkeuError | None) -> None:
        if error is None and self.session is not None and self.archive is not None:
            self.session.session.changed(Topic.INCIDENTS, cause="imported",
                                         by=self.archive.author)
        if error is not None or told is None:
            self._said(error)
            return
        sentence, name = told
        if name is None:
            self.runner.says(sentence)
            return
        # Names met twice are offered for a merge, never merged: one click to look.
        self.runner.close_progress()
        self.dialog = box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, sentence,
                                        QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("import_names")
        look = box.addButton(translate("TablesController", "Open the &People page"),
                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("TablesController", "&Close"),
                      QMessageBox.ButtonRole.RejectRole)
        try:
            box.exec()
            chosen = box.clickedButton() is look
        finally:
            self.dialog = None
            box.deleteLater()
        if chosen:
            self.people_offered.emit(name)

    def _said(self, error: TirkeuError | None) -> None:
        if isinstance(error, Cancelled):
            self.runner.says(_("Cancelled; nothing was changed."))
        else:
            self.runner.says(str(error))

    def _pick(self, title: str, kind: str, pattern: str,
              save_as: str | None = None) -> list[str]:
        self.dialog = dialog = PrivateFileDialog(self.window, title, save_as)
        dialog.setNameFilters([fill(kind, pattern),
                               translate("TablesController", "All files (*)")])
        try:
            return dialog.pick()
        finally:
            self.dialog = None

    def _crashed(self, sentence: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, sentence)
