"""Data for revision 0009 (the search index's prefix indexes of one, two and three letters).

``load_data`` writes, at 0009, an incident with its index row; it is found by short and
long prefixes, as typed and across scripts, through a trip down and up. ``load_older``
and ``check_older`` (run by test_alembic) check that rows indexed at 0008 come through the
rebuild whole (every column, the same rowids) and that the rebuilt table holds the prefix
indexes. Literal table and column names only.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

INCIDENT = {"number": 90, "id": "9a1c2a4e-8d1b-4c4e-9a55-0f3b2f6d7a09",
            "title": "Пикет у акимата", "date_first": "2022-01-05",
            "date_precision": "day", "region": "astana", "place": "", "description": "",
            "status": "draft", "revision_id": "0b1c2d3e-0000-4000-8000-000000000901",
            "revision_number": 1, "created_at": "2022-01-05T10:00:00Z",
            "updated_at": "2022-01-05T10:00:00Z", "title_key": "key of the title"}
INDEXED = {"rowid": 90, "title": INCIDENT["title"], "description": "Activists detained",
           "names": "Ғалия Үсенова", "places": "Астана",
           "skeleton": "piket u akimata aktivists detained galia usenova astana"}
OLDER = [{"rowid": 991, "title": "Угроза", "description": "", "names": "Әлия Қасымова",
          "places": "Өскемен", "skeleton": "ugroza alia kasimova oskemen"},
         {"rowid": 992, "title": "Picket", "description": "Zhanna Yolkina was detained",
          "names": "", "places": "Shymkent",
          "skeleton": "piket zhana elkina vas detained shimkent"}]


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
    for query in ('"п"*', '"пи"*', '"пик"*', '"пикет"*', '"ғ"*', '"ға"*', '"а"* AND "d"*',
                  'skeleton : "g"*', 'skeleton : "ga"*', 'skeleton : "gal"*',
                  '("Ус"* OR skeleton : "us"*)', '"det"*', '"detained"'):
        assert 90 in _found(conn, query), query
    assert _found(conn, '"пікет"*') == []


def check_downgrade(conn: Connection) -> None:
    check_upgrade(conn)


def load_older(conn: Connection) -> None:
    """At 0008: index rows without prefix indexes."""
    _insert(conn, "incident_search", OLDER)


def check_older(conn: Connection) -> None:
    """At 0009: the same rows, found by one, two and three letters as by whole words."""
    rows = conn.execute(text("SELECT rowid, title, description, names, places, skeleton "
                             "FROM incident_search ORDER BY rowid")).all()
    assert [dict(r._mapping) for r in rows] == OLDER
    sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'incident_search'"))
    assert "prefix = '1 2 3'" in sql.scalar_one()
    for query, expected in (('"ә"*', [991]), ('"қа"*', [991]), ('skeleton : "k"*', [991]),
                            ('skeleton : "ka"*', [991]), ('skeleton : "kas"*', [991]),
                            ('"d"*', [992]), ('"de"*', [992]), ('"det"*', [992]),
                            ('"s"*', [992]), ('skeleton : "e"*', [992]),
                            ('"ө"* OR "p"*', [991, 992]), ('"z"* AND "ya"*', [])):
        assert _found(conn, query) == expected, query
