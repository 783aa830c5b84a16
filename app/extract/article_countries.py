"""The countries an article is about, as sorted ISO 3166-1 alpha-2 codes.

Built on :func:`app.extract.countries.find_countries` (names in any case form, capitals standing
for their state, adjectives, "біздің ел"). WHY these rules, read off the dev gold
(``shared/corpus/dev``): the gold keeps nearly every country the text names, even once in the
body ("most of them study in Russia", a rival "from the US team"), because a named country is
almost always a participant. What it leaves out is a *place*: a city where something happens
("at Milan's San Siro", a foreign dateline) and background from an earlier story. So each mention
is weighed, and a country is kept when its weight reaches :data:`KEEP_AT`:

* a name or adjective weighs 3 in the title, 2 in the lead, 1 in the body — one plain mention
  anywhere is enough, which is what the gold asks for;
* a capital weighs the same when it acts for its state ("ресми Ташкент", "official Astana"), but
  only :data:`PLACE_WEIGHT` when it is just where something happened, so a lone "in Tashkent"
  in the body is dropped while a city named twice, or once in the title, still counts;
* a mention in a background paragraph ("Бұған дейін ...", "Ранее ...", "Earlier, ...") weighs
  :data:`PLACE_WEIGHT`: those paragraphs recap other stories.

Kazakhstan is also kept when the article is datelined in a Kazakh city: Kazinform is Kazakhstan's
agency, and a domestic story ("556 rural clinics this year") is about Kazakhstan even when it
never names it.
"""

from __future__ import annotations

from typing import Final

from app.extract.countries import find_countries
from app.extract.parse import ParsedArticle

__all__ = ["KEEP_AT", "PLACE_WEIGHT", "article_countries", "country_weights"]

KEEP_AT: Final[float] = 1.0
PLACE_WEIGHT: Final[float] = 0.5
_TITLE, _LEAD, _BODY = 3.0, 2.0, 1.0

#: Openings of a paragraph that recaps an earlier story (lower case, as written after folding).
_BACKGROUND: Final[tuple[str, ...]] = (
    "бұған дейін", "бұдан бұрын", "еске салайық", "еске сала кетейік", "айта кетейік",
    "ранее", "напомним", "как сообщалось", "ранее сообщалось",
    "earlier", "previously", "as reported", "it was earlier reported", "recall that",
)

#: Kazakh cities as they appear in datelines (upper-cased by Kazinform; compared upper-cased).
_KZ_DATELINES: Final[frozenset[str]] = frozenset(s.upper() for s in (
    "Астана", "Нұр-Сұлтан", "Нур-Султан", "Алматы", "Шымкент", "Қарағанды", "Караганда",
    "Ақтөбе", "Актобе", "Атырау", "Ақтау", "Актау", "Орал", "Уральск", "Өскемен",
    "Усть-Каменогорск", "Павлодар", "Петропавл", "Петропавловск", "Қостанай", "Костанай",
    "Көкшетау", "Кокшетау", "Тараз", "Түркістан", "Туркестан", "Қызылорда", "Кызылорда",
    "Талдықорған", "Талдыкорган", "Жезқазған", "Жезказган", "Семей", "Конаев", "Қонаев",
    "Екібастұз", "Экибастуз", "Байқоңыр", "Байконур", "Теміртау", "Темиртау", "Жаңаөзен",
    "Жанаозен", "Бурабай", "Балқаш", "Балхаш",
    "Astana", "Nur-Sultan", "Almaty", "Shymkent", "Karaganda", "Karagandy", "Aktobe", "Atyrau",
    "Aktau", "Uralsk", "Oral", "Ust-Kamenogorsk", "Oskemen", "Pavlodar", "Petropavlovsk",
    "Petropavl", "Kostanay", "Kokshetau", "Taraz", "Turkistan", "Turkestan", "Kyzylorda",
    "Taldykorgan", "Zhezkazgan", "Semey", "Konayev", "Konaev", "Ekibastuz", "Baikonur",
    "Temirtau", "Zhanaozen", "Burabay", "Balkhash",
))


def _is_background(paragraph: str) -> bool:
    return paragraph.lstrip(" -–—«\"“").lower().startswith(_BACKGROUND)


def country_weights(article: ParsedArticle) -> dict[str, float]:
    """How strongly the article is about each country it mentions (see the module docstring)."""
    lang = article.language
    weights: dict[str, float] = {}
    body = article.paragraphs[1:] if article.paragraphs else ()
    parts = [(article.title, _TITLE, False), (article.lead, _LEAD, False)]
    parts += [(p, _BODY, _is_background(p)) for p in body]
    for text, weight, background in parts:
        for mention in find_countries(text, lang):
            place = mention.how == "capital" and not mention.official
            value = PLACE_WEIGHT * weight if place else weight
            if background:
                value = min(value, PLACE_WEIGHT)
            weights[mention.code] = weights.get(mention.code, 0.0) + value
    if article.dateline and article.dateline.strip().upper() in _KZ_DATELINES:
        weights["KZ"] = weights.get("KZ", 0.0) + KEEP_AT
    return weights


def article_countries(article: ParsedArticle) -> tuple[str, ...]:
    """ISO alpha-2 of every country the article is about (sorted), not a country that is only
    a place in passing."""
    return tuple(sorted(code for code, w in country_weights(article).items() if w >= KEEP_AT))
