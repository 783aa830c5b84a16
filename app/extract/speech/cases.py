"""Case forms of person names back to the nominative, and the case-free key of a surname.

A quote's attribution slot gives a surface form (``Назаровтың``, ``Шаккалиева``, ``Nurtleu``)
while the answer must be the person's nominative name:

* Kazakh case suffixes are stripped from the last token with their consonant assimilation
  checked (Назаровтың → Назаров, Әлназарованың → Әлназарова);
* Russian surnames and first names are turned back from the case their *slot* demands (after
  "по словам" Шаккалиева is a genitive → Шаккалиев, after "заявила" it is a woman's nominative
  and stays).

Everything is keyed by a case-free surname key, so all forms of one person meet.
"""

from __future__ import annotations

import functools
from typing import Final

from app.extract.lexicons import kk_suffixes as kks
from app.extract.lexicons import speech_ru
from app.extract.speech.text import VOWELS, fold, is_latin, strip_possessive

__all__ = ["kk_strip_case", "ru_case_of", "ru_form_case", "ru_to_nominative", "surname_key"]

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

_RU_SLAVIC: Final[tuple[str, ...]] = speech_ru.SLAVIC_SURNAME_SUFFIXES
_RU_ENDINGS: Final[tuple[str, ...]] = speech_ru.NAME_CASE_ENDINGS
_RU_SOFTEN: Final[frozenset[str]] = speech_ru.SPELLING_RULE_CONSONANTS
_RU_CASE_BY_ENDING: Final[dict[str, str]] = speech_ru.NOUN_CASE_BY_ENDING


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
            return word[:-1] + ("й" if low[-2] in VOWELS else "ь")
        if low.endswith("а") and low[-2] not in VOWELS and gender != "f":
            return word[:-1]
        return stem
    if case == "dat":
        if low.endswith("у") and low[-2] not in VOWELS:
            return word[:-1]
        if low.endswith("ю") and len(low) > 3:
            return word[:-1] + ("й" if low[-2] in VOWELS else "ь")
        if low.endswith("ой") and low[:-2].endswith(_RU_SLAVIC):
            return word[:-2] + "а"
        if low.endswith("е") and first:
            return word[:-1] + "а"
        return stem
    if case == "ins":
        if low.endswith(("ым", "ом")) and low[-3] not in VOWELS:
            return word[:-2]
        if low.endswith("ем") and len(low) > 4:
            return word[:-2] + ("й" if low[-3] in VOWELS else "ь")
        if low.endswith(("ой", "ей")) and (first or low[:-2].endswith(_RU_SLAVIC)):
            return word[:-2] + ("а" if low.endswith("ой") else "я")
        return stem
    if case == "acc":
        if low.endswith("у") and (first or low[:-1].endswith(_RU_SLAVIC)) and gender == "f":
            return word[:-1] + "а"
        return ru_to_nominative(word, "gen", gender, first)
    return stem


def ru_form_case(form: str, lemma: str) -> str:
    """Case of a declined Russian noun, from its ending beyond the stem it shares with the lemma."""
    i = 0
    while i < min(len(form), len(lemma)) and form[i] == lemma[i]:
        i += 1
    if i == len(form) == len(lemma):
        return "nom"
    return _RU_CASE_BY_ENDING.get(form[i:], "?")


def ru_case_of(occ_low: str, nom_low: str) -> tuple[str, str | None]:
    """Case (and gender) of a surname form, read off its difference from the nominative."""
    if occ_low == nom_low:
        return "nom", None
    if nom_low.endswith("а") and occ_low.startswith(nom_low[:-1]):
        tail = occ_low[len(nom_low) - 1:]
        return speech_ru.FEMALE_SURNAME_CASE_BY_TAIL.get(tail, "gen"), "f"
    if occ_low.startswith(nom_low):
        tail = occ_low[len(nom_low):]
        return speech_ru.MALE_SURNAME_CASE_BY_TAIL.get(tail, "gen"), "m"
    if nom_low.endswith(("й", "ь")) and occ_low.startswith(nom_low[:-1]):
        tail = occ_low[len(nom_low) - 1:]
        return speech_ru.SOFT_SURNAME_CASE_BY_TAIL.get(tail, "gen"), "m"
    return "gen", None


# --------------------------------------------------------------------------- keys


@functools.lru_cache(maxsize=1 << 16)
def surname_key(word: str, lang: str) -> str:
    """Case-free key of a surname so all its forms meet (Назаровтың/Назаров, Шаккалиевой/-ва).

    Latin words are keyed as English wherever they appear. The key is only ever compared, never
    shown.
    """
    word = strip_possessive(word)
    if is_latin(word):
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
