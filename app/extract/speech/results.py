"""What the speech extraction returns: frozen, plain data (no database, no I/O).

Public through :mod:`app.extract.quotes`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ExtractedQuote", "ExtractedSpeaker", "SpeechExtraction"]


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

