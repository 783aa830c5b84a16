"""`/v1/quotes`: who said what, direct and reported, with its article and paragraph."""

import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import AfterValidator, StringConstraints

from app.deps import CorpusDep, SettingsDep, offload
from app.errors import PROBLEM_RESPONSES
from app.pagination import decode_cursor, finish_page
from app.params import (FACET_DESCRIPTION, CountryFilter, Cursor, DateFrom, DateTo, Lang, Limit, SearchQuery,
                        TopicFilter, capped, countries, date_range, relevance_needs_q, search_match, topics)
from app.routers.faceting import with_facets
from app.queries import quotes as quote_queries
from app.queries.keyset import Keyset
from app.schemas import Page, Quote
from app.search.fts import QUOTE_COLUMNS

router = APIRouter(prefix="/v1/quotes", tags=["quotes"], responses=PROBLEM_RESPONSES)

def _not_a_json_literal(value: str) -> str:
    """`false`, `true` and `null` fit the slug pattern, but they are what a client sends when it put a
    boolean or null where an id belongs; no person's slug is one of them."""
    if value in ("true", "false", "null"):
        raise ValueError(f"{value!r} is a JSON literal, not a speaker id")
    return value


SpeakerId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$", max_length=200),
                      AfterValidator(_not_a_json_literal)]  # a Latin slug
SpeakerFilter = Annotated[list[SpeakerId] | None, Query(alias="speaker", max_length=50, description=(
    "Speaker id; repeat for any of several."), examples=[["ravshan-nazarov"]])]
Kind = Annotated[Literal["direct", "indirect"] | None, Query(description=(
    "`direct` (the speaker's own words) or `indirect` (reported speech)."), examples=["direct"])]
Sort = Annotated[Literal["-published", "published", "relevance"], Query(description=(
    "`-published` (newest first, the default), `published`, or `relevance` (needs `q`)."),
    examples=["-published"])]


FacetName = Literal["topic", "country", "lang", "month", "speaker", "kind"]
Facets = Annotated[list[FacetName] | None, Query(alias="facet", description=FACET_DESCRIPTION.format(
    "topic, country, lang, month, speaker, kind"), examples=[["speaker", "kind"]])]


@router.get("", summary="List quotes", response_model_exclude_unset=True)
async def list_quotes(
    request: Request, response: Response, corpus: CorpusDep, settings: SettingsDep,
    speaker: SpeakerFilter = None, kind: Kind = None, date_from: DateFrom = None, date_to: DateTo = None,
    lang: Lang = None, q: SearchQuery = None, topic: TopicFilter = None, country: CountryFilter = None,
    facet: Facets = None, limit: Limit = 20, cursor: Cursor = None, sort: Sort = "-published",
) -> Page[Quote]:
    """Quotes, newest first; `q` searches the quoted text with the same stemming as articles."""

    def work(conn: sqlite3.Connection) -> Any:
        dates = date_range(date_from, date_to)
        match = search_match(q, QUOTE_COLUMNS)
        relevance_needs_q(sort, match)
        after = decode_cursor(settings.cursor_secret, cursor, sort, 2) if cursor else None
        keyset = Keyset(sort=sort, after=after, limit=capped(limit))
        found = quote_queries.QuoteFilter(speaker or [], kind, dates.date_from, dates.date_to, lang, match,
                                          topics(conn, topic), countries(country))
        rows, total = quote_queries.list_quotes(conn, found, keyset)
        rows, next_cursor = finish_page(rows, keyset.limit, settings.cursor_secret, sort,
                                        lambda last: quote_queries.sort_key(sort, last), request, response)
        page = Page[Quote](items=[Quote.model_validate(r) for r in rows], total=total.value, total_exact=total.exact,
                            next_cursor=next_cursor)
        return with_facets(page, conn, "quotes", facet, *quote_queries.keys_sql(found), settings)

    return await offload(corpus, work, slow=q is not None)
