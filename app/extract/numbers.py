"""Amounts of money and counts of companies in kk/ru/en text, with exact ``Decimal`` values.

WHY a dedicated parser: no library available offline reads Kazakh amounts, tenge, or
"$1,2 млрд" (see shared/notes/extraction.md), and floats turn 4.1 billion into
4099999999.9999995. One compiled regex per language finds a number together with what makes it
a figure (a scale word, a currency, a company noun); a number without one of those is never
returned, which is what keeps percentages, years, dates, ordinals and phone numbers out.

Number syntax (shared/FORMAT.md): a space groups thousands ("1 157"), a comma or full stop is the
decimal mark ("2,4 млрд", "1.2 billion"). English also groups with commas ("1,157"), so in
English a comma followed by exactly three digits is a thousands separator; in Kazakh and Russian
a comma is always decimal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from app.extract.countries import lower_same_length
from app.extract.lexicons import money as lex

__all__ = ["Amount", "find_amounts", "parse_number", "scale_factor"]


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure as found: value fully expanded, unit, and where it is written."""

    value: Decimal
    unit: str  # ISO 4217 code or "count"
    start: int  # span of the amount as written: sign/number ... currency word or company noun
    end: int
    number_start: int  # span of the digits alone
    number_end: int
    scaled: bool  # a scale word (млн, billion ...) was part of it
    via_head: bool = False  # a count found through "саны/число/number of", not a noun after it


_SPACE_GROUPED = r"\d{1,3}(?: \d{3})+(?![\d])(?:[.,]\d+)?"
_NUMBER: Final[dict[str, str]] = {
    "en": rf"(?:{_SPACE_GROUPED}|\d{{1,3}}(?:,\d{{3}})+(?![\d])(?:\.\d+)?|\d+(?:[.,]\d+)?)",
    "kk": rf"(?:{_SPACE_GROUPED}|\d+(?:[.,]\d+)?)",
}
_NUMBER["ru"] = _NUMBER["kk"]
# Not inside a longer token: "Үздік-2025", "COVID-19", "+7", "1/2", "3.5.1".
_NUMBER_START = r"(?<![\w.,/+\-])"

_SCALE = "|".join(f"(?:{pattern})" for pattern, _ in lex.SCALES)
_SCALE_RES: Final[tuple[tuple[re.Pattern[str], Decimal], ...]] = tuple(
    (re.compile(f"(?:{pattern})$"), factor) for pattern, factor in lex.SCALES
)
_CODES = "|".join(code.lower() for code in lex.CURRENCY_CODES)
_SIGNS = "|".join(re.escape(sign) for sign, _ in lex.CURRENCY_SIGNS)
_SIGN_CODES: Final[dict[str, str]] = dict(lex.CURRENCY_SIGNS)
_WORD_GROUPS: Final[tuple[tuple[str, str], ...]] = tuple(
    (f"w_{code}", code) for code, _ in lex.CURRENCY_WORDS
)
_WORDS = "|".join(f"(?P<w_{code}>{pattern})" for code, pattern in lex.CURRENCY_WORDS)


def _amount_pattern(lang: str) -> re.Pattern[str]:
    """Money with the currency before ("$10 billion", "KZT 5.3 billion") or after the number
    ("1 млрд доллардың", "13.2 billion tenge", "100 млн USD"), else a company count."""
    number = _NUMBER[lang]
    scale = rf"(?:\s?(?P<scale>{_SCALE})(?!\w)\.?)?"
    return re.compile(
        rf"(?:(?P<pre_sign>{_SIGNS})|(?P<pre_code>{_CODES})(?=[\s\d]))\s?(?P<num>{number})"
        rf"(?:\s?(?P<pscale>{_SCALE})(?!\w))?"
        rf"|{_NUMBER_START}(?P<num2>{number}){scale}"
        rf"(?:\s(?P<num_rest>\d{{1,3}})\s?(?P<scale_rest>{_SCALE})(?!\w))?"
        rf"(?:\s?(?P<post_sign>{_SIGNS})|\s(?:(?P<post_code>{_CODES})|{_WORDS}))(?!\w)"
        rf"|{_NUMBER_START}(?P<num3>{number})(?!\s?(?:{lex.NON_COUNT_FOLLOWERS})(?!\w))"
        rf"(?:\s?(?P<cscale>{_SCALE})(?!\w))?"
        rf"(?:{lex.NUMBER_CASE_SUFFIX})?(?:\s(?:{lex.COUNT_INNER_QUALIFIERS}))?"
        rf"\s(?:[^\W\d_]+(?:-[^\W\d_]+)*\s){{0,2}}?(?P<noun>{lex.COMPANY_NOUNS})(?!\w)"
    )


_PATTERNS: Final[dict[str, re.Pattern[str]]] = {lang: _amount_pattern(lang) for lang in _NUMBER}
_BARE: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(rf"{_NUMBER_START}(?P<num>{number})(?:\s?(?P<scale>{_SCALE})(?!\w))?"
                     rf"(?!\w)(?!-?(?:ш|ы|і|th|st|nd|rd|й|го|м|х)\w*)")
    for lang, number in _NUMBER.items()
}
_SCALED: Final[dict[str, re.Pattern[str]]] = {
    lang: re.compile(rf"{_NUMBER_START}(?P<num>{number})\s?(?P<scale>{_SCALE})(?!\w)"
                     rf"(?={lex.INHERIT_FOLLOWERS})")
    for lang, number in _NUMBER.items()
}
_SENTENCE_BREAK: Final[re.Pattern[str]] = re.compile(r"[.!?]\s")
_INHERIT_WINDOW: Final[int] = 160
#: The first digit of a number. Written digit-first with the "no digit before" test as a
#: two-character lookbehind right after it: the same matches as ``(?<!\d)\d``, but a pattern
#: opening with a character class lets ``re`` jump from digit to digit.
_NUMBER_HEAD: Final[re.Pattern[str]] = re.compile(r"\d(?<!\d\d)")
_PREFIX: Final[re.Pattern[str]] = re.compile(rf"(?:{_SIGNS}|(?<![a-z])(?:{_CODES}))\s?$")
_COMPANY: Final[re.Pattern[str]] = re.compile(rf"(?<!\w)(?:{lex.COMPANY_NOUNS})(?!\w)")
_COUNT_HEAD: Final[re.Pattern[str]] = re.compile(rf"(?<!\w)(?:{lex.COUNT_HEADS})(?!\w)")
_NON_COUNT: Final[re.Pattern[str]] = re.compile(rf"(?:-\w+)?\s?(?:{lex.NON_COUNT_FOLLOWERS})(?!\w)")
_CLAUSE_BREAK: Final[re.Pattern[str]] = re.compile(r"[.!?;:]\s")
_HEAD_WINDOW: Final[int] = 120


def parse_number(digits: str, lang: str) -> Decimal:
    """The value of a number as written ("1 157", "2,4", "1,157" in English, "44.1").

    Raises ValueError for text that is not a number in this syntax.
    """
    text = digits.replace(" ", "").replace("\u00a0", "")
    if lang == "en" and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    text = text.replace(",", ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?", text):
        raise ValueError(f"not a number: {digits!r}")
    return Decimal(text)


def scale_factor(word: str) -> Decimal:
    """The multiplier of a scale word in any case form ("млрд", "миллиардтан", "bn" → 10⁹)."""
    lowered = word.lower()
    for pattern, factor in _SCALE_RES:
        if pattern.match(lowered):
            return factor
    raise ValueError(f"not a scale word: {word!r}")


def _expand(number: Decimal, scale: str | None) -> Decimal:
    value = number * scale_factor(scale) if scale else number
    # Normalise 2.4E+9 to 2400000000, keeping exact digits (Decimal, never float).
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _currency(match: re.Match[str], text: str) -> str | None:
    """ISO code of the currency in an amount match; None when a "code" is not upper case."""
    for group in ("pre_sign", "post_sign"):
        sign = match.group(group)
        if sign is not None:
            return _SIGN_CODES[sign]
    for group in ("pre_code", "post_code"):
        code = match.group(group)
        if code is not None:
            start, end = match.span(group)
            if not text[start:end].isupper():
                return None
            upper = code.upper()
            return lex.CODE_ALIASES.get(upper, upper)
    for group, code in _WORD_GROUPS:
        if match.group(group) is not None:
            return code
    return None


def _at_digits(pattern: re.Pattern[str], lowered: str,
               with_prefix: bool = False) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` tried only where a number starts (or at its currency prefix).

    WHY: every amount begins with a digit or a sign/code right before one; trying the big
    alternation at every character of a paragraph cost most of the time budget, while jumping
    from digit to digit with a one-character regex is nearly free.
    """
    resume = 0
    for digit in _NUMBER_HEAD.finditer(lowered):
        start = digit.start()
        if start < resume:
            continue
        match = None
        if with_prefix:
            prefix = _PREFIX.search(lowered, max(0, start - 5), start)
            if prefix is not None:
                match = pattern.match(lowered, prefix.start())
        if match is None:
            match = pattern.match(lowered, start)
        if match is not None:
            resume = match.end()
            yield match


def _head_count(text: str, lowered: str, start: int, end: int) -> bool:
    """Is the bare number at ``start`` a company count announced by "саны/число/number of"?"""
    window_start = max(0, start - _HEAD_WINDOW)
    window = lowered[window_start:start]
    last_break = None
    for last_break in _CLAUSE_BREAK.finditer(window):
        pass
    if last_break is not None:
        window = window[last_break.end():]
    if not window or _COUNT_HEAD.search(window) is None or _COMPANY.search(window) is None:
        return False
    return _NON_COUNT.match(lowered, end) is None


def find_amounts(text: str, lang: str) -> list[Amount]:
    """Every amount of money and company count in ``text``, in text order.

    ``lang`` selects the number syntax ("en" reads "1,157" as one thousand one hundred and
    fifty-seven; "kk"/"ru" read "2,4" as two point four). Money without a named currency and
    numbers without a scale, currency or company noun are not amounts.
    """
    lang = lang if lang in _PATTERNS else "ru"
    if _NUMBER_HEAD.search(text) is None:
        return []
    lowered = lower_same_length(text)
    found: list[Amount] = []
    for match in _at_digits(_PATTERNS[lang], lowered, with_prefix=True):
        if match.group("noun") is not None:
            num_group, scale = "num3", match.group("cscale")
            unit: str | None = "count"
        else:
            num_group = "num" if match.group("num") is not None else "num2"
            scale = match.group("scale") or match.group("pscale")
            unit = _currency(match, text)
        if unit is None:
            continue
        number_start, number_end = match.span(num_group)
        value = _expand(parse_number(text[number_start:number_end], lang), scale)
        if unit != "count" and match.group("num_rest") is not None:
            # "1 млрд 450 млн теңге": a smaller unit adds to the larger one.
            rest = _expand(Decimal(match.group("num_rest")), match.group("scale_rest"))
            if scale is None or rest >= scale_factor(scale):
                continue
            value += rest
        found.append(Amount(value, unit, match.start(), match.end(), number_start, number_end,
                            scale is not None))
    found.extend(_counts_by_head(text, lowered, lang, found))
    found.sort(key=lambda a: a.start)
    if found and any(a.unit != "count" for a in found):
        found.extend(_inherited_currency(text, lowered, lang, found))
        found.sort(key=lambda a: a.start)
    return found


def _inherited_currency(text: str, lowered: str, lang: str, found: list[Amount]) -> list[Amount]:
    """Scaled numbers that take the currency of the money before them in the same sentence."""
    extra: list[Amount] = []
    money = [a for a in found if a.unit != "count"]
    for match in _at_digits(_SCALED[lang], lowered):
        start, end = match.span()
        if any(a.start <= start < a.end for a in found):
            continue
        before = [a for a in money if a.end <= start and start - a.end <= _INHERIT_WINDOW]
        if not before or _SENTENCE_BREAK.search(lowered, before[-1].end, start) is not None:
            continue
        number_start, number_end = match.span("num")
        value = _expand(parse_number(text[number_start:number_end], lang), match.group("scale"))
        extra.append(Amount(value, before[-1].unit, start, end, number_start, number_end, True))
    return extra


def _counts_by_head(text: str, lowered: str, lang: str, found: list[Amount]) -> list[Amount]:
    """Company counts whose noun stands before a count head: "компаниялар саны 1 157-ге"."""
    if _COUNT_HEAD.search(lowered) is None:
        return []
    spans = [(a.start, a.end) for a in found]
    extra: list[Amount] = []
    for match in _at_digits(_BARE[lang], lowered):
        start, end = match.span()
        if any(s <= start < e for s, e in spans):
            continue
        if not _head_count(text, lowered, start, end):
            continue
        number_start, number_end = match.span("num")
        value = _expand(parse_number(text[number_start:number_end], lang), match.group("scale"))
        extra.append(Amount(value, "count", start, end, number_start, number_end,
                            match.group("scale") is not None, via_head=True))
    return extra
