"""`/v1/figures`: trade figures with value, currency, direction, countries and period, and their series."""

import sqlite3
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response

from app.deps import CorpusDep, SettingsDep, offload
from app.errors import PROBLEM_RESPONSES, InvalidParameter
from app.fast_route import QueryRoute
from app.pagination import decode_cursor, finish_page
from app.params import (FACET_DESCRIPTION, CountryFilter, Cursor, DateFrom, DateTo, Lang, Limit, TopicFilter,
                        capped, countries, date_range, topics)
from app.routers.faceting import facets_for
from app.routers.page_json import page_response
from app.queries import figures as figure_queries
from app.queries.keyset import Keyset
from app.schemas import Figure, Page, Series

router = APIRouter(prefix="/v1/figures", tags=["figures"], responses=PROBLEM_RESPONSES, route_class=QueryRoute)

KIND_VALUES = Literal["turnover", "export", "import", "investment", "deal", "company_count", "other_money"]
COUNTRY = r"^[A-Za-z]{2}$"  # case-insensitive: `uz` means UZ
MONTH = r"^\d{4}-(0[1-9]|1[0-2])$"

Kind = Annotated[KIND_VALUES | None, Query(description="What the figure measures.", examples=["export"])]
Reporter = Annotated[str | None, Query(pattern=COUNTRY, description=(
    "ISO 3166-1 alpha-2 of the reporting or exporting side."), examples=["UZ"])]
Partner = Annotated[str | None, Query(pattern=COUNTRY, description=(
    "ISO 3166-1 alpha-2 of the other side; for turnover and deals it matches either side."), examples=["KZ"])]
Unit = Annotated[str | None, Query(pattern=r"^([A-Z]{3}|count)$", description=(
    "ISO 4217 currency code, or `count` for company counts."), examples=["USD"])]
MinValue = Annotated[Decimal | None, Query(ge=0, description="Smallest value, inclusive.", examples=["1000000"])]
MaxValue = Annotated[Decimal | None, Query(ge=0, description="Largest value, inclusive.", examples=["5000000000"])]
PeriodFrom = Annotated[str | None, Query(pattern=MONTH, description=(
    "Figures whose period starts in this month or later (YYYY-MM)."), examples=["2025-01"])]
PeriodTo = Annotated[str | None, Query(pattern=MONTH, description=(
    "Figures whose period ends in this month or earlier (YYYY-MM)."), examples=["2025-12"])]
Sort = Annotated[Literal["-published", "-value", "period"], Query(description=(
    "`-published` (newest article first, the default), `-value` (largest first), or `period` "
    "(by period end, figures without a period first)."), examples=["-published"])]


def _upper(code: str | None) -> str | None:
    return code.upper() if code else None


def _check_ranges(min_value: Decimal | None, max_value: Decimal | None, period_from: str | None,
                  period_to: str | None) -> None:
    if min_value is not None and max_value is not None and min_value > max_value:
        raise InvalidParameter("min_value", f"min_value ({min_value}) is above max_value ({max_value})")
    if period_from and period_to and period_from > period_to:
        raise InvalidParameter("period_from", f"period_from ({period_from}) is after period_to ({period_to})")


FacetName = Literal["topic", "country", "lang", "month", "kind"]
Facets = Annotated[list[FacetName] | None, Query(alias="facet", description=FACET_DESCRIPTION.format(
    "topic, country, lang, month, kind"), examples=[["kind"]])]


@router.get("", summary="List figures", response_model=Page[Figure], response_model_exclude_unset=True)
async def list_figures(
    request: Request, response: Response, corpus: CorpusDep, settings: SettingsDep,
    kind: Kind = None, reporter: Reporter = None, partner: Partner = None, unit: Unit = None,
    min_value: MinValue = None, max_value: MaxValue = None, period_from: PeriodFrom = None,
    period_to: PeriodTo = None, date_from: DateFrom = None, date_to: DateTo = None, lang: Lang = None,
    topic: TopicFilter = None, country: CountryFilter = None, facet: Facets = None,
    limit: Limit = 20, cursor: Cursor = None, sort: Sort = "-published",
) -> Response:
    """Every amount the articles report, with its provenance (article, paragraph, exact text)."""
    dates = date_range(date_from, date_to)
    _check_ranges(min_value, max_value, period_from, period_to)
    reporter, partner = _upper(reporter), _upper(partner)

    def work(conn: sqlite3.Connection) -> Response:
        keys = len(figure_queries.SORTS[sort])
        after = decode_cursor(settings.cursor_secret, cursor, sort, keys) if cursor else None
        keyset = Keyset(sort=sort, after=after, limit=capped(limit))
        found = figure_queries.FigureFilter(kind, reporter, partner, unit, min_value, max_value, period_from,
                                            period_to, dates.date_from, dates.date_to, lang, topics(conn, topic),
                                            countries(country))
        facets = facets_for(conn, "figures", facet, *figure_queries.keys_sql(found), settings)  # first: see articles
        rows, total = figure_queries.list_figures(conn, found, keyset)
        rows, next_cursor = finish_page(rows, keyset.limit, settings.cursor_secret, sort,
                                        lambda last: figure_queries.sort_key(sort, last), request, response)
        return page_response([r["item"] for r in rows], total, next_cursor, response, facets)

    return await offload(corpus, work, slow=False)


@router.get("/series", summary="Figure series for a chart")
async def figure_series(
    corpus: CorpusDep,
    kind: Annotated[KIND_VALUES, Query(description="What the values measure.", examples=["export"])],
    unit: Annotated[str, Query(pattern=r"^([A-Z]{3}|count)$", description="ISO 4217 code, or `count`.",
                               examples=["USD"])],
    reporter: Reporter = None, partner: Partner = None, period_from: PeriodFrom = None, period_to: PeriodTo = None,
    date_from: DateFrom = None, date_to: DateTo = None, lang: Lang = None, topic: TopicFilter = None,
    country: CountryFilter = None,
) -> Series:
    """One observation per period (the latest reported value), with every source article listed,
    so a frontend can chart a trade relationship. Targets and figures without a period are left out."""
    dates = date_range(date_from, date_to)
    _check_ranges(None, None, period_from, period_to)
    reporter, partner = _upper(reporter), _upper(partner)

    def work(conn: sqlite3.Connection) -> Any:
        observations = figure_queries.series(conn, figure_queries.FigureFilter(
            kind, reporter, partner, unit, None, None, period_from, period_to, dates.date_from, dates.date_to, lang,
            topics(conn, topic), countries(country)))
        return Series(kind=kind, unit=unit, reporter=reporter, partner=partner,
                      observations=observations)  # type: ignore[arg-type]

    return await offload(corpus, work, slow=True)
