"""English reported speech, sentence by sentence: its cue patterns and rules.

The lead formula ("X announced this at ...", "This was announced by X"), "According to X",
", adding that ...", "X said (that) ..." and the inverted lead ("..., X said at ...").
"""

from __future__ import annotations

import re
from typing import Final

from app.extract.lexicons import speech_en
from app.extract.speech.cues import CONTINUE_RE, EN_VERB
from app.extract.speech.mentions import Mention
from app.extract.speech.model import Candidate, Paragraph
from app.extract.speech.picking import pick_backward, pick_forward
from app.extract.speech.reported import add_lead, add_reported, clause_end, source_frame
from app.extract.speech.text import BARE_WORD, alt, nword, skip, words_re

__all__ = ["find_in_sentence"]

_EN_FRAME: Final = words_re(speech_en.FRAMES)
_EN_THAT: Final = re.compile(r"(?<![\w-])that(?![\w-])\s*")
_EN_CONTINUE: Final = CONTINUE_RE["en"]

#: "X announced this at a briefing": "this" right after the verb, then an adjunct or the end
#: ("said that in 2022 ..." is a that-clause, not this formula).
_EN_LEAD_ACTIVE: Final = re.compile(
    rf"(?<![\w-])(?:{alt(speech_en.LEAD_VERBS)})\s+this"
    r"(?=\s+(?:at|in|on|during|to|while|after|before|when)\b|\s*[.,]|\s*$)"
)
_EN_ARTICLE_ONLY: Final = re.compile(r"\s*(?:the\s+)?")
_EN_LEAD_PASSIVE: Final = re.compile(
    rf"(?:this|that|the news|the figure|the data) (?:was|were) (?:{alt(speech_en.LEAD_VERBS)})\s+by(?![\w-])\s*")
#: Every word the patterns below need (the lead verbs of both lead formulas, the frames, the
#: ", adding" participles, the verbs of saying), each as a whole word: a sentence without one
#: cannot be claimed, so one scan settles most sentences instead of four.
_EN_ANY_CUE: Final = words_re((*speech_en.LEAD_VERBS, *speech_en.FRAMES, *speech_en.CONTINUATION_PARTICIPLES,
                               *speech_en.SAYING_VERBS))
_EN_PARENTHETICAL: Final[re.Pattern[str]] = re.compile(r"^(?:,[^,]*,|also|further|earlier|then|again|later)?$")


def find_in_sentence(pars: list[Paragraph], par: Paragraph, seg_a: int, seg_b: int, s: int, e: int,
                     cands: list[Candidate]) -> bool:
    """Reported speech in one English sentence; True once the sentence is claimed."""
    low = par.low
    if _EN_ANY_CUE.search(low, s, e) is None:
        return False
    # Lead formula: "X announced this at ..." / "This was announced by X": the content is what
    # precedes.
    lead = _EN_LEAD_PASSIVE.match(low, s, e)
    mention: Mention | None = None
    if lead is not None:
        mention = pick_forward(par, lead.end(), clause_end(low, lead.end(), e))
    else:
        lead = par.search(_EN_LEAD_ACTIVE, s, e)
        if lead is not None:
            mention = pick_backward(par, s, lead.start())
    if lead is not None:
        return add_lead(pars, par, seg_a, s, mention, cands)
    # "According to X, ..." / "..., according to X."
    m = par.search(_EN_FRAME, s, e)
    if m is not None:
        mention = pick_forward(par, m.end(), clause_end(low, m.end(), e))
        if mention is not None and mention.kind == "pronoun" and mention.case == "nom":
            mention = None
        # "according to the ministry" decides the sentence; "according to its own format" has
        # no source at all and leaves the sentence to the other patterns.
        if mention is not None:
            return source_frame(par, s, e, m.start(), m.end(), mention, "nom", cands)
    # ", adding that ..."
    m = par.search(_EN_CONTINUE, s, e)
    if m is not None:
        mention = pick_backward(par, s, m.start())
        return add_reported(cands, par, m.end(), e, mention, "nom", zero=mention is None)
    for v in par.finditer(EN_VERB, s, e):
        before = pick_backward(par, s, v.start())
        adjacent = before is not None and _EN_PARENTHETICAL.match(low[before.end: v.start()].strip()) is not None
        after = pick_forward(par, v.end(), clause_end(low, v.end(), e))
        after_adjacent = after is not None and _EN_ARTICLE_ONLY.fullmatch(low, v.end(), after.start) is not None
        if adjacent and before is not None:
            if before.kind == "pronoun" and before.case != "nom":
                continue
            prefix = low[s: before.start].rstrip()
            that = _EN_THAT.search(low, v.end(), min(e, v.end() + 80))
            that_ok = (that is not None and nword(low[v.end(): that.start()]) <= 8
                       and "," not in low[v.end(): that.start()])
            if prefix.endswith(",") and nword(prefix) >= 4 and not that_ok:
                # "Content, <speaker> said at ...": the inverted lead.
                return add_reported(cands, par, s, s + len(par.text[s: before.start].rstrip(" ,")), before, "nom")
            if that_ok:
                return add_reported(cands, par, that.end(), e, before, "nom")
            nxt = BARE_WORD.match(low, skip(low, v.end(), e, " "))
            if (v.group() in speech_en.BARE_CONTENT_VERBS and nxt is not None
                    and nxt.group() not in speech_en.ADJUNCT_STARTERS and nword(low[v.end(): e]) >= 3):
                return add_reported(cands, par, v.end(), e, before, "nom")
            continue
        if after_adjacent and after is not None:
            prefix = low[s: v.start()].rstrip()
            if prefix.endswith(",") and nword(prefix) >= 4:
                return add_reported(cands, par, s, s + len(par.text[s: v.start()].rstrip(" ,")), after, "nom")
    return False
