"""Quote SQL: who said what, filtered by speaker, kind, date, language and full-text search."""

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.queries import totals
from app.queries.filters import Where
from app.queries.keyset import Keyset, SortKeys, dicts, page_sql, select_sql

COLUMNS = ("q.id, q.article_id, s.id AS speaker_id, s.name AS speaker, q.kind, q.text, q.paragraph, "
           "q.published, q.language")
SORTS: dict[str, SortKeys] = {
    "-published": [("q.published", True), ("q.id", True)],
    "published": [("q.published", False), ("q.id", False)],
    "relevance": [("quote_fts.rank", False), ("q.id", False)],
}
JOIN_SPEAKER = "LEFT JOIN speaker s ON s.pk = q.speaker_pk"


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    speakers: list[str] = field(default_factory=list)
    kind: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    match: str | None = None  # FTS5 expression over quote_fts
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


def _where(f: QuoteFilter, fts_joined: bool) -> Where:
    where = Where()
    if f.speakers:
        where.clauses.append(
            f"q.speaker_pk IN (SELECT pk FROM speaker WHERE id IN ({where.one_of('sp', f.speakers)}))")
    where.equal("q.kind", "kind", f.kind)
    where.equal("q.language", "lang", f.lang)
    where.dates("q.published", f.date_from, f.date_to)
    where.match("quote_fts", "q.pk", f.match, fts_joined)
    where.about("q.article_pk", f.topics, f.countries)
    return where


def keys_sql(f: QuoteFilter) -> tuple[str, Where]:
    where = _where(f, fts_joined=False)
    return select_sql("q.pk", "quote q", where.clauses), where


def sort_key(sort: str, row: dict[str, Any]) -> list[Any]:
    return [row["rank"] if sort == "relevance" else row["published"], row["id"]]


FTS_SOURCE = "quote_fts CROSS JOIN quote q ON q.pk = quote_fts.rowid"  # CROSS: FTS5 drives the loop


def list_quotes(conn: sqlite3.Connection, f: QuoteFilter,
                page: Keyset) -> tuple[list[dict[str, Any]], totals.Total]:
    relevance = page.sort == "relevance"
    if f.match:
        searched = _where(f, fts_joined=True)
        total = totals.capped_count(conn, FTS_SOURCE, searched.clauses, dict(searched.params),
                                    totals.SEARCH_COUNT_CAP)
    where = _where(f, fts_joined=relevance)
    source = FTS_SOURCE if relevance else "quote q"
    if not f.match:
        total = totals.capped_count(conn, source, where.clauses, dict(where.params))
    rank = ", quote_fts.rank AS rank" if relevance else ""
    sql = page_sql(f"SELECT {COLUMNS}{rank} FROM {source} {JOIN_SPEAKER}", where.clauses, SORTS[page.sort], page,
                   where.params)
    return dicts(conn, sql, where.params), total
