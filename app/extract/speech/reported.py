"""Reported speech: what the per-language sentence rules share.

Reported speech is found per sentence, outside the direct quotes (they are masked), from
frames, verb-of-saying clauses, the inverted lead and the lead formula that points back at the
preceding sentences; each language's rules are in ``reported_kk`` / ``reported_ru`` /
``reported_en``. This module records what they find and cuts out its content.
"""

from __future__ import annotations

from collections.abc import Callable

from app.extract.speech.cues import NARRATOR_OPENERS
from app.extract.speech.mentions import Mention
from app.extract.speech.model import Candidate, Paragraph
from app.extract.speech.picking import is_person
from app.extract.speech.sentences import sentence_spans, unmasked_segments
from app.extract.speech.text import nword, skip

__all__ = [
    "SentenceRule",
    "add_lead",
    "add_reported",
    "clause_end",
    "find_reported",
    "source_frame",
    "trim_indirect",
]

#: A language's rules for one sentence: (pars, par, segment start, segment end, sentence
#: start, sentence end, candidates) → True once the sentence is claimed.
SentenceRule = Callable[[list[Paragraph], Paragraph, int, int, int, int, list[Candidate]], bool]


def find_reported(pars: list[Paragraph], par: Paragraph, rule: SentenceRule,
                  cands: list[Candidate]) -> None:
    """Apply a language's sentence rules to every sentence of ``par`` outside direct quotes."""
    for seg_a, seg_b in unmasked_segments(par):
        for s, e in sentence_spans(par.text, seg_a, seg_b, par.lang):
            rule(pars, par, seg_a, seg_b, s, e, cands)


def trim_indirect(text: str) -> str:
    """Reported content without the punctuation that joined it to its frame."""
    return text.strip(" ,;:–—-«»“”„\"").strip()


def _skip_narrator(par: Paragraph, a: int, b: int) -> int:
    """Skip the writer's own linking adverbs ("сондай-ақ", "также", "also") before content:
    they are not the speaker's words, so a "begins" never starts with them."""
    a = skip(par.text, a, b, " ,:;–—-")
    m = NARRATOR_OPENERS[par.lang].match(par.low, a, b)
    return m.end() if m is not None and m.end() < b else a


def _lead_content(pars: list[Paragraph], par: Paragraph, seg_start: int, s: int,
                  cands: list[Candidate]) -> tuple[int, int, int] | None:
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


def add_reported(cands: list[Candidate], par: Paragraph, a: int, b: int, mention: Mention | None,
                 slot: str, zero: bool = False, content_par: int | None = None) -> bool:
    """Record reported speech [a, b) of ``content_par`` (default: this paragraph), said by
    ``mention`` (or by the most recent speaker if ``zero``); False if it cannot be kept."""
    if mention is None and not zero:
        return False
    if mention is not None and not is_person(mention):
        return False
    if content_par is None:
        a = _skip_narrator(par, a, b)
        if not trim_indirect(par.text[a:b]):
            return False
    cand = Candidate(par.index if content_par is None else content_par, a, b, "indirect",
                     mention=mention, mention_par=par.index, slot=slot, zero=zero and mention is None)
    cands.append(cand)
    return True


def add_lead(pars: list[Paragraph], par: Paragraph, seg_start: int, s: int, mention: Mention | None,
             cands: list[Candidate]) -> bool:
    """Record what the speaker of a lead formula (Мұндай пікірді ... X білдірді, Об этом ...
    сообщил X, X announced this) said: the content the formula points back at."""
    if mention is None or not is_person(mention):
        return False
    content = _lead_content(pars, par, seg_start, s, cands)
    if content is None:
        return False
    cpar, a, b = content
    return add_reported(cands, par, a, b, mention, "nom", content_par=None if cpar == par.index else cpar)


def clause_end(low: str, pos: int, e: int) -> int:
    """Where the clause from ``pos`` ends: the next comma, else the sentence end ``e``."""
    comma = low.find(",", pos, e)
    return e if comma < 0 else comma


def source_frame(par: Paragraph, s: int, e: int, m_start: int, m_end: int, mention: Mention | None,
                 slot: str, cands: list[Candidate]) -> bool:
    """Content for "По словам X, ..." / "..., according to X." given the frame's place."""
    if mention is None or not is_person(mention):
        return False
    src_end = clause_end(par.low, max(m_end, mention.end), e)
    before = par.text[s:m_start].strip(" ,")
    after_a = src_end + 1 if src_end < e else e
    if nword(before) >= 3 and not par.text[after_a:e].strip(" .,"):
        return add_reported(cands, par, s, s + len(par.text[s:m_start].rstrip(" ,")), mention, slot)
    return add_reported(cands, par, after_a, e, mention, slot)

