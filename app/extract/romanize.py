"""One Latin spelling per person, whatever the script or case of the article that quotes them.

A speaker's id is the slug of their nominative name; Cyrillic is romanised and then Latin is
folded (see `lexicons/romanization.py`) so `Равшан Назаров`, `Равшан Назаров` in Russian and
`Ravshan Nazarov` in English all give `ravshan-nazarov`.
"""

import functools
import re
import unicodedata

from app.extract.lexicons.romanization import CYRILLIC_TO_LATIN, LATIN_FOLDS

_TABLE = str.maketrans(CYRILLIC_TO_LATIN)
_FOLDS = [(re.compile(pattern), repl) for pattern, repl in LATIN_FOLDS]
_NON_WORD = re.compile(r"[^a-z0-9]+")


def romanize(text: str) -> str:
    """Lower-case Latin letters and digits; Latin diacritics are dropped (Ä → a)."""
    latin = unicodedata.normalize("NFKD", text.lower().translate(_TABLE))
    return "".join(c for c in latin if not unicodedata.combining(c))


def name_key(text: str) -> list[str]:
    """The folded Latin words of a name: what two spellings of one person have in common."""
    words = []
    for word in _NON_WORD.split(romanize(text)):
        for pattern, repl in _FOLDS:
            word = pattern.sub(repl, word)
        if word:
            words.append(word)
    return words


@functools.lru_cache(maxsize=1 << 16)  # ingest slugs every quoted name, and the same people recur
def speaker_slug(name: str) -> str:
    """>>> speaker_slug("Равшан Назаров")
    'ravshan-nazarov'
    >>> speaker_slug("Kassym-Jomart Tokayev") == speaker_slug("Қасым-Жомарт Тоқаев")
    True
    """
    return "-".join(name_key(name))
