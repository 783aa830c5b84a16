"""Country mentions in Kazakh, Russian and English text, as ISO 3166-1 alpha-2 codes.

Used by figure extraction (who exports to whom) and meant for the topics/countries issue too,
so the public result keeps everything a caller may need to judge a mention: where it is, how it
was found (a name, a capital standing for its state, an adjective, or "our country"), its
grammatical case, and the preposition in front of it.

WHY this shape:

* Kazakh is agglutinative, so a name is matched as its nominative plus any chain of nominal
  suffixes (Өзбекстан|ға, Ташкент|те, қазақстан|дық|тар|ға), and the case is read off the last
  suffix. That case is what tells the exporter (nominative, ablative) from the destination
  (dative) in verb-final sentences like "ресми Ташкент Астанаға ... экспорттап".
* Russian marks direction with a preposition plus case ("в Узбекистан" / "в Узбекистане" /
  "из Казахстана"), English with a preposition only, so both are reported.
* Kazakh and Russian are matched on lower-cased text because adjectives are lower case
  (қазақстандық, узбекский) and because ``re.IGNORECASE`` on Cyrillic alternations is slow.
  English is matched as written: capitalisation is what separates "Turkey" and "China" from
  ordinary words there.
* A name that is part of a currency ("АҚШ долларына", "долл. США", "US$") is no mention.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from app.extract.lexicons import countries as lex
from app.extract.trie import trie_pattern

__all__ = ["CountryMention", "country_codes", "find_countries", "lower_same_length"]


@dataclass(frozen=True, slots=True)
class CountryMention:
    """One country mention; ``start``/``end`` index the text given to :func:`find_countries`."""

    code: str  # ISO 3166-1 alpha-2
    start: int
    end: int
    how: str  # "name" | "capital" | "adjective" | "home"
    # "nom" "gen" "dat" "acc" "loc" "abl" "ins": exact in kk, guessed in ru, only "gen" ('s) in en
    case: str | None
    prep: str | None  # lower-cased word right before it when it is a preposition (ru, en)
    official: bool  # "ресми Ташкент", "официальный Ташкент", "official Astana"
    # the inflection written after the listed form: "ға", "-дағы", "е", "'s" ("" for "home")
    suffix: str = ""


# --------------------------------------------------------------------------- morphology (data)

_KK_ADJ = "(?:лық|лік|дық|дік|тық|тік)"
_KK_PLURAL = "(?:лар|лер|дар|дер|тар|тер)"
_KK_POSS = "(?:сы|сі|ы|і)"
_KK_CASES: Final[dict[str, str]] = {
    **dict.fromkeys(("ның", "нің", "дың", "дің", "тың", "тің"), "gen"),
    **dict.fromkeys(("ға", "ге", "қа", "ке", "на", "не", "а", "е"), "dat"),
    **dict.fromkeys(("да", "де", "та", "те", "нда", "нде"), "loc"),
    **dict.fromkeys(("дан", "ден", "тан", "тен", "нан", "нен"), "abl"),
    **dict.fromkeys(("ды", "ді", "ты", "ті", "ны", "ні", "н"), "acc"),
    **dict.fromkeys(("мен", "бен", "пен", "ымен", "імен"), "ins"),
}
# Longest first, for reading the case off "елімізге", "біздің елден".
_KK_CASE_KEYS: Final[tuple[str, ...]] = tuple(sorted(_KK_CASES, key=len, reverse=True))
_KK_SUFFIX = (
    rf"-?(?P<adj>{_KK_ADJ})?{_KK_PLURAL}?{_KK_POSS}?"
    rf"(?P<case>{trie_pattern(_KK_CASES)})?(?:ғы|гі|қы|кі)?"
)
_RU_NOUN_ENDING = "(?P<end>а|я|у|ю|е|и|ы|ь|й|ом|ем|ей|ой|ою|ею|ью|ов|ах|ам|ами)?"
_RU_ADJ_ENDING = "(?:ий|ый|ой|ая|ое|ие|ые|ого|ему|ому|ую|им|ым|ом|ем|ими|ыми|их|ых|ей|о(?=-))"
_EN_POSSESSIVE = "(?P<poss>['’]s)?"

_RU_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    ("в", "во", "на", "из", "от", "с", "со", "к", "ко", "до", "для", "между", "и", "у", "по")
)
_EN_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    ("to", "into", "from", "in", "with", "and", "of", "between", "for", "by", "on", "at")
)
_OFFICIAL: Final[frozenset[str]] = frozenset(
    ("ресми", "официальный", "официального", "официальному", "официальным", "официальном",
     "official")
)


def lower_same_length(text: str) -> str:
    """``text.lower()`` that keeps every offset: "İ" would otherwise become two characters."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower()[0] for c in text)


def _ru_nominative_ending(word: str) -> str:
    """What :func:`_ru_stem` cuts off the nominative ("я" of Россия, "" of Казахстан)."""
    lowered = word.lower()
    return lowered[len(_ru_stem(word)):] if not word.isupper() else ""


def _ru_stem(word: str) -> str:
    """The part of a Russian nominative that all its case forms share (Россия → росси)."""
    if word.isupper():  # США, КНР: indeclinable abbreviations
        return word.lower()
    lowered = word.lower()
    if lowered.endswith(("ия", "ья")):
        return lowered[:-1]
    if lowered[-1] in "аяьйы" and len(lowered) > 4:
        return lowered[:-1]
    return lowered


def _split(field: str) -> list[str]:
    return [w for w in field.split("|") if w]


def _build() -> tuple[dict[str, dict[str, tuple[str, str]]], dict[str, re.Pattern[str]]]:
    """Per language: surface key → (code, how), and the one regex that finds every key."""
    tables: dict[str, dict[str, tuple[str, str]]] = {"kk": {}, "ru": {}, "en": {}}
    ru_adjectives: dict[str, tuple[str, str]] = {}
    for code, kk_names, kk_adjs, ru_names, ru_adjs, en_names, en_adjs in lex.COUNTRIES:
        for w in _split(kk_names):
            tables["kk"][lower_same_length(w)] = (code, "name")
        for w in _split(kk_adjs):
            tables["kk"].setdefault(w, (code, "adjective"))
        for w in _split(ru_names):
            tables["ru"][_ru_stem(w)] = (code, "name")
        for w in _split(ru_adjs):
            ru_adjectives[w] = (code, "adjective")
        for w in _split(en_names):
            tables["en"][w] = (code, "name")
        for w in _split(en_adjs):
            tables["en"][w] = (code, "adjective")
    for code, kk_caps, ru_caps, en_caps in lex.CAPITALS:
        for w in _split(kk_caps):
            tables["kk"].setdefault(lower_same_length(w), (code, "capital"))
        for w in _split(ru_caps):
            tables["ru"].setdefault(_ru_stem(w), (code, "capital"))
        for w in _split(en_caps):
            tables["en"].setdefault(w, (code, "capital"))
    tables["ru_adj"] = ru_adjectives
    home = {lang: "|".join(p for p in lex.HOME_PHRASES[lang]) for lang in ("kk", "ru", "en")}
    kk_keys, ru_keys, en_keys = (trie_pattern(tables[lang]) for lang in ("kk", "ru", "en"))
    patterns = {
        "kk": re.compile(
            rf"(?<!\w)(?:(?P<home>{home['kk']})|(?P<key>{kk_keys}){_KK_SUFFIX})(?!\w)"
        ),
        "ru": re.compile(
            rf"(?<!\w)(?:(?P<home>{home['ru']})"
            rf"|(?P<adjkey>{trie_pattern(ru_adjectives)}){_RU_ADJ_ENDING}"
            rf"|(?P<key>{ru_keys}){_RU_NOUN_ENDING})(?!\w)"
        ),
        "en": re.compile(
            rf"(?<![\w.])(?:(?P<home>{home['en']})|(?P<key>{en_keys}){_EN_POSSESSIVE})(?![\w$])"
        ),
    }
    return tables, patterns


_TABLES, _PATTERNS = _build()
#: Russian stem → the ending of its nominative, for telling "Москва" (nom) from "Ташкента" (gen).
_RU_NOMINATIVE: Final[dict[str, str]] = {
    _ru_stem(w): _ru_nominative_ending(w)
    for _code, _kk, _kka, ru_names, _rua, _en, _ena in lex.COUNTRIES for w in _split(ru_names)
} | {
    _ru_stem(w): _ru_nominative_ending(w)
    for _code, _kk, ru_caps, _en in lex.CAPITALS for w in _split(ru_caps)
}
_NON_WORD_TAIL: Final[str] = " \t«»“”\"'(),:;–—-"


def _previous_word(text: str, start: int) -> str:
    """The word before ``start`` (with a trailing full stop kept: "долл."), lower-cased."""
    window = text[max(0, start - 24):start].rstrip(_NON_WORD_TAIL)
    if not window:
        return ""
    return window.rsplit(None, 1)[-1].lstrip(_NON_WORD_TAIL).lower()


def _is_currency(text: str, lowered: str, start: int, end: int, previous: str | None = None) -> bool:
    """True for "АҚШ доллары", "US$", "долл. США": the name only qualifies a currency.

    ``previous`` is ``_previous_word(lowered, start)`` when the caller has it already.
    """
    after = lowered[end:end + 9].lstrip()
    if after.startswith(lex.CURRENCY_AFTER_NAME) or text[end:end + 1] == "$":
        return True
    if previous is None:
        previous = _previous_word(lowered, start)
    return previous in lex.CURRENCY_BEFORE_NAME


def _ru_case(ending: str, nominative: str, prep: str | None) -> str | None:
    """Rough Russian case from the ending and preposition; enough to tell to/from/in apart.

    ``nominative`` is the ending the name has in the nominative ("я" for Россия, "" for
    Казахстан), since "а" is the nominative of Москва but the genitive of Ташкента.
    """
    feminine = nominative in ("а", "я")
    if prep in ("в", "во", "на"):
        return "loc" if ending in ("е", "и") else "acc"
    if prep in ("из", "от", "до", "у", "для"):
        return "gen"
    if prep in ("с", "со"):
        return "ins" if ending in ("ом", "ем", "ей", "ой", "ою", "ею", "ью") else "gen"
    if prep in ("к", "ко", "по"):
        return "dat"
    if ending == nominative:
        return "nom"
    if ending in ("а", "я", "ы", "и", "ов"):
        return "gen"
    if ending in ("у", "ю"):
        return "acc" if feminine else "dat"
    if ending == "ам":
        return "dat"
    if ending in ("е", "ах"):
        return "loc"
    return "ins"


def find_countries(text: str, lang: str) -> list[CountryMention]:
    """Every country mention in ``text`` (an article's paragraph, sentence or title), in order.

    ``lang`` picks the lexicon ("kk", "ru", "en"; anything else is read as Russian, the other
    Cyrillic language). Offsets index ``text`` as given.
    """
    return list(_find_countries(text, lang))


# Small on purpose: what repeats is one article's paragraphs, read by article_countries and again
# by the figures' main partner; the mentions are frozen, so sharing them is safe.
@functools.lru_cache(maxsize=128)
def _find_countries(text: str, lang: str) -> tuple[CountryMention, ...]:
    lang = lang if lang in ("kk", "ru", "en") else "ru"
    folded = lower_same_length(text)
    scanned = text if lang == "en" else folded
    table = _TABLES[lang]
    mentions: list[CountryMention] = []
    for match in _PATTERNS[lang].finditer(scanned):
        start, end = match.span()
        home = match.group("home")
        if home is not None:
            code, how = lex.HOME_CODE, "home"
        elif lang == "ru" and match.group("adjkey") is not None:
            code, how = _TABLES["ru_adj"][match.group("adjkey")]
        else:
            key = match.group("key")
            code, how = table[key]
        previous = _previous_word(folded, start)
        if how != "home" and _is_currency(text, folded, start, end, previous):
            continue
        prep: str | None = None
        case: str | None = None
        if lang == "kk" and home is not None:
            case = next((_KK_CASES[k] for k in _KK_CASE_KEYS if home.endswith(k)), "nom")
        elif lang == "kk":
            case = _KK_CASES.get(match.group("case") or "", "nom")
            if match.group("adj") is not None and how == "name":
                how = "adjective"
        elif lang == "ru":
            prep = previous if previous in _RU_PREPOSITIONS else None
            if match.group("key") is not None and how != "home":
                case = _ru_case(match.group("end") or "", _RU_NOMINATIVE.get(key, ""), prep)
        else:
            prep = previous if previous in _EN_PREPOSITIONS else None
            case = "gen" if match.group("poss") else None
        stem_end = match.end("key") if match.group("key") is not None else (
            match.end("adjkey") if lang == "ru" and match.group("adjkey") is not None else end)
        mentions.append(CountryMention(code, start, end, how, case, prep, previous in _OFFICIAL,
                                       text[stem_end:end]))
    return tuple(mentions)


def country_codes(text: str, lang: str) -> list[str]:
    """Distinct codes of :func:`find_countries`, in order of first mention."""
    return list(dict.fromkeys(m.code for m in find_countries(text, lang)))
