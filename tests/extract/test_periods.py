"""Tests for app.extract.periods: periods resolved to months against the publication date.

Includes the anaphors that carry a period over ("Қамтылып отырған кезеңде") and the years
that are no period of a figure (deadlines "к 2030 году", comparison bases "than in 2023").
"""

from __future__ import annotations

import datetime

import pytest

from app.extract.periods import find_periods

NOV_2025 = datetime.date(2025, 11, 14)
FEB_2025 = datetime.date(2025, 2, 10)
APR_2023 = datetime.date(2023, 4, 18)


def _found(text: str, lang: str, published: datetime.date) -> list[tuple[str, str, str | None]]:
    result = []
    for m in find_periods(text, lang, published):
        period = f"{m.period_start}/{m.period_end}" if m.role == "period" else None
        result.append((text[m.start:m.end], m.role, period))
    return result


@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        # --- Kazakh
        ("kk", "Еске салайық, биылғы 9 айдың қорытындысы бойынша", NOV_2025,
         [("биылғы 9 айдың", "period", "2025-01/2025-09")]),
        ("kk", "қаңтар-тамыз аралығында тауар айналымы", NOV_2025,
         [("қаңтар-тамыз", "period", "2025-01/2025-08")]),
        ("kk", "қаңтар-желтоқсан айларында", FEB_2025,  # a whole year reported in February: last year
         [("қаңтар-желтоқсан", "period", "2024-01/2024-12")]),
        ("kk", "2023 жылы Қытай инвестиция құйды", NOV_2025, [("2023 жылы", "period", "2023-01/2023-12")]),
        ("kk", "2025 жылғы қаңтар-қыркүйекте", NOV_2025,
         [("2025 жылғы қаңтар-қыркүйекте", "period", "2025-01/2025-09")]),
        ("kk", "2023-2025 жылдары бөлінді", NOV_2025, [("2023-2025 жылдары", "period", "2023-01/2025-12")]),
        ("kk", "былтыр өзара сауда көлемі", datetime.date(2024, 4, 16),
         [("былтыр", "period", "2023-01/2023-12")]),
        ("kk", "биылғы бірінші тоқсанда", NOV_2025,
         [("биылғы бірінші тоқсанда", "period", "2025-01/2025-03")]),
        ("kk", "Қамтылып отырған кезеңде ресми Ташкент", NOV_2025,
         [("Қамтылып отырған кезеңде", "anaphor", None)]),
        ("kk", "2030 жылға дейін жеткізу", NOV_2025, [("2030 жылға дейін", "other", None)]),
        # --- Russian
        ("ru", "за январь–октябрь 2024 года", NOV_2025,
         [("январь–октябрь 2024 года", "period", "2024-01/2024-10")]),
        ("ru", "в январе-сентябре", NOV_2025, [("январе-сентябре", "period", "2025-01/2025-09")]),
        ("ru", "за 2022 год", NOV_2025, [("2022 год", "period", "2022-01/2022-12")]),
        ("ru", "по итогам 2022 года объем инвестиций", APR_2023,
         [("2022 года", "period", "2022-01/2022-12")]),
        ("ru", "в 2022–2025 годах было выделено", NOV_2025,
         [("2022–2025 годах", "period", "2022-01/2025-12")]),
        ("ru", "В этом году выделено", APR_2023, [("В этом году", "period", "2023-01/2023-12")]),
        ("ru", "за девять месяцев 2025 года", NOV_2025,
         [("девять месяцев 2025 года", "period", "2025-01/2025-09")]),
        ("ru", "В первом квартале 2023 года", APR_2023,
         [("первом квартале 2023 года", "period", "2023-01/2023-03")]),
        ("ru", "в декабре 2022 года", APR_2023, [("декабре 2022 года", "period", "2022-12/2022-12")]),
        ("ru", "За этот период экспорт вырос", NOV_2025, [("За этот период", "anaphor", None)]),
        ("ru", "довести до 10 млрд долларов к 2030 году", NOV_2025, [("к 2030 году", "other", None)]),
        ("ru", "по сравнению с 2023 годом", NOV_2025, [("по сравнению с 2023", "other", None)]),
        # --- English
        ("en", "in the first nine months of 2025", NOV_2025,
         [("the first nine months of 2025", "period", "2025-01/2025-09")]),
        ("en", "Bilateral trade reached $4.1 billion in January–November 2023.", NOV_2025,
         [("January–November 2023", "period", "2023-01/2023-11")]),
        ("en", "In 2022, according to our data", NOV_2025, [("In 2022", "period", "2022-01/2022-12")]),
        ("en", "Over 2023–2025, the budget has provided", NOV_2025,
         [("2023–2025", "period", "2023-01/2025-12")]),
        ("en", "in the first half of 2024", NOV_2025, [("first half of 2024", "period", "2024-01/2024-06")]),
        ("en", "In the same period, imports reached", NOV_2025, [("In the same period", "anaphor", None)]),
        ("en", "to $10 billion by 2030", NOV_2025, [("by 2030", "other", None)]),
        ("en", "up 10% than in 2023", NOV_2025, [("than in 2023", "other", None)]),
    ],
)
def test_find_periods(lang: str, text: str, published: datetime.date,
                      expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text, lang, published) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "жарты жылдың ішінде біздің ел 116 кәсіпорын ашты"),  # "within half a year": no period
        ("kk", "2 жыл бұрын және 16 пайызға"),
        ("ru", "превышает 5 млрд долларов в год"),  # per year is a rate, not a period
        ("ru", "За последние годы двусторонний товарооборот удвоился"),
        ("en", "a trade mission to Tashkent last May"),  # "last May" dates the mission, not a figure
        ("en", "Trade may reach a record and will march on"),  # modal "may" is no month
    ],
)
def test_no_period(lang: str, text: str) -> None:
    assert find_periods(text, lang, NOV_2025) == []
