"""When a coordinator's window reminds them to back up: the last backup is older than a
number of days kept in the vault (settings table, default 7), or there never was one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.storage.backup import last_backup

REMINDER_SETTING = "backup_reminder_days"
DEFAULT_DAYS = 7
MAX_DAYS = 365


def reminder_days(archive: Any) -> int:
    """Days a backup stays recent enough (1..MAX_DAYS; DEFAULT_DAYS unless changed)."""
    try:
        days = int(archive.database.setting(REMINDER_SETTING) or DEFAULT_DAYS)
    except ValueError:
        return DEFAULT_DAYS
    return days if 1 <= days <= MAX_DAYS else DEFAULT_DAYS


def set_reminder_days(archive: Any, days: int) -> None:
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be between 1 and {MAX_DAYS}")
    archive.database.set_setting(REMINDER_SETTING, str(days))


def backup_due(archive: Any, now: dt.datetime | None = None) -> bool:
    """True if no backup was ever made here, or the last is older than ``reminder_days``."""
    made = last_backup(archive)
    if made is None:
        return True
    if made.tzinfo is None:
        made = made.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return now - made > dt.timedelta(days=reminder_days(archive))
