"""What the imports and exports count is said with the plural each number takes, in
English, Russian and Kazakh: "1 bulletin", "2 бюллетеня", "5 бюллетеней"."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core import language
from tests.test_cli import Tirkeu

ONE = """<?xml version="1.0" encoding="UTF-8"?>
<MartusBulletins><MartusBulletin>
<MainFieldSpecs>
<Field type='STRING'><Tag>title</Tag><Label>Title</Label></Field>
<Field type='DATERANGE'><Tag>eventdate</Tag><Label>Event date</Label></Field>
</MainFieldSpecs>
<FieldValues>
<Field tag='title'><Value>{title}</Value></Field>
<Field tag='eventdate'><Value>Simple:2011-12-16</Value></Field>
</FieldValues>
</MartusBulletin></MartusBulletins>
"""
DEFAULTS = ("--default", "region=mangystau", "--default", "violations=arrest")


def _speak(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """As a person would ask: TIRKEU_LANG, read the way `tirkeu` reads it at its start."""
    monkeypatch.setenv("TIRKEU_LANG", lang)
    language.use(language.from_environment())


def _martus(tmp_path: Path, count: int) -> Path:
    bulletins = [ONE.format(title=f"Жанаозен {n}").split("<MartusBulletins>")[1]
                 .split("</MartusBulletins>")[0] for n in range(count)]
    path = tmp_path / f"{count}.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<MartusBulletins>'
                    + "".join(bulletins) + "</MartusBulletins>\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "count", "said"), [
    ("en", 1, "1 bulletin in Martus's import format."),
    ("en", 2, "2 bulletins in Martus's import format."),
    ("ru", 1, "1 бюллетень в формате импорта Martus."),
    ("ru", 2, "2 бюллетеня в формате импорта Martus."),
    ("ru", 5, "5 бюллетеней в формате импорта Martus."),
    ("kk", 1, "оқылды: Martus импорт пішіміндегі 1 бюллетень."),
])
def test_bulletins_read_are_counted_with_their_plural(
        vault: Tirkeu, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
        count: int, said: str) -> None:
    _speak(monkeypatch, lang)
    out = vault.ok("import-martus", _martus(tmp_path, count), *DEFAULTS, "--dry-run").out
    assert said in out.splitlines()[0]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "With 1 person, 0 legal cases and 0 remedies, linked by title."),
    ("ru", "Вместе с ними: 1 человек, 0 дел и 0 средств защиты; связаны по названию."),
])
def test_the_uwazi_counts_take_their_plurals(vault: Tirkeu, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, lang: str,
                                             said: str) -> None:
    sheet = tmp_path / "one.csv"
    sheet.write_text("title;date;region;violations;victims.name\n"
                     "Пикет;2018;almaty_city;arrest;Әлия\n", encoding="utf-8")
    vault.ok("import-table", sheet)
    _speak(monkeypatch, lang)
    assert said in vault.ok("export-table", "--format", "uwazi", "--out",
                            tmp_path / "u.zip").out
