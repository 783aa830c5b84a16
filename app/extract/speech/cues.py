"""Cue patterns that direct and reported speech share, compiled once from the lexicons.

All cue matching is on a lower-cased copy made once per paragraph (never re.IGNORECASE over
Cyrillic alternations, which is slow). The patterns one reported-speech language alone uses
live in its own module (:mod:`app.extract.speech.reported_kk` and the others).
"""

from __future__ import annotations

import re
from typing import Final

from app.extract.lexicons import speech_en, speech_kk, speech_ru
from app.extract.speech.text import LEXICONS, alt, words_re

__all__ = [
    "ATTR_VERB",
    "CONTINUE_RE",
    "EN_VERB",
    "KK_NAMING_AFTER_DEP",
    "NARRATOR_OPENERS",
    "RU_SAYING",
    "ru_verb_forms",
]


def ru_verb_forms(verbs: tuple[str, ...]) -> list[str]:
    """Masculine past → + feminine and plural (отметил → отметила, отметили)."""
    out: set[str] = set()
    for verb in verbs:
        head, sep, rest = verb.partition(" ")
        if head.endswith("лся"):
            forms = [head, head[:-2] + "ась", head[:-2] + "ись"]
        elif head.endswith("л"):
            forms = [head, head + "а", head + "и"]
        elif head in speech_ru.SHORT_FORM_VERBS:
            forms = [head, head + "а", head + "ы"]
        else:
            forms = [head]
        out.update(f + sep + rest for f in forms)
    return sorted(out)


RU_SAYING: Final[list[str]] = ru_verb_forms(speech_ru.SAYING_VERBS)

#: Verbs that may open a direct quote's attribution, per language.
ATTR_VERB: Final[dict[str, re.Pattern[str]]] = {
    "kk": re.compile(rf"(?:{alt(speech_kk.DIRECT_CUE_WORDS)})(?![\w-])"),
    "ru": re.compile(rf"(?:{alt(RU_SAYING)})(?![\w-])"),
    "en": re.compile(rf"(?:{alt(speech_en.SAYING_VERBS)})(?![\w-])"),
}
#: «X» деп аталады: "деп" before a verb of naming is no speech.
KK_NAMING_AFTER_DEP: Final[re.Pattern[str]] = re.compile(
    rf"\s+(?:{alt(speech_kk.NAMING_AFTER_DEP)})(?![\w-])"
)
#: English verbs of saying, after a closing quote and in reported speech.
EN_VERB: Final = words_re(speech_en.SAYING_VERBS)

#: ", добавив, что ..." / ", adding that ...": the same speaker goes on.
CONTINUE_RE: Final[dict[str, re.Pattern[str]]] = {
    "kk": re.compile(r"(?!x)x"),  # Kazakh continues with a new "деп" sentence instead
    "ru": re.compile(
        rf",\s*(?:{alt(speech_ru.CONTINUATION_PARTICIPLES)})\s*,?\s*что(?![\w-])\s*"
    ),
    "en": re.compile(
        rf",\s*(?:{alt(speech_en.CONTINUATION_PARTICIPLES)})\s+that(?![\w-])\s*"
    ),
}

#: The writer's own linking adverbs ("сондай-ақ", "также", "also") before reported content.
NARRATOR_OPENERS: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(rf"(?:{alt(lex.NARRATOR_ADVERBS)})(?![\w-])[\s,]*")
    for lang, lex in LEXICONS.items()
}
