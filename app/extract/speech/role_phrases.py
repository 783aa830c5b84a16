"""The role phrase an article writes right before a name, per language.

"белді саясаттанушы Равшан Назаров", "министр туризма и спорта Ербол Мырзабосынов",
"Minister of Science and Higher Education Sayasat Nurbek": the phrase is what the person's
``roles`` show, and its classes are what a later role noun is resolved by.
"""

from __future__ import annotations

from typing import Final

from app.extract.lexicons import speech_en, speech_kk, speech_ru
from app.extract.speech.cases import kk_strip_case
from app.extract.speech.names import toponym
from app.extract.speech.roles import ROLE_RE, RU_ROLE_FORMS, role_hits
from app.extract.speech.text import WORD, fold, is_latin, strip_possessive

__all__ = ["attached_role"]

_RU_STOP: Final[frozenset[str]] = speech_ru.ROLE_PHRASE_STOPS
_EN_CONNECT: Final[frozenset[str]] = speech_en.ROLE_CONNECTORS
_EN_LOWER_ROLEWORDS: Final[frozenset[str]] = speech_en.LOWER_CASE_ROLE_WORDS
_KK_LINKS: Final[frozenset[str]] = speech_kk.ROLE_LINKS
_KK_CAP_COMPLEMENT_OK: Final[frozenset[str]] = speech_kk.CAPITALISED_COMPLEMENTS


#: How many of the last tokens before a name each walk back below can look at (kk: the role
#: noun and four words before it; ru: ten words and the one that stops the walk; en: fourteen
#: and one more).
_KK_WORDS, _RU_WORDS, _EN_WORDS = 5, 11, 15


def _words_before(text: str, pos: int, need: int, limit: int = 140) -> list[tuple[int, str]]:
    """(offset, word) tokens of the stretch before ``pos``: a role phrase is never longer.

    Only the last ``need`` tokens are ever read, so a short stretch is tokenised first, from just
    after a space: no token contains a space, so from there on the tokens are exactly those of the
    whole stretch. When it holds too few of them, the whole stretch is tokenised.
    """
    lo = max(0, pos - limit)
    near = pos - 8 * need
    if near > lo:
        cut = text.rfind(" ", lo, near)
        if cut >= 0:
            words = [(m.start(), m.group()) for m in WORD.finditer(text, cut + 1, pos)]
            if len(words) >= need:
                return words
    return [(m.start(), m.group()) for m in WORD.finditer(text, lo, pos)]


def attached_role(text: str, low: str, start: int, lang: str) -> tuple[str | None, int]:
    """The role phrase written right before a name at ``start``, and where it begins.

    kk: "[Capitalised complements] <role noun>(-і/-сы) Name" ("Мәдениет және ақпарат министрі");
    ru: "<role noun> <genitive complements> [Country] Name" ("министр туризма и спорта");
    en: "[Modifiers] <Role> [of ...] [of Country] Name" ("Minister of Science and Higher
    Education"). Leading demonyms and trailing countries are dropped, as the gold does.
    """
    if lang == "kk" and not is_latin(text[start:start + 1] or "a"):
        words = _words_before(text, start, _KK_WORDS)
        return _kk_attached_role(low, words, start) if words else (None, start)
    words = _words_before(text, start, _RU_WORDS if lang == "ru" else _EN_WORDS)
    if not words:
        return None, start
    if lang == "ru":
        return _ru_attached_role(low, words, start)
    return _en_attached_role(low, words, start)


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
            if toponym(lw, "kk") or kk_strip_case(wj)[1] != "nom" or (
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
        if wj[0].isupper() and not (wj.isupper() or toponym(lw, "ru") or lw in RU_ROLE_FORMS):
            break
        window.append((pj, wj))
        j -= 1
    window.reverse()
    first = next((k for k, (_, w) in enumerate(window) if fold(w) in RU_ROLE_FORMS), -1)
    if first < 0:
        return None, start
    kept = window[first:]
    while kept and (toponym(fold(kept[-1][1]), "ru") or kept[-1][1] in ("–", "-", "—")):
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
        out.append(RU_ROLE_FORMS.get(lw, lw) if part_start else lw)
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
        lw = fold(strip_possessive(wj))
        if len(window) >= 14:
            break
        if wj[0].isupper():
            if not (lw in speech_en.NON_NAME_WORDS or toponym(lw, "en") or ROLE_RE["en"].fullmatch(lw)):
                break
        elif not (lw in _EN_CONNECT or lw in _EN_LOWER_ROLEWORDS):
            break
        window.append((pj, wj))
    window.reverse()
    lows = [fold(strip_possessive(w)) for _, w in window]
    role_idx = [k for k, lw in enumerate(lows) if ROLE_RE["en"].fullmatch(lw) or lw == "prime"]
    if not role_idx:
        return None, start
    first = role_idx[0]
    while first > 0:
        lw = lows[first - 1]
        if (lw in (",", "the", "to", "for") or toponym(lw, "en") or lw in speech_en.DEMONYMS
                or lw in speech_en.FUNCTION_WORDS and lw not in ("and", "of")):
            break
        first -= 1
    # "The minister's press secretary X": the role starts after the possessor.
    for k in range(len(window) - 1, first - 1, -1):
        if window[k][1].endswith(("'s", "’s")) and k + 1 < len(window):
            first = k + 1
            break
    kept = list(zip(window[first:], lows[first:]))
    while kept and (toponym(kept[-1][1], "en") or kept[-1][1] in ("of", "and", ",", "the", "'s", "’s")):
        kept.pop()
    while kept and kept[0][1] in ("and", "of", ",", "the"):
        kept.pop(0)
    if not kept:
        return None, start
    return " ".join(lw for _, lw in kept).replace(" ,", ","), kept[0][0][0]
