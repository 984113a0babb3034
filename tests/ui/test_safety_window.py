"""The window's side of keeping an archive safe, as a person uses it: a backup from
Settings that the command's restore opens, the coordinator's reminder and the status
bar's date, the duress passphrase and wipe-after set in Settings, the Wipe action with its
countdown, and Restore from a backup on the first-start screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.interchange import incident_from_json
from desktop_app.crypto.vault import vault_exists
from desktop_app.session import Topic
from desktop_app.storage.archive import create_archive, open_archive
from desktop_app.storage.backup import LAST_BACKUP_SETTING, make_backup, restore_backup
from desktop_app.ui.kit.backup_words import day
from desktop_app.ui.kit.file_dialog import PrivateFileDialog
from desktop_app.ui.shell import wipe as wipe_module
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, unlock_through_dialog

DURESS = "жаңбыр астындағы қызыл қолшатыр мен сары есік"
TITLES = ["Пикет таратылды", "Журналистке қоқан-лоқы", "Тінту"]


def add_incidents(archive: Any, titles: list[str] = TITLES) -> None:
    for n, title in enumerate(titles):
        archive.incidents.save(incident_from_json({
            "title": title, "date": f"2018-05-{n + 1:02d}", "region": "almaty_city",
            "violations": ["arrest"]}), archive.author)


def answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, *answers: Path) -> list[Path]:
    """Each file dialog picks the next of ``answers``, as a person would."""
    queue = list(answers)
    monkeypatch.setattr(PrivateFileDialog, "pick", lambda self: [str(queue.pop(0))])
    return queue


def on_settings(qtbot: Any, controller: Any) -> Any:
    controller.window.show_page("settings")
    section = controller.settings.page.safety
    qtbot.waitUntil(section.backup_button.isVisible)
    return section


def back_up_from_settings(qtbot: Any, controller: Any, out: Path) -> Any:
    section = on_settings(qtbot, controller)
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backed up" in section.backup_result.text(), timeout=15000)
    return section


def test_a_backup_from_settings_opens_with_the_commands_restore(qtbot, controller, tmp_path,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    unlock_through_dialog(qtbot, controller)
    add_incidents(controller.archive)
    section = on_settings(qtbot, controller)
    assert section.last_backup.text() == "Never backed up"
    out = tmp_path / "usb" / "vault.tirkeu-backup"
    out.parent.mkdir()
    answer_file_dialogs(monkeypatch, out)
    back_up_from_settings(qtbot, controller, out)
    said = section.backup_result.text()
    assert "Backed up 3 incidents and 0 attachments" in said and str(out) in said
    assert section.backup_button.isEnabled() and not section.progress.isVisible()
    today = day(dt.datetime.now(dt.UTC), "en")
    assert section.last_backup.text() == f"Last backup: {today}"

    restored = restore_backup(out, tmp_path / "restored", passphrase=PASSPHRASE)
    assert restored.incidents == 3
    with open_archive(tmp_path / "restored", PASSPHRASE) as copy:
        assert sorted(s.title for s in copy.listing.page()) == sorted(TITLES)


def test_a_failed_backup_is_one_sentence(qtbot, controller, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    answer_file_dialogs(monkeypatch, tmp_path / "no such folder" / "b.tirkeu-backup")
    section = on_settings(qtbot, controller)
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot write the backup" in section.backup_result.text(),
                    timeout=15000)
    assert "\n" not in section.backup_result.text() and "Traceback" not in \
        section.backup_result.text()
    assert section.last_backup.text() == "Never backed up"


def test_no_backup_in_the_vaults_own_folder(qtbot, controller, data_dir,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    """It would outlive a wipe there, and open with the passphrase."""
    unlock_through_dialog(qtbot, controller)
    answer_file_dialogs(monkeypatch, data_dir / "b.tirkeu-backup")
    section = on_settings(qtbot, controller)
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not in the vault's own folder" in section.backup_result.text())
    assert not (data_dir / "b.tirkeu-backup").exists()
    assert section.last_backup.text() == "Never backed up"


def test_a_coordinator_is_reminded_until_a_backup_is_made(qtbot, controller, tmp_path,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:
    unlock_through_dialog(qtbot, controller, coordinator=True)
    window = controller.window
    bar, status = window.banner, window.backup_state
    qtbot.waitUntil(bar.isVisible)
    assert "never been backed up" in bar.text.text()
    assert status.isVisible() and status.text() == "Never backed up"
    assert not QApplication.activeModalWidget(), "a reminder, not a question"

    out = tmp_path / "b.tirkeu-backup"
    answer_file_dialogs(monkeypatch, out)
    qtbot.mouseClick(bar.backup, Qt.MouseButton.LeftButton)
    section = controller.settings.page.safety
    qtbot.waitUntil(lambda: "Backed up" in section.backup_result.text(), timeout=15000)
    assert window.current_key() == "settings"
    assert not bar.isVisible()
    assert status.text() == f"Last backup: {day(dt.datetime.now(dt.UTC), 'en')}"

    # Ten days later, at the next unlock: reminded again; "Later" puts it away.
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
    controller.archive.database.set_setting(LAST_BACKUP_SETTING, old.isoformat())
    controller.lock()
    unlock_through_dialog(qtbot, controller)
    qtbot.waitUntil(bar.isVisible)
    assert "more than 7 days old" in bar.text.text()
    assert status.text() == f"Last backup: {day(old, 'en')}"
    qtbot.mouseClick(bar.later, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and status.isVisible()

    # The delay is the coordinator's own, kept in the vault: 30 days, and ten are fine.
    section = on_settings(qtbot, controller)
    assert section.remind.isVisible() and section.remind.value() == 7
    section.remind.setFocus()
    section.remind.selectAll()
    qtbot.keyClicks(section.remind, "30")
    qtbot.keyClick(section.remind, Qt.Key.Key_Return)
    assert controller.archive.database.setting("backup_reminder_days") == "30"
    controller.lock()
    unlock_through_dialog(qtbot, controller)
    assert not bar.isVisible()
    assert on_settings(qtbot, controller).remind.value() == 30


def test_a_monitor_gets_no_reminder(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    window = controller.window
    qtbot.waitUntil(window.isVisible)
    assert not window.banner.isVisible() and not window.backup_state.isVisible()
    section = on_settings(qtbot, controller)
    assert section.last_backup.text() == "Never backed up", "the date is in Settings"
    assert not section.remind.isVisible()
    # Made a coordinator in Settings: reminded from then on.
    controller.session.set_role("coordinator")
    assert window.banner.isVisible() and window.backup_state.text() == "Never backed up"


def test_a_duress_passphrase_from_settings_opens_an_empty_vault(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller, name="Әлия Серікбаева")
    add_incidents(controller.archive)
    section = on_settings(qtbot, controller)
    qtbot.mouseClick(section.duress_button, Qt.MouseButton.LeftButton)
    dialog = controller.safety.settings.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.current.hasFocus())
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    # The real passphrase again: the vault refuses it.
    qtbot.keyClicks(dialog.duress, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "must differ" in dialog.message.text(), timeout=15000)
    for field in (dialog.duress, dialog.repeat):
        field.clear()
    type_text(dialog.duress, "жаңбыр")
    assert dialog.hint.text().startswith("Too short")
    dialog.duress.clear()
    type_text(dialog.duress, DURESS)
    assert dialog.hint.text() == "Strong."
    type_text(dialog.repeat, DURESS)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert "duress passphrase is set" in section.protect_result.text()

    controller.lock()
    unlock = controller.dialog
    type_text(unlock.passphrase, DURESS)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.archive is not None, timeout=15000)
    assert controller.archive.owner_name == "Әлия Серікбаева"
    controller.window.show_page("incidents")
    qtbot.waitUntil(lambda: controller.window.incidents.count.text() == "0 of 0 incidents")
    assert controller.archive.listing.total() == 0


def test_duress_can_be_removed(qtbot, controller, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    controller.archive.vault.set_duress(DURESS, PASSPHRASE, {"name": "x", "role": "monitor"})
    section = on_settings(qtbot, controller)
    qtbot.mouseClick(section.remove_duress, Qt.MouseButton.LeftButton)
    assert any("Remove the duress passphrase" in asked for asked in no_dialogs)
    assert section.protect_result.text() == "The duress passphrase was removed."
    controller.lock()
    type_text(controller.dialog.passphrase, DURESS)
    qtbot.keyClick(controller.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.dialog.message.text() == "Wrong passphrase.",
                    timeout=15000)
    controller.dialog.passphrase.clear()
    unlock_through_dialog(qtbot, controller)  # the vault is as it was


def test_wipe_after_set_in_settings_is_what_the_vault_keeps(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    unlock_through_dialog(qtbot, controller)
    section = on_settings(qtbot, controller)
    vault = controller.archive.vault
    assert not section.wipe_after_on.isChecked() and vault.wipe_after() is None
    assert not section.wipe_after.isEnabled()
    qtbot.mouseClick(section.wipe_after_on, Qt.MouseButton.LeftButton)
    assert vault.wipe_after() == 10
    assert section.wipe_after.hasFocus()
    qtbot.keyClicks(section.wipe_after, "3")
    qtbot.keyClick(section.wipe_after, Qt.Key.Key_Return)
    assert vault.wipe_after() == 3
    assert section.protect_result.text() == "Wipe after 3 wrong passphrases in a row: on."
    controller.lock()
    unlock_through_dialog(qtbot, controller)
    section = on_settings(qtbot, controller)
    assert section.wipe_after_on.isChecked() and section.wipe_after.value() == 3
    qtbot.mouseClick(section.wipe_after_on, Qt.MouseButton.LeftButton)
    assert controller.archive.vault.wipe_after() is None


def test_wipe_waits_for_its_countdown_and_cancel_keeps_everything(qtbot, controller,  # type: ignore[no-untyped-def]
                                                                  data_dir, monkeypatch) -> None:
    unlock_through_dialog(qtbot, controller)
    add_incidents(controller.archive)
    window, flow = controller.window, controller.safety.wipe_flow
    qtbot.waitUntil(window.isActiveWindow)

    # Ctrl+Shift+Delete asks first; its default keeps the vault.
    qtbot.keyClick(window, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    box = flow.asking
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "every incident" in box.informativeText() and str(data_dir) in box.informativeText()
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    assert flow.counting is None and controller.archive is not None

    # Wipe…, then Escape during the countdown: nothing touched.
    window.wipe_action.trigger()
    qtbot.mouseClick(flow.wipe_button,
                     Qt.MouseButton.LeftButton)
    countdown = flow.counting
    qtbot.waitUntil(lambda: countdown.isVisible() and countdown.cancel.hasFocus())
    assert countdown.count.text() == "Wiping in 5 seconds…"
    qtbot.keyClick(countdown.cancel, Qt.Key.Key_Escape)
    assert not countdown.isVisible() and flow.counting is None
    qtbot.wait(300)
    assert vault_exists(data_dir) and controller.archive is not None
    assert controller.archive.listing.total() == 3

    # Cancel, clicked: the same.
    window.wipe_action.trigger()
    qtbot.mouseClick(flow.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.counting.cancel, Qt.MouseButton.LeftButton)
    assert vault_exists(data_dir) and controller.archive is not None

    # Left to run out: the vault is gone and the window starts again as on a new laptop.
    monkeypatch.setattr(wipe_module, "COUNTDOWN_SECONDS", 2)
    window.wipe_action.trigger()
    qtbot.mouseClick(flow.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.counting is None, timeout=5000)
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    assert controller.archive is None and not window.isVisible()
    assert controller.dialog.creating and controller.dialog.restore.isVisible()
    assert not vault_exists(data_dir)
    assert sorted(p.name for p in data_dir.iterdir()) == []
    # A new vault there is empty.
    unlock_through_dialog(qtbot, controller)
    assert controller.archive.listing.total() == 0


def made_backup(tmp_path: Path) -> Path:
    archive, code = create_archive(tmp_path / "old laptop", PASSPHRASE, owner_name="Дана",
                                   role="coordinator", recovery_code=True)
    try:
        add_incidents(archive)
        out = tmp_path / "vault.tirkeu-backup"
        make_backup(archive, out)
    finally:
        archive.close()
    (tmp_path / "code.txt").write_text(code or "", encoding="utf-8")
    return out


def open_restore(qtbot: Any, controller: Any) -> Any:
    dialog = controller.dialog
    assert dialog.creating
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    restore = dialog.restore_dialog
    qtbot.waitUntil(restore.isVisible)
    qtbot.mouseClick(restore.choose_file, Qt.MouseButton.LeftButton)
    return restore


def test_restore_from_the_first_start_screen_opens_the_restored_incidents(  # type: ignore[no-untyped-def]
        qtbot, controller, tmp_path, data_dir, monkeypatch) -> None:
    answer_file_dialogs(monkeypatch, made_backup(tmp_path))
    restore = open_restore(qtbot, controller)
    assert restore.file.text().endswith("vault.tirkeu-backup")
    qtbot.waitUntil(restore.secret.hasFocus)
    qtbot.keyClicks(restore.secret, "not the passphrase")
    qtbot.mouseClick(restore.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: restore.message.text() == "Wrong passphrase.", timeout=15000)
    assert not vault_exists(data_dir)
    restore.secret.clear()
    qtbot.keyClicks(restore.secret, PASSPHRASE)
    qtbot.keyClick(restore.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.archive is not None, timeout=15000)
    window = controller.window
    qtbot.waitUntil(window.isVisible)
    assert controller.archive.owner_name == "Дана" and controller.session.coordinator
    window.show_page("incidents")
    qtbot.waitUntil(lambda: window.incidents.count.text() == "3 of 3 incidents")
    # The restored vault is this folder's own: it locks and unlocks as usual.
    controller.lock()
    assert not controller.dialog.creating
    unlock_through_dialog(qtbot, controller)
    assert controller.archive.listing.total() == 3


def test_restore_with_the_recovery_code_sets_a_new_passphrase(qtbot, controller, tmp_path,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    answer_file_dialogs(monkeypatch, made_backup(tmp_path))
    restore = open_restore(qtbot, controller)
    assert not restore.new.isVisibleTo(restore)
    # On the round button itself: a radio button is clicked on its circle or its words.
    qtbot.mouseClick(restore.by_code, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, restore.by_code.height() // 2))
    assert restore.new.isVisibleTo(restore) and restore.secret_label.text() == "Recovery co&de"
    qtbot.keyClicks(restore.secret, (tmp_path / "code.txt").read_text("utf-8"))
    new = "a new passphrase for the new laptop"
    qtbot.keyClicks(restore.new, new)
    assert restore.hint.text() == "Strong."
    qtbot.keyClicks(restore.repeat, new)
    qtbot.mouseClick(restore.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.archive is not None, timeout=15000)
    assert controller.archive.listing.total() == 3
    controller.lock()
    unlock_through_dialog(qtbot, controller, new)
    assert controller.archive.listing.total() == 3


def test_restore_from_settings_goes_into_another_empty_folder(qtbot, controller, tmp_path,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    unlock_through_dialog(qtbot, controller)
    backup = made_backup(tmp_path)
    target = tmp_path / "check"
    target.mkdir()
    answer_file_dialogs(monkeypatch, backup, target)
    section = on_settings(qtbot, controller)
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    restore = controller.safety.settings.dialog
    qtbot.waitUntil(restore.isVisible)
    qtbot.mouseClick(restore.choose_file, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(restore.choose_target, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(restore.secret, PASSPHRASE)
    qtbot.mouseClick(restore.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Restored 3 incidents" in restore.message.text(), timeout=15000)
    assert f'tirkeu --data-dir "{target}"' in restore.message.text()
    assert vault_exists(target) and controller.archive.listing.total() == 0
    controller.session.changed(Topic.SAFETY)


def test_safety_dialogs_have_names_keys_and_translatable_words(qtbot, controller, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.settings.duress_dialog import DuressDialog
    from desktop_app.ui.shell.restore_dialog import RestoreDialog
    from desktop_app.ui.shell.wipe import WipeCountdown
    from tests.ui.test_accessibility import keyboard_problems, unnamed
    from tests.ui.test_translatable import PseudoTranslator, untranslated

    unlock_through_dialog(qtbot, controller, coordinator=True)
    window = controller.window
    app = QCoreApplication.instance()
    pseudo = PseudoTranslator()
    app.installTranslator(pseudo)
    try:
        for dialog in (DuressDialog(lambda *_: None, window), RestoreDialog(tmp_path, window),
                       RestoreDialog(None, window), WipeCountdown(window)):
            qtbot.addWidget(dialog)
            dialog.show()
            assert unnamed(dialog) == [] and keyboard_problems(dialog) == [], dialog
            assert untranslated(dialog) == [], dialog
            dialog.reject()
        window.banner.retranslate()  # built before the translator, as a language change does
        controller.session.changed(Topic.SAFETY)
        assert window.banner.isVisible() and untranslated(window.banner) == []
    finally:
        app.removeTranslator(pseudo)


def test_the_reminder_counts_days_from_the_setting(archive) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.storage.backup_reminder import (
        REMINDER_SETTING,
        backup_due,
        reminder_days,
        set_reminder_days,
    )

    assert reminder_days(archive) == 7 and backup_due(archive), "never backed up: due"
    made = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    archive.database.set_setting(LAST_BACKUP_SETTING, made.isoformat())
    assert not backup_due(archive, made + dt.timedelta(days=7))
    assert backup_due(archive, made + dt.timedelta(days=7, minutes=1))
    set_reminder_days(archive, 30)
    assert not backup_due(archive, made + dt.timedelta(days=29))
    archive.database.set_setting(REMINDER_SETTING, "tomorrow")
    assert reminder_days(archive) == 7
    with pytest.raises(ValueError, match="between"):
        set_reminder_days(archive, 0)


def test_a_lock_during_the_countdown_wipes_nothing(qtbot, controller, data_dir,  # type: ignore[no-untyped-def]
                                                   monkeypatch) -> None:
    monkeypatch.setattr(wipe_module, "COUNTDOWN_SECONDS", 2)
    unlock_through_dialog(qtbot, controller)
    add_incidents(controller.archive)
    flow = controller.safety.wipe_flow
    on_settings(qtbot, controller)
    qtbot.mouseClick(controller.settings.page.safety.wipe_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.wipe_button, Qt.MouseButton.LeftButton)
    countdown = flow.counting
    qtbot.waitUntil(countdown.isVisible)
    controller.lock()  # Ctrl+L, idle or `tirkeu lock`
    assert not countdown.isVisible() and flow.counting is None
    qtbot.wait(2500)  # longer than the countdown was
    assert vault_exists(data_dir)
    assert not controller.dialog.creating
    unlock_through_dialog(qtbot, controller)
    assert controller.archive.listing.total() == 3
