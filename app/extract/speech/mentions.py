"""The speaker-relevant mentions of one paragraph: names, role nouns, pronouns, institutions.

A quote's attribution cue points at one of these; which person it is, is decided later (see
:mod:`app.extract.speech.attribution`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from app.extract.lexicons import speech_en, speech_kk, speech_ru
from app.extract.speech.cases import kk_strip_case
from app.extract.speech.names import NameOcc
from app.extract.speech.roles import (
    KK_CASE_ALT,
    KK_POSS,
    RU_ROLE_FORMS,
    hit_classes,
    qualified_classes,
    role_classes,
    role_hit,
)
from app.extract.speech.text import LEXICONS, alt

__all__ = ["Mention", "paragraph_mentions"]


@dataclass(frozen=True, slots=True)
class Mention:
    """Something in the text that can be (or block) a speaker: a name, role, pronoun or org."""

    kind: str  # "name" | "role" | "pronoun" | "org"
    start: int
    end: int
    case: str  # "nom" | "gen" | "obl" | "?"
    occ: NameOcc | None = None
    role: str | None = None  # role lemma / phrase for role mentions
    classes: frozenset[str] = frozenset()
    gender: str | None = None


def _mention_re(lang: str) -> re.Pattern[str]:
    """One pattern for role nouns, pronouns and institutions: one pass per paragraph instead of
    three (each pass over Cyrillic alternations costs as much as all the logic around it)."""
    lex = LEXICONS[lang]
    if lang == "kk":
        role = rf"(?P<stem>{alt(lex.ROLE_NOUNS)})(?P<poss>{KK_POSS})?(?P<case>{KK_CASE_ALT})?"
        pron = alt([*lex.PRONOUNS_NOM, *lex.PRONOUNS_GEN])
        org = rf"(?:{alt([*lex.ORG_NOUNS, *lex.NON_SPEAKER_NOUNS])}){KK_POSS}?{KK_CASE_ALT}?"
    elif lang == "ru":
        role = rf"(?P<stem>{alt(list(RU_ROLE_FORMS))})"
        pron = alt([*lex.PRONOUNS_NOM, *lex.PRONOUNS_GEN])
        org = alt([*lex.ORG_NOUNS, *lex.NON_SPEAKER_NOUNS])
    else:
        role = rf"(?P<stem>{alt(lex.ROLE_NOUNS)})(?P<poss>['’]s|s['’])?"
        pron = alt([*lex.PRONOUNS_NOM, *lex.PRONOUNS_OBJ])
        org = alt([*lex.ORG_NOUNS, *lex.NON_SPEAKER_NOUNS])
    return re.compile(rf"(?<![\w-])(?:{role}|(?P<pron>{pron})|(?P<org>{org}))(?![\w-])")


_MENTION_RE: Final[dict[str, re.Pattern[str]]] = {lang: _mention_re(lang) for lang in LEXICONS}


def _pronoun_case(lang: str, word: str) -> tuple[str, str | None]:
    """(case, gender) of a pronoun: "оның"/"его" are genitives, "he"/"она" subjects."""
    if lang == "kk":
        return ("gen" if word in speech_kk.PRONOUNS_GEN else "nom"), None
    if lang == "ru":
        if word in speech_ru.PRONOUNS_GEN:
            return "gen", speech_ru.PRONOUNS_GEN[word]
        return "nom", speech_ru.PRONOUNS_NOM[word]
    if word in speech_en.PRONOUNS_OBJ:
        return "obl", speech_en.PRONOUNS_OBJ[word]
    return "nom", speech_en.PRONOUNS_NOM[word]


_LAST_WORD: Final[re.Pattern[str]] = re.compile(r"([\w-]+)\s*$")


def paragraph_mentions(text: str, low: str, lang: str, names: list[NameOcc]) -> list[Mention]:
    """All speaker-relevant mentions in one paragraph, in text order, without overlaps.

    A name absorbs the role phrase written before it (so "министр" in "министр ... Ербол
    Мырзабосынов" is not a second mention); a role noun absorbs its qualifier ("Мемлекет
    басшысы", "глава государства").
    """
    out: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for occ in names:
        lo = occ.role_start if occ.role_start >= 0 else occ.start
        out.append(Mention("name", lo, occ.end, occ.case, occ, None,
                           role_classes(occ.role, lang) if occ.role else frozenset()))
        covered.append((lo, occ.end))

    def free(a: int, b: int) -> bool:
        for x, y in covered:  # a loop, not all(<generator>): called for every cue match
            if b > x and a < y:
                return False
        return True

    for m in _MENTION_RE[lang].finditer(low):
        if not free(m.start(), m.end()):
            continue
        if m["pron"] is not None:
            case, gender = _pronoun_case(lang, m.group())
            out.append(Mention("pronoun", m.start(), m.end(), case, gender=gender))
            continue
        if m["org"] is not None:
            case = kk_strip_case(m.group())[1] if lang == "kk" else "?"
            out.append(Mention("org", m.start(), m.end(), case))
            continue
        hit = role_hit(m, lang)
        before = low[max(0, hit.start - 40): hit.start]
        after = low[hit.end: hit.end + 40]
        qual = qualified_classes(lang, hit.lemma, before.rstrip(), after.lstrip())
        start, end = hit.start, hit.end
        role_text = hit.lemma
        if qual is not None and lang == "kk":
            w = _LAST_WORD.search(low, max(0, hit.start - 40), hit.start)
            if w is not None:
                start = w.start(1)
                role_text = f"{w.group(1)} {hit.form}"
        elif qual is not None:
            for q, head, _ in LEXICONS[lang].ROLE_QUALIFIED:
                if head == hit.lemma and after.lstrip().startswith(q):
                    end = hit.end + len(after) - len(after.lstrip()) + len(q)
                    role_text = f"{hit.lemma} {q}"
                    break
        if not free(start, end):
            start, end = hit.start, hit.end
        out.append(Mention("role", start, end, hit.case, role=role_text,
                           classes=qual if qual is not None else hit_classes(low, hit, lang)))
        covered.append((start, end))
    out.sort(key=lambda x: x.start)
    return out
