"""The status bar's sentence: singular and plural, an empty vault, no coordinator yet, all
confirmed, and incidents received from others never counted as waiting."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.core.interchange import incident_from_json
from desktop_app.crypto.identity import Keys, new_keys
from desktop_app.session import Topic
from desktop_app.storage import exchange_store
from desktop_app.storage.archive import create_archive
from desktop_app.storage.exchange_store import DeliveryCounts
from desktop_app.sync.importer import open_bundle
from desktop_app.ui.kit import i18n
from desktop_app.ui.shell.status import DeliveryStatus
from tests.conftest import PASSPHRASE
from tests.ui.conftest import session_with
from tests.ui.test_first_start import monitor_bundle


@pytest.fixture
def status(qtbot, archive) -> Any:  # type: ignore[no-untyped-def]
    i18n.install_plurals()  # as the window does: English singular and plural
    label = QLabel()
    qtbot.addWidget(label)
    bar = DeliveryStatus(label)
    signals = session_with(archive)
    bar.attach(signals)
    bar.signals = signals  # kept alive with the bar
    return bar


def add(archive: Any, n: int) -> list[str]:
    ids = []
    for i in range(n):
        incident = incident_from_json({"title": f"Пикет {i}", "date": "2018-05-12",
                                       "region": "almaty_city", "violations": ["arrest"]})
        archive.incidents.save(incident, archive.author)
        ids.append(incident.id)
    return ids


def add_coordinator(archive: Any) -> str:
    made = new_keys()
    card = Keys(made.age_identity, made.ed25519_seed, "Aigerim Bekova").card()
    archive.contacts.add(card.name, card.age_recipient, card.ssh_key, card.fingerprint,
                         coordinator=True)
    return card.name


def said(status: Any) -> str:
    status.signals.session.changed(Topic.INCIDENTS)
    return status.label.text()


def test_an_empty_vault_claims_nothing(status) -> None:  # type: ignore[no-untyped-def]
    assert said(status) == "Unlocked · no incidents yet"


def test_one_incident_is_singular_and_no_coordinator_is_said(status, archive) -> None:  # type: ignore[no-untyped-def]
    add(archive, 1)
    assert said(status) == "Unlocked · 1 incident not yet confirmed · no coordinator added yet"


def test_many_incidents_are_plural(status, archive) -> None:  # type: ignore[no-untyped-def]
    add_coordinator(archive)
    add(archive, 3)
    assert said(status) == "Unlocked · 3 incidents not yet confirmed by a coordinator"


def test_everything_confirmed_only_once_a_coordinator_confirmed_it(status, archive) -> None:  # type: ignore[no-untyped-def]
    name = add_coordinator(archive)
    ids = add(archive, 2)
    with archive.database.transaction() as conn:
        heads = {i: archive.incidents.current(i).revision.revision_id for i in ids}
        exchange_store.record_deliveries(conn, name, heads.items())
    assert said(status) == "Unlocked · everything confirmed by a coordinator"
    archive.contacts.remove(name)
    assert said(status) == "Unlocked · no coordinator added yet"


def test_the_sentences_for_every_case() -> None:
    bar = DeliveryStatus(QLabel())
    i18n.install_plurals()
    cases = {
        (DeliveryCounts(0, 0, 0), False, False): "Unlocked · no incidents yet",
        (DeliveryCounts(0, 0, 0), True, True): "Unlocked · no incidents yet",
        (DeliveryCounts(5, 0, 0), True, False): "Unlocked · 5 incidents",  # all received
        (DeliveryCounts(1, 0, 0), True, False): "Unlocked · 1 incident",
        (DeliveryCounts(9, 2, 2), False, True): "Unlocked · 9 incidents",  # a coordinator
        (DeliveryCounts(9, 2, 2), True, True):
            "Unlocked · 2 incidents not yet confirmed by a coordinator",
        (DeliveryCounts(9, 2, 0), True, True): "Unlocked · 9 incidents",
        (DeliveryCounts(2, 2, 1), True, False):
            "Unlocked · 1 incident not yet confirmed by a coordinator",
        (DeliveryCounts(2, 2, 0), False, False): "Unlocked · no coordinator added yet",
    }
    for (counts, has_coordinator, coordinator_here), sentence in cases.items():
        assert bar.sentence(counts, has_coordinator, coordinator_here) == sentence, counts


def test_received_revisions_never_wait(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Storage: an imported incident is not "not yet confirmed"; edited here, it is."""
    coordinator, _ = create_archive(tmp_path / "c", PASSPHRASE, owner_name="Aigerim Bekova",
                                    role="coordinator", recovery_code=False)
    try:
        open_bundle(coordinator, monitor_bundle(tmp_path, coordinator))
        assert coordinator.delivery_counts() == DeliveryCounts(2, 0, 0)
        add(coordinator, 1)
        assert coordinator.delivery_counts() == DeliveryCounts(3, 1, 1)
    finally:
        coordinator.close()
