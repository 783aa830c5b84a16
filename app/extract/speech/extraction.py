"""The speech extraction pipeline: an article in, its quotes and speakers out.

Direct quotes first (they are masked), then their continuations across paragraphs, then
reported speech in what is left; attribution is resolved last, in the order the attributions
appear. See :mod:`app.extract.quotes` for the whole approach.
"""

from __future__ import annotations

from typing import Final

from app.extract.parse import ParsedArticle
from app.extract.speech import reported_en, reported_kk, reported_ru
from app.extract.speech.attribution import Resolver
from app.extract.speech.direct import continuations, direct_candidates, trim_direct
from app.extract.speech.model import Candidate, Paragraph
from app.extract.speech.persons import Person, Registry, build_registry
from app.extract.speech.reported import SentenceRule, find_reported, trim_indirect
from app.extract.speech.results import ExtractedQuote, ExtractedSpeaker, SpeechExtraction
from app.extract.speech.text import LEXICONS, lower_same_length

__all__ = ["extract_speech"]

_SENTENCE_RULES: Final[dict[str, SentenceRule]] = {
    "kk": reported_kk.find_in_sentence,
    "ru": reported_ru.find_in_sentence,
    "en": reported_en.find_in_sentence,
}


def _prepare(article: ParsedArticle) -> tuple[list[Paragraph], Registry]:
    """The article's paragraphs as working state, and the registry of the persons it names."""
    lang = article.language if article.language in LEXICONS else "en"
    lows = [lower_same_length(p) for p in article.paragraphs]
    registry, names = build_registry(article.title, article.paragraphs, lows, lang)
    bylines = LEXICONS[lang].BYLINE_PREFIXES
    pars = [
        Paragraph(i, text, low, names[i], lang, byline=low.startswith(bylines))
        for i, (text, low) in enumerate(zip(article.paragraphs, lows))
    ]
    return pars, registry


def extract_speech(article: ParsedArticle) -> SpeechExtraction:
    """Every direct and reported quote of the article with its speaker.

    How, and why this way: see :mod:`app.extract.quotes`.
    """
    pars, registry = _prepare(article)
    lang = pars[0].lang if pars else "en"
    cands: list[Candidate] = []
    for par in pars:
        if not par.byline and par.text:
            direct_candidates(par, cands)
    continuations(pars, cands)
    indirect: list[Candidate] = []
    rule = _SENTENCE_RULES[lang]
    for par in pars:
        if not par.byline:
            find_reported(pars, par, rule, indirect)
    all_cands = [c for c in cands if not c.dropped] + indirect
    all_cands.sort(key=lambda c: (c.par, c.start))

    resolver = Resolver(registry, lang)
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
    names: dict[int, str] = {}  # id(person) → Person.name, which walks all occurrences each time
    for c in all_cands:
        if c.kind == "indirect" and c.speaker is None:
            continue  # unattributable reported speech is dropped (precision first)
        if c.kind == "direct" and c.mention is not None and c.mention.kind == "org":
            continue  # attributed to an institution ("– деп хабарлады баспасөз қызметі")
        text = article.paragraphs[c.par][c.start:c.end]
        text = trim_direct(text) if c.kind == "direct" else trim_indirect(text)
        if not text or (c.par, c.start) in seen_spans:
            continue
        seen_spans.add((c.par, c.start))
        name = None
        if c.speaker is not None:
            name = names.get(id(c.speaker))
            if name is None:
                name = names[id(c.speaker)] = c.speaker.name
            if c.speaker not in speakers:
                speakers.append(c.speaker)
        quotes.append(ExtractedQuote(speaker=name, kind=c.kind, text=text, paragraph=c.par))
    return SpeechExtraction(
        speakers=tuple(ExtractedSpeaker(names[id(p)], p.roles, p.forms) for p in speakers),
        quotes=tuple(quotes),
    )
