"""The full-text index (FTS5, inside the encrypted database) and safe query building."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypedDict

from sqlalchemy import Connection, Integer, TextualSelect, bindparam, column, text

from desktop_app.core.model import Incident
from desktop_app.core.vocabulary import LANGUAGES, vocabulary
from desktop_app.storage.spelling import skeleton
from desktop_app.storage.tables import SEARCH_TABLE

_WORD = re.compile(r"\w+", re.UNICODE)
# Russian writes ё and е interchangeably ("Пётр", "Петр"); the index and queries fold
# one into the other. unicode61 folds case, and accents of Latin letters, by itself.
_YO = str.maketrans("ёЁ", "еЕ")


def fold(text: str) -> str:
    return text.translate(_YO)


# FTS5 has no SQLAlchemy construct, so this module writes its SQL as text: the table is
# named by the constant SEARCH_TABLE, never by input, and every value is a bound
# parameter (why each `noqa: S608` below is safe).
_INSERT = text(f"INSERT INTO {SEARCH_TABLE} (rowid, title, description, names, places, "  # noqa: S608
               "skeleton) VALUES (:rowid, :title, :description, :names, :places, :skeleton)")


class IndexRow(TypedDict):
    """One incident's entry in the index (its rowid is the incident's number)."""

    rowid: int
    title: str
    description: str
    names: str
    places: str
    skeleton: str


def index_row(number: int, incident: Incident) -> IndexRow:
    """What the index holds for one incident: names of people, places with region labels."""
    region = vocabulary("region")
    names = [v.name for v in incident.victims] + [v.organization for v in incident.victims]
    names += [c.defendant for c in incident.legal_cases]
    places = [incident.place] + [region.label(incident.region, lang) for lang in LANGUAGES]
    row: IndexRow = {
        "rowid": number, "title": fold(incident.title), "description": fold(incident.description),
        "names": fold("\n".join(n for n in names if n)),
        "places": fold("\n".join(p for p in places if p)), "skeleton": "",
    }
    row["skeleton"] = skeleton_words(row["title"], row["description"], row["names"],
                                     row["places"])
    return row


def skeleton_words(*texts: str) -> str:
    """The cross-script key of every word of ``texts``, each once, in the order first met
    (the index's ``skeleton`` column; migration 0008 wrote the same for older rows)."""
    keys = (skeleton(w) for t in texts for w in _WORD.findall(t))
    return " ".join(dict.fromkeys(k for k in keys if k))


def reindex(conn: Connection, rows: Sequence[IndexRow]) -> None:
    """Replace the index entries of these incidents (rows from ``index_row``)."""
    if not rows:
        return
    forget(conn, [r["rowid"] for r in rows])
    conn.execute(_INSERT, list(rows))


def forget(conn: Connection, numbers: Sequence[int]) -> None:
    if numbers:
        conn.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN :numbers")  # noqa: S608
                     .bindparams(bindparam("numbers", expanding=True)), {"numbers": list(numbers)})


def match_expression(user_text: str, ranked: bool = True) -> str | None:
    """An FTS5 query for what a person typed: every word must appear, as a prefix, either
    as typed (any column) or in any script (its skeleton among the words' skeletons).

    Words are quoted, so operators and punctuation in the input can never form FTS syntax
    (a word and its skeleton hold letters, digits and underscores only).
    ``ranked=False`` is for asking which incidents match, not how well (the list, its
    count, summaries): the same incidents, sometimes from fewer terms (``_either_script``).
    Returns None when the text holds no word at all.
    """
    words = _WORD.findall(fold(user_text))
    if not words:
        return None
    return " AND ".join(_either_script(w, ranked) for w in words)


def _either_script(word: str, ranked: bool = True) -> str:
    key = skeleton(word)
    if not key:
        return f'"{word}"*'
    # A plain Latin word whose key begins with the word itself (station, det, Ivanov):
    # the typed term searches every column, the skeleton column too, so every key the
    # skeleton term would find also begins with the typed word — the skeleton term adds
    # no incident, only the cost of a second prefix lookup as long as the first. (ASCII
    # letters and digits: FTS5 reads such a word as one token, in lower case, as here.)
    # A ranked search keeps both terms: bm25 counts each.
    if not ranked and word.isascii() and word.isalnum() and key.startswith(word.lower()):
        return f'"{word}"*'
    # The word as typed stays a term of its own: a Latin prefix cut inside a pair of
    # letters ("Kh" of "Khasenov") has a skeleton that is not a prefix of the name's.
    return f'("{word}"* OR skeleton : "{key}"*)'


def matching_numbers(conn: Connection, user_text: str, limit: int | None = None) -> list[int]:
    """Incident numbers matching ``user_text``, best match first."""
    expression = match_expression(user_text)
    if expression is None:
        return []
    sql = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q ORDER BY rank"  # noqa: S608
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in conn.execute(text(sql), {"q": expression})]


def matching_subquery(expression: str) -> TextualSelect:
    """A SELECT of incident numbers matching an FTS expression (from match_expression)."""
    return (text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q")  # noqa: S608
            .bindparams(q=expression).columns(column("rowid", Integer)))


def matches_more_than(conn: Connection, expression: str, few: int) -> bool:
    """Whether more than ``few`` incidents match: the index is read only that far."""
    sql = (f"SELECT count(*) FROM (SELECT rowid FROM {SEARCH_TABLE} "  # noqa: S608
           f"WHERE {SEARCH_TABLE} MATCH :q LIMIT :n)")
    return int(conn.execute(text(sql), {"q": expression, "n": few + 1}).scalar_one()) > few


def count_matching(conn: Connection, expression: str) -> int:
    """How many incidents match an FTS expression (from match_expression), counted in the
    index alone: it holds one row per incident."""
    sql = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q"  # noqa: S608
    return int(conn.execute(text(sql), {"q": expression}).scalar_one())
