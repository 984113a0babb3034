"""Names across scripts: one search key for every spelling of a word, and the order of the
Kazakh and Russian alphabets. Plain Python; docs/SEARCH.md explains the choices.

``skeleton`` maps Kazakh and Russian Cyrillic, the Kazakh Latin alphabet of 2021 (and the
2018 one with acutes) and the usual Russian-style romanisations to one coarse Latin key:
Қасымова, Kasymova and Qasymova are all ``kasimova``. ``sort_key`` orders text by the
combined Kazakh and Russian alphabet (А Ә Б … Ы І Ь Э Ю Я), then Latin, ignoring case.
"""

from __future__ import annotations

import functools
import unicodedata

# The migration whose frozen copy of these rules built the index's skeleton column. A
# change to the rules below needs a new migration that rebuilds the column (with its own
# frozen copy) and this name moved to it; tests/test_search_scripts.py compares the two.
SKELETON_MIGRATION = "0008"
# No cache of keys: it would keep names and titles in memory after the vault locks.

# Latin spellings of one sound in two letters, read before single letters.
_LATIN_PAIRS = {"kh": "h", "zh": "zh", "ch": "ch", "ye": "e", "yo": "e"}
_LETTERS = {
    # Cyrillic: Kazakh letters meet their Russian neighbours (қ/к, ғ/г, ң/н, ә/а, ө/о,
    # ұ/ү/у, і/и/ы/й), ё is е as in Russian writing.
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "ы": "i", "к": "k",
    "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "э": "e",
    "ю": "iu", "я": "ia", "ї": "i", "є": "e", "ґ": "g",
    # Latin letters that a mark alone would not fold: Kazakh 2021 (ä ğ ı ñ ö ş ū ü, ç),
    # 2018 (á ǵ ń ó ú), the schwa of 1929-1940, Czech-style š ž č, and Russian-style
    # romanisations (q, j, c, x, w, y as Kazakh and English-speaking writers use them).
    "ä": "a", "á": "a", "ə": "a", "ğ": "g", "ǵ": "g", "ı": "i", "y": "i", "ñ": "n",
    "ń": "n", "ö": "o", "ó": "o", "ū": "u", "ü": "u", "ú": "u", "ş": "sh", "š": "sh",
    "ç": "ch", "č": "ch", "ž": "zh", "j": "zh", "q": "k", "c": "k", "x": "ks", "w": "v",
}


def _plain(char: str) -> str:
    """A letter without its marks (é → e); other scripts stay as they are."""
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


# Words repeat (names, places, the words of every description): each word's key is
# worked out once while the archive is open. The keys are of the archive's own words, so
# they are forgotten when it locks (``forget``), with the rest of what it held in memory.
@functools.lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """The search key of one word: lower case Latin, one letter for each group of sounds
    that spellings confuse, doubled letters written once. Prefixes of a Cyrillic word
    give prefixes of its key, so typing part of a name still finds it."""
    text = unicodedata.normalize("NFC", word.casefold())
    out: list[str] = []
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


def forget() -> None:
    """Drop the keys remembered of the words seen since the archive opened."""
    skeleton.cache_clear()


# Digits, then the Kazakh and Russian alphabet (the Kazakh one holds the Russian one),
# then Latin with the letters of the Kazakh Latin alphabets after their base letter.
_ORDER = ("0123456789"
          "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
          "aáäbcçdefgğǵhiıjklmnñńoóöpqrsştuūúüvwxyz")
_RANK = {c: chr(0x100 + n) for n, c in enumerate(_ORDER)}
_RANK["ə"] = _RANK["ä"]
_OTHER = 0x100 + len(_ORDER)  # letters of other scripts follow, by code point


def _rank(char: str) -> str:
    if char in _RANK:
        return _RANK[char]
    if char.isspace() or not char.isalnum():
        return "\x20"  # spaces and punctuation first, all alike: "Ан Б" before "Анна"
    plain = _plain(char)
    if plain in _RANK:
        return _RANK[plain]
    return chr(min(_OTHER + ord(char), 0x10FFFF))


def sort_key(text: str) -> str:
    """A string whose plain (code point, or SQLite BINARY) order is alphabetical order:
    letters by the Kazakh and Russian alphabets, case ignored, then the text itself
    breaks ties so the order is total (upper case before lower)."""
    folded = unicodedata.normalize("NFC", text.casefold())
    return "".join(_rank(c) for c in folded) + "\x00" + text


def collate(a: str, b: str) -> int:
    """The ``tirkeu`` SQLite collation: -1, 0 or 1 as ``sort_key`` orders a and b."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)
