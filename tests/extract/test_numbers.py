"""Tests for app.extract.numbers: amounts and company counts in kk/ru/en, with exact Decimals.

Sentences are from the dev articles (tests/data/articles) or written in Kazinform's house
style; the traps (percentages, years, dates, ordinals, phone numbers, tonnes, "2,4" read as a
decimal and not a list) must yield nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.extract.numbers import find_amounts, parse_number, scale_factor


@pytest.mark.parametrize(
    ("written", "lang", "value"),
    [
        ("1 157", "kk", Decimal("1157")),  # space groups thousands
        ("2,4", "kk", Decimal("2.4")),  # comma is decimal in Kazakh ...
        ("117,5", "ru", Decimal("117.5")),  # ... and Russian
        ("1,157", "en", Decimal("1157")),  # comma + three digits groups thousands in English
        ("44.1", "en", Decimal("44.1")),
        ("2,4", "en", Decimal("2.4")),  # not three digits after the comma: still a decimal
        ("1 000 000", "ru", Decimal("1000000")),
        ("80,000", "en", Decimal("80000")),
    ],
)
def test_parse_number(written: str, lang: str, value: Decimal) -> None:
    assert parse_number(written, lang) == value


def test_parse_number_rejects_text() -> None:
    with pytest.raises(ValueError):
        parse_number("1,2,3", "kk")


@pytest.mark.parametrize(
    ("word", "factor"),
    [
        ("млрд", Decimal("1e9")),
        ("миллиардтан", Decimal("1e9")),  # Kazakh ablative
        ("миллиарда", Decimal("1e9")),  # Russian genitive
        ("bn", Decimal("1e9")),
        ("млн", Decimal("1e6")),
        ("million", Decimal("1e6")),
        ("тыс.", Decimal("1e3")),
        ("мыңнан", Decimal("1e3")),
        ("trillion", Decimal("1e12")),
        ("трлн", Decimal("1e12")),
    ],
)
def test_scale_factor_in_any_case_form(word: str, factor: Decimal) -> None:
    assert scale_factor(word) == factor


def _found(text: str, lang: str) -> list[tuple[str, Decimal, str]]:
    return [(text[a.start:a.end], a.value, a.unit) for a in find_amounts(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # --- Kazakh: currency word in any case form, after the scale
        ("kk", "ресми Ташкент Астанаға 1 млрд доллардың тауарын экспорттап, 2,4 млрд доллардан "
               "астам сомаға өнім импорттаған.",
         [("1 млрд доллардың", Decimal("1000000000"), "USD"),
          ("2,4 млрд доллардан", Decimal("2400000000"), "USD")]),
        ("kk", "былтыр өзара сауда көлемі 41 млрд АҚШ долларына жетті.",
         [("41 млрд АҚШ долларына", Decimal("41000000000"), "USD")]),
        ("kk", "қосымша 99,6 млрд теңге қажет.", [("99,6 млрд теңге", Decimal("99600000000"), "KZT")]),
        ("kk", "Орташа жалақы 400 мың теңгеге жетті.", [("400 мың теңгеге", Decimal("400000"), "KZT")]),
        ("kk", "Жоба құны 500 млн еуроға бағаланды.", [("500 млн еуроға", Decimal("500000000"), "EUR")]),
        ("kk", "Бишкекке 2 млрд сом бөлінді.", [("2 млрд сом", Decimal("2000000000"), "KGS")]),
        # --- Kazakh company counts: noun after the number, or announced by "саны"
        ("kk", "біздің ел Өзбекстанда 116 кәсіпорын ашты.", [("116 кәсіпорын", Decimal("116"), "count")]),
        ("kk", "компаниялар саны 1 157-ге теңелді.", [("1 157", Decimal("1157"), "count")]),
        ("kk", "Онда 300-ден астам бірлескен кәсіпорын жұмыс істейді.",
         [("300-ден астам бірлескен кәсіпорын", Decimal("300"), "count")]),
        ("kk", "1,5 мыңнан астам компания тіркелген.",
         [("1,5 мыңнан астам компания", Decimal("1500"), "count")]),
        # --- Russian
        ("ru", "стоимостью 4,4 млрд долл. США, а также семи контрактов на 2,6 млрд долл. США.",
         [("4,4 млрд долл. США", Decimal("4400000000"), "USD"),
          ("2,6 млрд долл. США", Decimal("2600000000"), "USD")]),
        ("ru", "на общую сумму 7 млрд долларов", [("7 млрд долларов", Decimal("7000000000"), "USD")]),
        ("ru", "и составил 117,5 млрд тенге.", [("117,5 млрд тенге", Decimal("117500000000"), "KZT")]),
        ("ru", "Сделка оценивается в $1,2 млрд.", [("$1,2 млрд", Decimal("1200000000"), "USD")]),
        ("ru", "выделено 1 млрд 450 млн тенге", [("1 млрд 450 млн тенге", Decimal("1450000000"), "KZT")]),
        ("ru", "на 10 млрд рублей и 2 млрд юаней", [("10 млрд рублей", Decimal("10000000000"), "RUB"),
                                                ("2 млрд юаней", Decimal("2000000000"), "CNY")]),
        ("ru", "В Узбекистане работает 1 157 компаний с казахстанским капиталом.",
         [("1 157 компаний", Decimal("1157"), "count")]),
        ("ru", "Число совместных предприятий достигло 2 500.", [("2 500", Decimal("2500"), "count")]),
        # the second amount names no currency and takes the one before it in the sentence
        ("ru", "Экспорт составил 3 млрд долларов, импорт – 1,2 млрд.",
         [("3 млрд долларов", Decimal("3000000000"), "USD"), ("1,2 млрд", Decimal("1200000000"), "USD")]),
        # --- English: sign, code and word; commas group thousands
        ("en", "export contracts worth over $44.1 million.",
         [("$44.1 million", Decimal("44100000"), "USD")]),
        ("en", "including KZT 5.3 billion from the republican budget, 585 million tenge from sports "
               "federations",
         [("KZT 5.3 billion", Decimal("5300000000"), "KZT"),
          ("585 million tenge", Decimal("585000000"), "KZT")]),
        ("en", "a US$1.2bn loan and a €500 million grant",
         [("US$1.2bn", Decimal("1200000000"), "USD"), ("€500 million", Decimal("500000000"), "EUR")]),
        ("en", "a USD1.5 billion loan", [("USD1.5 billion", Decimal("1500000000"), "USD")]),
        ("ru", "на 5 млрд. долларов", [("5 млрд. долларов", Decimal("5000000000"), "USD")]),
        ("en", "3 trillion tenge, 100 million USD", [("3 trillion tenge", Decimal("3000000000000"), "KZT"),
                                                    ("100 million USD", Decimal("100000000"), "USD")]),
        ("en", "1,157 Kazakh companies and 116 joint ventures",
         [("1,157 Kazakh companies", Decimal("1157"), "count"),
          ("116 joint ventures", Decimal("116"), "count")]),
        ("en", "The number of companies with Kazakh capital in Uzbekistan reached 1,157.",
         [("1,157", Decimal("1157"), "count")]),
    ],
)
def test_find_amounts(lang: str, text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # percentages
        ("kk", "Бұл көрсеткіш алдыңғы жылмен салыстырғанда 16 пайызға жоғары."),
        ("ru", "экспорт мяса вырос почти на 20% по сравнению с прошлым годом"),
        ("en", "Inflation was 8.6%, the base rate 16.5%."),
        # years and dates
        ("kk", "Қазақстан бұл спорт түрінен Олимпиада жүлдесін 2014 жылы ғана жеңіп алған еді."),
        ("kk", "Сапар 2025 жылғы 14 қарашада өтті."),
        ("ru", "5 января 2025 года в 2027 году премия «Үздік-2025»"),
        ("en", "On January 5, 2025, the sides met in Tashkent."),
        # ordinals next to a company noun
        ("kk", "2025 жылы 3-ші кәсіпорын ашылды."),
        ("ru", "Это 20-й компании в регионе."),
        ("en", "the 5th company and the 20th meeting"),
        # phone numbers
        ("ru", "Телефон для справок: +7 (7172) 74-00-00."),
        ("en", "Call +7 7172 740 000 or 8 701 123 45 67."),
        # "2,4" style lists, counts of other things, units that are not money
        ("kk", "Биыл 2, 4 және 5 нысан ашылады."),
        ("ru", "общей мощностью 41,9 тыс. тонн мяса птицы в год"),
        ("kk", "Теміржолмен тасымалданған жүк көлемі 28 млн тоннадан асты."),
        ("ru", "число жителей, занимающихся спортом, достигло 377 тысяч."),
        ("en", "more than 80,000 Kazakh students are enrolled abroad"),
        # a scale with no currency named anywhere, and "сома" (sum) is no som
        ("kk", "Экспорт 5 млрд болды."),
        ("kk", "50 млн сомаға өнім сатылды."),
    ],
)
def test_traps_are_not_amounts(lang: str, text: str) -> None:
    assert find_amounts(text, lang) == []


def test_values_are_decimals_never_floats() -> None:
    amounts = find_amounts("Bilateral trade reached $4.1 billion.", "en")
    assert [type(a.value) for a in amounts] == [Decimal]
    assert str(amounts[0].value) == "4100000000"
