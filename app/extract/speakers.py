"""Person names, their case forms and their roles, for attributing quotes (no database).

Why this module exists apart from :mod:`app.extract.quotes`: a quote's attribution slot gives a
surface form (``Назаровтың``, ``Шаккалиева``, ``министра``, ``Nurtleu``) while the answer must
be the person's full nominative name as the article gives it at its fullest, plus the roles it
gives them. That needs three things the quote finder should not care about:

* **Name spotting** by capitalisation (case-sensitive on purpose: capitals are the signal; a
  run of capitalised words is split at toponyms, role words, acronyms and — in Kazakh, where
  only the last word of a name inflects — after a case-marked word).
* **Case → nominative.** Kazakh case suffixes are stripped from the last token with their
  consonant assimilation checked (Назаровтың → Назаров, Әлназарованың → Әлназарова); Russian
  surnames and first names are turned back from the case their *slot* demands (after "по словам"
  Шаккалиева is a genitive → Шаккалиев, after "заявила" it is a woman's nominative and stays).
  Everything is keyed by a case-free surname key, so all forms of one person meet.
* **Roles**: the role phrase the article puts before a name ("белді саясаттанушы Равшан
  Назаров", "министр туризма и спорта Ербол Мырзабосынов", "Minister of Science and Higher
  Education Sayasat Nurbek"), and the role *classes* that let a later "сарапшы", "вице-премьер"
  or "the minister" be resolved to the person it refers to.

Everything is regex over strings compiled once at import; per-article work is linear.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from types import ModuleType
from typing import Final

from app.extract.lexicons import kk_suffixes as kks
from app.extract.lexicons import speech_en, speech_kk, speech_ru

__all__ = [
    "LEXICONS",
    "Mention",
    "NameOcc",
    "Person",
    "Registry",
    "build_registry",
    "fold",
    "kk_strip_case",
    "lower_same_length",
    "paragraph_mentions",
    "role_classes",
    "ru_to_nominative",
    "surname_key",
]

LEXICONS: Final[dict[str, ModuleType]] = {"kk": speech_kk, "ru": speech_ru, "en": speech_en}

# --------------------------------------------------------------------------- characters

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
NAME_RUN: Final[re.Pattern[str]] = re.compile(
    rf"(?<![\w'’-]){_NAME_WORD}(?: {_NAME_WORD})*(?![\w-])"
)
_WORD: Final[re.Pattern[str]] = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_LATIN: Final[re.Pattern[str]] = re.compile(r"[A-Za-z]")


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


# --------------------------------------------------------------------------- Kazakh case

def _kk_case_table() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(suffix, case, letters the stem may end with), longest suffix first.

    Harmony is ignored on purpose: names are loanwords or follow the writer's ear
    (Тоқаевтың, Нұрышевтің), so only consonant assimilation — which spelling always shows — is
    checked. The dative/locative after a possessive (-на, -нда) never follows a bare name.
    """
    groups = (
        ("gen", kks.GENITIVE), ("acc", kks.ACCUSATIVE), ("dat", kks.DATIVE),
        ("loc", kks.LOCATIVE), ("abl", kks.ABLATIVE), ("ins", kks.INSTRUMENTAL),
    )
    rows = [(sfx, case, after | frozenset("ьъ")) for case, table in groups for sfx, _, after in table]
    rows.append(("менен", "ins", kks.OPEN_VOWELS | kks.SONORANTS | kks.LATERAL | kks.NASALS))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


_KK_CASES: Final = _kk_case_table()


@functools.lru_cache(maxsize=1 << 16)
def kk_strip_case(word: str) -> tuple[str, str]:
    """Split a Kazakh word into (stem, case) — ("Назаров", "gen") for "Назаровтың".

    Only one case suffix is removed and the stem must keep three letters, so short native
    words are left alone. The case is "nom" when nothing was removed.
    """
    low = fold(word)
    for sfx, case, after in _KK_CASES:
        if low.endswith(sfx) and len(low) - len(sfx) >= 3 and low[-len(sfx) - 1] in after:
            return word[: len(word) - len(sfx)], case
    return word, "nom"


# --------------------------------------------------------------------------- Russian case

_RU_SLAVIC: Final[tuple[str, ...]] = ("ов", "ев", "ин", "ын")
_RU_ENDINGS: Final[tuple[str, ...]] = (
    "ого", "ому", "ыми", "ими", "ой", "ым", "им", "ом", "ем", "ую", "ая", "ий", "ый", "ей",
    "а", "я", "у", "ю", "е", "ы", "и", "й",
)
_RU_SOFTEN: Final[frozenset[str]] = frozenset("гкхжшчщ")
_VOWELS_ALL: Final[frozenset[str]] = frozenset("аәеоөұүыіэюяиуёaeiouy")


def ru_to_nominative(word: str, case: str, gender: str | None = None, first: bool = False) -> str:
    """Nominative of a Russian personal name (first name if ``first``) met in ``case``.

    ``case`` is what the slot demands ("gen" after "по словам"/"по мнению"; "nom" after a verb
    of saying), and ``gender`` is "f" when known (Балаевой, Аиды). Unknown or indeclinable
    shapes are returned unchanged, which is always a safe answer for the display name.
    """
    low = fold(word)
    if case == "nom" or len(low) < 3:
        return word
    stem = word
    if case == "gen":
        if low.endswith(("ской", "цкой")):
            return word[:-2] + "ая"
        if low.endswith(("ского", "цкого")):
            return word[:-3] + "ий"
        if low.endswith("ой") and (first or low[:-2].endswith(_RU_SLAVIC)):
            return word[:-2] + "а"
        if low.endswith("ей") and first:
            return word[:-2] + "я"
        if low.endswith(("ы", "и")) and (first or gender == "f"):
            return word[:-1] + ("а" if low.endswith("ы") or low[-2] in _RU_SOFTEN else "я")
        if low.endswith("я") and len(low) > 3:
            return word[:-1] + ("й" if low[-2] in _VOWELS_ALL else "ь")
        if low.endswith("а") and low[-2] not in _VOWELS_ALL and gender != "f":
            return word[:-1]
        return stem
    if case == "dat":
        if low.endswith("у") and low[-2] not in _VOWELS_ALL:
            return word[:-1]
        if low.endswith("ю") and len(low) > 3:
            return word[:-1] + ("й" if low[-2] in _VOWELS_ALL else "ь")
        if low.endswith("ой") and low[:-2].endswith(_RU_SLAVIC):
            return word[:-2] + "а"
        if low.endswith("е") and first:
            return word[:-1] + "а"
        return stem
    if case == "ins":
        if low.endswith(("ым", "ом")) and low[-3] not in _VOWELS_ALL:
            return word[:-2]
        if low.endswith("ем") and len(low) > 4:
            return word[:-2] + ("й" if low[-3] in _VOWELS_ALL else "ь")
        if low.endswith(("ой", "ей")) and (first or low[:-2].endswith(_RU_SLAVIC)):
            return word[:-2] + ("а" if low.endswith("ой") else "я")
        return stem
    if case == "acc":
        if low.endswith("у") and (first or low[:-1].endswith(_RU_SLAVIC)) and gender == "f":
            return word[:-1] + "а"
        return ru_to_nominative(word, "gen", gender, first)
    return stem


_RU_CASE_BY_ENDING: Final[dict[str, str]] = {
    "": "nom", "а": "gen", "я": "gen", "ы": "gen", "и": "gen", "у": "dat", "ю": "dat",
    "ом": "ins", "ем": "ins", "ой": "ins", "ей": "ins", "е": "loc",
}


def _ru_form_case(form: str, lemma: str) -> str:
    """Case of a declined Russian noun, from its ending beyond the stem it shares with the lemma."""
    i = 0
    while i < min(len(form), len(lemma)) and form[i] == lemma[i]:
        i += 1
    if i == len(form) == len(lemma):
        return "nom"
    return _RU_CASE_BY_ENDING.get(form[i:], "?")


def _ru_case_of(occ_low: str, nom_low: str) -> tuple[str, str | None]:
    """Case (and gender) of a surname form, read off its difference from the nominative."""
    if occ_low == nom_low:
        return "nom", None
    if nom_low.endswith("а") and occ_low.startswith(nom_low[:-1]):
        tail = occ_low[len(nom_low) - 1:]
        return {"ой": "gen", "у": "acc", "ы": "gen", "е": "dat", "ей": "gen"}.get(tail, "gen"), "f"
    if occ_low.startswith(nom_low):
        tail = occ_low[len(nom_low):]
        return {"а": "gen", "я": "gen", "у": "dat", "ю": "dat", "ым": "ins", "ом": "ins",
                "ем": "ins", "е": "loc"}.get(tail, "gen"), "m"
    if nom_low.endswith(("й", "ь")) and occ_low.startswith(nom_low[:-1]):
        tail = occ_low[len(nom_low) - 1:]
        return {"я": "gen", "ю": "dat", "ем": "ins", "е": "loc"}.get(tail, "gen"), "m"
    return "gen", None


# --------------------------------------------------------------------------- keys & shapes

_SURNAME_ENDINGS: Final[tuple[str, ...]] = (
    "ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "ская", "цкий", "цкая", "ұлы",
    "улы", "қызы", "кызы", "енко", "ян", "дзе", "швили", "бек", "бай", "баев", "uly", "kyzy",
    "ov", "ev", "yev", "ova", "eva", "yeva", "ina", "sky", "skiy", "enko", "yan", "bek", "bay",
    "bai", "ko", "uk", "yuk", "ич", "ук", "юк",
)
_PATRONYMIC: Final[tuple[str, ...]] = (
    "ович", "евич", "овна", "евна", "ична", "ұлы", "улы", "қызы", "кызы", "uly", "kyzy", "ovich",
    "evich", "ovna", "evna",
)
_NOT_SURNAME_TAILS: Final[tuple[str, ...]] = (
    "ов", "ев", "ин", "ова", "ева", "ина", "бек", "бай", "ұлы", "улы", "хан", "жан", "гүл",
)


def _is_latin(word: str) -> bool:
    """Latin-script words are English names/titles wherever they appear (Kazinform, Tokayev)."""
    return _LATIN.match(word) is not None


def _strip_possessive(word: str) -> str:
    """Drop an English possessive ("Tokayev's" → "Tokayev")."""
    if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


@functools.lru_cache(maxsize=1 << 16)
def surname_key(word: str, lang: str) -> str:
    """Case-free key of a surname so all its forms meet (Назаровтың/Назаров, Шаккалиевой/-ва).

    Latin words are keyed as English wherever they appear. The key is only ever compared, never
    shown.
    """
    word = _strip_possessive(word)
    if _is_latin(word):
        return fold(word)
    if lang == "kk":
        return fold(kk_strip_case(word)[0])
    low = fold(word)
    if lang == "ru":
        for end in _RU_ENDINGS:
            if low.endswith(end) and len(low) - len(end) >= 3:
                if end in ("ая", "ую") and not low[: -len(end)].endswith(("ск", "цк")):
                    continue  # Желдибая is Желдибай's genitive, not an adjective in -ая
                low = low[: -len(end)]
                break
    return low


@functools.lru_cache(maxsize=1 << 16)
def surname_shaped(word: str, lang: str) -> bool:
    """Does a lone capitalised word look like a surname (so it may be a speaker on its own)?"""
    base = fold(_strip_possessive(word))
    if lang == "kk" and not _is_latin(word):
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
def _toponym(word_low: str, lang: str) -> bool:
    """Is this (lower-case) word a place or demonym in one of its case forms?

    kk/ru toponyms are stems: what follows must look like an ending (Қазақстанның,
    Узбекистана, казахстанский), not like a surname tail (Оралов, Индира).
    """
    if word_low in speech_en.TOPONYMS or fold(_strip_possessive(word_low)) in speech_en.TOPONYMS:
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
        elif (not rest or (len(rest) <= 3 and rest[0] in _VOWELS_ALL)
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
        return (not rest or (len(rest) <= 3 and rest[0] in _VOWELS_ALL)
                or rest.startswith(("ск", "цк", "ц")))
    return False


# --------------------------------------------------------------------------- roles

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


_RU_ROLE_FORMS: Final[dict[str, str]] = _ru_role_forms()
_KK_POSS: Final[str] = "(?:сы|сі|ы|і)"
_KK_CASE_ALT: Final[str] = (
    "(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|н|да|де|та|те|нда|нде|"
    "дан|ден|тан|тен|нан|нен|мен|бен|пен|менен)"
)
_KK_GEN: Final[frozenset[str]] = frozenset({"ның", "нің", "дың", "дің", "тың", "тің"})


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation, longest first so that the longest lexicon entry wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_ROLE_RE: Final[dict[str, re.Pattern[str]]] = {
    "kk": re.compile(
        rf"(?<![\w-])(?P<stem>{_alt(speech_kk.ROLE_NOUNS)})(?P<poss>{_KK_POSS})?"
        rf"(?P<case>{_KK_CASE_ALT})?(?![\w-])"
    ),
    "ru": re.compile(rf"(?<![\w-])(?P<stem>{_alt(list(_RU_ROLE_FORMS))})(?![\w-])"),
    "en": re.compile(rf"(?<![\w-])(?P<stem>{_alt(speech_en.ROLE_NOUNS)})(?P<poss>['’]s|s['’])?(?![\w-])"),
}


@dataclass(frozen=True, slots=True)
class RoleHit:
    """One role noun found in lower-case text."""

    start: int
    end: int
    lemma: str
    case: str  # "nom" | "gen" | "obl"
    form: str  # the surface (lower) form of the head word, possessive kept (министрі)


def _hit(m: re.Match[str], lang: str) -> RoleHit:
    """RoleHit of a match of a pattern with groups stem / poss / case (see _ROLE_RE)."""
    stem = m["stem"]
    if lang == "kk":
        case_sfx = m["case"]
        case = "nom" if not case_sfx else "gen" if case_sfx in _KK_GEN else "obl"
        return RoleHit(m.start(), m.end(), stem, case, stem + (m["poss"] or ""))
    if lang == "ru":
        lemma = _RU_ROLE_FORMS[stem]
        case = "nom" if stem == lemma else "gen" if stem.endswith(("а", "я", "ы", "и")) else "obl"
        return RoleHit(m.start(), m.end(), lemma, case, lemma)
    return RoleHit(m.start(), m.end(), stem, "gen" if m["poss"] else "nom", stem)


def role_hits(low: str, lang: str, start: int = 0, end: int | None = None) -> list[RoleHit]:
    """Role nouns in ``low[start:end]`` with lemma and case."""
    return [_hit(m, lang) for m in _ROLE_RE[lang].finditer(low, start, len(low) if end is None else end)]


def _qualified(lang: str, lemma: str, before: str, after: str) -> frozenset[str] | None:
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
    qualified = _qualified(lang, hit.lemma, before, after)
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


# --------------------------------------------------------------------------- names

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


_ORG_SETS: Final[dict[str, frozenset[str]]] = {
    lang: frozenset(lex.ORG_NOUNS) | lex.NON_SPEAKER_NOUNS for lang, lex in LEXICONS.items()
}


@functools.lru_cache(maxsize=1 << 16)
def _word_class(word: str, lang: str) -> str:
    """"name", "role", "place", "other" for one capitalised word of a run (cached: pure)."""
    low = fold(_strip_possessive(word))
    if _is_latin(word):
        lang = "en"
    lex = LEXICONS[lang]
    if low in lex.NON_NAME_WORDS:
        return "other"
    if _toponym(low, lang):
        return "place"
    if _ROLE_RE[lang].fullmatch(low):
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


def _occurrence(text: str, lang: str, par: int, segment: list[tuple[int, str]]) -> NameOcc:
    """A NameOcc for a segment of name words (at most three kept; see name_segments)."""
    seg = segment[-3:]
    if len(seg) == 3 and not fold(seg[1][1]).endswith(_PATRONYMIC):
        # "Балкибековой Долкунжан Камеков", "Ранее Ербол Мырзабосынов": a third word before
        # First Last is far more often a possessor or an opener than a name.
        seg = seg[1:]
    start = seg[0][0]
    last = seg[-1][1]
    if _is_latin(last):
        case = "gen" if _strip_possessive(last) != last else "nom"
    elif lang == "kk":
        case = kk_strip_case(last)[1]
    else:
        case = "?"
    return NameOcc(
        par=par, start=start, end=seg[-1][0] + len(last), tokens=tuple(w for _, w in seg),
        key=surname_key(last, lang), case=case, role_start=start,
        sentence_initial=_sentence_initial(text, start),
    )


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
            if _word_class(run, lang) == "name":
                out.append(_occurrence(text, lang, par, [(m.start(), run)]))
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
            if lang == "kk" and not _is_latin(w) and kk_strip_case(w)[1] != "nom":
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


# --------------------------------------------------------------------------- role phrases

_RU_STOP: Final[frozenset[str]] = frozenset({
    "в", "во", "на", "с", "со", "по", "для", "о", "об", "при", "от", "к", "у", "из", "за", "под",
    "над", "перед", "через", "а", "но", "что", "как", "который", "которая", "которые", "это",
    "также", "был", "была", "были", "стал", "стала", "между", "после", "до",
})
_EN_CONNECT: Final[frozenset[str]] = frozenset({"of", "and", "the", "for", "to", ","})
_EN_LOWER_ROLEWORDS: Final[frozenset[str]] = frozenset({
    "minister", "foreign", "prime", "deputy", "vice", "first", "acting", "general", "press",
    "chief", "executive", "secretary", "president", "ambassador", "head", "chairman", "director",
    "spokesperson", "spokesman", "spokeswoman", "expert", "analyst", "political", "scientist",
    "economist", "governor", "mayor", "senator", "adviser", "advisor", "former",
})
_KK_LINKS: Final[frozenset[str]] = frozenset({"және", "мен", "бен", "пен"})


def _words_before(text: str, pos: int, limit: int = 140) -> list[tuple[int, str]]:
    """(offset, word) tokens of the stretch before ``pos``: a role phrase is never longer."""
    lo = max(0, pos - limit)
    return [(m.start() + lo, m.group()) for m in _WORD.finditer(text[lo:pos])]


def attached_role(text: str, low: str, start: int, lang: str) -> tuple[str | None, int]:
    """The role phrase written right before a name at ``start``, and where it begins.

    kk: "[Capitalised complements] <role noun>(-і/-сы) Name" ("Мәдениет және ақпарат министрі");
    ru: "<role noun> <genitive complements> [Country] Name" ("министр туризма и спорта");
    en: "[Modifiers] <Role> [of ...] [of Country] Name" ("Minister of Science and Higher
    Education"). Leading demonyms and trailing countries are dropped, as the gold does.
    """
    words = _words_before(text, start)
    if not words:
        return None, start
    if lang == "kk" and not _is_latin(text[start:start + 1] or "a"):
        return _kk_attached_role(low, words, start)
    if lang == "ru":
        return _ru_attached_role(low, words, start)
    return _en_attached_role(low, words, start)


_KK_CAP_COMPLEMENT_OK: Final[frozenset[str]] = frozenset({
    "мемлекет", "үкімет", "мәдениет", "денсаулық", "сыртқы", "ішкі", "төтенше", "ұлттық",
    "орталық", "халықаралық", "мемлекеттік", "ресми",
})


def _kk_attached_role(low: str, words: list[tuple[int, str]], start: int) -> tuple[str | None, int]:
    """Kazakh: the role noun directly precedes the name; its complements precede it.

    Complements are kept only up to a capitalised one (ministry names are capitalised:
    "Денсаулық сақтау министрі"); a case-marked word, a place or punctuation ends them, so
    "белді саясаттанушы" gives "саясаттанушы" and "өкілетті елшісі" gives "елші".
    """
    i = len(words) - 1
    pos, w = words[i]
    hits = role_hits(low, "kk", pos, pos + len(w))
    if not hits or hits[0].start != pos or hits[0].end != pos + len(w) or hits[0].case != "nom":
        return None, start
    head = hits[0]
    first = -1
    for j in range(i - 1, max(-1, i - 5), -1):
        wj = words[j][1]
        lw = fold(wj)
        if not wj[0].isalpha() or (wj.isupper() and len(wj) > 1):
            break
        if wj[0].isupper():
            if _toponym(lw, "kk") or kk_strip_case(wj)[1] != "nom" or (
                lw in speech_kk.NON_NAME_WORDS and lw not in _KK_CAP_COMPLEMENT_OK
            ):
                break
            first = j
        elif lw not in _KK_LINKS and kk_strip_case(wj)[1] != "nom":
            break
    if first < 0:
        before = low[max(0, head.start - 40): head.start].rstrip()
        for qual, lemma, _ in speech_kk.ROLE_QUALIFIED:
            if lemma == head.lemma and before.endswith(qual):
                q_start = low.rfind(qual, 0, head.start)
                return f"{qual} {head.form}", q_start  # "сім басшысы", "үкімет басшысы"
        return head.lemma, pos
    start_pos = words[first][0]
    return " ".join((low[start_pos: head.start] + head.form).split()), start_pos


def _ru_attached_role(low: str, words: list[tuple[int, str]], start: int) -> tuple[str | None, int]:
    """Russian: the role noun comes first and its genitive complements follow it up to the name.

    The walk back stops at punctuation, prepositions and other capitalised words; the role
    starts at the first role noun inside the walk, and trailing countries ("Казахстана") are
    dropped. The first word of each dash part is put in the nominative ("министра" → "министр").
    """
    window: list[tuple[int, str]] = []
    j = len(words) - 1
    while j >= 0 and len(window) < 10:
        pj, wj = words[j]
        lw = fold(wj)
        if wj in ("–", "-", "—"):
            window.append((pj, wj))
            j -= 1
            continue
        if not wj[0].isalpha() or lw in _RU_STOP:
            break
        if wj[0].isupper() and not (wj.isupper() or _toponym(lw, "ru") or lw in _RU_ROLE_FORMS):
            break
        window.append((pj, wj))
        j -= 1
    window.reverse()
    first = next((k for k, (_, w) in enumerate(window) if fold(w) in _RU_ROLE_FORMS), -1)
    if first < 0:
        return None, start
    kept = window[first:]
    while kept and (_toponym(fold(kept[-1][1]), "ru") or kept[-1][1] in ("–", "-", "—")):
        kept.pop()
    if not kept:
        return None, start
    # Nominative of the first word of every dash part ("министра сельского хозяйства").
    out: list[str] = []
    part_start = True
    for _, w in kept:
        lw = fold(w)
        if w in ("–", "-", "—"):
            out.append("–")
            part_start = True
            continue
        out.append(_RU_ROLE_FORMS.get(lw, lw) if part_start else lw)
        part_start = False
    return " ".join(out), kept[0][0]


def _en_attached_role(low: str, words: list[tuple[int, str]], start: int) -> tuple[str | None, int]:
    """English: "[Modifiers] Role [of Domain] [of Country] Name" — capitalised title words.

    The walk back stops at the first capitalised word that is no title/domain word (another
    person's name), so "… Arman Shakkaliyev and Uzbek Minister of Investment … Laziz Kudratov"
    gives Kudratov only his own role.
    """
    window: list[tuple[int, str]] = []
    for pj, wj in reversed(words):
        lw = fold(_strip_possessive(wj))
        if len(window) >= 14:
            break
        if wj[0].isupper():
            if not (lw in speech_en.NON_NAME_WORDS or _toponym(lw, "en") or _ROLE_RE["en"].fullmatch(lw)):
                break
        elif not (lw in _EN_CONNECT or lw in _EN_LOWER_ROLEWORDS):
            break
        window.append((pj, wj))
    window.reverse()
    lows = [fold(_strip_possessive(w)) for _, w in window]
    role_idx = [k for k, lw in enumerate(lows) if _ROLE_RE["en"].fullmatch(lw) or lw == "prime"]
    if not role_idx:
        return None, start
    first = role_idx[0]
    while first > 0:
        lw = lows[first - 1]
        if (lw in (",", "the", "to", "for") or _toponym(lw, "en") or lw in speech_en.DEMONYMS
                or lw in speech_en.FUNCTION_WORDS and lw not in ("and", "of")):
            break
        first -= 1
    # "The minister's press secretary X": the role starts after the possessor.
    for k in range(len(window) - 1, first - 1, -1):
        if window[k][1].endswith(("'s", "’s")) and k + 1 < len(window):
            first = k + 1
            break
    kept = list(zip(window[first:], lows[first:]))
    while kept and (_toponym(kept[-1][1], "en") or kept[-1][1] in ("of", "and", ",", "the", "'s", "’s")):
        kept.pop()
    while kept and kept[0][1] in ("and", "of", ",", "the"):
        kept.pop(0)
    if not kept:
        return None, start
    return " ".join(lw for _, lw in kept).replace(" ,", ","), kept[0][0][0]


# --------------------------------------------------------------------------- persons

@dataclass(slots=True)
class Person:
    """Everything the article says about one person; built once per article."""

    key: str
    lang: str
    occs: list[NameOcc] = field(default_factory=list)
    nom_forms: list[str] = field(default_factory=list)  # surnames seen in a nominative slot
    gen_forms: list[str] = field(default_factory=list)  # surnames seen in a genitive slot
    intro_roles: list[str] = field(default_factory=list)
    mention_roles: list[str] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    gender: str | None = None
    first: str | None = None  # first-name key, to keep namesakes apart

    @property
    def position(self) -> tuple[int, int]:
        """(paragraph, offset) of the first mention; the title counts as paragraph -1."""
        o = self.occs[0]
        return (o.par, o.start)

    def full_tokens(self) -> int:
        """Words in the fullest form the article gives (1 = surname only)."""
        return max(len(o.tokens) for o in self.occs)

    def add_role(self, role: str, intro: bool) -> None:
        """Record a role; roles written next to the name come before those that only refer to
        the person later ("саясаттанушы" before "сарапшы"): the former are the more specific."""
        target = self.intro_roles if intro else self.mention_roles
        if role and role not in target:
            target.append(role)
        self.classes |= role_classes(role, self.lang)

    @property
    def roles(self) -> tuple[str, ...]:
        """Every role, most specific first, without repeats."""
        out: list[str] = []
        for r in self.intro_roles + self.mention_roles:
            if r not in out:
                out.append(r)
        return tuple(out)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form of the name, in text order, for name search."""
        out: list[str] = []
        for o in self.occs:
            surface = " ".join(o.tokens)
            if surface not in out:
                out.append(surface)
        return tuple(out)

    def surname_nominative(self) -> str:
        """The surname as the nominative, from slot evidence first, then from the forms seen."""
        if self.nom_forms:
            return self.nom_forms[0]
        lasts = [o.tokens[-1] for o in self.occs]
        if self.lang == "kk":
            latin = [w for w in lasts if _is_latin(w)]
            if latin:
                return _strip_possessive(latin[0])
            # The shortest form that every other form extends is the bare nominative.
            for w in sorted(set(lasts), key=len):
                if all(fold(x).startswith(fold(w)) for x in lasts):
                    if kk_strip_case(w)[1] == "nom" or len(set(lasts)) > 1:
                        return w
            stripped = [kk_strip_case(w)[0] for w in lasts]
            return min(stripped, key=len)
        if self.lang == "ru":
            if self.gen_forms:
                return ru_to_nominative(self.gen_forms[0], "gen", self.gender)
            hinted = [o for o in self.occs if o.case not in ("?", "nom")]
            if hinted and len(hinted) == len(self.occs):
                return ru_to_nominative(hinted[0].tokens[-1], hinted[0].case, self.gender)
            # Prefer a form that is a prefix of the others (Мырзабосынов / Мырзабосынова).
            for w in sorted(set(lasts), key=len):
                if all(fold(x).startswith(fold(w)) for x in lasts):
                    return w
            return lasts[0]
        return _strip_possessive(lasts[0])

    @property
    def name(self) -> str:
        """Full nominative name at its fullest, e.g. "Равшан Назаров"."""
        surname = self.surname_nominative()
        best = max(self.occs, key=lambda o: (len(o.tokens), -o.par, -o.start))
        if len(best.tokens) == 1:
            return surname
        firsts = list(best.tokens[:-1])
        if self.lang == "ru" and not _is_latin(surname):
            # Prefer a full-name occurrence in the nominative; else decline the first names back.
            for o in self.occs:
                if (len(o.tokens) == len(best.tokens) and fold(o.tokens[-1]) == fold(surname)
                        and o.case in ("?", "nom")):
                    return " ".join(o.tokens)
            case, gender = _ru_case_of(fold(best.tokens[-1]), fold(surname))
            if case == "nom" and best.case not in ("?", "nom"):
                case = best.case  # indeclinable surname: the role noun told the case
            gender = gender or self.gender
            firsts = [ru_to_nominative(w, case, gender, first=True) for w in firsts]
        return " ".join([*firsts, surname])


class Registry:
    """All persons named in one article, findable by surname key and by role class."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.by_key: dict[str, list[Person]] = {}
        self.persons: list[Person] = []

    def add(self, occ: NameOcc) -> Person:
        """File an occurrence under its person, keeping namesakes with other first names apart.

        A two-word run that opens a sentence may be "Adverb Surname"; if the surname already
        belongs to someone with another first name, it is taken as that person's surname.
        """
        people = self.by_key.setdefault(occ.key, [])
        first = surname_key(occ.tokens[0], self.lang) if len(occ.tokens) > 1 else None
        if first is not None and occ.sentence_initial and people and all(p.first != first for p in people):
            # "Ранее Мырзабосынов": keep only the surname, so the opener never becomes a
            # first name or a surface form.
            occ.start = occ.role_start = occ.end - len(occ.tokens[-1])
            occ.tokens = occ.tokens[-1:]
            first = None
        for p in people:
            if first is None or p.first is None or p.first == first:
                if p.first is None and first is not None:
                    p.first = first
                p.occs.append(occ)
                return p
        person = Person(key=occ.key, lang=self.lang, first=first)
        person.occs.append(occ)
        people.append(person)
        self.persons.append(person)
        return person

    def find(self, key: str, first: str | None = None) -> Person | None:
        """The person with this surname key (and first-name key, when given and known)."""
        people = self.by_key.get(key)
        if not people:
            return None
        if first is not None:
            for p in people:
                if p.first == first:
                    return p
        return people[0]

    def with_classes(self, classes: frozenset[str]) -> list[Person]:
        """Persons the article introduced with a role of one of these classes."""
        return [p for p in self.persons if p.classes & classes]


_FEMALE_ENDINGS: Final[tuple[str, ...]] = ("ова", "ева", "ина", "ына", "ская", "цкая", "ova", "eva", "ina", "qyzy", "kyzy", "қызы", "кызы")
_MALE_ENDINGS: Final[tuple[str, ...]] = ("ов", "ев", "ин", "ын", "ский", "цкий", "ov", "ev", "in", "uly", "ұлы", "улы")


def build_registry(title: str, paragraphs: tuple[str, ...], lows: list[str], lang: str) -> tuple[Registry, list[list[NameOcc]]]:
    """Spot every name in the article and group the occurrences into persons.

    Returns the registry and, per paragraph, its valid name occurrences (the title's are only
    used for grouping and roles, never as mention sites).
    """
    registry = Registry(lang)
    per_par: list[list[NameOcc]] = []
    all_occs: list[NameOcc] = []
    title_low = lower_same_length(title)
    texts = [(title, title_low), *zip(paragraphs, lows)]
    for par, (text, low) in enumerate(texts, start=-1):
        occs = name_segments(text, lang, par)
        if par >= 0:
            per_par.append(occs)
        all_occs.extend(occs)
    # Full names first (and mid-sentence ones before sentence-initial ones), so that a lone
    # surname joins the full name given elsewhere.
    for occ in sorted(all_occs, key=lambda o: (-len(o.tokens), o.sentence_initial)):
        if len(occ.tokens) == 1 and occ.key not in registry.by_key and not surname_shaped(occ.tokens[0], lang):
            occ.valid = False
            continue
        text, low = texts[occ.par + 1]
        role, role_start = attached_role(text, low, occ.start, lang)
        if role is not None:
            occ.role = role
            occ.role_start = role_start
            if lang == "ru" and not _is_latin(occ.tokens[-1]):
                # The role noun shows the case the name is in ("главой МИД Муратом Нуртлеу"),
                # which an indeclinable surname cannot.
                form = fold(_WORD.match(low, role_start).group())
                occ.case = _ru_form_case(form, _RU_ROLE_FORMS.get(form, form))
        person = registry.add(occ)
        if occ.role:
            person.add_role(occ.role, intro=True)
    for person in registry.persons:
        person.occs.sort(key=lambda o: (o.par, o.start))
        last = fold(person.surname_nominative())
        if lang == "ru" and not _is_latin(last):
            continue  # a Russian -ова may be a man's genitive: gender comes from the slot
        if last.endswith(_FEMALE_ENDINGS):
            person.gender = "f"
        elif last.endswith(_MALE_ENDINGS):
            person.gender = "m"
    for par_occs in per_par:
        par_occs[:] = [o for o in par_occs if o.valid]
    return registry, per_par


# --------------------------------------------------------------------------- mentions

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
        role = rf"(?P<stem>{_alt(lex.ROLE_NOUNS)})(?P<poss>{_KK_POSS})?(?P<case>{_KK_CASE_ALT})?"
        pron = _alt([*lex.PRONOUNS_NOM, *lex.PRONOUNS_GEN])
        org = rf"(?:{_alt([*lex.ORG_NOUNS, *lex.NON_SPEAKER_NOUNS])}){_KK_POSS}?{_KK_CASE_ALT}?"
    elif lang == "ru":
        role = rf"(?P<stem>{_alt(list(_RU_ROLE_FORMS))})"
        pron = _alt([*lex.PRONOUNS_NOM, *lex.PRONOUNS_GEN])
        org = _alt([*lex.ORG_NOUNS, *lex.NON_SPEAKER_NOUNS])
    else:
        role = rf"(?P<stem>{_alt(lex.ROLE_NOUNS)})(?P<poss>['’]s|s['’])?"
        pron = _alt([*lex.PRONOUNS_NOM, *lex.PRONOUNS_OBJ])
        org = _alt([*lex.ORG_NOUNS, *lex.NON_SPEAKER_NOUNS])
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
        out.append(Mention("name", lo, occ.end, occ.case, occ=occ,
                           classes=role_classes(occ.role, lang) if occ.role else frozenset()))
        covered.append((lo, occ.end))

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in covered)

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
        hit = _hit(m, lang)
        before = low[max(0, hit.start - 40): hit.start]
        after = low[hit.end: hit.end + 40]
        qual = _qualified(lang, hit.lemma, before.rstrip(), after.lstrip())
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
