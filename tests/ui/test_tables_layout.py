"""The File menu's table dialogs hold in Russian, Kazakh and the pseudo-language 40%
longer than English: no label, button, check box or choice shows less of its text than it
has, as the window's pages are checked in test_layout_languages.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import language as core_language
from desktop_app.tables.reading import read_table
from desktop_app.ui.kit import i18n
from desktop_app.ui.tables.dialogs import ExportTableDialog, MartusDefaultsDialog
from desktop_app.ui.tables.mapping_dialog import MappingDialog
from tests.ui.pseudo_locale import build
from tests.ui.test_layout_languages import cramped, settled

SHEET = ("Название;Дата;Область;Нарушение;ФИО;Пол;Нарушитель;Примечание\n"
         "Задержание на пикете;12.05.2018;г. Алматы;Задержание;Ерлан Жаксылыков;м;Полиция;\n"
         "Угрозы журналисту;май 2018;Актюбинская обл.;Угрозы;Айгуль Нурова;ж;Акимат;\n")


@pytest.fixture(params=["ru", "kk", "pseudo"])
def spoken(request: pytest.FixtureRequest, qapp: Any, tmp_path_factory: pytest.TempPathFactory,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    lang = request.param
    if lang == "pseudo":
        pseudo = build(tmp_path_factory.mktemp("pseudo"))
        russian = i18n.catalogue_path
        monkeypatch.setattr(i18n, "catalogue_path", lambda code: (
            str(pseudo) if code == "ru" else russian(code)))
        lang = "ru"
    core_language.use(lang)
    assert i18n.install(lang, qapp)
    yield lang
    i18n.install("en", qapp)
    core_language.use("en")


def _shown(qtbot: Any, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    dialog.show()
    settled()
    return dialog


def test_the_mapping_dialog_holds(qtbot: Any, spoken: str, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(SHEET.encode("cp1251"))
    dialog = _shown(qtbot, MappingDialog(None, read_table(path), spoken))
    assert cramped(dialog) == []


def test_the_export_dialog_holds(qtbot: Any, spoken: str) -> None:
    dialog = _shown(qtbot, ExportTableDialog(None, lambda: [
        ("a", "Задержание на пикете", "протокол.pdf")]))
    dialog.format.setCurrentIndex(dialog.format.findData("uwazi"))
    dialog.attachments.setChecked(True)
    settled()
    assert cramped(dialog) == []


def test_the_martus_dialog_holds(qtbot: Any, spoken: str) -> None:
    dialog = _shown(qtbot, MartusDefaultsDialog(None, spoken))
    assert cramped(dialog) == []
