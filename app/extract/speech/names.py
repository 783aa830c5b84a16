"""Spotting person names by capitalisation, and telling a surname from a place.

Case-sensitive on purpose: capitals are the signal. A run of capitalised words is split at
toponyms, role words, acronyms and — in Kazakh, where only the last word of a name inflects —
after a case-marked word; of what remains at most "First Last" (or "First Patronymic Last") is
kept as one name occurrence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from app.extract.lexicons import speech_en, speech_kk, speech_ru
from app.extract.speech.cases import kk_strip_case, surname_key
from app.extract.speech.roles import ROLE_RE
from app.extract.speech.text import LEXICONS, NAME_RUN, VOWELS, fold, is_latin, strip_possessive

__all__ = ["NameOcc", "name_segments", "surname_shaped", "toponym"]

#: Every language's endings: an article in one language names people of the others too.
_SURNAME_ENDINGS: Final[tuple[str, ...]] = tuple(
    e for lex in LEXICONS.values() for e in lex.SURNAME_ENDINGS
)
_PATRONYMIC: Final[tuple[str, ...]] = tuple(
    e for lex in LEXICONS.values() for e in lex.PATRONYMIC_ENDINGS
)
_NOT_SURNAME_TAILS: Final[tuple[str, ...]] = speech_kk.TOPONYM_SURNAME_TAILS


@dataclass(slots=True)
class NameOcc:
    """One occurrence of a (possibly partial) person name in the article."""

    par: int  # paragraph index; -1 for the title
    start: int
    end: int
    tokens: tuple[str, ...]
    key: str
    case: str  # kk: case of the last token; en: "gen" for 's; ru: "?" (read from the slot)
    role: str | None = None  # role phrase the article puts right before the name
    role_start: int = -1  # where that phrase starts (== start when none)
    sentence_initial: bool = False
    valid: bool = True  # False for a lone word that is no known person and has no surname shape


# --------------------------------------------------------------------------- shapes


@functools.lru_cache(maxsize=1 << 16)
def surname_shaped(word: str, lang: str) -> bool:
    """Does a lone capitalised word look like a surname (so it may be a speaker on its own)?"""
    base = fold(strip_possessive(word))
    if lang == "kk" and not is_latin(word):
        base = fold(kk_strip_case(word)[0])
    elif lang == "ru":
        base = surname_key(word, lang)
        return base.endswith(_SURNAME_ENDINGS) or fold(word).endswith(_SURNAME_ENDINGS)
    return base.endswith(_SURNAME_ENDINGS)


def _prefix_re(stems: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled prefix test instead of a Python loop over every stem (a hot spot)."""
    return re.compile("|".join(re.escape(t) for t in sorted(set(stems), key=len, reverse=True)))


_TOPONYM_PREFIX: Final[dict[str, re.Pattern[str]]] = {
    "kk": _prefix_re(speech_kk.TOPONYMS),
    "ru": _prefix_re(speech_ru.TOPONYMS),
}


@functools.lru_cache(maxsize=1 << 16)
def toponym(word_low: str, lang: str) -> bool:
    """Is this (lower-case) word a place or demonym in one of its case forms?

    kk/ru toponyms are stems: what follows must look like an ending (Қазақстанның,
    Узбекистана, казахстанский), not like a surname tail (Оралов, Индира).
    """
    if word_low in speech_en.TOPONYMS or fold(strip_possessive(word_low)) in speech_en.TOPONYMS:
        return True
    pattern = _TOPONYM_PREFIX.get(lang)
    if pattern is None:
        return False
    m = pattern.match(word_low)
    while m is not None:
        rest = word_low[m.end():]
        if lang == "kk":
            if not rest or (len(rest) <= 7 and not rest.startswith(_NOT_SURNAME_TAILS)):
                return True
        elif (not rest or (len(rest) <= 3 and rest[0] in VOWELS)
              or rest.startswith(("ск", "цк", "ц"))):
            return True
        # a shorter stem may still fit ("казахстанск" vs "казахстан")
        shorter = [t for t in (speech_kk.TOPONYMS if lang == "kk" else speech_ru.TOPONYMS)
                   if len(t) < m.end() and word_low.startswith(t)]
        if not shorter:
            return False
        word_end = max(map(len, shorter))
        rest = word_low[word_end:]
        if lang == "kk":
            return not rest or (len(rest) <= 7 and not rest.startswith(_NOT_SURNAME_TAILS))
        return (not rest or (len(rest) <= 3 and rest[0] in VOWELS)
                or rest.startswith(("ск", "цк", "ц")))
    return False


# --------------------------------------------------------------------------- names

_ORG_SETS: Final[dict[str, frozenset[str]]] = {
    lang: frozenset(lex.ORG_NOUNS) | lex.NON_SPEAKER_NOUNS for lang, lex in LEXICONS.items()
}


@functools.lru_cache(maxsize=1 << 16)
def _word_class(word: str, lang: str) -> str:
    """"name", "role", "place", "other" for one capitalised word of a run (cached: pure)."""
    low = fold(strip_possessive(word))
    if is_latin(word):
        lang = "en"
    lex = LEXICONS[lang]
    if low in lex.NON_NAME_WORDS:
        return "other"
    if toponym(low, lang):
        return "place"
    if ROLE_RE[lang].fullmatch(low):
        return "role"
    if low in _ORG_SETS[lang]:
        return "other"
    return "name"


def _sentence_initial(text: str, pos: int) -> bool:
    """Does the word at ``pos`` open a sentence (so its capital says nothing about names)?"""
    i = pos - 1
    while i >= 0 and text[i] in " «\"“„(-–—":
        i -= 1
    return i < 0 or text[i] in ".!?:;…"


def _last_word_facts(last: str, lang: str) -> tuple[str, str]:
    """(surname key, case) of the last word of a name occurrence."""
    if is_latin(last):
        case = "gen" if strip_possessive(last) != last else "nom"
    elif lang == "kk":
        case = kk_strip_case(last)[1]
    else:
        case = "?"
    return surname_key(last, lang), case


@functools.lru_cache(maxsize=1 << 16)
def _lone_name(word: str, lang: str) -> tuple[str, str] | None:
    """(key, case) of a one-word capitalised run that is a name word, else None.

    One cached lookup for the commonest run (a single capitalised word): pure in word and lang.
    """
    if _word_class(word, lang) != "name":
        return None
    return _last_word_facts(word, lang)


def _occurrence(text: str, lang: str, par: int, segment: list[tuple[int, str]]) -> NameOcc:
    """A NameOcc for a segment of name words (at most three kept; see name_segments)."""
    seg = segment[-3:]
    if len(seg) == 3 and not fold(seg[1][1]).endswith(_PATRONYMIC):
        # "Балкибековой Долкунжан Камеков", "Ранее Ербол Мырзабосынов": a third word before
        # First Last is far more often a possessor or an opener than a name.
        seg = seg[1:]
    start = seg[0][0]
    last = seg[-1][1]
    key, case = _last_word_facts(last, lang)
    return NameOcc(par, start, seg[-1][0] + len(last), tuple([w for _, w in seg]), key, case, None, start,
                   _sentence_initial(text, start))


def name_segments(text: str, lang: str, par: int) -> list[NameOcc]:
    """Every name-like segment of every capitalised run in ``text``.

    A run is split at place names, role words, function words and (Kazakh) after a case-marked
    word, because only a name's last word inflects; of what remains at most "First Last" (or
    "First Patronymic Last") is kept.
    """
    out: list[NameOcc] = []
    for m in NAME_RUN.finditer(text):
        run = m.group()
        if " " not in run:  # the common case: one capitalised word
            facts = _lone_name(run, lang)
            if facts is not None:
                start = m.start()
                out.append(NameOcc(par, start, start + len(run), (run,), facts[0], facts[1], None, start,
                                   _sentence_initial(text, start)))
            continue
        words: list[tuple[int, str]] = []
        pos = m.start()
        for w in run.split(" "):
            words.append((pos, w))
            pos += len(w) + 1
        segment: list[tuple[int, str]] = []
        for i, (p, w) in enumerate(words):
            if _word_class(w, lang) != "name":
                if segment:
                    out.append(_occurrence(text, lang, par, segment))
                    segment = []
                continue
            segment.append((p, w))
            if lang == "kk" and not is_latin(w) and kk_strip_case(w)[1] != "nom":
                # Only a name's last word inflects, so a case-marked word ends the name — unless
                # it is a first name that merely looks inflected (Ерден) before a surname.
                nxt = words[i + 1][1] if i + 1 < len(words) else ""
                keep = (nxt and len(segment) == 1 and not _sentence_initial(text, p)
                        and _word_class(nxt, lang) == "name" and surname_shaped(nxt, lang))
                if not keep:
                    out.append(_occurrence(text, lang, par, segment))
                    segment = []
        if segment:
            out.append(_occurrence(text, lang, par, segment))
    return out
