"""Fictional incidents built to match the figures of the UPR submission Tirkeu grew from.

Every record is invented (names, titles, places are made up, built from a fixed seed), but
the totals are those a coordinator must be able to reproduce with one query each:

- 101 incidents over five months of 2011 (March–July), 555 in 2018;
- 2011–2017: 70 activists assaulted (violation ``physical_attack``), 2 of them fatally;
  exactly 4 of those incidents reached a remedy (one remedy each). "Activists" here are
  the victim categories civil_society_activist, political_party_activist,
  trade_union_activist and religious_activist; nobody else is a victim of an assault in
  those years;
- 2015–2017: 17 human rights defenders tried under criminal charges (one ``criminal``
  case each, violation ``criminal_prosecution``), 5 acquitted, 12 convicted under
  Criminal Code art. 174, 130, 274, 400, 190, 380, 309;
- 2012–2017: 24 administrative cases under art. 488, 434, 699, all ending in a fine or
  administrative detention of up to 15 days;
- 3 views of the UN Human Rights Committee in favour of defenders, none implemented.

Run as a script to print the records as interchange JSON (for ``tirkeu add --json``).
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from typing import Any

SEED = 2011
ACTIVISTS = ("civil_society_activist", "political_party_activist", "trade_union_activist",
             "religious_activist")

# The figures, as the summary must report them.
INCIDENTS_2011, MONTHS_2011 = 101, ("2011-03", "2011-04", "2011-05", "2011-06", "2011-07")
INCIDENTS_2018 = 555
ASSAULT_VICTIMS, ASSAULT_FATAL, ASSAULT_REMEDIES = 70, 2, 4
DEFENDERS_TRIED, DEFENDERS_ACQUITTED = 17, 5
CONVICTION_ARTICLES = {"criminal 174": 4, "criminal 130": 1, "criminal 274": 2,
                       "criminal 400": 2, "criminal 190": 1, "criminal 380": 1,
                       "criminal 309": 1}
ACQUITTAL_ARTICLES = {"criminal 174": 2, "criminal 400": 1, "criminal 274": 1,
                      "criminal 130": 1}
ADMINISTRATIVE_ARTICLES = {"administrative 488": 12, "administrative 434": 7,
                           "administrative 699": 5}
ADMINISTRATIVE_PENALTIES = {"fine": 14, "administrative_detention": 10}
UN_VIEWS = 3

FIRST = ("Айгерим", "Марат", "Жанболат", "Әлия", "Ерлан", "Гүлнар", "Нұрлан", "Сәуле",
         "Бауыржан", "Динара", "Асқар", "Жұлдыз", "Қайрат", "Ұлжан", "Өмірзақ", "Іңкәр")
LAST = ("Қасымов", "Ахметов", "Серікбаев", "Өтегенов", "Нұрмағамбетов", "Жүсіпов",
        "Тұрсынов", "Сағындықов", "Құдайбергенов", "Әбілқасымов", "Бекмұханбетов")
PLACES = ("Republic Square, by the monument", "Ауыл әкімдігінің алаңы", "Courtroom No. 4",
          "Редакция газеты на улице Сейфуллина", "Oil workers' camp near the depot",
          "Орталық саябақтың қақпасы")
TAGS = ("Жаңаөзен anniversary", "land protests 2016", "election observers", "oil strike")
REGIONS = ("almaty_city", "astana", "shymkent", "mangystau", "atyrau", "karaganda",
           "east_kazakhstan", "almaty_region", "turkistan", "pavlodar", "west_kazakhstan")
OTHER_VIOLATIONS = ("threat", "arrest", "detention", "surveillance", "discrimination",
                    "travel_ban", "tax_inspection", "blackmail")


class _Builder:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.records: list[dict[str, Any]] = []

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def person(self, category: str, fatal: bool = False) -> dict[str, Any]:
        rng = self.rng
        last = rng.choice(LAST)
        if rng.random() < 0.5:
            last += "а"  # feminine form
        return {"person_id": self.uid(), "name": f"{rng.choice(FIRST)} {last} {len(self.records)}",
                "category": category, "gender": rng.choice(["female", "male", "unknown"]),
                "organization": f"Ұйым «Әділет-{self.rng.randint(100, 999)}»", "fatal": fatal}

    def add(self, date: str, violations: list[str], victims: list[dict[str, Any]],
            **extra: Any) -> dict[str, Any]:
        rng, n = self.rng, len(self.records)
        record = {
            "id": self.uid(),
            "title": f"Seed incident {n}: {rng.choice(['picket', 'raid', 'summons'])} "
                     f"at {rng.choice(['the akimat', 'the editorial office', 'the union hall'])}",
            "date": date, "region": rng.choice(REGIONS),
            "place": f"{rng.choice(PLACES)} #{n}", "violations": violations,
            "victims": victims,
            "perpetrators": [{"kind": "police", "description": f"officer badge {1000 + n}"}],
            "description": f"Monitor's notes on seed incident {n}: Қасымжомарт көшесі, "
                           f"witness statement taken on the spot.",
            "sources": [{"kind": "interview", "reference": f"Interview notebook page {n}",
                         "reliability": "high"}],
            "tags": [rng.choice(TAGS)] if rng.random() < 0.3 else [],
            "status": rng.choice(["draft", "verified"]),
        }
        record.update(extra)
        self.records.append(record)
        return record


def _day(rng: random.Random, month: str) -> str:
    return f"{month}-{rng.randint(1, 28):02d}"


def seed_incidents(seed: int = SEED) -> list[dict[str, Any]]:
    """All the fictional incidents, as interchange JSON objects, always the same."""
    b = _Builder(seed)
    rng = b.rng
    # Assaults 2011–2017: 58 incidents, 12 of them with two victims -> 70 activists.
    per_year = {2011: 12, 2012: 8, 2013: 8, 2014: 8, 2015: 8, 2016: 7, 2017: 7}
    assault_years = [str(y) for y, k in per_year.items() for _ in range(k)]
    two_victims = set(rng.sample(range(len(assault_years)), 12))
    fatal_at = set(rng.sample(sorted(set(range(len(assault_years))) - two_victims), 2))
    remedy_at = rng.sample(range(len(assault_years)), ASSAULT_REMEDIES)
    remedies = [("domestic_appeal", "rejected", None), ("prosecutor_complaint", "rejected", None),
                ("ombudsman", "pending", None), ("domestic_appeal", "in_favour", True)]
    for i, year in enumerate(assault_years):
        month = rng.choice(MONTHS_2011) if year == "2011" else f"{year}-{rng.randint(1, 12):02d}"
        victims = [b.person(rng.choice(ACTIVISTS), fatal=i in fatal_at)
                   for _ in range(2 if i in two_victims else 1)]
        extra: dict[str, Any] = {}
        if i in remedy_at:
            mechanism, outcome, implemented = remedies[remedy_at.index(i)]
            extra["remedies"] = [{"mechanism": mechanism, "reference": f"Complaint No. {700 + i}",
                                  "outcome": outcome, "implemented": implemented}]
        b.add(_day(rng, month), ["physical_attack"], victims, **extra)

    # Other incidents of 2011: 101 in all over March–July; some known only to the month.
    for _ in range(INCIDENTS_2011 - 12):
        month = rng.choice(MONTHS_2011)
        date = month if rng.random() < 0.15 else _day(rng, month)
        b.add(date, rng.sample(OTHER_VIOLATIONS, rng.randint(1, 2)),
              [b.person(rng.choice(["journalist", "lawyer", "other"]))])

    # Defenders tried under criminal charges, 2015–2017.
    outcomes = ([("acquitted", a) for a, k in ACQUITTAL_ARTICLES.items() for _ in range(k)]
                + [("convicted", a) for a, k in CONVICTION_ARTICLES.items() for _ in range(k)])
    rng.shuffle(outcomes)
    un_views = set(rng.sample(range(len(outcomes)), UN_VIEWS))
    for i, (outcome, article) in enumerate(outcomes):
        defender = b.person("human_rights_defender")
        year = 2015 + i % 3
        case = {"defendant": defender["name"], "code": "criminal",
                "article": article.split()[1], "court": f"District court No. {i + 2}",
                "outcome": outcome, "decided_on": f"{year}-{rng.randint(6, 12):02d}",
                "penalties": [] if outcome == "acquitted" else
                [{"kind": rng.choice(["imprisonment", "restriction_of_freedom"]),
                  "amount": f"{rng.randint(2, 7)} years"}]}
        extra = {}
        if i in un_views:
            extra["remedies"] = [{"mechanism": "un_human_rights_committee",
                                  "reference": f"CCPR/C/1{i:02d}/D/{2400 + i}/{year}",
                                  "outcome": "in_favour", "implemented": False}]
        b.add(f"{year}-{rng.randint(1, 5):02d}-{rng.randint(1, 28):02d}",
              ["criminal_prosecution"], [defender], legal_cases=[case], **extra)

    # Administrative cases, 2012–2017: fines or up to 15 days' detention.
    articles = [a for a, k in ADMINISTRATIVE_ARTICLES.items() for _ in range(k)]
    penalties = [p for p, k in ADMINISTRATIVE_PENALTIES.items() for _ in range(k)]
    rng.shuffle(penalties)
    for i, (article, penalty) in enumerate(zip(articles, penalties, strict=True)):
        activist = b.person(rng.choice((*ACTIVISTS, "journalist")))
        amount = f"{rng.choice([5, 10, 15])} days" if penalty != "fine" else "50 MCI"
        case = {"defendant": activist["name"], "code": "administrative",
                "article": article.split()[1], "court": "Specialised administrative court",
                "outcome": "convicted", "penalties": [{"kind": penalty, "amount": amount}]}
        b.add(_day(rng, f"{2012 + i % 6}-{rng.randint(1, 12):02d}"),
              ["administrative_prosecution", "arrest"], [activist], legal_cases=[case])

    # 2018: 555 incidents, some dated only to the month or the year.
    for _ in range(INCIDENTS_2018):
        roll = rng.random()
        month = f"2018-{rng.randint(1, 12):02d}"
        date = "2018" if roll < 0.03 else month if roll < 0.1 else _day(rng, month)
        victims = [b.person(rng.choice((*ACTIVISTS, "journalist", "lawyer")),
                            fatal=rng.random() < 0.01) for _ in range(rng.randint(0, 2))]
        b.add(date, rng.sample((*OTHER_VIOLATIONS, "physical_attack"), rng.randint(1, 3)),
              victims)

    # A few in 2019, so a filter ending in 2018 has something to leave out.
    for _ in range(7):
        b.add(_day(rng, f"2019-{rng.randint(1, 12):02d}"), ["threat"],
              [b.person("journalist")])
    return b.records


def save_seed(archive: Any) -> list[dict[str, Any]]:
    """Save the seed incidents into an open archive in one transaction; return them."""
    from desktop_app.core.interchange import parse_incidents

    records = seed_incidents()
    archive.incidents.save_many(list(parse_incidents(records)), "Seed")
    return records


if __name__ == "__main__":
    json.dump(seed_incidents(), sys.stdout, ensure_ascii=False, indent=1)
