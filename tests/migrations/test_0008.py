"""Data for revision 0008 (the search index's cross-script column; title and name keys).

``load_data`` writes, at 0008, an incident about Қасымова with its index row and keys;
they survive a trip down and up. ``load_older`` and ``check_older`` (run by test_alembic)
check that rows stored before 0008 are indexed across scripts by the upgrade (a Latin
spelling finds the Cyrillic name, and the other way round) and get keys that sort them by
the Kazakh alphabet (Әлиев right after Абдрахманов, Іпатова after Ыбырай); people get
their name's cross-script key.
Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

INCIDENT = {"number": 80, "id": "8a1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a08",
            "title": "Қасымоваға қоқан-лоқы", "date_first": "2021-03-01",
            "date_precision": "day", "region": "shymkent", "place": "", "description": "",
            "status": "draft", "revision_id": "0b1c2d3e-0000-4000-8000-000000000801",
            "revision_number": 1, "created_at": "2021-03-01T10:00:00Z",
            "updated_at": "2021-03-01T10:00:00Z", "title_key": "key of the title"}
INDEXED = {"rowid": 80, "title": INCIDENT["title"], "description": "", "names": "Айгерим Қасымова",
           "places": "Шымкент", "skeleton": "kasimovaga kokan loki aigerim kasimova shimkent"}
# Titles stored before 0008, in the order a Kazakh reader expects them.
OLDER_TITLES = ["Абдрахманов", "Әлиев", "Ғалымов", "Ёлкин", "Қасымова", "Өтегенова",
                "Ұлан", "Үсенова", "Ыбырай", "Іпатова", "Яковлев", "Ivanov"]


def _insert(conn: Connection, table: str, rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) "
                      f"VALUES ({', '.join(':' + c for c in columns)})"), rows)


def _found(conn: Connection, query: str) -> list[int]:
    return list(conn.execute(text("SELECT rowid FROM incident_search WHERE incident_search "
                                  "MATCH :q ORDER BY rowid"), {"q": query}).scalars())


def load_data(conn: Connection) -> None:
    _insert(conn, "incidents", [INCIDENT])
    _insert(conn, "incident_search", [INDEXED])


def check_upgrade(conn: Connection) -> None:
    assert _found(conn, 'skeleton : "kasim"*') == [80]
    assert _found(conn, '"қасым"*') == [80]
    key = conn.execute(text("SELECT title_key FROM incidents WHERE id = :id"),
                       {"id": INCIDENT["id"]}).scalar_one()
    assert key == INCIDENT["title_key"]


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)


def _older(n: int, title: str) -> dict[str, object]:
    older = {k: v for k, v in INCIDENT.items() if k != "title_key"}
    return {**older, "number": 800 + n, "id": f"8a1c2a4e-8d1b-4c4e-9a55-0f3b2f6d{n:04d}",
            "title": title}


def load_older(conn: Connection) -> None:
    """Below 0008: incidents, their index rows (Cyrillic and Latin) and people."""
    shuffled = list(reversed(OLDER_TITLES))
    _insert(conn, "incidents", [_older(n, title) for n, title in enumerate(shuffled)])
    _insert(conn, "incident_search", [
        {"rowid": 901, "title": "Угроза", "description": "", "names": "Әлия Қасымова",
         "places": "Өскемен"},
        {"rowid": 902, "title": "Picket", "description": "Zhanna Yolkina was detained",
         "names": "", "places": "Shymkent"}])
    _insert(conn, "people", [{"id": f"9f000000-0000-4000-8000-00000000{n:04d}", "name": name,
                              "created_at": "2020-01-01T00:00:00Z",
                              "updated_at": "2020-01-01T00:00:00Z"}
                             for n, name in enumerate(shuffled)])


def check_older(conn: Connection) -> None:
    """At 0008: found in any script, and in the alphabet's order by their keys."""
    for query, expected in (("kasim", [901]), ("alia", [901]), ("oskemen", [901]),
                            ("zhana", [902]), ("elkina", [902]), ("shimkent", [902])):
        assert _found(conn, f'skeleton : "{query}"*') == expected, query
    assert _found(conn, '"өскемен"*') == [901]  # as typed, as before
    titles = conn.execute(text("SELECT title FROM incidents WHERE number >= 800 "
                               "ORDER BY title_key")).scalars().all()
    assert titles == OLDER_TITLES
    names = conn.execute(text("SELECT name FROM people ORDER BY name_key")).scalars().all()
    assert names == OLDER_TITLES
    found = conn.execute(text("SELECT name FROM people WHERE name_skeleton LIKE '%kasim%' "
                              "OR name_skeleton LIKE '%elkin%'")).scalars().all()
    assert sorted(found) == ["Ёлкин", "Қасымова"]
