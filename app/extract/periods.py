"""Reporting periods in kk/ru/en text, resolved to whole months against the publication date.

A trade figure is only comparable with Comtrade-style series when its period is known, and
Kazinform rarely writes the year: "биылғы 9 айда" in an article of 2025-11 is 2025-01..2025-09,
"январь–октябрь" published in February is last year's. So every expression is resolved here to
(``YYYY-MM``, ``YYYY-MM``) with the article date as the anchor.

Besides periods the scanner reports two things a caller must not mistake for one:
anaphors ("Қамтылып отырған кезеңде", "за этот период", "in the same period"), which carry the
previous sentence's period over, and deadlines of plans ("2030 жылға дейін", "к 2030 году",
"by 2030") or comparison bases ("2023 жылмен", "than in 2023"), which are years but not the
period of the figure.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Final

from app.extract.countries import lower_same_length
from app.extract.lexicons import periods as lex

__all__ = ["PeriodMention", "find_periods"]


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A time expression; ``start``/``end`` index the text given to :func:`find_periods`."""

    start: int
    end: int
    role: str  # "period" | "anaphor" (same period as before) | "other" (deadline, comparison)
    period_start: str | None = None  # "YYYY-MM" for role "period"
    period_end: str | None = None


def _alt(words: dict[str, int] | tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# Templates: {y} a year, {y1}/{y2} a year range, {n} a month count, {m}/{m1}/{m2} months,
# {q} an ordinal, {this}/{last} "this/last year". Each rule becomes one named alternative.
_RULES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "kk": (
        ("yrange", r"{y1} ?[-–—] ?{y2} (?:жыл\w*|жж\.?)"),
        ("months", r"(?:(?:{y} жылдың|{this}|{last}) )?(?:алғашқы |бірінші )?{n} "
                   r"ай(?:да|дың|ында|ындағы|лық|ы|ға|ын)?(?!\w)"),
        ("mrange", r"(?:(?:{y} жыл(?:ғы|дың)|{this}|{last}) )?"
                   r"(?:{m1})\w* ?(?:[-–—]|мен) ?(?:{m2})\w*"),
        ("quarter", r"(?:(?:{y} жылдың|{this}|{last}) )?(?:жылдың )?{q}(?:-ші|-шы)? тоқсан\w*"),
        ("half", r"(?:(?:{y} жылдың|{this}|{last}) )?(?:жылдың )?(?:{q}) "
                 r"(?:жартыжылдық\w*|жарты жыл\w*|жартысы\w*)"),
        ("month_y", r"{y} жыл(?:ғы|дың) (?:{m})\w*"),
        ("other", r"{deadline}|{notp}"),
        ("year", r"{y} жыл(?:ы|ғы|дың|да)?(?!\w)"),
        ("ytd", r"{ytd}"),
        ("this", r"{this}"),
        ("last", r"{last}"),
        ("month", r"(?:{m})(?:да|де|та|те|ында|інде)(?!\w)"),
        ("anaphor", r"{anaphor}"),
    ),
    "ru": (
        ("yrange", r"(?:с )?{y1}(?: по | ?[-–—] ?){y2}(?:-х| год\w*| гг\.?)*"),
        ("months", r"(?:первые )?{n} месяц\w*(?: (?:{y} года|{this}|{last}))?"),
        ("mrange", r"(?:с )?(?:{m1})\w*(?: по | ?[-–—] ?)(?:{m2})\w*"
                   r"(?: (?:{y}(?: года| г\.)?|{this}|{last}))?"),
        ("quarter", r"{q}(?:-м|-й)? квартал\w*(?: (?:{y} года|{this}|{last}))?"),
        ("half", r"{q} полугоди\w*(?: (?:{y} года|{this}|{last}))?"),
        ("month_y", r"(?:{m})\w* {y}(?: года| г\.)?"),
        ("other", r"{deadline}|{notp}"),
        ("year", r"{y}(?:-м)?(?: г\.| год(?:у|а|ах)?)(?!\w)"),
        ("ytd", r"{ytd}"),
        ("this", r"{this}"),
        ("last", r"{last}"),
        ("month", r"(?<!\w)в (?:{m})\w*(?!\w)(?! ?[-–—]| по | \d)"),
        ("anaphor", r"{anaphor}"),
    ),
    "en": (
        ("yrange", r"(?:(?i:from|between) )?{y1}(?: ?[-–—] ?|(?i: to | and | through )){y2}"),
        ("months", r"(?i:(?:the )?first )?{n} (?i:months)(?: (?i:of) (?:{y}|{this}|{last}))?"),
        ("mrange", r"(?:{m1}) ?(?:[-–—]|(?i: to | through | and )) ?(?:{m2})(?:,? {y})?"),
        ("quarter", r"{q} (?i:quarter)(?: (?i:of) {y})?"),
        ("half", r"{q} (?i:half)(?: (?i:of) (?:{y}|{this}|{last}))?"),
        ("month_y", r"(?:{m}),? {y}"),
        ("other", r"{deadline}|{notp}"),
        ("year", r"(?i:in|for|during|over|of|throughout) {y}(?! ?[-–—] ?\d)(?!(?i: to | and )\d)"),
        ("ytd", r"(?i:{ytd})"),
        ("this", r"(?i:{this})"),
        ("last", r"(?i:{last})"),
        ("month", r"(?i:in) (?:{m})(?!,? \d| ?[-–—]|(?i: to | through | and ))"),
        ("anaphor", r"(?i:{anaphor})"),
    ),
}


def _compile(lang: str) -> re.Pattern[str]:
    """One alternation of all rules; group names are prefixed by the rule so they stay unique."""
    months = lex.MONTHS[lang]
    month_alt = "|".join(f"(?:{m})" for m in months)
    numbers = _alt(lex.NUMBER_WORDS[lang])
    ordinals = _alt(lex.ORDINALS[lang])
    alternatives = []
    for name, template in _RULES[lang]:
        def g(field: str, body: str, _name: str = name) -> str:
            return f"(?P<{_name}_{field}>{body})"

        year = r"(?<!\d)(?:19|20)\d\d(?!\d)"
        number_words = f"(?i:{numbers})" if lang == "en" else numbers
        ordinal_words = f"(?i:{ordinals})" if lang == "en" else ordinals
        body = template.format(
            y=g("y", year), y1=g("y1", year), y2=g("y2", year),
            n=g("n", rf"\d{{1,2}}|{number_words}"),
            m=g("m", month_alt), m1=g("m1", month_alt), m2=g("m2", month_alt),
            q=g("q", ordinal_words),
            this=g("this", lex.THIS_YEAR[lang]), last=g("last", lex.LAST_YEAR[lang]),
            ytd=lex.YEAR_TO_DATE[lang], anaphor=lex.ANAPHORS[lang],
            deadline=lex.DEADLINES[lang].replace("(?P<dy>", "(?:"),
            notp=lex.NOT_PERIODS[lang].replace("(?P<ny>", "(?:").replace("(?P<ny2>", "(?:"),
        )
        alternatives.append(f"(?P<{name}>{body})")
    boundary = r"(?<![\w\-])" if lang != "en" else r"(?<![\w])"
    return re.compile(boundary + "(?:" + "|".join(alternatives) + ")")


_PATTERNS: Final[dict[str, re.Pattern[str]]] = {lang: _compile(lang) for lang in _RULES}
_MONTH_RES: Final[dict[str, tuple[re.Pattern[str], ...]]] = {
    lang: tuple(re.compile(f"(?:{m})") for m in months) for lang, months in lex.MONTHS.items()
}


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _month_number(word: str, lang: str) -> int:
    for index, pattern in enumerate(_MONTH_RES[lang], start=1):
        if pattern.match(word):
            return index
    raise ValueError(f"not a month: {word!r}")


def _count(word: str, lang: str) -> int:
    return int(word) if word.isdigit() else lex.NUMBER_WORDS[lang][word.lower()]


def _year(match: re.Match[str], rule: str, published: datetime.date, last_month: int) -> int:
    """The year an expression speaks of: written, "this/last year", or the latest one whose
    ``last_month`` is not after the publication month."""
    groups = match.groupdict()
    written = groups.get(f"{rule}_y")
    if written:
        return int(written)
    if groups.get(f"{rule}_this"):
        return published.year
    if groups.get(f"{rule}_last"):
        return published.year - 1
    return published.year if last_month <= published.month else published.year - 1


def _resolve(match: re.Match[str], rule: str, lang: str,
             published: datetime.date) -> tuple[str, str | None, str | None]:
    """(role, start, end) for one matched rule."""
    if rule in ("other", "anaphor"):
        return rule, None, None
    group = match.group
    if rule == "yrange":
        first, last = int(group("yrange_y1")), int(group("yrange_y2"))
        return ("period", _ym(first, 1), _ym(last, 12)) if first <= last else ("other", None, None)
    if rule == "year":
        year = int(group("year_y"))
        return "period", _ym(year, 1), _ym(year, 12)
    if rule in ("this", "last"):
        year = published.year - (rule == "last")
        return "period", _ym(year, 1), _ym(year, 12)
    if rule == "ytd":
        end = max(published.month - 1, 1)
        return "period", _ym(published.year, 1), _ym(published.year, end)
    if rule == "months":
        count = _count(group("months_n"), lang)
        if not 1 <= count <= 12:
            return "other", None, None
        year = _year(match, rule, published, count)
        return "period", _ym(year, 1), _ym(year, count)
    if rule == "mrange":
        first = _month_number(group("mrange_m1"), lang)
        last = _month_number(group("mrange_m2"), lang)
        if first > last:
            return "other", None, None
        year = _year(match, rule, published, last)
        return "period", _ym(year, first), _ym(year, last)
    if rule in ("quarter", "half"):
        ordinal = lex.ORDINALS[lang][group(f"{rule}_q").lower()]
        size = 3 if rule == "quarter" else 6
        if ordinal * size > 12:
            return "other", None, None
        year = _year(match, rule, published, ordinal * size)
        return "period", _ym(year, (ordinal - 1) * size + 1), _ym(year, ordinal * size)
    month = _month_number(group(f"{rule}_m"), lang)  # month_y, month
    year = _year(match, rule, published, month)
    return "period", _ym(year, month), _ym(year, month)


def find_periods(text: str, lang: str, published: datetime.date) -> list[PeriodMention]:
    """Every period, anaphor and non-period year in ``text``, in order, resolved against
    ``published`` (the article's date)."""
    lang = lang if lang in _PATTERNS else "ru"
    scanned = text if lang == "en" else lower_same_length(text)
    mentions: list[PeriodMention] = []
    for match in _PATTERNS[lang].finditer(scanned):
        rule = match.lastgroup
        if rule is None:
            continue
        role, start, end = _resolve(match, rule, lang, published)
        mentions.append(PeriodMention(match.start(), match.end(), role, start, end))
    return mentions
