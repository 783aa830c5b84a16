"""Language identification for Kazinform articles: Kazakh, Russian or English.

The corpus only holds three languages, two of which share the Cyrillic script, so
a general-purpose detector would be overkill (and a dependency).  The decision is
a short cascade, cheapest and most reliable evidence first:

1. Script: more Latin than Cyrillic letters means English.
2. Kazakh-only letters (әғқңөұүһі): about 14 % of the Cyrillic letters of running
   Kazakh, under 0.5 % of Russian news (Kazakh names only).  A ratio of at least
   ``KAZAKH_LETTER_RATIO`` settles it - but only once there are
   ``MIN_KAZAKH_LETTERS`` of them, because in a short Russian headline one Kazakh
   name («Үздік-2025») already exceeds any ratio.
3. Function words: for Cyrillic text with few or no Kazakh-only letters (Russian,
   or a short Kazakh phrase), whichever language's function words occur more wins.
4. Letter frequencies: a naive-Bayes comparison of letter unigrams, for short
   strings with neither kind of evidence ("заявил министр").  A Kazakh-only
   letter weighs heavily here, so "Бұл не?" still comes out Kazakh.

Only the first ``MAX_SAMPLE_CHARS`` characters are examined, which keeps the cost
bounded on hostile input; a news article's language is clear long before that.
"""

from __future__ import annotations

import math
import re
from typing import Final

from app.extract.lexicons.language_words import (
    KAZAKH_FUNCTION_WORDS,
    KAZAKH_LETTER_FREQUENCIES,
    KAZAKH_ONLY_LETTERS,
    RUSSIAN_FUNCTION_WORDS,
    RUSSIAN_LETTER_FREQUENCIES,
)

__all__ = [
    "KAZAKH_LETTER_RATIO",
    "LANGUAGES",
    "MAX_SAMPLE_CHARS",
    "MIN_KAZAKH_LETTERS",
    "detect_language",
]

LANGUAGES: Final[tuple[str, str, str]] = ("kk", "ru", "en")

#: Kazakh-only letters per Cyrillic letter from which text is Kazakh outright.
#: Sits between Russian-with-Kazakh-names (< 0.005) and Kazakh (~0.14).
KAZAKH_LETTER_RATIO: Final[float] = 0.03

#: Kazakh-only letters needed before the ratio alone is trusted (see step 2).
MIN_KAZAKH_LETTERS: Final[int] = 10

#: Characters examined; beyond this more text adds cost, not certainty.
MAX_SAMPLE_CHARS: Final[int] = 20_000

#: Returned when the text has no letters at all - nothing to go on, and the
#: script rule would otherwise need a tie-break anyway.
_NO_LETTERS_LANGUAGE: Final[str] = "en"

# Letter counting is done on UTF-8 bytes because bytes.translate(None, delete)
# runs in C at memcpy speed, an order of magnitude faster than a regex or a
# per-character Python loop.  ASCII letters are single bytes; every character of
# the Cyrillic block U+0400..U+04FF starts with a lead byte 0xD0..0xD3.
_ALL_BYTES: Final[bytes] = bytes(range(256))
_LATIN_BYTES: Final[bytes] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CYRILLIC_LEAD_BYTES: Final[bytes] = b"\xd0\xd1\xd2\xd3"
_DROP_ALL_BUT_LATIN: Final[bytes] = bytes(b for b in _ALL_BYTES if b not in _LATIN_BYTES)
_DROP_ALL_BUT_CYRILLIC: Final[bytes] = bytes(
    b for b in _ALL_BYTES if b not in _CYRILLIC_LEAD_BYTES
)

# Lower-case Cyrillic words (Russian and Kazakh letters).  Hyphenated compounds
# split into their parts, which is what the function-word lists expect.
_CYRILLIC_WORD: Final[re.Pattern[str]] = re.compile("[а-яёәғқңөұүһі]+")

# Floor for letters a language (practically) never uses, in per mille.
_FREQUENCY_FLOOR: Final[float] = 0.05


def _log_probabilities(frequencies: dict[str, float]) -> dict[str, float]:
    """Normalise a per-mille table into log-probabilities over the union alphabet.

    Both languages must score every Cyrillic letter, or a single unseen letter
    would decide the outcome; hence the shared alphabet and the floor.
    """
    alphabet = set(KAZAKH_LETTER_FREQUENCIES) | set(RUSSIAN_LETTER_FREQUENCIES)
    floored = {letter: max(frequencies.get(letter, 0.0), _FREQUENCY_FLOOR) for letter in alphabet}
    total = sum(floored.values())
    return {letter: math.log(value / total) for letter, value in floored.items()}


_KK_LOGP: Final[dict[str, float]] = _log_probabilities(KAZAKH_LETTER_FREQUENCIES)
_RU_LOGP: Final[dict[str, float]] = _log_probabilities(RUSSIAN_LETTER_FREQUENCIES)


def _letter_likelihood_language(lowered: str) -> str:
    """Compare unigram log-likelihoods under the Kazakh and Russian letter models.

    Last resort only: it is right for typical short phrases (Kazakh favours а/ы/ш,
    Russian о/и/в/я) but, unlike the other cues, can be swayed by a proper name.
    """
    score = 0.0  # > 0 favours Kazakh
    for letter in set(lowered):
        kk = _KK_LOGP.get(letter)
        if kk is not None:
            score += lowered.count(letter) * (kk - _RU_LOGP[letter])
    return "kk" if score > 0 else "ru"


def detect_language(text: str) -> str:
    """Return "kk", "ru" or "en" for ``text``.

    Never raises and always answers, because callers (the parser, the loader)
    need a value for every article; see the module docstring for the cascade.
    """
    sample = text[:MAX_SAMPLE_CHARS]
    raw = sample.encode("utf-8", "surrogatepass")
    latin = len(raw.translate(None, _DROP_ALL_BUT_LATIN))
    cyrillic = len(raw.translate(None, _DROP_ALL_BUT_CYRILLIC))
    if latin == 0 and cyrillic == 0:
        return _NO_LETTERS_LANGUAGE
    if latin > cyrillic:
        return "en"

    kazakh_letters = sum(map(sample.count, KAZAKH_ONLY_LETTERS))
    if kazakh_letters >= MIN_KAZAKH_LETTERS and kazakh_letters >= KAZAKH_LETTER_RATIO * cyrillic:
        return "kk"

    lowered = sample.lower()
    words = _CYRILLIC_WORD.findall(lowered)
    kk_words = sum(map(KAZAKH_FUNCTION_WORDS.__contains__, words))
    ru_words = sum(map(RUSSIAN_FUNCTION_WORDS.__contains__, words))
    if kk_words != ru_words:
        return "kk" if kk_words > ru_words else "ru"

    return _letter_likelihood_language(lowered)
