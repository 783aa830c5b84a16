"""The working state of one article while its speech is found: paragraphs and quote candidates.

Offsets into a paragraph's ``text`` and its lower-cased ``low`` agree character for character,
so cue regexes run on ``low`` and their offsets slice ``text``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from app.extract.speech.mentions import Mention, paragraph_mentions
from app.extract.speech.names import NameOcc
from app.extract.speech.persons import Person

__all__ = ["Candidate", "Paragraph"]


@dataclass(slots=True)
class Paragraph:
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
        soft = bool(self.soft)  # most paragraphs have no «title»: skip the per-mention test
        for i in range(bisect.bisect_left(self._starts, a), len(ms)):
            m = ms[i]
            if m.start >= b:
                break
            if m.end <= b and not (soft and self.in_soft(m.start)):
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
        if not self.soft:
            return list(pattern.finditer(self.low, a, b))
        return [m for m in pattern.finditer(self.low, a, b) if not self.in_soft(m.start())]

    def search(self, pattern: re.Pattern[str], a: int, b: int) -> re.Match[str] | None:
        if not self.soft:  # the first match is the search's
            return pattern.search(self.low, a, b)
        for m in pattern.finditer(self.low, a, b):
            if not self.in_soft(m.start()):
                return m
        return None


@dataclass(slots=True)
class Candidate:
    """A quote before attribution is resolved."""

    par: int
    start: int
    end: int
    kind: str  # "direct" | "indirect"
    mention: Mention | None = None
    mention_par: int = -1  # paragraph the mention is in (colon intros sit in the previous one)
    slot: str = "nom"  # the case the attribution slot demands of a name
    zero: bool = False  # no subject written: the most recent speaker
    link: Candidate | None = None  # continuation of this quote: same speaker
    pending_continuation: bool = False  # whole-paragraph quote waiting for the previous one
    speaker: Person | None = None
    resolved: bool = False
    dropped: bool = False
