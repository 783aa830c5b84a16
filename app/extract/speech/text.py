"""Text helpers every speech module shares: the lexicon of each language, comparison folding,
character classes and word patterns, and regex alternations built from lexicon lists.

Everything is regex over strings compiled once at import; per-article work is linear.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import Final

from app.extract.lexicons import speech_en, speech_kk, speech_ru
from app.extract.trie import trie_pattern

__all__ = [
    "BARE_WORD",
    "DASHES",
    "LEXICONS",
    "NAME_RUN",
    "VOWELS",
    "WORD",
    "alt",
    "fold",
    "is_latin",
    "lower_same_length",
    "nword",
    "skip",
    "strip_possessive",
    "words_re",
]

LEXICONS: Final[dict[str, ModuleType]] = {"kk": speech_kk, "ru": speech_ru, "en": speech_en}

#: Every vowel letter of the three languages (names keep their own spelling in any article).
VOWELS: Final[frozenset[str]] = speech_kk.VOWEL_LETTERS | speech_ru.VOWEL_LETTERS | speech_en.VOWEL_LETTERS

# --------------------------------------------------------------------------- characters

DASHES: Final[str] = "-–—"

_UPPER_CHARS: Final[str] = "".join(
    c for c in map(chr, range(0x41, 0x530)) if c.isalpha() and c.isupper()
)
_LOWER_CHARS: Final[str] = "".join(
    c for c in map(chr, range(0x61, 0x530)) if c.isalpha() and c.islower()
)
_UP: Final[str] = f"[{re.escape(_UPPER_CHARS)}]"
_LO: Final[str] = f"[{re.escape(_LOWER_CHARS)}]"
_L: Final[str] = r"[^\W\d_]"
#: A name word: capital + small letter (so acronyms such as ҚР, СІМ, ҚХР-дағы are not names),
#: hyphenated parts (Қасым-Жомарт), an apostrophe part (Tokayev's, O'Brien).
_NAME_WORD: Final[str] = rf"{_UP}{_LO}{_L}*(?:-{_L}+)*(?:['’]{_L}+)?"
#: The capital comes first and the "no word character before it" test right after it (a
#: two-character lookbehind: that character, then the capital itself): the same matches as
#: ``(?<![\w'’-]){_NAME_WORD}``, but a pattern that opens with a character class lets ``re``
#: skip straight to the next capital instead of trying the lookbehind at every position.
NAME_RUN: Final[re.Pattern[str]] = re.compile(
    rf"{_UP}(?<![\w'’-].){_LO}{_L}*(?:-{_L}+)*(?:['’]{_L}+)?(?: {_NAME_WORD})*(?![\w-])"
)
#: A word (hyphen and apostrophe parts kept) or one punctuation character.
WORD: Final[re.Pattern[str]] = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_LATIN_LETTERS: Final[frozenset[str]] = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: A word without the punctuation around it (hyphen and apostrophe parts kept).
BARE_WORD: Final[re.Pattern[str]] = re.compile(r"[\w'’-]+")


def fold(text: str) -> str:
    """Lower-case and write ё as е: the comparison form of every word in this package.

    ``replace`` rather than ``translate``: on Cyrillic text it is ~25 times faster.
    """
    return text.lower().replace("ё", "е")


def lower_same_length(text: str) -> str:
    """:func:`fold` that keeps every offset valid (a few letters lower-case to two characters).

    Cue regexes run on this string and their offsets slice the original text, so the two must
    align character for character.
    """
    low = fold(text)
    if len(low) == len(text):
        return low
    return "".join(c if len(c) == 1 else ch for ch, c in zip(text, map(fold, text)))


def is_latin(word: str) -> bool:
    """Latin-script words are English names/titles wherever they appear (Kazinform, Tokayev)."""
    return word[:1] in _LATIN_LETTERS  # the first character decides; a set test, not a regex call


def strip_possessive(word: str) -> str:
    """Drop an English possessive ("Tokayev's" → "Tokayev")."""
    if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


def skip(text: str, pos: int, end: int, chars: str = " ,:;") -> int:
    """The first offset from ``pos`` (before ``end``) that is none of ``chars``."""
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


def nword(s: str) -> int:
    """How many words ``s`` holds."""
    return len(BARE_WORD.findall(s))


def alt(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation, longest first so that the longest lexicon entry wins.

    Rendered as a prefix trie (:func:`app.extract.trie.trie_pattern`): at any position the
    entries that fit form a chain of prefixes, which the trie tries longest first exactly as the
    flat ``a|b|c`` list did, so every match and group is the same; but ``re`` reads each letter
    once instead of trying hundreds of branches at every position (about twice as fast). An
    empty entry, which only a flat list can express, keeps the flat form.
    """
    unique = set(words)
    if not unique or "" in unique:
        return "|".join(re.escape(w) for w in sorted(unique, key=len, reverse=True))
    return trie_pattern(unique)


def words_re(words: list[str] | tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    r"""A pattern for any of ``words`` as whole words (hyphens count as word characters).

    The same matches as ``(?<![\w-])(?:{alt(words)})(?![\w-])``, with the "no word character
    before" test moved after each word's first letter (a two-character lookbehind: that
    character, then the letter itself), so ``re`` jumps between the letters words start with.
    """
    unique = set(words)
    if not unique or any(not w or w[0] == "\n" for w in unique):  # "." would not match the letter
        return re.compile(rf"(?<![\w-])(?:{alt(unique)})(?![\w-])")
    return re.compile(trie_pattern(unique, after_first=r"(?<![\w-].)") + r"(?![\w-])")
