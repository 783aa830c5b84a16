"""Kazakh reported speech, sentence by sentence: its cue patterns and rules.

Frames (Назаровтың пікірінше, X атап өткендей), the lead formula that points back at the
preceding sentences (Мұндай пікірді ... X білдірді) and the clause nominalised in
-ғанын/-екенін and closed by a verb of saying (X ... шыққанын атап өтті); a zero subject
("– деді.") is left to the most recent speaker.
"""

from __future__ import annotations

import re
from typing import Final

from app.extract.lexicons import speech_kk
from app.extract.speech.mentions import Mention
from app.extract.speech.model import Candidate, Paragraph
from app.extract.speech.picking import adjacent_before, is_person, nominative, pick_backward, pick_forward
from app.extract.speech.reported import add_lead, add_reported
from app.extract.speech.text import BARE_WORD, alt, nword, words_re

__all__ = ["find_in_sentence"]

_KK_GEN_FRAME: Final = words_re(speech_kk.GENITIVE_FRAMES)
_KK_PART_FRAME: Final = words_re(speech_kk.PARTICIPLE_FRAMES)
_KK_REPORT: Final = words_re(speech_kk.REPORT_VERBS)
_KK_LEAD_OPEN: Final = re.compile(rf"(?:{alt(speech_kk.LEAD_OPENERS)})(?![\w-])")
_KK_LEAD_VERB: Final = words_re(speech_kk.LEAD_VERBS)
_KK_COMPLEMENT: Final[tuple[str, ...]] = speech_kk.COMPLEMENT_ENDINGS
#: Any frame or verb of saying (K1, K2, K3 as one pattern): a sentence without one, and without
#: a lead opener, cannot be claimed, so one scan settles most sentences instead of three.
_KK_ANY_CUE: Final = words_re((*speech_kk.GENITIVE_FRAMES, *speech_kk.PARTICIPLE_FRAMES,
                               *speech_kk.REPORT_VERBS))


def find_in_sentence(pars: list[Paragraph], par: Paragraph, seg_a: int, seg_b: int, s: int, e: int,
                     cands: list[Candidate]) -> bool:
    """Reported speech in one Kazakh sentence (frames K1, K2, lead K4, clause K3, in that
    order: a frame is the surest cue); True once the sentence is claimed."""
    low = par.low
    if _KK_ANY_CUE.search(low, s, e) is None and _KK_LEAD_OPEN.match(low, s, e) is None:
        return False
    # K1: "Назаровтың пікірінше, ..." / "Оның сөзінше, ..."
    for m in par.finditer(_KK_GEN_FRAME, s, e):
        mention = adjacent_before(par, m.start(), s)
        if mention is None or mention.case != "gen":
            continue
        return add_reported(cands, par, m.end(), e, mention, "gen")
    # K2: "Равшан Назаров атап өткендей, ..."
    for m in par.finditer(_KK_PART_FRAME, s, e):
        mention = pick_backward(par, s, m.start())
        if mention is None or not nominative(mention):
            continue
        return add_reported(cands, par, m.end(), e, mention, "nom")
    # K4: "Мұндай пікірді ... Равшан Назаров білдірді."
    opener = _KK_LEAD_OPEN.match(low, s, e)
    if opener is not None:
        verbs = list(par.finditer(_KK_LEAD_VERB, opener.end(), e))
        if verbs and nword(low[verbs[-1].end(): e]) <= 6:
            v = verbs[-1]
            mention = pick_backward(par, opener.end(), v.start()) or pick_forward(par, v.end(), e)
            if mention is not None and nominative(mention):
                return add_lead(pars, par, seg_a, s, mention, cands)
            return False
    # K3: "Ермек Көшербаев ... шыққанын атап өтті."
    verbs = list(par.finditer(_KK_REPORT, s, e))
    if not verbs:
        return False
    v = verbs[-1]
    rest = low[v.end(): e]
    if "," in rest or nword(rest) > 8:
        return False
    before = list(BARE_WORD.finditer(low, s, v.start()))[-3:]
    comp = next((w for w in reversed(before)
                 if w.group() == "деп" or w.group().endswith(_KK_COMPLEMENT)), None)
    if comp is None:
        return False
    subject: Mention | None = None
    for m in par.in_range(s, comp.start()):
        if m.kind == "org" and m.case == "nom":
            return False
        if is_person(m) and nominative(m) and not (m.kind == "pronoun" and m.case != "nom"):
            subject = m
            break
    if subject is not None:
        a = subject.end
        b = comp.start() if comp.group() == "деп" else comp.end()
        return add_reported(cands, par, a, b, subject, "nom")
    after = pick_forward(par, comp.end(), e)
    if after is not None and is_person(after) and nominative(after):
        return add_reported(cands, par, s, comp.end(), after, "nom")
    return False

