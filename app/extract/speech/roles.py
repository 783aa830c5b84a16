"""Role nouns: where they occur, in which case, and the classes a role phrase resolves by.

A role is what the article calls a person ("белді саясаттанушы", "министр туризма и спорта",
"Minister of Science and Higher Education"); its *classes* let a later "сарапшы",
"вице-премьер" or "the minister" be resolved to the person it refers to.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from app.extract.lexicons import speech_en, speech_kk, speech_ru
from app.extract.speech.text import LEXICONS, alt, fold

__all__ = [
    "KK_CASE_ALT",
    "KK_POSS",
    "ROLE_RE",
    "RU_ROLE_FORMS",
    "RoleHit",
    "hit_classes",
    "qualified_classes",
    "role_classes",
    "role_hit",
    "role_hits",
]


def _ru_role_forms() -> dict[str, str]:
    """Every singular form of the Russian role nouns → lemma (regular declension + exceptions)."""
    forms: dict[str, str] = {}
    for lemma in speech_ru.ROLE_NOUNS:
        forms[lemma] = lemma
        if " " in lemma:
            continue
        last = lemma[-1]
        if last == "ь":
            stem = lemma[:-1]
            ends = ("я", "ю", "ем", "е")
        elif last in "ая":
            stem = lemma[:-1]
            ends = ("ы", "е", "у", "ой") if last == "а" else ("и", "е", "ю", "ей")
        elif last == "й" or lemma.endswith(("ый", "ий")):
            continue
        else:
            stem = lemma
            ends = ("а", "у", "ом", "е")
        for end in ends:
            forms.setdefault(stem + end, lemma)
    forms.update(speech_ru.ROLE_FORMS)
    return forms


def _in_order(suffixes: tuple[str, ...]) -> str:
    """A regex group of suffixes tried in the lexicon's order (group values depend on it)."""
    return "(?:" + "|".join(re.escape(s) for s in suffixes) + ")"


RU_ROLE_FORMS: Final[dict[str, str]] = _ru_role_forms()
KK_POSS: Final[str] = _in_order(speech_kk.POSSESSIVE_SUFFIXES)
KK_CASE_ALT: Final[str] = _in_order(speech_kk.CASE_SUFFIXES)
_KK_GEN: Final[frozenset[str]] = speech_kk.GENITIVE_SUFFIXES

ROLE_RE: Final[dict[str, re.Pattern[str]]] = {
    "kk": re.compile(
        rf"(?<![\w-])(?P<stem>{alt(speech_kk.ROLE_NOUNS)})(?P<poss>{KK_POSS})?"
        rf"(?P<case>{KK_CASE_ALT})?(?![\w-])"
    ),
    "ru": re.compile(rf"(?<![\w-])(?P<stem>{alt(list(RU_ROLE_FORMS))})(?![\w-])"),
    "en": re.compile(rf"(?<![\w-])(?P<stem>{alt(speech_en.ROLE_NOUNS)})(?P<poss>['’]s|s['’])?(?![\w-])"),
}


@dataclass(frozen=True, slots=True)
class RoleHit:
    """One role noun found in lower-case text."""

    start: int
    end: int
    lemma: str
    case: str  # "nom" | "gen" | "obl"
    form: str  # the surface (lower) form of the head word, possessive kept (министрі)


def role_hit(m: re.Match[str], lang: str) -> RoleHit:
    """RoleHit of a match of a pattern with groups stem / poss / case (see ROLE_RE)."""
    stem = m["stem"]
    if lang == "kk":
        case_sfx = m["case"]
        case = "nom" if not case_sfx else "gen" if case_sfx in _KK_GEN else "obl"
        return RoleHit(m.start(), m.end(), stem, case, stem + (m["poss"] or ""))
    if lang == "ru":
        lemma = RU_ROLE_FORMS[stem]
        case = "nom" if stem == lemma else "gen" if stem.endswith(("а", "я", "ы", "и")) else "obl"
        return RoleHit(m.start(), m.end(), lemma, case, lemma)
    return RoleHit(m.start(), m.end(), stem, "gen" if m["poss"] else "nom", stem)


def role_hits(low: str, lang: str, start: int = 0, end: int | None = None) -> list[RoleHit]:
    """Role nouns in ``low[start:end]`` with lemma and case."""
    return [role_hit(m, lang) for m in ROLE_RE[lang].finditer(low, start, len(low) if end is None else end)]


def qualified_classes(lang: str, lemma: str, before: str, after: str) -> frozenset[str] | None:
    """Classes of a head noun narrowed by the words around it (Мемлекет басшысы, глава МИД)."""
    for qual, head, classes in LEXICONS[lang].ROLE_QUALIFIED:
        if head != lemma:
            continue
        if lang == "ru":
            if after.startswith(qual) and (len(after) == len(qual) or not after[len(qual)].isalnum()):
                return classes
        elif before.endswith(qual) and (len(before) == len(qual) or not before[-len(qual) - 1].isalnum()):
            return classes
        elif lang == "en" and after.startswith(qual):
            return classes
    return None


def hit_classes(low: str, hit: RoleHit, lang: str) -> frozenset[str]:
    """The resolution classes of one role noun occurrence, qualifiers included."""
    before = low[max(0, hit.start - 40): hit.start].rstrip()
    after = low[hit.end: hit.end + 40].lstrip()
    qualified = qualified_classes(lang, hit.lemma, before, after)
    if qualified is not None:
        return qualified
    return LEXICONS[lang].ROLE_CLASSES.get(hit.lemma, frozenset({hit.lemma}))


@functools.lru_cache(maxsize=1 << 14)
def role_classes(phrase: str, lang: str) -> frozenset[str]:
    """Classes of a role phrase as a person holds it ("заместитель премьер-министра – министр
    торговли" → deputy PM and minister; "помощник президента" → assistant, NOT president).

    Only heads count: in Kazakh the last role noun of each dash/және part, in Russian role nouns
    in the nominative, in English role nouns before any "of"/"to".
    """
    low = fold(phrase)
    classes: set[str] = set()
    hits = role_hits(low, lang)
    if not hits:
        return frozenset()
    if lang == "kk":
        parts = re.split(r"\s[-–—]\s|\sжәне\s", low)
        offset = 0
        heads: list[RoleHit] = []
        for part in parts:
            pos = low.find(part, offset)
            in_part = [h for h in hits if pos <= h.start < pos + len(part)]
            if in_part:
                heads.append(in_part[-1])
            offset = pos + len(part)
    elif lang == "ru":
        heads = [h for h in hits if h.case == "nom"] or hits[:1]
    else:
        cut = min((i for i in (low.find(" of "), low.find(" to ")) if i >= 0), default=len(low))
        heads = [h for h in hits if h.start < cut] or hits[:1]
    for h in heads:
        classes |= hit_classes(low, h, lang)
    return frozenset(classes)
