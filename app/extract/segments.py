"""Sentence and clause boundaries inside one paragraph, as offsets.

WHY offsets and not strings: figures, cues, countries and periods are all found by position in
the same paragraph, and the scope rules are positional ("the cue nearest the amount in its
clause", "the period fronted in its sentence"). Splitting must not break at the decimal comma
of "2,4 млрд", at "1,157", or at the full stop of abbreviations that Kazinform writes before a
capitalised word ("4,4 млрд долл. США", "тыс. тонн", "U.S. Treasury", "А. Тоқаев").
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["clause_of", "sentence_spans", "clause_spans"]

_SENTENCE_END: Final[re.Pattern[str]] = re.compile(
    r"[.!?…]+[»”\"')]*\s+(?=[«“\"(\-–—]?\s?[^\W\d_a-zа-яёәғқңөұүһі]|\d)"
)
# Words whose full stop does not end a sentence: units and abbreviations before capitals.
# "млн."/"млрд." are not here: Kazinform writes them without a stop, so one ends a sentence.
_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    ("долл", "тыс", "руб", "г", "гг", "ж", "жж", "т.б", "т.с.с", "им",
     "ул", "обл", "р-н", "пр", "др", "т.е", "т.д", "св", "ст", "u.s", "mr", "mrs", "ms", "dr",
     "st", "no", "vs", "inc", "co", "corp", "ltd", "jr", "sr", "prof", "gen")
)
_WORD_BEFORE: Final[re.Pattern[str]] = re.compile(r"([\w.\-]+)$")
_CLAUSE_BREAK: Final[re.Pattern[str]] = re.compile(r"[,;:]\s")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``; together they cover it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        dot = match.start()
        word = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
        if word is not None:
            token = word.group(1).lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue  # "долл. США", "А. Тоқаев"
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``text[start:end]``: split at ", ", "; " and ": " only.

    A comma without a following space is a decimal or thousands mark and never splits; a dash
    does not split either ("164 млрд тенге – в 2024 году" keeps its period).
    """
    spans: list[tuple[int, int]] = []
    position = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        spans.append((position, match.start() + 1))
        position = match.end()
    spans.append((position, end))
    return spans


def clause_of(clauses: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The clause containing ``offset`` (the last one when it is past the end)."""
    for clause in clauses:
        if clause[0] <= offset < clause[1]:
            return clause
    return clauses[-1]
