"""Seeded synthetic incidents in the interchange shape, for benchmarks (never for tests of
figures: those use hand-built fixtures)."""

from __future__ import annotations

import random
import uuid
from typing import Any

from desktop_app.core.vocabulary import vocabulary

FIRST = ["Айгерим", "Марат", "Жанболат", "Әлия", "Ерлан", "Гүлнар", "Нұрлан", "Saule", "Dmitry"]
LAST = ["Қасымова", "Ахметов", "Серікбаев", "Өтегенова", "Ivanov", "Нұрмағамбетов"]


def incidents(count: int, seed: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    regions = vocabulary("region").codes
    violations = vocabulary("violation").codes
    categories = vocabulary("victim_category").codes
    # One person keeps one name and gender wherever they appear (the archive insists).
    people = {str(uuid.UUID(int=rng.getrandbits(128), version=4)):
              (f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(["female", "male"]))
              for _ in range(count // 3 + 1)}
    person_ids = list(people)
    out = []
    for n in range(count):
        year = rng.randint(2011, 2024)
        chosen = [rng.choice(person_ids) for _ in range(rng.randint(0, 3))]
        victims = [{"person_id": pid, "name": people[pid][0], "category": rng.choice(categories),
                    "gender": people[pid][1], "fatal": rng.random() < 0.01} for pid in chosen]
        victims = list({v["person_id"]: v for v in victims}.values())
        out.append({
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "title": f"Incident {n}: picket dispersed near akimat",
            "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "region": rng.choice(regions),
            "place": rng.choice(["Republic Square", "Akimat", "Court building", "Office"]),
            "violations": rng.sample(violations, rng.randint(1, 3)),
            "victims": victims,
            "perpetrators": [{"kind": "police", "description": "uniformed officers"}],
            "legal_cases": [{"defendant": v["name"], "code": "administrative", "article": "488",
                             "outcome": "convicted",
                             "penalties": [{"kind": "fine", "amount": "50 MCI"}]}
                            for v in victims[:1]],
            "description": "Participants were detained and taken to the district police "
                           "station; statements were taken by the monitor. " * 3,
            "tags": ["synthetic"],
            "status": rng.choice(["draft", "verified"]),
        })
    return out
