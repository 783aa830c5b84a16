"""`/v1/speakers`: the people quoted, one per person across languages and scripts."""

import sqlite3
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from starlette.exceptions import HTTPException

from app.deps import CorpusDep, SettingsDep, offload
from app.errors import PROBLEM_RESPONSES
from app.fast_route import QueryRoute
from app.pagination import decode_cursor, finish_page
from app.params import (FACET_DESCRIPTION, CountryFilter, Cursor, DateFrom, DateTo, Lang, Limit, TopicFilter,
                        capped, countries, date_range, topics)
from app.routers.faceting import with_facets
from app.routers.page_json import model_response
from app.queries import speakers as speaker_queries
from app.queries.keyset import Keyset
from app.schemas import Page, Speaker, SpeakerDetail
from app.search.names import name_match

router = APIRouter(prefix="/v1/speakers", tags=["speakers"], responses=PROBLEM_RESPONSES, route_class=QueryRoute)

NameQuery = Annotated[str | None, Query(max_length=200, description=(
    "Name search in any case form or script: `Назаровтың`, `Назаров`, `Nazarov` all find Равшан Назаров. "
    "Every word must match the start of a word of the name."), examples=["Назаровтың"])]
Sort = Annotated[Literal["-quote_count", "-last_seen", "name"], Query(description=(
    "`-quote_count` (most quoted first, the default), `-last_seen` (most recently quoted first), "
    "or `name` (by id, alphabetical)."), examples=["-quote_count"])]
SpeakerId = Annotated[str, Path(max_length=200, description="Speaker id (Latin slug of the name).",
                                examples=["ravshan-nazarov"])]


FacetName = Literal["topic", "country", "lang", "month"]
Facets = Annotated[list[FacetName] | None, Query(alias="facet", description=FACET_DESCRIPTION.format(
    "topic, country, lang, month (of the articles quoting them)"), examples=[["topic"]])]


@router.get("", summary="List speakers", response_model=Page[Speaker], response_model_exclude_unset=True)
async def list_speakers(
    request: Request, response: Response, corpus: CorpusDep, settings: SettingsDep,
    date_from: DateFrom = None, date_to: DateTo = None, lang: Lang = None, q: NameQuery = None,
    topic: TopicFilter = None, country: CountryFilter = None, facet: Facets = None,
    limit: Limit = 20, cursor: Cursor = None, sort: Sort = "-quote_count",
) -> Response:
    """People quoted in the corpus; `from`, `to` and `lang` keep those quoted in matching articles."""

    def work(conn: sqlite3.Connection) -> Page[Speaker]:
        dates = date_range(date_from, date_to)
        match = name_match(q) if q else None
        arity = len(speaker_queries.SORTS[sort])
        after = decode_cursor(settings.cursor_secret, cursor, sort, arity) if cursor else None
        keyset = Keyset(sort=sort, after=after, limit=capped(limit))
        if q and match is None:  # nothing searchable in q: nobody matches
            return Page[Speaker](items=[], total=0, next_cursor=None)
        found = speaker_queries.SpeakerFilter(dates.date_from, dates.date_to, lang, match, topics(conn, topic),
                                              countries(country))
        rows, total = speaker_queries.list_speakers(conn, found, keyset)
        rows, next_cursor = finish_page(rows, keyset.limit, settings.cursor_secret, sort,
                                        lambda last: speaker_queries.sort_key(sort, last), request, response)
        page = Page[Speaker](items=[Speaker.model_validate(r) for r in rows], total=total.value,
                             total_exact=total.exact, next_cursor=next_cursor)
        return with_facets(page, conn, "speakers", facet, *speaker_queries.keys_sql(found), settings)

    return model_response(await offload(corpus, work, slow=False), response)


@router.get("/{speaker_id}", summary="Get one speaker")
async def get_speaker(corpus: CorpusDep, speaker_id: SpeakerId) -> SpeakerDetail:
    """One person: every name form and role seen, counts, and the articles that quote them."""

    def work(conn: sqlite3.Connection) -> Any:
        speaker = speaker_queries.get_speaker(conn, speaker_id)
        if speaker is None:
            raise HTTPException(404, f"no speaker with id {speaker_id!r}")
        return SpeakerDetail.model_validate(speaker)

    return await offload(corpus, work, slow=False)
