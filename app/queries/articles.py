"""Article SQL. Rows go straight from sqlite3 into dicts shaped like the response models.

Every list is ordered on an indexed key with the article id as tie-breaker, and paged by keyset,
so page 10,000 costs what page 1 costs.
"""

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.queries import rollups, totals
from app.queries.filters import Where
from app.queries.keyset import Keyset, SortKeys, dicts, page_sql, seek, select_sql
from app.storage import article_pk

DETAIL_COLUMNS = "a.pk, a.id, a.title, a.published, a.language, a.dateline, a.lead, a.figure_count, a.item"
# A list item is the stored `article.item`, already JSON in the shape and field order of
# schemas.ArticleSummary (app/storage/summaries.py; app/routers/page_json.py says why lists skip pydantic).
LIST_COLUMNS = "a.published, a.id, a.item"
SORTS: dict[str, SortKeys] = {
    "-published": [("a.published", True), ("a.id", True)],
    "published": [("a.published", False), ("a.id", False)],
    "relevance": [("article_fts.rank", False), ("a.id", False)],
}
LINK_KEYS = {"a.published": "x.published", "a.id": "x.article_id"}  # the link tables' copies of the sort keys
FTS_SOURCE = "article_fts CROSS JOIN article a ON a.pk = article_fts.rowid"  # CROSS: FTS5 drives the loop


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    match: str | None = None  # an FTS5 MATCH expression, already translated from `q`
    topics: list[str] = field(default_factory=list)  # qcodes
    countries: list[str] = field(default_factory=list)


def _where(f: ArticleFilter, fts_joined: bool, correlated: bool = False) -> Where:
    where = Where()
    where.dates("a.published", f.date_from, f.date_to)
    where.equal("a.language", "lang", f.lang)
    where.match("article_fts", "a.pk", f.match, fts_joined)
    where.about("a.pk", f.topics, f.countries, correlated)
    return where


def _driven(f: ArticleFilter) -> tuple[str, Where] | None:
    """A list of one topic or one country reads that link table's (value, published, id) index in the
    list's order and stops after a page, where scanning articles for a rare topic would read thousands."""
    if f.match or len(f.topics) + len(f.countries) != 1:
        return None
    table, column, value = (("article_topic", "qcode", f.topics[0]) if f.topics
                            else ("article_country", "country", f.countries[0]))
    where = Where()
    where.equal(f"x.{column}", "drive", value)
    where.dates("x.published", f.date_from, f.date_to)
    where.equal("a.language", "lang", f.lang)
    return f"{table} x CROSS JOIN article a ON a.pk = x.article_pk", where


def keys_sql(f: ArticleFilter) -> tuple[str, Where]:
    """Every matching article's key, for facets."""
    where = _where(f, fts_joined=False)
    return select_sql("a.pk", "article a", where.clauses), where


def sort_key(sort: str, row: dict[str, Any]) -> list[Any]:
    return [row["rank"] if sort == "relevance" else row["published"], row["id"]]


def list_articles(conn: sqlite3.Connection, f: ArticleFilter,
                  page: Keyset) -> tuple[list[dict[str, Any]], totals.Total]:
    """Rows of LIST_COLUMNS (and `rank` by relevance)."""
    relevance = page.sort == "relevance"
    total = _total(conn, f, _where(f, fts_joined=f.match is not None))
    driven = None if relevance else _driven(f)
    if f.match and not relevance and _day_keyed(conn):
        rows = _search_by_day(conn, f, page, _where(f, fts_joined=True, correlated=True))
    elif driven is not None:
        source, where = driven
        keys = [(LINK_KEYS[expr], desc) for expr, desc in SORTS[page.sort]]
        if page.after is not None:  # the seek below compares a row value; this bounds the index range too
            where.clauses.append(f"x.published {'<=' if keys[0][1] else '>='} :seek0")
        rows = dicts(conn, page_sql(f"SELECT {LIST_COLUMNS} FROM {source}", where.clauses, keys, page,
                                    where.params), where.params)
    else:
        where = _where(f, fts_joined=relevance, correlated=True)
        source = FTS_SOURCE if relevance else "article a"
        rank = ", article_fts.rank AS rank" if relevance else ""
        rows = dicts(conn, page_sql(f"SELECT {LIST_COLUMNS}{rank} FROM {source}", where.clauses,
                                    SORTS[page.sort], page, where.params), where.params)
    return rows, total


def rollup_shape(f: ArticleFilter) -> rollups.Shape | None:
    return rollups.shape(f.date_from, f.date_to, f.lang, f.match, f.topics, f.countries)


def _total(conn: sqlite3.Connection, f: ArticleFilter, where: Where) -> totals.Total:
    shape = rollup_shape(f)
    if shape is not None:
        return totals.Total(rollups.total(conn, shape))
    if f.match:
        return totals.capped_count(conn, FTS_SOURCE, where.clauses, dict(where.params), totals.SEARCH_COUNT_CAP)
    return totals.capped_count(conn, "article a", where.clauses, dict(where.params))


def _day_keyed(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM corpus_meta WHERE key = 'pk_layout'").fetchone()
    return row is not None and row[0] == article_pk.LAYOUT


def _search_by_day(conn: sqlite3.Connection, f: ArticleFilter, page: Keyset, where: Where) -> list[dict[str, Any]]:
    """Date-ordered search that reads one page of matches, however common the words.

    FTS5 walks its matches in key order, and keys follow publication days, so the first limit+1
    matches that pass the filters hold the page, except that within the last day they touch the
    order is by id, not key: that day's other matches are added before the final sort.
    """
    newest_first = page.sort == "-published"
    params = dict(where.params)
    clauses = list(where.clauses)
    if page.after is not None:
        clauses.append(seek(SORTS[page.sort], page.after, params))
    clauses += _key_bounds(f, page, params)
    direction = "DESC" if newest_first else "ASC"
    probe = (f"SELECT article_fts.rowid FROM {FTS_SOURCE} "
             f"WHERE {' AND '.join(clauses)}")
    keys = [r[0] for r in conn.execute(f"{probe} ORDER BY article_fts.rowid {direction} LIMIT {page.limit + 1}",
                                       params)]
    if len(keys) > page.limit:
        edge = article_pk.day_of(keys[-1])
        params.update(edge_lo=article_pk.day_floor(edge), edge_hi=article_pk.day_ceiling(edge))
        keys += [r[0] for r in conn.execute(
            f"{probe} AND article_fts.rowid >= :edge_lo AND article_fts.rowid < :edge_hi", params)]
    if not keys:
        return []
    return dicts(conn, f"SELECT {LIST_COLUMNS} FROM article a WHERE a.pk IN (SELECT value FROM json_each(?)) "
                       f"ORDER BY a.published {direction}, a.id {direction} LIMIT {page.limit + 1}",
                 (json.dumps(sorted(set(keys))),))


def _key_bounds(f: ArticleFilter, page: Keyset, params: dict[str, Any]) -> list[str]:
    """The date filter and the cursor's day as a rowid range, which FTS5 applies while it walks."""
    lo = [article_pk.day_floor(_date(f.date_from))] if f.date_from else []
    hi = [article_pk.day_ceiling(_date(f.date_to))] if f.date_to else []
    if page.after is not None:
        day = _date(page.after[0])
        (hi if page.sort == "-published" else lo).append(
            article_pk.day_ceiling(day) if page.sort == "-published" else article_pk.day_floor(day))
    clauses = []
    if lo:
        params["key_lo"] = max(lo)
        clauses.append("article_fts.rowid >= :key_lo")
    if hi:
        params["key_hi"] = min(hi)
        clauses.append("article_fts.rowid < :key_hi")
    return clauses


def _date(value: Any) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def get_article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    found = dicts(conn, f"SELECT {DETAIL_COLUMNS}, a.body, a.word_count FROM article a WHERE a.id = :id",
                  {"id": article_id})
    if not found:
        return None
    article = found[0]
    item = json.loads(article.pop("item"))
    article.update(topics=item["topics"], countries=item["countries"], speaker_ids=item["speaker_ids"],
                   url=item["url"])
    pk = article["pk"]
    article["paragraphs"] = article.pop("body").split("\n")
    article["speakers"] = dicts(conn, "SELECT s.id, x.name, json_extract(x.roles, '$[0]') AS role "
                                      "FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk "
                                      "WHERE x.article_pk = ? ORDER BY s.id", (pk,))
    article["quotes"] = dicts(conn, "SELECT q.id, q.article_id, s.id AS speaker_id, s.name AS speaker, q.kind, "
                                    "q.text, q.paragraph, q.published, q.language FROM quote q "
                                    "LEFT JOIN speaker s ON s.pk = q.speaker_pk WHERE q.article_pk = ? ORDER BY q.pk",
                              (pk,))
    article["figures"] = dicts(conn, "SELECT id, article_id, kind, CAST(value AS TEXT) AS value, unit, qualifier, "
                                     "reporter, partner, period_start, period_end, target, text, paragraph, published "
                                     "FROM figure WHERE article_pk = ? ORDER BY pk", (pk,))
    return article


def topic_evidence(conn: sqlite3.Connection, article_id: str) -> list[dict[str, Any]]:
    rows = dicts(conn, "SELECT x.qcode, t.label, x.score, x.evidence FROM article_topic x "
                       "JOIN topic t ON t.qcode = x.qcode JOIN article a ON a.pk = x.article_pk "
                       "WHERE a.id = ? ORDER BY x.score DESC, x.qcode", (article_id,))
    for row in rows:
        row["evidence"] = json.loads(row["evidence"])
    return rows
