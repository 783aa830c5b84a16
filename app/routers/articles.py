"""`/v1/articles`: the list with filters, search and keyset pages, and one article in full."""

import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from starlette.exceptions import HTTPException

from app.deps import CorpusDep, SettingsDep, offload
from app.errors import PROBLEM_RESPONSES
from app.fast_route import QueryRoute
from app.pagination import decode_cursor, finish_page
from app.params import (FACET_DESCRIPTION, CountryFilter, Cursor, DateFrom, DateTo, Lang, Limit, SearchQuery,
                        TopicFilter, capped, countries, date_range, relevance_needs_q, search_match, topics)
from app.routers.faceting import facets_for
from app.routers.page_json import page_response
from app.queries import articles as article_queries
from app.queries.keyset import Keyset
from app.schemas import SEED_ID, ArticleDetail, ArticleSummary, Page

router = APIRouter(prefix="/v1/articles", tags=["articles"], responses=PROBLEM_RESPONSES, route_class=QueryRoute)

Sort = Annotated[Literal["-published", "published", "relevance"], Query(description=(
    "`-published` (newest first, the default), `published` (oldest first), or `relevance` "
    "(best bm25 match first; needs `q`)."), examples=["-published"])]


FacetName = Literal["topic", "country", "lang", "month", "speaker"]
Facets = Annotated[list[FacetName] | None, Query(alias="facet", description=FACET_DESCRIPTION.format(
    "topic, country, lang, month, speaker"), examples=[["topic", "lang"]])]


@router.get("", summary="List articles", response_model=Page[ArticleSummary], response_model_exclude_unset=True)
async def list_articles(
    request: Request, response: Response, corpus: CorpusDep, settings: SettingsDep,
    date_from: DateFrom = None, date_to: DateTo = None, lang: Lang = None, q: SearchQuery = None,
    topic: TopicFilter = None, country: CountryFilter = None, facet: Facets = None,
    limit: Limit = 20, cursor: Cursor = None, sort: Sort = "-published",
) -> Response:
    """Article summaries, newest first, filtered by date, language and full-text search."""

    def work(conn: sqlite3.Connection) -> Response:
        dates = date_range(date_from, date_to)
        match = search_match(q)
        relevance_needs_q(sort, match)
        after = decode_cursor(settings.cursor_secret, cursor, sort, 2) if cursor else None
        keyset = Keyset(sort=sort, after=after, limit=capped(limit))
        found = article_queries.ArticleFilter(dates.date_from, dates.date_to, lang, match, topics(conn, topic),
                                              countries(country))
        # Facets first: one not counted yet sends the work to a thread before the page is read twice.
        facets = facets_for(conn, "articles", facet, *article_queries.keys_sql(found), settings,
                            article_queries.rollup_shape(found))
        rows, total = article_queries.list_articles(conn, found, keyset)
        rows, next_cursor = finish_page(rows, keyset.limit, settings.cursor_secret, sort,
                                        lambda last: article_queries.sort_key(sort, last), request, response)
        return page_response([r["item"] for r in rows], total, next_cursor, response, facets)

    return await offload(corpus, work, slow=sort == "relevance")


@router.get("/{article_id}", summary="Get one article", response_model_exclude_unset=True)
async def get_article(
    corpus: CorpusDep,
    article_id: Annotated[str, Path(description="The article id (its source file's stem).", examples=[SEED_ID],
                                    max_length=200)],
    explain: Annotated[Literal["topics"] | None, Query(description=(
        "`topics` adds `explain.topics`: the words that gave each topic."), examples=["topics"])] = None,
) -> ArticleDetail:
    """The full article: paragraphs, word count, speakers, quotes and figures."""

    def work(conn: sqlite3.Connection) -> Any:
        article = article_queries.get_article(conn, article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        if explain == "topics":
            article["explain"] = {"topics": article_queries.topic_evidence(conn, article_id)}
        return ArticleDetail.model_validate(article)

    return await offload(corpus, work, slow=False)
