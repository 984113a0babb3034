"""The editor's vocabulary pickers after a network's vocabulary update: a retired code is
not offered for a new choice, but an incident that holds it shows it, still chosen; the
list's filters keep offering it (they look for what is recorded)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.core.vocabulary import Term, set_network_terms
from desktop_app.ui.incidents.editor.fields import CodeCombo, ViolationsList

SHUTDOWN = Term("internet_shutdown", {"en": "Internet shutdown", "ru": "Отключение интернета",
                                      "kk": "Интернетті өшіру"}, {})
RETIRED = Term("blackmail", {"en": "Blackmail"}, {}, retired=True)
OLD_REGION = Term("old_region", {"en": "Old Region", "ru": "Старая", "kk": "Ескі"}, {},
                  retired=True)


@pytest.fixture(autouse=True)
def network_terms() -> Iterator[None]:
    set_network_terms({"violation": [SHUTDOWN, RETIRED], "region": [OLD_REGION]})
    yield
    set_network_terms({})


def _listed(widget: ViolationsList) -> list[str]:
    return [widget.item(i).data(256) for i in range(widget.count())]


def test_violations_offer_new_codes_and_hide_retired_ones_unless_held(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = ViolationsList("en")
    qtbot.addWidget(widget)
    assert "internet_shutdown" in _listed(widget)
    assert "blackmail" not in _listed(widget)
    widget.set_codes(["blackmail", "arrest"])  # an incident recorded before it was retired
    assert "blackmail" in _listed(widget)
    assert sorted(widget.codes()) == ["arrest", "blackmail"]


def test_a_region_picker_keeps_a_retired_region_only_where_it_is_held(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = CodeCombo("region", "en")
    qtbot.addWidget(combo)
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert "old_region" not in codes
    combo.set_code("old_region")
    assert combo.code() == "old_region" and combo.currentText() == "Old Region"
    search = CodeCombo("region", "en", with_retired=True)
    qtbot.addWidget(search)
    assert "old_region" in [search.itemData(i) for i in range(search.count())]
