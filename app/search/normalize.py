"""Text normalisation and tokenisation shared by indexing and querying.

The normalised text is what SQLite FTS5 (`unicode61 remove_diacritics 2`) indexes, and the tokens
returned here are what the stemmer sees, so `tokenize` must cut exactly where unicode61 cuts;
otherwise a stem column would hold different words than the surface column it is derived from.
"""

import re
import unicodedata
from typing import Final

# Per-character fixes, applied after NFC and before lower() (so they also see capitals).
_FIXES: Final[dict[str, str]] = {
    # ё is written as е in most Kazakh and Russian news text; folding makes both spellings meet.
    "ё": "е",
    "Ё": "е",
    # Turkish dotted capital I lowercases to "i" + U+0307 in Python; a plain i keeps one letter.
    "İ": "i",
    # Soft hyphens and zero-width characters are invisible but would split or glue words.
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\u200c": "",  # zero-width non-joiner
    "\u200d": "",  # zero-width joiner
    "\u200e": "",  # left-to-right mark
    "\u200f": "",  # right-to-left mark
    "\u2060": "",  # word joiner
    "\ufeff": "",  # zero-width no-break space / BOM
    "\u061c": "",  # Arabic letter mark
    "\u2066": "",  # bidi isolates: invisible, yet token characters to SQLite's older tables
    "\u2067": "",
    "\u2068": "",
    "\u2069": "",
    # Russian stress marks (combining acute/grave) survive NFC on Cyrillic letters and would make
    # "ви́дно" a different word from "видно" for the stemmer.
    "\u0300": "",
    "\u0301": "",
    # Line/paragraph separators keep their meaning as line breaks.
    "\u0085": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    # Apostrophe look-alikes: the modifier letters (U+02BC, U+02BB, U+02B9) are *letters* to
    # unicode61 and would glue "Oʻzbekiston" into one token while a typed ' splits it; mapping all
    # of them to ASCII ' makes every spelling tokenise the same way.
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u02bb": "'",
    "\u02b9": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
}
# Every Unicode space separator (category Zs: no-break, thin, the figure space in "1 157",
# ideographic…) becomes a plain space, so text written with them tokenises like ordinary text.
_FIXES.update(dict.fromkeys(map(chr, (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)),
                            " "))
# A regex substitution only calls back on the few characters that need fixing; str.translate
# would do a dict lookup for every non-ASCII character of the article (~7x slower here).
_FIX_RE: Final = re.compile("[" + "".join(map(re.escape, _FIXES)) + "]")


def _fix(match: re.Match[str]) -> str:
    return _FIXES[match.group()]


def _sqlite_diacritics() -> str:
    """The combining marks unicode61 keeps inside a token (the bit masks of SQLite's
    sqlite3Fts5UnicodeIsdiacritic: a subset of U+0300–U+0331)."""
    mask0, mask1 = 0x08029FDF, 0x000361F8
    marks = [cp for cp in range(0x300, 0x332)
             if (mask0 >> (cp - 0x300) if cp < 0x320 else mask1 >> (cp - 0x320)) & 1]
    return "".join(map(chr, marks))


# unicode61 token characters: categories L*, N* and Co (private use) start or continue a token; the
# diacritics above may only continue one. Everything else — punctuation, hyphens, symbols, and
# other combining marks such as the Devanagari virama — separates. `[^\W_]` is exactly L* ∪ N*.
_PRIVATE_USE: Final = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_TOKEN: Final = re.compile(
    rf"(?:[^\W_]+|[{_PRIVATE_USE}])(?:[^\W_]++|[{_PRIVATE_USE}{re.escape(_sqlite_diacritics())}]+)*+")


# Text without "_", private-use characters or those diacritics (nearly all of it) tokenises to
# plain `\w+` runs: `[^\W_]` is `\w` there and the other alternatives of _TOKEN cannot match. One
# character-class scan to check, and the simpler pattern is ~20 % faster than _TOKEN.
_NOT_PLAIN: Final = re.compile(f"[_{_PRIVATE_USE}{re.escape(_sqlite_diacritics())}]")
_PLAIN_TOKEN: Final = re.compile(r"\w+")


def normalize(text: str) -> str:
    """Return `text` in the single form that is both indexed and queried.

    NFC first so that composed and decomposed spellings (й, ё, é) are the same string; then the
    character fixes above; then lowercasing, which covers the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І)
    because they are ordinary cased Cyrillic letters. Cyrillic/Latin look-alikes are deliberately
    left alone: converting them would guess at the writer's language. Idempotent.
    """
    return _FIX_RE.sub(_fix, unicodedata.normalize("NFC", text)).lower()


def tokenize(text: str) -> list[str]:
    """Normalise `text` and split it into word tokens exactly where FTS5 unicode61 would.

    Every non-alphanumeric character separates, so hyphenated words (`көлік-логистика`,
    `Қасым-Жомарт`) give their parts and a grouped number (`1 157`) gives two tokens; unicode61
    does the same with the normalised text, so surface and stem columns stay position-aligned.
    """
    text = normalize(text)
    if _NOT_PLAIN.search(text) is None:
        return _PLAIN_TOKEN.findall(text)
    return _TOKEN.findall(text)
