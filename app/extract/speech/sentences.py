"""Sentences of a paragraph, and the stretches of it outside direct quotes.

A full stop after an abbreviation or an initial does not end a sentence; every search is
bounded (see ``WINDOW``), so a hostile paragraph stays linear.
"""

from __future__ import annotations

import re
from typing import Final

from app.extract.speech.model import Paragraph
from app.extract.speech.text import DASHES, LEXICONS, fold, skip

__all__ = ["WINDOW", "sentence_end", "sentence_spans", "sentence_start", "unmasked_segments"]

_SENT_END: Final[re.Pattern[str]] = re.compile(r"[.!?…]+[»\"”’)]*(?=\s)")
_LAST_TOKEN: Final[re.Pattern[str]] = re.compile(r"([\w.-]+)$")
_ABBREVIATIONS: Final[dict[str, frozenset[str]]] = {
    lang: lex.ABBREVIATIONS for lang, lex in LEXICONS.items()
}


def sentence_spans(text: str, lo: int, hi: int, lang: str) -> list[tuple[int, int]]:
    """Sentences of ``text[lo:hi]``: split after . ! ? … before a capital, digit, dash or quote.

    A full stop after an abbreviation (млрд., долл., т.б.) or an initial (А.) does not end a
    sentence, which is what keeps "4,4 млрд долл. США" in one piece.
    """
    spans: list[tuple[int, int]] = []
    start = skip(text, lo, hi, " ")
    abbrev = _ABBREVIATIONS[lang]
    for m in _SENT_END.finditer(text, lo, hi):
        end = m.end()
        nxt = skip(text, end, hi, " ")
        if nxt >= hi:
            break
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in "«\"“„(" or ch in DASHES):
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
WINDOW: Final[int] = 600


def sentence_end(text: str, pos: int, hi: int, lang: str) -> int:
    """End of the sentence that starts at ``pos`` (looked for within WINDOW characters)."""
    cap = min(hi, pos + WINDOW)
    spans = sentence_spans(text, pos, cap, lang)
    return spans[0][1] if spans else cap


def sentence_start(text: str, pos: int, lang: str) -> int:
    """Start of the sentence that ends at ``pos`` (looked for within WINDOW characters)."""
    lo = max(0, pos - WINDOW)
    spans = sentence_spans(text, lo, pos, lang)
    return spans[-1][0] if spans else lo


def unmasked_segments(par: Paragraph) -> list[tuple[int, int]]:
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

