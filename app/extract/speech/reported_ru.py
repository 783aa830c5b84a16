"""Russian reported speech, sentence by sentence: its cue patterns and rules.

Frames (по словам X, как отметил X), "X отметил, что ...", ", добавив, что ...", the lead
formula (Об этом ... сообщил X) and the inverted lead ("..., сообщил министр.").
"""

from __future__ import annotations

import re
from typing import Final

from app.extract.lexicons import speech_ru
from app.extract.speech.cues import CONTINUE_RE, RU_SAYING, ru_verb_forms
from app.extract.speech.mentions import Mention
from app.extract.speech.model import Candidate, Paragraph
from app.extract.speech.picking import is_person, pick_backward, pick_forward
from app.extract.speech.reported import add_lead, add_reported, clause_end, source_frame
from app.extract.speech.text import alt, nword, words_re

__all__ = ["find_in_sentence"]

_RU_REPORT: Final[list[str]] = ru_verb_forms(speech_ru.REPORT_VERBS)
_RU_LEAD: Final[list[str]] = ru_verb_forms(speech_ru.LEAD_VERBS)

_RU_PREP_FRAME: Final = re.compile(
    r"(?<![\w-])(?:по|со)(?:\s+(?P<pron>его|ее|их))?\s+"
    rf"(?:{alt([f.split(' ', 1)[1] for f in speech_ru.PREP_FRAMES])})(?![\w-])"
)
_RU_AS_FRAME: Final = re.compile(
    rf"(?<![\w-]){speech_ru.AS_FRAME_WORD}\s+(?:{alt([v for v in _RU_REPORT if ' ' not in v])})(?![\w-])"
)
_RU_REPORT_RE: Final = words_re(_RU_REPORT)
_RU_THAT_AFTER: Final = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,\s*что(?![\w-])\s*")
_RU_LEAD_OPEN: Final = re.compile(rf"(?:{alt(speech_ru.LEAD_OPENERS)})(?![\w-])")
_RU_LEAD_VERB: Final = words_re(_RU_LEAD)
_RU_INVERTED: Final = re.compile(rf",\s*(?:{alt(RU_SAYING)})(?![\w-])")
_RU_CONTINUE: Final = CONTINUE_RE["ru"]
_VERB_ONLY_OPENERS: Final[tuple[str, ...]] = speech_ru.VERB_ONLY_OPENERS


def find_in_sentence(pars: list[Paragraph], par: Paragraph, seg_a: int, seg_b: int, s: int, e: int,
                     cands: list[Candidate]) -> bool:
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
            mention = pick_forward(par, m.end(), clause_end(low, m.end(), e))
        if mention is not None:
            return source_frame(par, s, e, m.start(), m.end(), mention, "gen", cands)
    # "Как отметил министр, ..."
    m = par.search(_RU_AS_FRAME, s, e)
    if m is not None:
        mention = pick_forward(par, m.end(), clause_end(low, m.end(), e))
        if mention is not None and is_person(mention):
            return add_reported(cands, par, clause_end(low, m.end(), e) + 1, e, mention, "nom")
    # R3: "Об этом ... сообщил министр X."
    opener = _RU_LEAD_OPEN.match(low, s, e)
    if opener is not None:
        v = par.search(_RU_LEAD_VERB, opener.end(), e)
        if v is not None:
            mention = pick_forward(par, v.end(), e) or pick_backward(par, opener.end(), v.start())
            return add_lead(pars, par, seg_a, s, mention, cands)
    # R2: "X отметил, что ..."
    for v in par.finditer(_RU_REPORT_RE, s, e):
        that = _RU_THAT_AFTER.match(low, v.end(), e)
        if that is None:
            continue
        mention = pick_backward(par, s, v.start())
        if mention is not None and mention.kind == "role" and mention.case != "nom":
            mention = None
        if mention is None:
            if low[s:v.start()].strip(" ,") in _VERB_ONLY_OPENERS:
                return add_reported(cands, par, that.end(), e, None, "nom", zero=True)
            return False
        return add_reported(cands, par, that.end(), e, mention, "nom")
    # ", добавив, что ..." after a quote or a clause of the same speaker.
    m = par.search(_RU_CONTINUE, s, e)
    if m is not None:
        mention = pick_backward(par, s, m.start())
        return add_reported(cands, par, m.end(), e, mention, "nom", zero=mention is None)
    # R4: "..., сообщил министр."
    m = par.search(_RU_INVERTED, s, e)
    if m is not None and nword(low[m.end(): e]) <= 8 and "," not in low[m.end(): e]:
        mention = pick_forward(par, m.end(), e)
        if mention is not None and is_person(mention) and nword(low[s:m.start()]) >= 3:
            return add_reported(cands, par, s, m.start(), mention, "nom")
    return False
