"""Names across scripts: the search index holds a cross-script key of every word, and
titles and names carry a key for alphabetical order.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

``incident_search`` gains the column ``skeleton``: every word of the other columns
folded so that Kazakh Cyrillic, Russian Cyrillic, Kazakh Latin and Russian-style
romanisations of a name meet (Қасымова, Kasymova, Qasymova are all ``kasimova``).
FTS5 cannot add a column, so the table is rebuilt from its own content (the index holds
the text it was built from; nothing else is read); ``people.name_skeleton`` holds the
same for a person's name, for the People filter and the editor's name completer. ``incidents.title_key`` and
``people.name_key`` order titles and names by the Kazakh and Russian alphabets under
SQLite's plain BINARY comparison, indexed, so a sorted page of 100,000 rows is an index
walk (docs/SEARCH.md: a Python collation there took seconds).

The rules are frozen here as they were when this revision was written: a migration must
not depend on program code that may change later. tests/test_search_scripts.py checks
that the program's rules (storage/spelling.py) still give the keys written here; a change
to them comes with a new revision that rebuilds the keys.
"""

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS = "title, description, names, places"
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
_BATCH = 2000

# --- the rules, frozen (storage/spelling.py at this revision) ---------------------------
_LATIN_PAIRS = {"kh": "h", "zh": "zh", "ch": "ch", "ye": "e", "yo": "e"}
_LETTERS = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "ы": "i", "к": "k",
    "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "э": "e",
    "ю": "iu", "я": "ia", "ї": "i", "є": "e", "ґ": "g",
    "ä": "a", "á": "a", "ə": "a", "ğ": "g", "ǵ": "g", "ı": "i", "y": "i", "ñ": "n",
    "ń": "n", "ö": "o", "ó": "o", "ū": "u", "ü": "u", "ú": "u", "ş": "sh", "š": "sh",
    "ç": "ch", "č": "ch", "ž": "zh", "j": "zh", "q": "k", "c": "k", "x": "ks", "w": "v",
}
_ORDER = ("0123456789"
          "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
          "aáäbcçdefgğǵhiıjklmnñńoóöpqrsştuūúüvwxyz")
_RANK = {c: chr(0x100 + n) for n, c in enumerate(_ORDER)}
_RANK["ə"] = _RANK["ä"]
_OTHER = 0x100 + len(_ORDER)


def _plain(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def skeleton(word: str) -> str:
    text = unicodedata.normalize("NFC", word.casefold())
    out = []
    i = 0
    while i < len(text):
        pair = _LATIN_PAIRS.get(text[i:i + 2])
        if pair is not None:
            out.append(pair)
            i += 2
            continue
        char = text[i]
        out.append(_LETTERS[char] if char in _LETTERS else _plain(char))
        i += 1
    joined = "".join(out)
    return "".join(c for n, c in enumerate(joined) if n == 0 or joined[n - 1] != c)


def skeleton_words(*texts: str) -> str:
    """Each word's key once, in the order first met (as storage/search.py writes them)."""
    keys = (skeleton(w) for t in texts for w in re.findall(r"\w+", t))
    return " ".join(dict.fromkeys(k for k in keys if k))


def _rank(char: str) -> str:
    if char in _RANK:
        return _RANK[char]
    if char.isspace() or not char.isalnum():
        return "\x20"
    plain = _plain(char)
    if plain in _RANK:
        return _RANK[plain]
    return chr(min(_OTHER + ord(char), 0x10FFFF))


def sort_key(text: str) -> str:
    folded = unicodedata.normalize("NFC", text.casefold())
    return "".join(_rank(c) for c in folded) + "\x00" + text


# --- the revision ----------------------------------------------------------------------
# Every table and column name in the SQL below is a literal of this file, never input;
# values are bound parameters (why each `noqa: S608` is safe).

def _batches(conn: sa.Connection, select: str) -> Iterator[list[sa.Row[Any]]]:
    """Rows of ``select`` (which orders by its first column, named k) a batch at a time."""
    last = None
    while True:
        where = "" if last is None else " WHERE k > :last"
        rows = conn.execute(sa.text(select.format(where=where) + f" LIMIT {_BATCH}"),
                            {"last": last}).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]


def _rebuild_search(conn: sa.Connection, with_skeleton: bool) -> None:
    # A plain copy first: the virtual table is dropped and made again under its own name,
    # so its CREATE statement reads exactly as the revision wrote it.
    op.execute(f"CREATE TABLE search_copy_0008 AS SELECT rowid AS k, {_COLUMNS} "  # noqa: S608
               "FROM incident_search")
    op.execute("DROP TABLE incident_search")
    if not with_skeleton:
        op.execute(f"CREATE VIRTUAL TABLE incident_search USING fts5({_COLUMNS}, {_TOKENIZE})")
        op.execute(f"INSERT INTO incident_search (rowid, {_COLUMNS}) "  # noqa: S608
                   f"SELECT k, {_COLUMNS} FROM search_copy_0008")
    else:
        op.execute("CREATE VIRTUAL TABLE incident_search USING fts5("
                   f"{_COLUMNS}, skeleton, {_TOKENIZE})")
        insert = sa.text(f"INSERT INTO incident_search (rowid, {_COLUMNS}, skeleton) "  # noqa: S608
                         "VALUES (:k, :title, :description, :names, :places, :skeleton)")
        copied = f"SELECT k, {_COLUMNS} FROM search_copy_0008{{where}} ORDER BY k"  # noqa: S608
        for rows in _batches(conn, copied):
            conn.execute(insert, [{**r._mapping, "skeleton": skeleton_words(
                r.title or "", r.description or "", r.names or "", r.places or "")}
                for r in rows])
    op.execute("DROP TABLE search_copy_0008")


def _fill_keys(conn: sa.Connection, table: str, key: str, source: str,
               targets: dict[str, Callable[[str], str]]) -> None:
    assigned = ", ".join(f"{target} = :{target}" for target in targets)
    update = sa.text(f"UPDATE {table} SET {assigned} WHERE {key} = :k")  # noqa: S608
    rows_of = f"SELECT {key} AS k, {source} FROM {table}{{where}} ORDER BY k"  # noqa: S608
    for rows in _batches(conn, rows_of):
        conn.execute(update, [{"k": r.k, **{target: make(r[1]) for target, make in
                                            targets.items()}} for r in rows])


def upgrade() -> None:
    conn = op.get_bind()
    _rebuild_search(conn, with_skeleton=True)
    # SQLite adds a column with a constant default in place; the keys are filled after.
    op.add_column("incidents", sa.Column("title_key", sa.Text(), server_default="",
                                         nullable=False))
    op.add_column("people", sa.Column("name_key", sa.Text(), server_default="",
                                      nullable=False))
    op.add_column("people", sa.Column("name_skeleton", sa.Text(), server_default="",
                                      nullable=False))
    _fill_keys(conn, "incidents", "number", "title", {"title_key": sort_key})
    _fill_keys(conn, "people", "id", "name", {"name_key": sort_key,
                                              "name_skeleton": skeleton_words})
    op.create_index(op.f("ix_incidents_title_key"), "incidents", ["title_key"], unique=False)
    op.create_index(op.f("ix_people_name_key"), "people", ["name_key"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_people_name_key"), table_name="people")
    op.drop_index(op.f("ix_incidents_title_key"), table_name="incidents")
    op.execute(sa.text("ALTER TABLE people DROP COLUMN name_skeleton"))
    op.execute(sa.text("ALTER TABLE people DROP COLUMN name_key"))
    op.execute(sa.text("ALTER TABLE incidents DROP COLUMN title_key"))
    _rebuild_search(op.get_bind(), with_skeleton=False)
