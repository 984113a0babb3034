"""Never lose typing: drafts autosave into the vault and come back after a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import unlock_through_dialog


def test_draft_survives_a_crash(qtbot, controller, data_dir: Path, no_dialogs) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.shell.controller import Controller

    unlock_through_dialog(qtbot, controller)
    controller.autosave.setInterval(100)
    controller.new_incident()
    editor = controller.window.editor
    qtbot.keyClicks(editor.title, "Dispersal of a picket, half typed")
    editor.violations.item(editor.violations.codes_index("threat")).setCheckState(Qt.CheckState.Checked)
    editor.description.setPlainText("Two people were taken away in a grey van.")
    editor.date.set_value("2018-05")
    qtbot.waitUntil(lambda: bool(controller.archive.drafts.all()), timeout=3000)

    # The crash: no save, no lock, no checkpoint — the process is simply gone.
    archive = controller.archive
    controller.session._archive = None  # the crashed window holds nothing any more
    controller.autosave.stop()
    archive.database.engine.dispose()
    archive.vault.lock()
    controller.window.hide()

    again = Controller(data_dir)
    qtbot.addWidget(again.window)
    again.ask_to_unlock()
    unlock_through_dialog(qtbot, again)
    try:
        assert any("unsaved draft" in q and "Dispersal of a picket" in q for q in no_dialogs)
        restored = again.window.editor
        assert restored.isVisible()
        assert restored.title.text() == "Dispersal of a picket, half typed"
        assert restored.violations.codes() == ["threat"]
        assert restored.description.toPlainText() == "Two people were taken away in a grey van."
        assert restored.date.value() == "2018-05"
        assert restored.date.precision.currentData() == "month"
        # Saving it turns the draft into an incident and the draft is gone.
        restored.region.setCurrentIndex(restored.region.findData("astana"))
        qtbot.mouseClick(restored.save_button, Qt.MouseButton.LeftButton)
        assert not restored.problem.isVisible(), restored.problem.text()
        assert again.archive.drafts.all() == []
        assert again.archive.incidents.count() == 1
    finally:
        again.shutdown()


def test_declined_draft_is_discarded(qtbot, controller, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.shell.controller import Controller

    unlock_through_dialog(qtbot, controller)
    controller.new_incident()
    qtbot.keyClicks(controller.window.editor.title, "Something I do not want")
    controller.shutdown()  # closing the window keeps the draft, as a crash would

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    again = Controller(data_dir)
    qtbot.addWidget(again.window)
    again.ask_to_unlock()
    unlock_through_dialog(qtbot, again)
    try:
        assert again.window.editor.title.text() == ""
        assert again.archive.drafts.all() == []
    finally:
        again.shutdown()
