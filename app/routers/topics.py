"""`/v1/topics`: the taxonomy in use, with article counts that follow the other filters."""

import sqlite3
from typing import Any
from fastapi import APIRouter

from app.deps import CorpusDep, offload
from app.errors import PROBLEM_RESPONSES
from app.params import (CountryFilter, DateFrom, DateTo, Lang, SearchQuery, TopicFilter, countries, date_range,
                        search_match, topics)
from app.queries import topics as topic_queries
from app.queries.articles import ArticleFilter
from app.schemas import Page, TopicCount

router = APIRouter(prefix="/v1/topics", tags=["topics"], responses=PROBLEM_RESPONSES)


@router.get("", summary="List topics", response_model_exclude_unset=True)
async def list_topics(
    corpus: CorpusDep, date_from: DateFrom = None, date_to: DateTo = None, lang: Lang = None,
    country: CountryFilter = None, topic: TopicFilter = None, q: SearchQuery = None,
) -> Page[TopicCount]:
    """Every topic of the taxonomy (IPTC Media Topics, © IPTC, CC BY 4.0, top two levels, plus our finer
    subtopics under their IPTC parents), top level first, each with the number of articles that match the
    filters. The whole tree fits one page."""

    def work(conn: sqlite3.Connection) -> Any:
        dates = date_range(date_from, date_to)
        found = ArticleFilter(dates.date_from, dates.date_to, lang, search_match(q), topics(conn, topic),
                              countries(country))
        rows = topic_queries.list_topics(conn, found)
        return Page[TopicCount](items=[TopicCount.model_validate(r) for r in rows], total=len(rows), next_cursor=None)

    return await offload(corpus, work, slow=True)
