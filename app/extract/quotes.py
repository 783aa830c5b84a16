"""Who said what: direct and reported speech with its speaker, for kk, ru and en articles.

Pure functions from a :class:`ParsedArticle` to frozen dataclasses; no database, no I/O.

How it works, and why this way (see shared/notes/extraction.md: nothing offline does Kazakh
quote attribution, and Kazinform's house style is regular enough for rules):

1. **Names first.** :mod:`app.extract.speakers` spots every capitalised name in the article,
   with the role written before it, and groups the forms into persons. Attribution then only
   has to find *which mention* a quote points at.
2. **Direct quotes** are dash paragraphs and «…»/“…”/"…" spans. The closing attribution cue is
   found FIRST (", – деп <verb>", ", – сказал", "” X said") and the paragraph is sliced at it,
   so no regex ever scans a long quote lazily (no catastrophic backtracking). A quote with no
   attribution of its own counts only as the continuation of the previous paragraph's quote or
   of a "X said:" introduction.
3. **Reported speech** is found per sentence, outside the direct quotes (they are masked), from
   frames (Назаровтың пікірінше, X атап өткендей, по словам X, как отметил X, According to X),
   from verb-of-saying clauses (X ... -ғанын атап өтті, X отметил, что, X said (that)), from the
   inverted lead (..., X said at ...), and from the lead formula that points back at the
   preceding sentences (Мұндай пікірді ... X білдірді, Об этом ... сообщил X).
4. **Attribution** is resolved in text order: a name to its person; a role noun to the person
   the article introduced with a role of the same class (сарапшы → the саясаттанушы; Глава
   государства → the Президент), else to the most recent speaker; a pronoun or a zero subject
   (Kazakh "– деді.") to the most recent speaker. Institutions, bylines and unresolvable
   reported speech are dropped: precision first.

All cue matching is on a lower-cased copy made once per paragraph (never re.IGNORECASE over
Cyrillic alternations, which is slow); name matching stays case-sensitive because capitals are
the signal.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Final

from app.extract.lexicons import speech_en, speech_kk, speech_ru
from app.extract.parse import ParsedArticle
from app.extract.speakers import (
    LEXICONS,
    Mention,
    NameOcc,
    Person,
    Registry,
    build_registry,
    fold,
    kk_strip_case,
    lower_same_length,
    paragraph_mentions,
    surname_key,
)

__all__ = ["ExtractedQuote", "ExtractedSpeaker", "SpeechExtraction", "extract_speech"]


@dataclass(frozen=True, slots=True)
class ExtractedSpeaker:
    """A quoted person."""

    name: str  # full nominative name at its fullest ("Равшан Назаров")
    roles: tuple[str, ...]  # lower case, nominative, most specific first; () if none
    forms: tuple[str, ...]  # every surface form of the name seen in the article


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    """One quoted passage."""

    speaker: str | None  # ExtractedSpeaker.name, or None if it cannot be attributed
    kind: str  # "direct" | "indirect"
    text: str  # direct: the quoted words; indirect: the reported content
    paragraph: int  # index into article.paragraphs


@dataclass(frozen=True, slots=True)
class SpeechExtraction:
    """Everything said in one article."""

    speakers: tuple[ExtractedSpeaker, ...]  # people who are quoted, in order of first quote
    quotes: tuple[ExtractedQuote, ...]  # in text order


# --------------------------------------------------------------------------- regexes

_DASHES: Final[str] = "-–—"


def _alt(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _words_re(words: list[str] | tuple[str, ...] | frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alt(words)})(?![\w-])")


def _ru_verb_forms(verbs: tuple[str, ...]) -> list[str]:
    """Masculine past → + feminine and plural (отметил → отметила, отметили)."""
    out: set[str] = set()
    for verb in verbs:
        head, sep, rest = verb.partition(" ")
        if head.endswith("лся"):
            forms = [head, head[:-2] + "ась", head[:-2] + "ись"]
        elif head.endswith("л"):
            forms = [head, head + "а", head + "и"]
        elif head in ("уверен", "убежден"):
            forms = [head, head + "а", head + "ы"]
        else:
            forms = [head]
        out.update(f + sep + rest for f in forms)
    return sorted(out)


_RU_SAYING: Final[list[str]] = _ru_verb_forms(speech_ru.SAYING_VERBS)
_RU_REPORT: Final[list[str]] = _ru_verb_forms(speech_ru.REPORT_VERBS)
_RU_LEAD: Final[list[str]] = _ru_verb_forms(speech_ru.LEAD_VERBS)

#: Verbs that may open a direct quote's attribution, per language.
_ATTR_VERB: Final[dict[str, re.Pattern[str]]] = {
    "kk": re.compile(rf"(?:{_alt(speech_kk.DIRECT_CUE_WORDS)})(?![\w-])"),
    "ru": re.compile(rf"(?:{_alt(_RU_SAYING)})(?![\w-])"),
    "en": re.compile(rf"(?:{_alt(speech_en.SAYING_VERBS)})(?![\w-])"),
}
_KK_NAMING_AFTER_DEP: Final[re.Pattern[str]] = re.compile(
    rf"\s+(?:{_alt(speech_kk.NAMING_AFTER_DEP)})(?![\w-])"
)
#: ", – " / ". – " / " – " before an attribution cue inside a dash paragraph or a quote.
_DASH_SPLIT: Final[re.Pattern[str]] = re.compile(r"(?:[,.!?…]\s*|\s)[-–—]\s*")
_AFTER_CLOSE: Final[re.Pattern[str]] = re.compile(r"\s*(?:[,.!?…]\s*)?(?:[-–—]\s*)?")
_SENT_END: Final[re.Pattern[str]] = re.compile(r"[.!?…]+[»\"”’)]*(?=\s)")
_LAST_TOKEN: Final[re.Pattern[str]] = re.compile(r"([\w.-]+)$")
_QUOTE_CHARS: Final[re.Pattern[str]] = re.compile(r"[«»“”„\"]")
_WORDS: Final[re.Pattern[str]] = re.compile(r"[\w'’-]+")

_KK_GEN_FRAME: Final = _words_re(speech_kk.GENITIVE_FRAMES)
_KK_PART_FRAME: Final = _words_re(speech_kk.PARTICIPLE_FRAMES)
_KK_REPORT: Final = _words_re(speech_kk.REPORT_VERBS)
_KK_LEAD_OPEN: Final = re.compile(rf"(?:{_alt(speech_kk.LEAD_OPENERS)})(?![\w-])")
_KK_LEAD_VERB: Final = _words_re(speech_kk.LEAD_VERBS)
_KK_COMPLEMENT: Final[tuple[str, ...]] = speech_kk.COMPLEMENT_ENDINGS

_RU_PREP_FRAME: Final = re.compile(
    r"(?<![\w-])(?:по|со)(?:\s+(?P<pron>его|ее|их))?\s+"
    rf"(?:{_alt([f.split(' ', 1)[1] for f in speech_ru.PREP_FRAMES])})(?![\w-])"
)
_RU_AS_FRAME: Final = re.compile(
    rf"(?<![\w-]){speech_ru.AS_FRAME_WORD}\s+(?:{_alt([v for v in _RU_REPORT if ' ' not in v])})(?![\w-])"
)
_RU_REPORT_RE: Final = _words_re(_RU_REPORT)
_RU_THAT_AFTER: Final = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,\s*что(?![\w-])\s*")
_RU_LEAD_OPEN: Final = re.compile(rf"(?:{_alt(speech_ru.LEAD_OPENERS)})(?![\w-])")
_RU_LEAD_VERB: Final = _words_re(_RU_LEAD)
_RU_INVERTED: Final = re.compile(rf",\s*(?:{_alt(_RU_SAYING)})(?![\w-])")
_RU_CONTINUE: Final = re.compile(
    rf",\s*(?:{_alt(speech_ru.CONTINUATION_PARTICIPLES)})\s*,?\s*что(?![\w-])\s*"
)

_EN_FRAME: Final = _words_re(speech_en.FRAMES)
_EN_VERB: Final = _words_re(speech_en.SAYING_VERBS)
_EN_THAT: Final = re.compile(r"(?<![\w-])that(?![\w-])\s*")
_EN_CONTINUE: Final = re.compile(
    rf",\s*(?:{_alt(speech_en.CONTINUATION_PARTICIPLES)})\s+that(?![\w-])\s*"
)
_CONTINUE_RE: Final[dict[str, re.Pattern[str]]] = {
    "kk": re.compile(r"(?!x)x"),  # Kazakh continues with a new "деп" sentence instead
    "ru": _RU_CONTINUE,
    "en": _EN_CONTINUE,
}
_ABBREVIATIONS: Final[dict[str, frozenset[str]]] = {
    lang: lex.ABBREVIATIONS for lang, lex in LEXICONS.items()
}


# --------------------------------------------------------------------------- working state

@dataclass(slots=True)
class _Par:
    """One paragraph being analysed; offsets into ``text`` and ``low`` agree."""

    index: int
    text: str
    low: str
    names: list[NameOcc]
    lang: str
    byline: bool = False
    masks: list[tuple[int, int]] = field(default_factory=list)  # direct speech: never read
    soft: list[tuple[int, int]] = field(default_factory=list)  # «titles»: no cue inside
    quote_para: bool = False  # starts with a dash or a quote mark
    _mentions: list[Mention] | None = None
    _starts: list[int] = field(default_factory=list)

    @property
    def mentions(self) -> list[Mention]:
        if self._mentions is None:
            self._mentions = paragraph_mentions(self.text, self.low, self.lang, self.names)
            self._starts = [m.start for m in self._mentions]
        return self._mentions

    def in_range(self, a: int, b: int) -> list[Mention]:
        """Mentions inside [a, b), by bisection: hostile paragraphs may hold thousands."""
        ms = self.mentions
        out: list[Mention] = []
        for i in range(bisect.bisect_left(self._starts, a), len(ms)):
            m = ms[i]
            if m.start >= b:
                break
            if m.end <= b and not self.in_soft(m.start):
                out.append(m)
        return out

    def in_soft(self, pos: int) -> bool:
        """Inside a «…» span that is no speech (a programme or company name)?

        Soft spans are added left to right and never overlap, so bisection finds the one that
        could contain ``pos``.
        """
        i = bisect.bisect_left(self.soft, (pos, -1)) - 1
        return i >= 0 and self.soft[i][0] < pos < self.soft[i][1]

    def finditer(self, pattern: re.Pattern[str], a: int, b: int) -> list[re.Match[str]]:
        """Cue matches in low[a:b] that do not start inside a «title»."""
        return [m for m in pattern.finditer(self.low, a, b) if not self.in_soft(m.start())]

    def search(self, pattern: re.Pattern[str], a: int, b: int) -> re.Match[str] | None:
        for m in pattern.finditer(self.low, a, b):
            if not self.in_soft(m.start()):
                return m
        return None


@dataclass(slots=True)
class _Cand:
    """A quote before attribution is resolved."""

    par: int
    start: int
    end: int
    kind: str  # "direct" | "indirect"
    mention: Mention | None = None
    mention_par: int = -1  # paragraph the mention is in (colon intros sit in the previous one)
    slot: str = "nom"  # the case the attribution slot demands of a name
    zero: bool = False  # no subject written: the most recent speaker
    link: _Cand | None = None  # continuation of this quote: same speaker
    pending_continuation: bool = False  # whole-paragraph quote waiting for the previous one
    speaker: Person | None = None
    resolved: bool = False
    dropped: bool = False


def _skip(text: str, pos: int, end: int, chars: str = " ,:;") -> int:
    while pos < end and text[pos] in chars:
        pos += 1
    return pos


def _trim_direct(text: str) -> str:
    """The quoted words only: no leading/trailing dashes, quote marks, commas or spaces."""
    return text.strip(" ,;:–—-«»“”„\"'’").strip()


_NARRATOR_OPENERS: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(rf"(?:{_alt(lex.NARRATOR_ADVERBS)})(?![\w-])[\s,]*")
    for lang, lex in LEXICONS.items()
}


def _trim_indirect(text: str) -> str:
    """Reported content without the punctuation that joined it to its frame."""
    return text.strip(" ,;:–—-«»“”„\"").strip()


def _skip_narrator(par: _Par, a: int, b: int) -> int:
    """Skip the writer's own linking adverbs ("сондай-ақ", "также", "also") before content:
    they are not the speaker's words, so a "begins" never starts with them."""
    a = _skip(par.text, a, b, " ,:;–—-")
    m = _NARRATOR_OPENERS[par.lang].match(par.low, a, b)
    return m.end() if m is not None and m.end() < b else a


def _nword(s: str) -> int:
    return len(_WORDS.findall(s))


# --------------------------------------------------------------------------- sentences

def _sentence_spans(text: str, lo: int, hi: int, lang: str) -> list[tuple[int, int]]:
    """Sentences of ``text[lo:hi]``: split after . ! ? … before a capital, digit, dash or quote.

    A full stop after an abbreviation (млрд., долл., т.б.) or an initial (А.) does not end a
    sentence, which is what keeps "4,4 млрд долл. США" in one piece.
    """
    spans: list[tuple[int, int]] = []
    start = _skip(text, lo, hi, " ")
    abbrev = _ABBREVIATIONS[lang]
    for m in _SENT_END.finditer(text, lo, hi):
        end = m.end()
        nxt = _skip(text, end, hi, " ")
        if nxt >= hi:
            break
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in "«\"“„(" or ch in _DASHES):
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1:
            tok = _LAST_TOKEN.search(text, max(start, m.start() - 20), m.start())
            if tok is not None:
                word = tok.group(1)
                if fold(word) in abbrev or (len(word) == 1 and word.isupper()):
                    continue
        if end > start:
            spans.append((start, end))
        start = nxt
    if start < hi and text[start:hi].strip():
        spans.append((start, hi))
    return spans


#: Longest stretch looked at around one quote (attribution tail, colon intro). A real sentence
#: is far shorter; the cap keeps a hostile paragraph with thousands of quotes linear.
_WINDOW: Final[int] = 600


def _sentence_end(text: str, pos: int, hi: int, lang: str) -> int:
    """End of the sentence that starts at ``pos`` (looked for within _WINDOW characters)."""
    cap = min(hi, pos + _WINDOW)
    spans = _sentence_spans(text, pos, cap, lang)
    return spans[0][1] if spans else cap


def _sentence_start(text: str, pos: int, lang: str) -> int:
    """Start of the sentence that ends at ``pos`` (looked for within _WINDOW characters)."""
    lo = max(0, pos - _WINDOW)
    spans = _sentence_spans(text, lo, pos, lang)
    return spans[-1][0] if spans else lo


def _unmasked_segments(par: _Par) -> list[tuple[int, int]]:
    """The stretches of a paragraph outside direct quotes, where reported speech is looked for;
    a direct quote also ends a sentence, so no content runs across one."""
    segs: list[tuple[int, int]] = []
    pos = 0
    for a, b in sorted(par.masks):
        if a > pos:
            segs.append((pos, a))
        pos = max(pos, b)
    if pos < len(par.text):
        segs.append((pos, len(par.text)))
    return [(a, b) for a, b in segs if par.text[a:b].strip(" ,.;:–—-")]


# --------------------------------------------------------------------------- mention picking

def _is_person(m: Mention) -> bool:
    return m.kind in ("name", "role", "pronoun")


def _nominative(m: Mention) -> bool:
    """Could this mention be a subject? Russian names carry no case of their own ("?")."""
    if m.kind in ("pronoun", "role"):
        return m.case == "nom"
    return m.case in ("nom", "?")


def _pick_forward(par: _Par, a: int, b: int) -> Mention | None:
    """The speaker named after a cue ("– деп тоқталды Равшан Назаров", "по словам министра").

    A name beats a role beats a pronoun within the clause; an institution with no person in
    the clause is returned so that the caller drops the quote.
    """
    ms = par.in_range(a, b)
    for kind in ("name", "role", "pronoun", "org"):
        for m in ms:
            if m.kind == kind:
                return m
    return None


def _pick_backward(par: _Par, a: int, b: int) -> Mention | None:
    """The person mentioned nearest before a cue ("Равшан Назаров атап өткендей").

    An institution word nearer the cue ("... министр X Мәжіліс отырысында мәлім етті") is only
    the answer when no person is mentioned at all, in which case the caller drops the quote.
    """
    ms = par.in_range(a, b)
    for m in reversed(ms):
        if _is_person(m):
            return m
    return ms[-1] if ms else None


def _adjacent_before(par: _Par, pos: int, lo: int) -> Mention | None:
    """The mention that ends right before ``pos`` (only spaces between)."""
    for m in reversed(par.in_range(lo, pos)):
        if par.low[m.end:pos].strip() == "":
            return m
        return None
    return None


# --------------------------------------------------------------------------- direct quotes

def _attr_start(lang: str, low: str, pos: int, hi: int) -> int | None:
    """End of the attribution cue word(s) if ``low[pos:]`` opens an attribution, else None."""
    m = _ATTR_VERB[lang].match(low, pos, hi)
    if m is None:
        return None
    if lang == "kk" and m.group() == "деп" and _KK_NAMING_AFTER_DEP.match(low, m.end(), hi):
        return None  # «X» деп аталады: naming, not speech
    return m.end()


def _tail_end(par: _Par, cue: int, hi: int) -> int:
    """Where an attribution clause ends: the sentence end, or a ", adding that" continuation."""
    end = _sentence_end(par.text, cue, hi, par.lang)
    cont = _CONTINUE_RE[par.lang].search(par.low, cue, end)
    return cont.start() if cont is not None else end


def _split_attributed(par: _Par, lo: int, hi: int) -> list[tuple[int, int, tuple[int, int, int] | None]]:
    """Slice quoted text at its attribution cues: [(q_start, q_end, (cue, cue_end, tail_end))].

    The cue is looked for first and the quote is sliced at it, so long paragraphs are never
    backtracked over. After an attribution, a new dash continues the quote ("– A, – деді X.
    – B"); the last part may have no attribution of its own (None).
    """
    parts: list[tuple[int, int, tuple[int, int, int] | None]] = []
    q_start = _skip(par.text, lo, hi, " ")
    pos = q_start
    while pos < hi:
        found: tuple[re.Match[str], int] | None = None
        for m in _DASH_SPLIT.finditer(par.low, pos, hi):
            cue_end = _attr_start(par.lang, par.low, m.end(), hi)
            if cue_end is not None:
                found = (m, cue_end)
                break
        if found is None:
            break
        m, cue_end = found
        punct = par.text[m.start()]
        q_end = m.start() + (1 if punct in "!?…" else 0)
        tail = _tail_end(par, m.end(), hi)
        parts.append((q_start, q_end, (m.end(), cue_end, tail)))
        nxt = _skip(par.text, tail, hi, " ")
        if nxt < hi and par.text[nxt] in _DASHES:
            q_start = _skip(par.text, nxt + 1, hi, " ")
            pos = q_start
            continue
        return parts
    if q_start < hi and par.text[q_start:hi].strip():
        parts.append((q_start, hi, None))
    return parts


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quotation spans (open index, close index); nested «…«…»…» stay inside.

    “ closes a „-quote (Russian style) and opens one otherwise; an unclosed quote runs to the
    end of the paragraph (multi-paragraph quotations).
    """
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    open_pos = -1
    for m in _QUOTE_CHARS.finditer(text):
        ch = m.group()
        pos = m.start()
        if ch == "«" or ch == "„" or (ch == "“" and not (stack and stack[-1] == "“")) or (
            ch == '"' and not (stack and stack[-1] == '"')
        ):
            if ch == '"' and pos > 0 and text[pos - 1].isalnum():
                continue  # 12" or word"
            if not stack:
                open_pos = pos
            stack.append({"«": "»", "„": "“", "“": "”", '"': '"'}[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                spans.append((open_pos, pos))
    if stack:
        spans.append((open_pos, len(text)))
    return spans


def _en_after_attribution(par: _Par, pos: int, hi: int) -> tuple[int, int] | None:
    """'” Nurtleu told journalists…' / '” the minister said.' / '” said X.': (verb end, tail end)."""
    end = _sentence_end(par.text, pos, min(hi, pos + 160), par.lang)  # verb follows a name at most
    v = _EN_VERB.search(par.low, pos, end)
    if v is None:
        return None
    between = par.low[pos: v.start()].strip(" ,")
    if between and ("," in between or _nword(between) > 3):
        # Only a speaker may stand between the quote and the verb, however long its title
        # ("” Minister of Science and Higher Education Sayasat Nurbek said").
        m = _adjacent_before(par, v.start(), pos)
        if m is None or not _is_person(m) or _nword(par.low[pos: m.start]) > 1:
            return None
    return v.end(), _tail_end(par, pos, hi)


def _direct_candidates(par: _Par, cands: list[_Cand]) -> None:
    """Find the direct quotes of one paragraph and mask them (with their attributions)."""
    text, low, lang = par.text, par.low, par.lang
    n = len(text)
    region_end = 0
    if text[0] in _DASHES and n > 1:
        par.quote_para = True
        parts = _split_attributed(par, 1, n)
        prev: _Cand | None = None
        for q_start, q_end, attr in parts:
            cand = _Cand(par.index, q_start, q_end, "direct")
            if attr is not None:
                cue, cue_end, tail = attr
                cand.mention = _pick_forward(par, cue_end, tail)
                cand.mention_par = par.index
                cand.zero = cand.mention is None
                region_end = tail
            elif prev is not None:
                cand.link = prev
                region_end = n
            else:
                cand.pending_continuation = True
                region_end = n
            cands.append(cand)
            prev = cand
        par.masks.append((0, region_end))
        if region_end >= n:
            return
    _quote_mark_candidates(par, cands, region_end)


def _quote_mark_candidates(par: _Par, cands: list[_Cand], lo: int) -> None:
    """«…» / “…” / "…" spans from ``lo`` on that are speech: attributed after the closing mark,
    inside the span, by a colon intro, as the second part of an attributed quote, or as a
    whole-paragraph continuation. Other spans (names, titles) only become no-cue zones."""
    text, low, lang = par.text, par.low, par.lang
    n = len(text)
    last_attributed: _Cand | None = None
    last_tail = -1
    for o, c in _quote_spans(text):
        if o < lo:
            continue
        inner_a, inner_b = o + 1, c
        inner = text[inner_a:inner_b]
        if not inner.strip():
            continue
        if o <= _skip(text, 0, n, " –—-"):
            par.quote_para = True
        # 1. Attribution inside the span: «A, – деді X. – B».
        parts = _split_attributed(par, inner_a, inner_b) if _nword(inner) > 3 else []
        if len(parts) > 1 or (parts and parts[0][2] is not None):
            prev: _Cand | None = None
            for q_start, q_end, attr in parts:
                cand = _Cand(par.index, q_start, q_end, "direct")
                if attr is not None:
                    cue, cue_end, tail = attr
                    cand.mention = _pick_forward(par, cue_end, tail)
                    cand.mention_par = par.index
                    cand.zero = cand.mention is None
                else:
                    cand.link = prev
                cands.append(cand)
                prev = cand
            par.masks.append((o, min(n, c + 1)))
            last_attributed, last_tail = prev, c + 1
            continue
        # 2. Attribution after the closing mark.
        after = _AFTER_CLOSE.match(low, min(n, c + 1)).end() if c + 1 <= n else n
        cand = _Cand(par.index, inner_a, inner_b, "direct")
        attributed = False
        if c < n:
            cue_end = _attr_start(lang, low, after, n)
            if cue_end is not None:
                tail = _tail_end(par, after, n)
                cand.mention = _pick_forward(par, cue_end, tail)
                attributed = True
            elif lang == "en":
                hit = _en_after_attribution(par, c + 1, n)
                if hit is not None:
                    tail = hit[1]
                    cand.mention = _pick_forward(par, c + 1, tail)
                    attributed = True
        if attributed:
            if cand.mention is None and o > 0 and text[:o].rstrip()[-1:] not in (".", "!", "?", "…", ""):
                # "Президент өз сөзінде «…» деп атап өтті": the subject precedes the quote.
                s0 = _sentence_start(text, o, lang)
                before_m = _pick_backward(par, s0, o) if s0 < o else None
                if before_m is not None and _is_person(before_m):
                    cand.mention = before_m
            cand.zero = cand.mention is None
            cand.mention_par = par.index
            cands.append(cand)
            par.masks.append((o, tail))
            last_attributed, last_tail = cand, tail
            continue
        # 3. Introduced by a colon: "Министр былай деді: «…»", "He said: “…”".
        j = o - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j >= 0 and text[j] == ":":
            colon = j
            mention = _pick_backward(par, _sentence_start(text, colon, lang), colon)
            if mention is not None and _is_person(mention):
                cand.mention = mention
                cand.mention_par = par.index
                cands.append(cand)
                par.masks.append((o, min(n, c + 1)))
                last_attributed, last_tail = cand, c + 1
                continue
        # 4. A second part after an attributed one: '“A,” he said. “B.”'.
        if last_attributed is not None and not text[last_tail:o].strip(" .,"):
            cand.link = last_attributed
            cands.append(cand)
            par.masks.append((o, min(n, c + 1)))
            last_attributed, last_tail = cand, c + 1
            continue
        # 5. The whole paragraph is a quotation: continues the previous paragraph's speaker.
        lead = _skip(text, 0, n, " –—-")
        if o <= lead and not text[min(n, c + 1):].strip(" .,"):
            cand.pending_continuation = True
            cands.append(cand)
            par.masks.append((o, n))
            continue
        # Not speech (a title, a name in «»): no cue inside it is read, but the sentence
        # around it stays whole.
        par.soft.append((o, min(n, c + 1)))


# --------------------------------------------------------------------------- reported speech

def _lead_content(pars: list[_Par], par: _Par, seg_start: int, s: int, cands: list[_Cand]) -> tuple[int, int, int] | None:
    """Content a lead formula points back at: the paragraph's preceding sentences, or (if it
    opens its paragraph) the whole previous paragraph when that one is plain narration."""
    if s > seg_start and par.text[seg_start:s].strip():
        a, b = seg_start, s
        if any(c.par == par.index and c.start < b and c.end > a for c in cands):
            return None
        return par.index, a, b
    if par.index == 0:
        return None
    prev = pars[par.index - 1]
    if prev.byline or prev.masks or any(c.par == prev.index for c in cands):
        return None
    return prev.index, 0, len(prev.text)


def _kk_indirect(pars: list[_Par], par: _Par, cands: list[_Cand]) -> None:
    for seg_a, seg_b in _unmasked_segments(par):
        for s, e in _sentence_spans(par.text, seg_a, seg_b, "kk"):
            _kk_sentence(pars, par, seg_a, s, e, cands)


def _add(cands: list[_Cand], par: _Par, a: int, b: int, mention: Mention | None, slot: str,
         zero: bool = False, content_par: int | None = None) -> bool:
    """Record reported speech [a, b) of ``content_par`` (default: this paragraph), said by
    ``mention`` (or by the most recent speaker if ``zero``); False if it cannot be kept."""
    if mention is None and not zero:
        return False
    if mention is not None and not _is_person(mention):
        return False
    if content_par is None:
        a = _skip_narrator(par, a, b)
        if not _trim_indirect(par.text[a:b]):
            return False
    cand = _Cand(par.index if content_par is None else content_par, a, b, "indirect",
                 mention=mention, mention_par=par.index, slot=slot, zero=zero and mention is None)
    cands.append(cand)
    return True


def _kk_sentence(pars: list[_Par], par: _Par, seg_a: int, s: int, e: int, cands: list[_Cand]) -> bool:
    """Reported speech in one Kazakh sentence (frames K1, K2, lead K4, clause K3, in that
    order: a frame is the surest cue); True once the sentence is claimed."""
    low = par.low
    # K1: "Назаровтың пікірінше, ..." / "Оның сөзінше, ..."
    for m in par.finditer(_KK_GEN_FRAME, s, e):
        mention = _adjacent_before(par, m.start(), s)
        if mention is None or mention.case != "gen":
            continue
        return _add(cands, par, m.end(), e, mention, "gen")
    # K2: "Равшан Назаров атап өткендей, ..."
    for m in par.finditer(_KK_PART_FRAME, s, e):
        mention = _pick_backward(par, s, m.start())
        if mention is None or not _nominative(mention):
            continue
        return _add(cands, par, m.end(), e, mention, "nom")
    # K4: "Мұндай пікірді ... Равшан Назаров білдірді."
    opener = _KK_LEAD_OPEN.match(low, s, e)
    if opener is not None:
        verbs = list(par.finditer(_KK_LEAD_VERB, opener.end(), e))
        if verbs and _nword(low[verbs[-1].end(): e]) <= 6:
            v = verbs[-1]
            mention = _pick_backward(par, opener.end(), v.start()) or _pick_forward(par, v.end(), e)
            if mention is not None and _is_person(mention) and _nominative(mention):
                content = _lead_content(pars, par, seg_a, s, cands)
                if content is not None:
                    cpar, a, b = content
                    if cpar == par.index:
                        return _add(cands, par, a, b, mention, "nom")
                    return _add(cands, par, a, b, mention, "nom", content_par=cpar)
            return False
    # K3: "Ермек Көшербаев ... шыққанын атап өтті."
    verbs = list(par.finditer(_KK_REPORT, s, e))
    if not verbs:
        return False
    v = verbs[-1]
    rest = low[v.end(): e]
    if "," in rest or _nword(rest) > 8:
        return False
    before = list(_WORDS.finditer(low, s, v.start()))[-3:]
    comp = next((w for w in reversed(before)
                 if w.group() == "деп" or w.group().endswith(_KK_COMPLEMENT)), None)
    if comp is None:
        return False
    subject: Mention | None = None
    for m in par.in_range(s, comp.start()):
        if m.kind == "org" and m.case == "nom":
            return False
        if _is_person(m) and _nominative(m) and not (m.kind == "pronoun" and m.case != "nom"):
            subject = m
            break
    if subject is not None:
        a = subject.end
        b = comp.start() if comp.group() == "деп" else comp.end()
        return _add(cands, par, a, b, subject, "nom")
    after = _pick_forward(par, comp.end(), e)
    if after is not None and _is_person(after) and _nominative(after):
        return _add(cands, par, s, comp.end(), after, "nom")
    return False


def _ru_indirect(pars: list[_Par], par: _Par, cands: list[_Cand]) -> None:
    for seg_a, seg_b in _unmasked_segments(par):
        for s, e in _sentence_spans(par.text, seg_a, seg_b, "ru"):
            _ru_sentence(pars, par, seg_a, seg_b, s, e, cands)


def _clause_end(low: str, pos: int, e: int) -> int:
    comma = low.find(",", pos, e)
    return e if comma < 0 else comma


def _source_frame(par: _Par, s: int, e: int, m_start: int, m_end: int, mention: Mention | None,
                  slot: str, cands: list[_Cand]) -> bool:
    """Content for "По словам X, ..." / "..., according to X." given the frame's place."""
    if mention is None or not _is_person(mention):
        return False
    src_end = _clause_end(par.low, max(m_end, mention.end), e)
    before = par.text[s:m_start].strip(" ,")
    after_a = src_end + 1 if src_end < e else e
    if _nword(before) >= 3 and not par.text[after_a:e].strip(" .,"):
        return _add(cands, par, s, s + len(par.text[s:m_start].rstrip(" ,")), mention, slot)
    return _add(cands, par, after_a, e, mention, slot)


def _ru_sentence(pars: list[_Par], par: _Par, seg_a: int, seg_b: int, s: int, e: int,
                 cands: list[_Cand]) -> bool:
    """Reported speech in one Russian sentence; True once the sentence is claimed."""
    low = par.low
    # R1: "По словам министра, ..." / "По его мнению, ..."
    m = par.search(_RU_PREP_FRAME, s, e)
    if m is not None:
        pron = m.group("pron")
        if pron == "их":
            return False
        if pron:
            mention: Mention | None = Mention(
                "pronoun", m.start("pron"), m.end("pron"), "gen",
                gender=speech_ru.PRONOUNS_GEN.get(pron))
        else:
            mention = _pick_forward(par, m.end(), _clause_end(low, m.end(), e))
        if mention is not None:
            return _source_frame(par, s, e, m.start(), m.end(), mention, "gen", cands)
    # "Как отметил министр, ..."
    m = par.search(_RU_AS_FRAME, s, e)
    if m is not None:
        mention = _pick_forward(par, m.end(), _clause_end(low, m.end(), e))
        if mention is not None and _is_person(mention):
            return _add(cands, par, _clause_end(low, m.end(), e) + 1, e, mention, "nom")
    # R3: "Об этом ... сообщил министр X."
    opener = _RU_LEAD_OPEN.match(low, s, e)
    if opener is not None:
        v = par.search(_RU_LEAD_VERB, opener.end(), e)
        if v is not None:
            mention = _pick_forward(par, v.end(), e) or _pick_backward(par, opener.end(), v.start())
            if mention is not None and _is_person(mention):
                content = _lead_content(pars, par, seg_a, s, cands)
                if content is not None:
                    cpar, a, b = content
                    return _add(cands, par, a, b, mention, "nom",
                                content_par=None if cpar == par.index else cpar)
            return False
    # R2: "X отметил, что ..."
    for v in par.finditer(_RU_REPORT_RE, s, e):
        that = _RU_THAT_AFTER.match(low, v.end(), e)
        if that is None:
            continue
        mention = _pick_backward(par, s, v.start())
        if mention is not None and mention.kind == "role" and mention.case != "nom":
            mention = None
        if mention is None:
            if low[s:v.start()].strip(" ,") in ("", "также", "кроме того", "ранее", "он", "она"):
                return _add(cands, par, that.end(), e, None, "nom", zero=True)
            return False
        return _add(cands, par, that.end(), e, mention, "nom")
    # ", добавив, что ..." after a quote or a clause of the same speaker.
    m = par.search(_RU_CONTINUE, s, e)
    if m is not None:
        mention = _pick_backward(par, s, m.start())
        return _add(cands, par, m.end(), e, mention, "nom", zero=mention is None)
    # R4: "..., сообщил министр."
    m = par.search(_RU_INVERTED, s, e)
    if m is not None and _nword(low[m.end(): e]) <= 8 and "," not in low[m.end(): e]:
        mention = _pick_forward(par, m.end(), e)
        if mention is not None and _is_person(mention) and _nword(low[s:m.start()]) >= 3:
            return _add(cands, par, s, m.start(), mention, "nom")
    return False


def _en_indirect(pars: list[_Par], par: _Par, cands: list[_Cand]) -> None:
    for seg_a, seg_b in _unmasked_segments(par):
        for s, e in _sentence_spans(par.text, seg_a, seg_b, "en"):
            _en_sentence(pars, par, seg_a, s, e, cands)


#: "X announced this at a briefing": "this" right after the verb, then an adjunct or the end
#: ("said that in 2022 ..." is a that-clause, not this formula).
_EN_LEAD_ACTIVE: Final = re.compile(
    rf"(?<![\w-])(?:{_alt(speech_en.LEAD_VERBS)})\s+this"
    r"(?=\s+(?:at|in|on|during|to|while|after|before|when)\b|\s*[.,]|\s*$)"
)
_EN_ARTICLE_ONLY: Final = re.compile(r"\s*(?:the\s+)?")
_EN_LEAD_PASSIVE: Final = re.compile(
    rf"(?:this|that|the news|the figure|the data) (?:was|were) (?:{_alt(speech_en.LEAD_VERBS)})\s+by(?![\w-])\s*")
_EN_PARENTHETICAL: Final[re.Pattern[str]] = re.compile(r"^(?:,[^,]*,|also|further|earlier|then|again|later)?$")


def _en_sentence(pars: list[_Par], par: _Par, seg_a: int, s: int, e: int, cands: list[_Cand]) -> bool:
    """Reported speech in one English sentence; True once the sentence is claimed."""
    low = par.low
    # Lead formula: "X announced this at ..." / "This was announced by X": the content is what
    # precedes.
    lead = _EN_LEAD_PASSIVE.match(low, s, e)
    mention: Mention | None = None
    if lead is not None:
        mention = _pick_forward(par, lead.end(), _clause_end(low, lead.end(), e))
    else:
        lead = par.search(_EN_LEAD_ACTIVE, s, e)
        if lead is not None:
            mention = _pick_backward(par, s, lead.start())
    if lead is not None:
        if mention is not None and _is_person(mention):
            content = _lead_content(pars, par, seg_a, s, cands)
            if content is not None:
                cpar, a, b = content
                return _add(cands, par, a, b, mention, "nom",
                            content_par=None if cpar == par.index else cpar)
        return False
    # "According to X, ..." / "..., according to X."
    m = par.search(_EN_FRAME, s, e)
    if m is not None:
        mention = _pick_forward(par, m.end(), _clause_end(low, m.end(), e))
        if mention is not None and mention.kind == "pronoun" and mention.case == "nom":
            mention = None
        # "according to the ministry" decides the sentence; "according to its own format" has
        # no source at all and leaves the sentence to the other patterns.
        if mention is not None:
            return _source_frame(par, s, e, m.start(), m.end(), mention, "nom", cands)
    # ", adding that ..."
    m = par.search(_EN_CONTINUE, s, e)
    if m is not None:
        mention = _pick_backward(par, s, m.start())
        return _add(cands, par, m.end(), e, mention, "nom", zero=mention is None)
    for v in par.finditer(_EN_VERB, s, e):
        before = _pick_backward(par, s, v.start())
        adjacent = before is not None and _EN_PARENTHETICAL.match(low[before.end: v.start()].strip()) is not None
        after = _pick_forward(par, v.end(), _clause_end(low, v.end(), e))
        after_adjacent = after is not None and _EN_ARTICLE_ONLY.fullmatch(low, v.end(), after.start) is not None
        if adjacent and before is not None:
            if before.kind == "pronoun" and before.case != "nom":
                continue
            prefix = low[s: before.start].rstrip()
            that = _EN_THAT.search(low, v.end(), min(e, v.end() + 80))
            that_ok = (that is not None and _nword(low[v.end(): that.start()]) <= 8
                       and "," not in low[v.end(): that.start()])
            if prefix.endswith(",") and _nword(prefix) >= 4 and not that_ok:
                # "Content, <speaker> said at ...": the inverted lead.
                return _add(cands, par, s, s + len(par.text[s: before.start].rstrip(" ,")), before, "nom")
            if that_ok:
                return _add(cands, par, that.end(), e, before, "nom")
            nxt = _WORDS.match(low, _skip(low, v.end(), e, " "))
            if (v.group() in speech_en.BARE_CONTENT_VERBS and nxt is not None
                    and nxt.group() not in speech_en.ADJUNCT_STARTERS and _nword(low[v.end(): e]) >= 3):
                return _add(cands, par, v.end(), e, before, "nom")
            continue
        if after_adjacent and after is not None:
            prefix = low[s: v.start()].rstrip()
            if prefix.endswith(",") and _nword(prefix) >= 4:
                return _add(cands, par, s, s + len(par.text[s: v.start()].rstrip(" ,")), after, "nom")
    return False


_INDIRECT: Final = {"kk": _kk_indirect, "ru": _ru_indirect, "en": _en_indirect}


# --------------------------------------------------------------------------- attribution

class _Resolver:
    """Resolves mentions to persons in text order, remembering who spoke last."""

    def __init__(self, registry: Registry, lang: str) -> None:
        self.registry = registry
        self.lang = lang
        self.history: list[Person] = []  # speakers in the order they spoke

    def recent(self, gender: str | None = None) -> Person | None:
        for p in reversed(self.history):
            if gender is None or p.gender is None or p.gender == gender:
                return p
        return None

    def last_named_before(self, par: int, pos: int, gender: str | None = None) -> Person | None:
        best: tuple[tuple[int, int], Person] | None = None
        for p in self.registry.persons:
            if len(p.occs) == 0 or (gender is not None and p.gender not in (None, gender)):
                continue
            if p.full_tokens() < 2 and not p.nom_forms:
                continue
            for o in p.occs:
                if (o.par, o.start) < (par, pos) and (best is None or (o.par, o.start) > best[0]):
                    best = ((o.par, o.start), p)
        return best[1] if best is not None else None

    def by_role(self, m: Mention, par: int) -> Person | None:
        """The person a role noun refers to: among those introduced with a role of the same
        class — the full matches first ("глава МИД" is the foreign minister, not any minister)
        — the most recent speaker, else the most recently named; with no such person, the most
        recent speaker (if the article gave them no conflicting role)."""
        candidates = self.registry.with_classes(m.classes)
        full = [p for p in candidates if m.classes <= p.classes]
        candidates = full or candidates
        if candidates:
            for p in reversed(self.history):
                if p in candidates:
                    return p
            before = [p for p in candidates if p.position <= (par, m.start)]
            if before:
                return max(before, key=lambda p: max((o.par, o.start) for o in p.occs
                                                     if (o.par, o.start) <= (par, m.start)))
            return candidates[0]
        # Nobody was introduced with this role: the most recent speaker, unless the article gave
        # that speaker another role ("вице-министр" is not the press secretary who just spoke).
        recent = self.recent()
        if recent is not None and recent.classes and not (recent.classes & m.classes):
            return None
        return recent

    def resolve(self, cand: _Cand) -> Person | None:
        m = cand.mention
        if cand.link is not None:
            return cand.link.speaker
        if m is None:
            return self.recent() if cand.zero else None
        if m.kind == "name" and m.occ is not None:
            occ = m.occ
            first = surname_key(occ.tokens[0], self.lang) if len(occ.tokens) > 1 else None
            person = self.registry.find(occ.key, first)
            if person is None:
                return None
            last = occ.tokens[-1]
            if cand.slot == "nom" and (self.lang != "kk" or kk_strip_case(last)[1] == "nom"):
                if last not in person.nom_forms:
                    person.nom_forms.append(last)
            elif cand.slot == "gen" and self.lang == "ru":
                person.gen_forms.append(last)
                if fold(last).endswith("ой"):
                    person.gender = "f"
            if occ.role:
                person.add_role(occ.role, intro=True)
            return person
        if m.kind == "role":
            person = self.by_role(m, cand.mention_par)
            if person is not None and m.role:
                person.add_role(m.role, intro=False)
            return person
        if m.kind == "pronoun":
            return self.recent(m.gender) or self.last_named_before(cand.mention_par, m.start, m.gender)
        return None


# --------------------------------------------------------------------------- entry point

def _prepare(article: ParsedArticle) -> tuple[list[_Par], Registry]:
    lang = article.language if article.language in LEXICONS else "en"
    lows = [lower_same_length(p) for p in article.paragraphs]
    registry, names = build_registry(article.title, article.paragraphs, lows, lang)
    bylines = LEXICONS[lang].BYLINE_PREFIXES
    pars = [
        _Par(i, text, low, names[i], lang, byline=low.startswith(bylines))
        for i, (text, low) in enumerate(zip(article.paragraphs, lows))
    ]
    return pars, registry


def _continuations(pars: list[_Par], cands: list[_Cand]) -> None:
    """Give a whole-paragraph quote the speaker of the previous paragraph's quote or intro."""
    by_par: dict[int, list[_Cand]] = {}
    for c in cands:
        by_par.setdefault(c.par, []).append(c)
    for c in cands:
        if not c.pending_continuation:
            continue
        c.pending_continuation = False
        if c.par == 0:
            c.dropped = True
            continue
        prev = pars[c.par - 1]
        prev_text = prev.text.rstrip()
        if prev_text.endswith(":"):
            colon = len(prev_text) - 1
            mention = _pick_backward(prev, _sentence_start(prev.text, colon, prev.lang), colon)
            if mention is not None and _is_person(mention):
                c.mention, c.mention_par = mention, prev.index
                continue
        prev_direct = [x for x in by_par.get(prev.index, []) if x.kind == "direct" and not x.dropped]
        if prev.quote_para and prev_direct:
            c.link = prev_direct[-1]
            continue
        # "– A." / "– B, – деді X.": the attribution closes the last paragraph of the quote.
        nxt = c.par + 1
        while nxt < len(pars):
            following = [x for x in by_par.get(nxt, []) if x.kind == "direct"]
            if not pars[nxt].quote_para or not following:
                break
            head = following[0]
            if head.mention is not None or head.zero:
                c.link = head
                break
            nxt += 1
        if c.link is None:
            c.dropped = True


def extract_speech(article: ParsedArticle) -> SpeechExtraction:
    """Every direct and reported quote of the article with its speaker (see module docstring)."""
    pars, registry = _prepare(article)
    lang = pars[0].lang if pars else "en"
    cands: list[_Cand] = []
    for par in pars:
        if not par.byline and par.text:
            _direct_candidates(par, cands)
    _continuations(pars, cands)
    indirect: list[_Cand] = []
    finder = _INDIRECT[lang]
    for par in pars:
        if not par.byline:
            finder(pars, par, indirect)
    all_cands = [c for c in cands if not c.dropped] + indirect
    all_cands.sort(key=lambda c: (c.par, c.start))

    resolver = _Resolver(registry, lang)
    # Resolve in the order the attribution appears (a lead's speaker is named after its content,
    # a continuation after its head), so "most recent speaker" means what a reader means.
    for c in sorted(all_cands, key=lambda c: (c.mention_par if c.mention_par >= 0 else c.par,
                                              c.mention.start if c.mention else c.start)):
        if c.link is not None and not c.link.resolved:
            c.link.speaker = resolver.resolve(c.link)
            c.link.resolved = True
        if not c.resolved:
            c.speaker = resolver.resolve(c)
            c.resolved = True
        if c.speaker is not None:
            resolver.history.append(c.speaker)

    quotes: list[ExtractedQuote] = []
    speakers: list[Person] = []
    seen_spans: set[tuple[int, int]] = set()
    for c in all_cands:
        if c.kind == "indirect" and c.speaker is None:
            continue  # unattributable reported speech is dropped (precision first)
        if c.kind == "direct" and c.mention is not None and c.mention.kind == "org":
            continue  # attributed to an institution ("– деп хабарлады баспасөз қызметі")
        text = article.paragraphs[c.par][c.start:c.end]
        text = _trim_direct(text) if c.kind == "direct" else _trim_indirect(text)
        if not text or (c.par, c.start) in seen_spans:
            continue
        seen_spans.add((c.par, c.start))
        name = c.speaker.name if c.speaker is not None else None
        if c.speaker is not None and c.speaker not in speakers:
            speakers.append(c.speaker)
        quotes.append(ExtractedQuote(speaker=name, kind=c.kind, text=text, paragraph=c.par))
    return SpeechExtraction(
        speakers=tuple(ExtractedSpeaker(p.name, p.roles, p.forms) for p in speakers),
        quotes=tuple(quotes),
    )
