"""Trade figures of one article: amount, kind, qualifier, sides, period, target, exact span.

The entry point :func:`extract_figures` is pure (a ParsedArticle in, a tuple out, no database)
so ingest, the evaluator and tests all call the same code. It is built from small parts:
:mod:`numbers` finds amounts, :mod:`countries` and :mod:`figure_sides` the sides,
:mod:`periods` the period, :mod:`segments` the sentence and clause scopes; this module only
decides what each amount means from the cue words around it.

WHY these scope rules (measured on shared/corpus/dev, written as classes of expression):

* Kind: the nearest cue in the amount's clause wins, then in its sentence. Kazakh is verb-final,
  so a cue AFTER the amount counts double in kk ("2,4 млрд доллардан астам ... импорттаған"),
  a cue BEFORE it in ru/en ("объем взаимной торговли превышает 5 млрд"). A clause is cut at
  ", " so "экспорттап, 2,4 млрд ... импорттаған" gives two figures two kinds.
* Period: one written in the clause; else one fronted at the start of the sentence ("In 2025,
  ... 13.2 billion tenge, including KZT 5.3 billion"); else the period of the previous figure of
  the same sentence; else, after an anaphor ("Қамтылып отырған кезеңде", "за этот период"),
  the latest period before it. A period elsewhere in the sentence belongs to something else
  ("the state visit in December 2022 ..., the roadmap aimed at bringing trade to $10 billion").
* Target: a plan word in the clause ("задачу выйти на", "aimed at bringing"), or in Kazakh a
  "bring to" verb after an amount in the dative ("10 млрд долларға жеткізу"). A target with no
  cue of its own is the same indicator as the figure before it in the paragraph.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Final

from app.extract.countries import CountryMention, find_countries, lower_same_length
from app.extract.figure_sides import HOME, mention_role, sides
from app.extract.lexicons import figure_cues as lex
from app.extract.numbers import Amount, find_amounts
from app.extract.parse import ParsedArticle
from app.extract.periods import PeriodMention, find_periods
from app.extract.segments import clause_of, clause_spans, sentence_spans

__all__ = ["KINDS", "ExtractedFigure", "extract_figures"]

KINDS: Final[tuple[str, ...]] = (
    "turnover", "export", "import", "investment", "deal", "company_count", "other_money",
)


@dataclass(frozen=True, slots=True)
class ExtractedFigure:
    """One figure as the API serves it and the evaluator scores it."""

    kind: str  # one of KINDS
    value: Decimal  # fully expanded: "2,4 млрд" -> Decimal("2400000000"); never float
    unit: str  # ISO 4217 code or "count"
    qualifier: str | None  # "more_than" | "less_than" | "about" | None
    reporter: str | None  # ISO 3166-1 alpha-2 of the exporting/reporting side
    partner: str | None  # ISO 3166-1 alpha-2 of the other side
    period_start: str | None  # "YYYY-MM"
    period_end: str | None  # "YYYY-MM"
    target: bool  # a goal or plan, not a result
    text: str  # the figure exactly as written in the paragraph (the gold `span`)
    paragraph: int  # index into article.paragraphs


# --------------------------------------------------------------------------- compiled cues

_LANGS: Final[tuple[str, ...]] = ("kk", "ru", "en")


def _words(body: str) -> str:
    return rf"(?<!\w)(?:{body})(?!\w)"


_KIND_RE: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(_words("|".join(f"(?P<{kind}>{body})" for kind, body in cues.items())))
    for lang, cues in lex.KIND_CUES.items()
}
_KIND_ANAPHOR_RE: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(_words(body)) for lang, body in lex.KIND_ANAPHORS.items()
}
_TOTAL_TRADE_RE: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(_words(body)) for lang, body in lex.TOTAL_TRADE.items()
}
_BILATERAL_RE: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(_words(body)) for lang, body in lex.BILATERAL.items()
}
_TARGET_RE: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(_words(body)) for lang, body in lex.TARGET_CUES.items()
}
_KK_TARGET_AFTER: Final[re.Pattern[str]] = re.compile(
    rf"(?:\s(?:астам|жуық|шамасында|дейін))?\s(?:\w+\s){{0,2}}?"
    rf"(?:{lex.TARGET_AFTER_DATIVE['kk']})(?!\w)"
)
_KK_DATIVE_END: Final[re.Pattern[str]] = re.compile(r"(?:ға|ге|қа|ке|на|не|ына|іне)$")


def _qualifier_res(table: dict[str, tuple[tuple[str, str], ...]], before: bool,
                   ) -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """Regexes anchored at the amount: ending right before it, or starting right after it."""
    compiled: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {}
    for lang in _LANGS:
        entries = []
        gap = lex.QUALIFIER_GAPS.get(lang)
        gap_part = rf"(?:(?:{gap})\s)?" if gap else ""
        for body, qualifier in table.get(lang, ()):
            pattern = rf"(?<!\w)(?:{body})\s{gap_part}$" if before else rf"\s(?:{body})(?!\w)"
            entries.append((re.compile(pattern), qualifier))
        compiled[lang] = tuple(entries)
    return compiled


_QUAL_BEFORE = _qualifier_res(lex.QUALIFIERS_BEFORE, before=True)
_QUAL_AFTER = _qualifier_res(lex.QUALIFIERS_AFTER, before=False)
_VERB_BEFORE = _qualifier_res(lex.QUALIFYING_VERBS_BEFORE, before=True)
_VERB_AFTER = _qualifier_res(lex.QUALIFYING_VERBS_AFTER, before=False)
_KK_INNER_QUALIFIER: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(_words(body)), qualifier) for body, qualifier in lex.QUALIFIERS_AFTER["kk"]
)

#: Weight of a cue on the side a language does not put its cues on (see module docstring).
_OFF_SIDE_WEIGHT: Final[int] = 2
_CUE_SIDE: Final[dict[str, str]] = {"kk": "after", "ru": "before", "en": "before"}
#: A period this close to the start of its sentence is fronted and covers all of it.
_FRONTED_CHARS: Final[int] = 40
_TRADE_KINDS: Final[frozenset[str]] = frozenset(("turnover", "export", "import", "investment"))


# --------------------------------------------------------------------------- per-figure parts


class _Paragraph:
    """One paragraph with figures; sentence-level facts are computed on first use and cached.

    WHY lazy: periods and countries are only needed around the (few) sentences that hold an
    amount, and scanning whole paragraphs for them cost more than the rest of the extraction.
    """

    __slots__ = ("text", "lowered", "lang", "published", "sentences", "_periods", "_mentions",
                 "_cues")

    def __init__(self, text: str, lang: str, published: datetime.date) -> None:
        self.text = text
        self.lowered = lower_same_length(text)
        self.lang = lang
        self.published = published
        self.sentences = sentence_spans(text)
        self._periods: dict[int, list[PeriodMention]] = {}
        self._mentions: dict[int, list[CountryMention]] = {}
        self._cues: dict[int, list[tuple[int, int, str]]] = {}

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the last one past the end)."""
        for index, (start, end) in enumerate(self.sentences):
            if start <= offset < end:
                return index
        return len(self.sentences) - 1

    def periods(self, index: int) -> list[PeriodMention]:
        """Time expressions of sentence ``index``, with paragraph offsets."""
        if index not in self._periods:
            start, end = self.sentences[index]
            self._periods[index] = [
                replace(m, start=m.start + start, end=m.end + start)
                for m in find_periods(self.text[start:end], self.lang, self.published)]
        return self._periods[index]

    def mentions(self, index: int) -> list[CountryMention]:
        """Country mentions of sentence ``index``, with paragraph offsets."""
        if index not in self._mentions:
            start, end = self.sentences[index]
            self._mentions[index] = [
                replace(m, start=m.start + start, end=m.end + start)
                for m in find_countries(self.text[start:end], self.lang)]
        return self._mentions[index]

    def cues(self, index: int) -> list[tuple[int, int, str]]:
        """(start, end, kind) of the kind cues of sentence ``index``."""
        if index not in self._cues:
            start, end = self.sentences[index]
            self._cues[index] = [(m.start(), m.end(), m.lastgroup or "other")
                                 for m in _KIND_RE[self.lang].finditer(self.lowered, start, end)]
        return self._cues[index]


def _kind(amount: Amount, para: _Paragraph, clause: tuple[int, int],
          sentence_index: int, lang: str) -> str | None:
    """Kind from the nearest cue (clause first, then sentence); None when there is none."""
    if amount.unit == "count":
        return "company_count"
    cues = para.cues(sentence_index)
    for scope in (clause, para.sentences[sentence_index]):
        best: tuple[int, str] | None = None
        for start, end, kind in cues:
            if start < scope[0] or end > scope[1]:
                continue
            if end <= amount.start:
                distance, side = amount.start - end, "before"
            elif start >= amount.end:
                distance, side = start - amount.end, "after"
            else:
                continue
            if side != _CUE_SIDE[lang]:
                distance *= _OFF_SIDE_WEIGHT
            if best is None or distance < best[0]:
                best = (distance, kind)
        if best is not None:
            return "other_money" if best[1] == "other" else best[1]
    return None


def _qualifier(amount: Amount, para: _Paragraph, lang: str) -> tuple[str | None, int, int]:
    """(qualifier, span start, span end): adverbs join the span, verbs do not."""
    lowered = para.lowered
    head = lowered[max(0, amount.start - 30):amount.start]
    for pattern, qualifier in _QUAL_BEFORE[lang]:
        match = pattern.search(head)
        if match is not None:
            return qualifier, amount.start - (len(head) - match.start()), amount.end
    for pattern, qualifier in _QUAL_AFTER[lang]:
        match = pattern.match(lowered, amount.end)
        if match is not None:
            return qualifier, amount.start, match.end()
    for pattern, qualifier in _VERB_BEFORE[lang]:
        if pattern.search(head) is not None:
            return qualifier, amount.start, amount.end
    for pattern, qualifier in _VERB_AFTER[lang]:
        if pattern.match(lowered, amount.end) is not None:
            return qualifier, amount.start, amount.end
    if lang == "kk" and amount.unit == "count":
        inner = lowered[amount.number_end:amount.end]
        for pattern, qualifier in _KK_INNER_QUALIFIER:
            if pattern.search(inner) is not None:
                return qualifier, amount.start, amount.end
    return None, amount.start, amount.end


def _is_target(amount: Amount, para: _Paragraph, clause: tuple[int, int], lang: str) -> bool:
    """A goal, not a result: a plan word in the clause, or in Kazakh a "bring to" verb after an
    amount in the dative (only there is "жеткізу" "bring to" rather than "delivery")."""
    lowered = para.lowered
    if _TARGET_RE[lang].search(lowered, clause[0], clause[1]) is not None:
        return True
    if lang == "kk" and _KK_DATIVE_END.search(lowered, amount.start, amount.end):
        match = _KK_TARGET_AFTER.match(lowered, amount.end, clause[1])
        return match is not None
    return False


def _period_in(periods: list[PeriodMention], start: int, end: int,
               amount: Amount) -> PeriodMention | None:
    """The period (or blocking deadline) nearest the amount inside [start, end)."""
    best: tuple[int, PeriodMention] | None = None
    for mention in periods:
        if mention.start < start or mention.end > end or mention.role == "anaphor":
            continue
        if mention.start < amount.end and mention.end > amount.start:
            continue
        if mention.end <= amount.start:
            distance = amount.start - mention.end
        else:
            distance = mention.start - amount.end
        if best is None or distance < best[0]:
            best = (distance, mention)
    return best[1] if best else None


class _ArticleState:
    """Per-article facts needed only now and then: the main foreign country (computed on first
    use) and the periods of earlier paragraphs for anaphors."""

    def __init__(self, article: ParsedArticle) -> None:
        self.article = article
        self.lang = article.language if article.language in _LANGS else "ru"
        self._partner: str | None | bool = False  # False = not computed yet

    def main_partner(self) -> str | None:
        """The foreign country the article names most (ties: the first named)."""
        if self._partner is False:
            counts: dict[str, int] = {}
            for text in (self.article.title, *self.article.paragraphs):
                for mention in find_countries(text, self.lang):
                    if mention.code != HOME:
                        counts[mention.code] = counts.get(mention.code, 0) + 1
            self._partner = max(counts, key=lambda c: counts[c]) if counts else None
        return self._partner if isinstance(self._partner, str) else None

    def period_before(self, paragraph: int, sentence_index: int,
                      para: _Paragraph) -> PeriodMention | None:
        """The latest period written before a sentence: earlier sentences of its paragraph,
        then the two paragraphs before."""
        for index in range(sentence_index - 1, -1, -1):
            found = [m for m in para.periods(index) if m.role == "period"]
            if found:
                return found[-1]
        for index in range(paragraph - 1, max(-1, paragraph - 3), -1):
            found = [m for m in find_periods(self.article.paragraphs[index], self.lang,
                                             self.article.published) if m.role == "period"]
            if found:
                return found[-1]
        return None


# --------------------------------------------------------------------------- the article pass


def _tiers(para: _Paragraph, amount: Amount, clause: tuple[int, int],
           sentence_index: int, lang: str) -> list[list[tuple[str, str]]]:
    """(code, role) of the countries around a figure: its clause, the rest of its sentence by
    distance, then each previous sentence of the paragraph, nearest first."""
    inside = [m for m in para.mentions(sentence_index)
              if not (m.start < amount.end and m.end > amount.start)]
    in_clause = [m for m in inside if clause[0] <= m.start < clause[1]]
    rest = sorted((m for m in inside if m not in in_clause),
                  key=lambda m: abs(m.start - amount.start))
    tiers = [[(m.code, mention_role(m, para.text, lang)) for m in group]
             for group in (in_clause, rest)]
    for index in range(sentence_index - 1, -1, -1):
        tiers.append([(m.code, mention_role(m, para.text, lang)) for m in para.mentions(index)])
    return tiers


def _period(amount: Amount, para: _Paragraph, index: int, clause: tuple[int, int],
            sentence_index: int, clauses: list[tuple[int, int]], target: bool,
            previous: tuple[int, PeriodMention | None] | None,
            state: _ArticleState) -> PeriodMention | None:
    """The period of one figure by the scope rules of the module docstring."""
    periods = para.periods(sentence_index)
    sentence = para.sentences[sentence_index]
    own = _period_in(periods, clause[0], clause[1], amount)
    if own is not None:
        return own if own.role == "period" else None
    if amount.via_head:
        return None  # "компаниялар саны 1 157-ге жетті": a stock, dated only in its own clause
    first_clause = clauses[0]
    if first_clause != clause:
        fronted = _period_in(periods, first_clause[0], first_clause[1], amount)
        if (fronted is not None and fronted.role == "period"
                and fronted.start - sentence[0] <= _FRONTED_CHARS):
            return fronted
    same_sentence = previous is not None and previous[0] == sentence_index
    if previous is not None and same_sentence and not target and amount.unit != "count":
        # Coordinated flows share the period ("9 айда экспорт 3 млрд, импорт 2 млрд"); a count
        # of companies is a stock ("bringing the number ... to 1,157") and does not.
        return previous[1]
    if any(mention.role == "anaphor" for mention in periods):
        return state.period_before(index, sentence_index, para)
    return None


def extract_figures(article: ParsedArticle) -> tuple[ExtractedFigure, ...]:
    """Every trade figure of ``article``, in text order (paragraph, then position)."""
    state = _ArticleState(article)
    lang = state.lang
    figures: list[ExtractedFigure] = []
    for index, text in enumerate(article.paragraphs):
        amounts = find_amounts(text, lang)
        if not amounts:
            continue
        para = _Paragraph(text, lang, article.published)
        previous: tuple[int, PeriodMention | None] | None = None
        last_kind: str | None = None
        for amount in amounts:
            sentence_index = para.sentence_index(amount.start)
            sentence = para.sentences[sentence_index]
            clauses = clause_spans(text, *sentence)
            clause = clause_of(clauses, amount.start)
            target = _is_target(amount, para, clause, lang)
            kind = _kind(amount, para, clause, sentence_index, lang)
            if kind is None:
                anaphoric = _KIND_ANAPHOR_RE[lang].search(para.lowered, *sentence) is not None
                if (target or anaphoric) and last_kind in _TRADE_KINDS:
                    kind = last_kind
                else:
                    kind = "other_money"
            qualifier, span_start, span_end = _qualifier(amount, para, lang)
            period = _period(amount, para, index, clause, sentence_index, clauses, target,
                             previous, state)
            previous = (sentence_index, period)
            total = _TOTAL_TRADE_RE[lang].search(para.lowered, *sentence) is not None
            bilateral = _BILATERAL_RE[lang].search(para.lowered, *sentence) is not None
            reporter, partner = sides(kind, amount.unit,
                                      _tiers(para, amount, clause, sentence_index, lang),
                                      total, bilateral, state.main_partner)
            figures.append(ExtractedFigure(
                kind=kind, value=amount.value, unit=amount.unit, qualifier=qualifier,
                reporter=reporter, partner=partner,
                period_start=period.period_start if period else None,
                period_end=period.period_end if period else None,
                target=target, text=text[span_start:span_end], paragraph=index))
            last_kind = kind
    return tuple(figures)
