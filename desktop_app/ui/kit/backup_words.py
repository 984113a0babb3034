"""How the window says when the last backup was made: one wording for the Settings page,
the status bar and the reminder, in the window's language ("Last backup: 3 Dec 2026")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_app.ui.kit.text import fill


def day(when: dt.datetime, language: str) -> str:
    """The local calendar day of ``when``, month as a word: "3 Dec 2026", "3 дек. 2026"."""
    local = when.astimezone() if when.tzinfo is not None else when
    return QLocale(language).toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


def last_backup_text(when: dt.datetime | None, language: str) -> str:
    if when is None:
        return QCoreApplication.translate("Backup", "Never backed up")
    return fill(QCoreApplication.translate("Backup", "Last backup: %1"), day(when, language))
