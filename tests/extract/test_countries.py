"""Tests for app.extract.countries: names in any case form, capitals, adjectives, "our country".

Each case is a short real sentence (dev articles) or one in Kazinform's style. What a mention
reports (how it was found, its case, its preposition) is what figure direction relies on.
"""

from __future__ import annotations

import pytest

from app.extract.countries import country_codes, find_countries, lower_same_length


def _found(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    return [(text[m.start:m.end], m.code, m.how, m.case) for m in find_countries(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # --- Kazakh: the case is read off the suffix chain
        ("kk", "Президент Қасым-Жомарт Тоқаевтың Өзбекстанға мемлекеттік сапары",
         [("Өзбекстанға", "UZ", "name", "dat")]),
        ("kk", "Өзбекстанда қазақстандық капиталмен жұмыс істейтін компаниялар",
         [("Өзбекстанда", "UZ", "name", "loc"), ("қазақстандық", "KZ", "adjective", "nom")]),
        ("kk", "Қазақстан мен Өзбекстанның энергетика секторларындағы әлеуеті",
         [("Қазақстан", "KZ", "name", "nom"), ("Өзбекстанның", "UZ", "name", "gen")]),
        ("kk", "Қытайдан Еуропаға теміржолмен жөнелтілетін жүк", [("Қытайдан", "CN", "name", "abl")]),
        ("kk", "Қазақстанның ҚХР-дағы елшісі және АҚШ-қа сапар",
         [("Қазақстанның", "KZ", "name", "gen"), ("ҚХР-дағы", "CN", "name", "loc"),
          ("АҚШ-қа", "US", "name", "dat")]),
        ("kk", "Ермек Көшербаев Қырғызстанға ресми сапары аясында Бішкекте болды",
         [("Қырғызстанға", "KG", "name", "dat"), ("Бішкекте", "KG", "capital", "loc")]),
        ("kk", "ресми Ташкент Астанаға тауар экспорттады",
         [("Ташкент", "UZ", "capital", "nom"), ("Астанаға", "KZ", "capital", "dat")]),
        ("kk", "біздің ел Өзбекстанда 116 кәсіпорын ашты",
         [("біздің ел", "KZ", "home", "nom"), ("Өзбекстанда", "UZ", "name", "loc")]),
        ("kk", "Өзбекстан елімізге инвестиция салды", [("Өзбекстан", "UZ", "name", "nom"),
                                                     ("елімізге", "KZ", "home", "dat")]),
        ("kk", "қазақ-өзбек ынтымақтастығы", [("қазақ", "KZ", "adjective", "nom"),
                                             ("өзбек", "UZ", "adjective", "nom")]),
        ("kk", "Түркиядан, Ресейге, Жапониямен", [("Түркиядан", "TR", "name", "abl"),
                                                ("Ресейге", "RU", "name", "dat"),
                                                ("Жапониямен", "JP", "name", "ins")]),
        # --- Russian: case from the ending and the preposition
        ("ru", "Президента Узбекистана Шавката Мирзиёева в Казахстан",
         [("Узбекистана", "UZ", "name", "gen"), ("Казахстан", "KZ", "name", "acc")]),
        ("ru", "наладить в Казахстане глубокую переработку зерна", [("Казахстане", "KZ", "name", "loc")]),
        ("ru", "экспорт мяса из Казахстана вырос", [("Казахстана", "KZ", "name", "gen")]),
        ("ru", "казахстанско-узбекского бизнес-форума",
         [("казахстанско", "KZ", "adjective", None), ("узбекского", "UZ", "adjective", None)]),
        ("ru", "в Объединенные Арабские Эмираты – в восемь раз",
         [("Объединенные Арабские Эмираты", "AE", "name", "acc")]),
        ("ru", "официальный Ташкент и Россия", [("Ташкент", "UZ", "capital", "nom"),
                                               ("Россия", "RU", "name", "nom")]),
        # --- English: case-sensitive names, possessive, demonyms, capitals
        ("en", "Kazakh Trade and Integration Minister and Uzbek Minister",
         [("Kazakh", "KZ", "adjective", None), ("Uzbek", "UZ", "adjective", None)]),
        ("en", "Kazakhstan's exports to Uzbekistan", [("Kazakhstan's", "KZ", "name", "gen"),
                                                      ("Uzbekistan", "UZ", "name", None)]),
        ("en", "a trade mission to Tashkent and talks in Astana", [("Tashkent", "UZ", "capital", None),
                                                                   ("Astana", "KZ", "capital", None)]),
        ("en", "the U.S., the UAE and South Korea", [("U.S.", "US", "name", None),
                                                     ("UAE", "AE", "name", None),
                                                     ("South Korea", "KR", "name", None)]),
    ],
)
def test_find_countries(lang: str, text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "prep", "official"),
    [
        ("ru", "поставки мяса в Узбекистан", "в", False),
        ("ru", "импорт из Китая", "из", False),
        ("ru", "официальный Ташкент", None, True),
        ("en", "exports to Uzbekistan", "to", False),
        ("en", "imports from China", "from", False),
        ("en", "official Astana", None, True),
        ("kk", "ресми Ташкенттің ұстанымы", None, True),
    ],
)
def test_preposition_and_official_marker(lang: str, text: str, prep: str | None, official: bool) -> None:
    (mention,) = find_countries(text, lang)
    assert (mention.prep, mention.official) == (prep, official)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "былтыр өзара сауда көлемі 41 млрд АҚШ долларына жетті"),  # US only names the dollar
        ("ru", "стоимостью 4,4 млрд долл. США"),
        ("ru", "2,6 млрд долларов США"),
        ("en", "a US$ 5 million grant in US dollars"),
        ("en", "a turkey sandwich on china plates"),  # English names are capitalised
        ("kk", "Бұл спорт түрінен үздіктер қатарында"),  # түрі is "kind", қатар is "row"
        ("ru", "объем перевозок грузов"),  # груз is cargo, not Грузия
        ("kk", "Біздің елдеріміздің аумағы арқылы"),  # "our countries": not Kazakhstan alone
    ],
)
def test_non_mentions(lang: str, text: str) -> None:
    assert find_countries(text, lang) == []


@pytest.mark.parametrize(
    ("code", "kk", "ru", "en"),
    [
        ("KZ", "Қазақстан", "Казахстан", "Kazakhstan"),
        ("UZ", "Өзбекстан", "Узбекистан", "Uzbekistan"),
        ("KG", "Қырғызстан", "Кыргызстан", "Kyrgyzstan"),
        ("TJ", "Тәжікстан", "Таджикистан", "Tajikistan"),
        ("TM", "Түрікменстан", "Туркменистан", "Turkmenistan"),
        ("RU", "Ресей", "Россия", "Russia"),
        ("CN", "Қытай", "Китай", "China"),
        ("TR", "Түркия", "Турция", "Türkiye"),
        ("US", "АҚШ", "США", "United States"),
        ("GB", "Ұлыбритания", "Великобритания", "United Kingdom"),
        ("DE", "Германия", "Германия", "Germany"),
        ("FR", "Франция", "Франция", "France"),
        ("IT", "Италия", "Италия", "Italy"),
        ("NL", "Нидерланд", "Нидерланды", "Netherlands"),
        ("PL", "Польша", "Польша", "Poland"),
        ("AE", "БАӘ", "ОАЭ", "UAE"),
        ("SA", "Сауд Арабиясы", "Саудовская Аравия", "Saudi Arabia"),
        ("QA", "Катар", "Катар", "Qatar"),
        ("KR", "Корея", "Корея", "South Korea"),
        ("JP", "Жапония", "Япония", "Japan"),
        ("IN", "Үндістан", "Индия", "India"),
        ("IR", "Иран", "Иран", "Iran"),
        ("AF", "Ауғанстан", "Афганистан", "Afghanistan"),
        ("AZ", "Әзербайжан", "Азербайджан", "Azerbaijan"),
        ("GE", "Грузия", "Грузия", "Georgia"),
        ("AM", "Армения", "Армения", "Armenia"),
        ("BY", "Беларусь", "Беларусь", "Belarus"),
        ("UA", "Украина", "Украина", "Ukraine"),
        ("MN", "Моңғолия", "Монголия", "Mongolia"),
    ],
)
def test_required_countries_in_every_language(code: str, kk: str, ru: str, en: str) -> None:
    assert country_codes(f"Сапар {kk} елімен өтті", "kk")[:1] == [code]
    assert country_codes(f"Визит в {ru} состоялся", "ru") == [code]
    assert country_codes(f"A visit to {en} took place", "en") == [code]


@pytest.mark.parametrize(
    ("lang", "text", "suffix"),
    [
        ("kk", "Өзбекстанға", "ға"),
        ("kk", "ҚХР-дағы", "-дағы"),
        ("kk", "қазақстандықтарға", "дықтарға"),
        ("ru", "в Узбекистане", "е"),
        ("ru", "узбекского", "ого"),
        ("en", "Kazakhstan's", "'s"),
        ("en", "Uzbekistan", ""),
    ],
)
def test_suffix_is_the_inflection_as_written(lang: str, text: str, suffix: str) -> None:
    assert [m.suffix for m in find_countries(text, lang)] == [suffix]


def test_country_codes_are_distinct_in_order_of_first_mention() -> None:
    text = "Узбекистан и Казахстан: казахстанские компании в Узбекистане"
    assert country_codes(text, "ru") == ["UZ", "KZ"]


def test_offsets_survive_case_folding_that_changes_length() -> None:
    text = "İstanbul және Түркияға"
    assert lower_same_length(text) != text.lower() and len(lower_same_length(text)) == len(text)
    (mention,) = find_countries(text, "kk")
    assert text[mention.start:mention.end] == "Түркияға"
