"""Text normalisation and tokenisation shared by indexing and querying.

The normalised text is what SQLite FTS5 (`unicode61 remove_diacritics 2`) indexes, and the tokens
returned here are what the stemmer sees, so `tokenize` must cut exactly where unicode61 cuts;
otherwise a stem column would hold different words than the surface column it is derived from.
"""

import re
import unicodedata

# One translate table does every per-character fix in a single C-level pass (speed: this runs over
# every article at ingest). It is applied after NFC and before lower(), so it also sees capitals.
_TABLE: dict[int, str | None] = {
    # ё is written as е in most Kazakh and Russian news text; folding makes both spellings meet.
    ord("ё"): "е",
    ord("Ё"): "е",
    # Turkish dotted capital I lowercases to "i" + U+0307 in Python; a plain i keeps one letter.
    ord("İ"): "i",
    # Soft hyphens and zero-width characters are invisible but would split or glue words.
    0x00AD: None,  # soft hyphen
    0x200B: None,  # zero-width space
    0x200C: None,  # zero-width non-joiner
    0x200D: None,  # zero-width joiner
    0x200E: None,  # left-to-right mark
    0x200F: None,  # right-to-left mark
    0x2060: None,  # word joiner
    0xFEFF: None,  # zero-width no-break space / BOM
    # Russian stress marks (combining acute/grave) survive NFC on Cyrillic letters and would make
    # "ви́дно" a different word from "видно" for the stemmer.
    0x0300: None,
    0x0301: None,
    # Line/paragraph separators keep their meaning as line breaks.
    0x0085: "\n",
    0x2028: "\n",
    0x2029: "\n",
    # Apostrophe look-alikes: the modifier letters (U+02BC, U+02BB, U+02B9) are *letters* to
    # unicode61 and would glue "Oʻzbekiston" into one token while a typed ' splits it; mapping all
    # of them to ASCII ' makes every spelling tokenise the same way.
    0x2018: "'",
    0x2019: "'",
    0x201B: "'",
    0x02BC: "'",
    0x02BB: "'",
    0x02B9: "'",
    0x2032: "'",
    0x0060: "'",
    0x00B4: "'",
}
# Every Unicode space separator (category Zs: no-break, thin, the figure space in "1 157",
# ideographic…) becomes a plain space, so text written with them tokenises like ordinary text.
_TABLE.update(dict.fromkeys((0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000), " "))

# unicode61 token characters: categories L*, N* and Co (private use) start or continue a token;
# a fixed set of combining diacritics (sqlite3Fts5UnicodeIsdiacritic: a subset of U+0300–U+0331)
# may only *continue* one. Everything else, including other combining marks such as the Devanagari
# virama, is a separator. `[^\W_]` is exactly L* ∪ N* in Python's `re`.
_PRIVATE_USE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"


def _sqlite_diacritics() -> str:
    """The combining marks unicode61 keeps inside a token (same bit masks as SQLite's source)."""
    mask0, mask1 = 0x08029FDF, 0x000361F8
    marks = [cp for cp in range(768, 818)
             if (mask0 >> (cp - 768) if cp < 800 else mask1 >> (cp - 800)) & 1]
    return "".join(chr(cp) for cp in marks)


_TOKEN = re.compile(
    rf"(?:[^\W_]|[{_PRIVATE_USE}])(?:[^\W_]|[{_PRIVATE_USE}{re.escape(_sqlite_diacritics())}])*")


def normalize(text: str) -> str:
    """Return `text` in the single form that is both indexed and queried.

    NFC first so that composed and decomposed spellings (й, ё, é) are the same string; then the
    character fixes above; then lowercasing, which covers the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І)
    because they are ordinary cased Cyrillic letters. Cyrillic/Latin look-alikes are deliberately
    left alone: converting them would guess at the writer's language.
    """
    return unicodedata.normalize("NFC", text).translate(_TABLE).lower()


def tokenize(text: str) -> list[str]:
    """Split normalised `text` into word tokens exactly where FTS5 unicode61 would.

    Every non-alphanumeric character separates, so hyphenated words (`көлік-логистика`,
    `Қасым-Жомарт`) give their parts and a grouped number (`1 157`) gives two tokens; this is what
    unicode61 does with the same text, so surface and stem columns stay position-aligned.
    """
    return _TOKEN.findall(normalize(text))
