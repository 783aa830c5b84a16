"""A light Kazakh suffix-stripping stemmer (no Kazakh stemmer on PyPI works offline).

Kazakh is agglutinative with a fixed suffix order: noun + plural + possessive + case, and
verb (+ -ла derivation) + participle/converb/verbal noun + noun endings, or + tense/person. The
stemmer peels suffixes from the end of the word and only accepts a sequence that respects that
order, the suffix's vowel harmony and its consonant assimilation (see `kk_suffixes`), because
those three checks are what separate a real suffix from a word that merely ends like one
(доллар is not дол + лар: after л the plural is -дар).

When a word can be read in more than one way the reading that ends on a known stem wins, then
the one that removes the most letters; ties go to the longest outermost suffix. One deliberate
departure from grammar: a case ending may follow another one. A word never has two, so the inner
one is really the end of the stem (команда, олимпиада look like stem + -да), but stripping it in
every form keeps the bare word and its case forms on the same stem. This is a
"search stemmer": the goal is that all forms of a word get the same string, not linguistic
analysis, so stems may be truncated (сарапшы stays, but экспорттау → экспорт) and the final
б/г/ғ is written п/к/қ (аумағы → аумақ, like the bare word).
"""

from dataclasses import dataclass
from typing import Final

from app.extract.lexicons import kk_suffixes as kk

MAX_TOKEN: Final = 60  # longer tokens are returned unchanged (bounded work on junk input)


@dataclass(frozen=True, slots=True)
class _Group:
    """A slot in the suffix order.

    `slot` is the suffix's distance from the stem (higher = further out); after stripping a
    suffix only suffixes with slot ≤ `inner_max` may be stripped next, which is how the order
    is enforced. `verbal` marks suffixes that only follow verbs: the -ла verbalizer is stripped
    only directly under one of them, so nouns ending in -ла/-ле keep it (бала, сала, мәселе).
    """

    name: str
    slot: int
    inner_max: int
    min_stem: int
    verbal: bool = False
    needs_verbal: bool = False
    needs_known: bool = False  # accepted only if the reading ends on a protected stem
    repeats: bool = False  # may directly follow (be inside) a suffix of the same group


@dataclass(frozen=True, slots=True)
class _Suffix:
    text: str
    harmony: str
    after: frozenset[str]
    group: _Group


# Stem minimums: 2 lets ел/елдер meet; verbal noun -у needs 3 so that елу (fifty) ≠ ел; the
# -ла verbalizer needs 4 so that қолдау, бастау, сақтау are not reduced to қол, бас, сақ.
_FINITE = _Group("finite", 6, 2, 2, verbal=True)
# Past -ды/-ді/-ты/-ті, apart from the other finite endings for the -ыл/-іл passive ambiguity
# (see `_allowed`).
_PAST = _Group("past", 6, 2, 2, verbal=True)
_CASE = _Group("case", 5, 4, 2, repeats=True)
_CASE_AFTER_I = _Group("case_after_i", 5, 4, 2, needs_known=True)
_POSS_CASE = _Group("possessive_case", 5, 3, 2)
_PLURAL_POSS_ACC = _Group("plural_possessive_acc", 5, 2, 2)
_PARTICIPLE_POSS_ACC = _Group("participle_possessive_acc", 5, 1, 2, verbal=True)
_POSSESSIVE = _Group("possessive", 4, 3, 2)
_POSSESSIVE_SY = _Group("possessive_sy", 4, 3, 3)  # басы is бас + ы, not ба + сы
_POSSESSIVE_SY_KNOWN = _Group("possessive_sy_known", 4, 3, 3, needs_known=True)
_POSS_CASE_SY_KNOWN = _Group("possessive_case_sy_known", 5, 3, 2, needs_known=True)
_PLURAL = _Group("plural", 3, 2, 2)
_PARTICIPLE = _Group("participle", 2, 1, 2, verbal=True)
_VERBAL_NOUN = _Group("verbal_noun", 2, 1, 3, verbal=True)
_CONVERB_P = _Group("converb_p", 2, 1, 3, verbal=True)  # топ is not то + п
_CONVERB_YP = _Group("converb_yp", 2, 1, 2, verbal=True)
_VERBALIZER = _Group("verbalizer", 1, 0, 4, needs_verbal=True)


def _after_i(allomorphs: tuple[kk.Allomorph, ...]) -> tuple[kk.Allomorph, ...]:
    return tuple((text, harmony, kk.SY_AFTER_PROTECTED)
                 for text, harmony, _ in allomorphs if text.startswith("с"))


def _build() -> dict[str, tuple[_Suffix, ...]]:
    table: dict[str, list[_Suffix]] = {}

    def add(allomorphs: tuple[kk.Allomorph, ...], group: _Group) -> None:
        for text, harmony, after in allomorphs:
            table.setdefault(text, []).append(_Suffix(text, harmony, after, group))

    add(tuple(a for a in kk.FINITE if a not in kk.PAST_3), _FINITE)
    add(kk.PAST_3, _PAST)
    add(kk.CASES, _CASE)
    add(kk.ACCUSATIVE_AFTER_I, _CASE_AFTER_I)
    add(kk.POSSESSIVE_3_CASE, _POSS_CASE)
    add(kk.PLURAL_POSSESSIVE_ACC, _PLURAL_POSS_ACC)
    add(kk.PARTICIPLE_POSSESSIVE_ACC, _PARTICIPLE_POSS_ACC)
    add(tuple(a for a in kk.POSSESSIVE_3 if len(a[0]) == 1) + kk.POSSESSIVE_1PL, _POSSESSIVE)
    add(tuple(a for a in kk.POSSESSIVE_3 if len(a[0]) == 2), _POSSESSIVE_SY)
    # -сы/-сі-based forms after ы/і: only for protected stems (тілшісі), see SY_AFTER_PROTECTED.
    add(_after_i(kk.POSSESSIVE_3), _POSSESSIVE_SY_KNOWN)
    add(_after_i(kk.POSSESSIVE_3_CASE), _POSS_CASE_SY_KNOWN)
    add(kk.PLURAL, _PLURAL)
    add(kk.PAST_PARTICIPLE + kk.HABITUAL_PARTICIPLE, _PARTICIPLE)
    add(kk.VERBAL_NOUN, _VERBAL_NOUN)
    add(tuple(a for a in kk.CONVERB_P if a[0] == "п"), _CONVERB_P)
    add(tuple(a for a in kk.CONVERB_P if a[0] != "п"), _CONVERB_YP)
    add(kk.VERBALIZER, _VERBALIZER)
    return {text: tuple(sfx) for text, sfx in table.items()}


_SUFFIXES: Final = _build()
_MAX_SUFFIX: Final = max(map(len, _SUFFIXES))

# (protected, letters stripped): readings are compared on this, larger is better.
_Score = tuple[int, int]


def _harmony(stem: str) -> str:
    """The harmony class of the stem's last back/front vowel ('' if it has none, e.g. министр).

    Loanwords follow their last vowel (экспорт → back, Ташкент → front), which is also what
    Kazakh spelling does with them.
    """
    for ch in reversed(stem):
        if ch in kk.BACK_VOWELS:
            return "b"
        if ch in kk.FRONT_VOWELS:
            return "f"
    return ""


def _stem_ok(stem: str, min_len: int) -> bool:
    """A stem must be pronounceable on its own: long enough, with a vowel, and a two-letter stem
    must end in a consonant (ел, су), otherwise баға would become ба + ға."""
    if len(stem) < min_len or not any(ch in kk.VOWELS for ch in stem):
        return False
    return len(stem) > 2 or (stem[-1] not in kk.OPEN_VOWELS and stem[-1] != "и")


def _fits(sfx: _Suffix, stem: str) -> bool:
    last = stem[-1]
    if last in "ьъ":  # a soft/hard sign (Израиль) hides the consonant and the harmony
        return True
    if last not in sfx.after:
        return False
    if sfx.harmony and not stem.endswith(kk.HARMONY_FREE_ENDINGS):
        h = _harmony(stem)
        if h and h != sfx.harmony:
            return False
    return True


def _protected(word: str) -> bool:
    if word in kk.KNOWN_STEMS or word.endswith(kk.PROTECTED_ENDINGS):
        return True
    return (word.endswith(kk.ADJECTIVAL_ENDINGS) and len(word) > 3
            and word[-3] in kk.CONSONANTS and word[-3] not in kk.NEUTRAL_VOWELS)


def _devoice(stem: str) -> str:
    last = stem[-1]
    return stem[:-1] + kk.DEVOICE[last] if last in kk.DEVOICE else stem


def _allowed(group: _Group, outer: _Group | None, stem: str) -> bool:
    """May a suffix of `group` sit directly inside the already stripped `outer` suffix?"""
    if outer is None:  # the word's last suffix: anything but the -ла verbalizer
        return not group.needs_verbal
    if group.slot > outer.inner_max and not (group.repeats and group is outer):
        return False
    if group.needs_verbal:
        if not outer.verbal:
            return False
        # X-ы-ла-ды / X-і-ле-ді is more often verb + passive -ыл/-іл + present -ады/-еді
        # (беріледі, жүргізіледі) than noun-in-ы + -ла + past (талқылады); choose the passive.
        if outer is _PAST and stem[-1] in "ыі":
            return False
    return True


def _best(word: str, outer: _Group | None) -> tuple[_Score, str]:
    """Best reading of `word`, whose suffixes outside `outer` are already stripped."""
    if _protected(word):
        return (1, 0), word
    best_score: _Score = (0, 0)
    best_stem = word
    for n in range(min(_MAX_SUFFIX, len(word) - 1), 0, -1):
        for sfx in _SUFFIXES.get(word[-n:], ()):
            group = sfx.group
            stem = word[:-n]
            if not _allowed(group, outer, stem):
                continue
            if not _stem_ok(stem, group.min_stem) or not _fits(sfx, stem):
                continue
            (known, stripped), result = _best(_devoice(stem), group)
            if group.needs_known and not known:
                continue
            score = (known, stripped + n)
            if score > best_score:
                best_score, best_stem = score, result
    return best_score, best_stem


def kk_stem(token: str) -> str:
    """Stem one normalised Kazakh token; never raises, returns junk input unchanged."""
    if len(token) > MAX_TOKEN or len(token) < 3:
        return token
    return _devoice(_best(token, None)[1])
