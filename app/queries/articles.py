"""Article SQL. Rows go straight from sqlite3 into dicts shaped like the response models.

Every list is ordered on an indexed key with the article id as tie-breaker, and paged by keyset,
so page 10,000 costs what page 1 costs.
"""

import sqlite3
from dataclasses import dataclass
from typing import Any

SUMMARY_COLUMNS = "a.pk, a.id, a.title, a.published, a.language, a.dateline, a.lead, a.figure_count"


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    match: str | None = None  # an FTS5 MATCH expression, already translated from `q`


@dataclass(frozen=True, slots=True)
class Keyset:
    """Sort name and the previous page's last key; `after` is None on the first page."""

    sort: str
    after: list[Any] | None
    limit: int


def _dicts(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return [dict(r) for r in cur.execute(sql, params).fetchall()]


def _where(f: ArticleFilter, fts_joined: bool) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.date_from:
        clauses.append("a.published >= :date_from")
        params["date_from"] = f.date_from
    if f.date_to:
        clauses.append("a.published <= :date_to")
        params["date_to"] = f.date_to
    if f.lang:
        clauses.append("a.language = :lang")
        params["lang"] = f.lang
    if f.match:
        clauses.append("article_fts MATCH :match" if fts_joined
                       else "a.pk IN (SELECT rowid FROM article_fts WHERE article_fts MATCH :match)")
        params["match"] = f.match
    return clauses, params


def list_articles(conn: sqlite3.Connection, f: ArticleFilter, page: Keyset) -> tuple[list[dict[str, Any]], int]:
    """One page plus the total; fetches limit+1 rows so the caller knows whether a next page exists."""
    relevance = page.sort == "relevance"
    clauses, params = _where(f, fts_joined=relevance)
    count_sql = "SELECT count(*) FROM article a" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    if relevance:
        count_sql = ("SELECT count(*) FROM article_fts JOIN article a ON a.pk = article_fts.rowid WHERE "
                     + " AND ".join(clauses))
    total = conn.execute(count_sql, params).fetchone()[0]

    if relevance:
        source = f"SELECT {SUMMARY_COLUMNS}, article_fts.rank AS k1 FROM article_fts JOIN article a ON a.pk = article_fts.rowid"
        order = "article_fts.rank, a.id"
        if page.after:
            clauses.append("(article_fts.rank > :k1 OR (article_fts.rank = :k1 AND a.id > :k2))")
    else:
        source = f"SELECT {SUMMARY_COLUMNS}, a.published AS k1 FROM article a"
        desc = page.sort == "-published"
        order = "a.published DESC, a.id DESC" if desc else "a.published, a.id"
        if page.after:
            clauses.append("(a.published, a.id) < (:k1, :k2)" if desc else "(a.published, a.id) > (:k1, :k2)")
    if page.after:
        params["k1"], params["k2"] = page.after
    params["limit"] = page.limit + 1
    sql = source + (" WHERE " + " AND ".join(clauses) if clauses else "") + f" ORDER BY {order} LIMIT :limit"
    rows = _dicts(conn, sql, params)
    _attach_derived(conn, rows)
    return rows, total


def get_article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    found = _dicts(conn, f"SELECT {SUMMARY_COLUMNS}, a.body, a.word_count FROM article a WHERE a.id = :id",
                   {"id": article_id})
    if not found:
        return None
    article = found[0]
    _attach_derived(conn, [article])
    pk = article["pk"]
    article["paragraphs"] = article.pop("body").split("\n")
    article["speakers"] = [
        {"id": r[0], "name": r[1], "role": r[2]} for r in conn.execute(
            "SELECT s.id, s.name, x.role FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk "
            "WHERE x.article_pk = ? ORDER BY s.id", (pk,))]
    article["quotes"] = [
        dict(zip(("id", "article_id", "speaker_id", "speaker", "kind", "text", "paragraph", "published",
                  "language"), r)) for r in conn.execute(
            "SELECT q.id, ?, s.id, s.name, q.kind, q.text, q.paragraph, q.published, q.language FROM quote q "
            "LEFT JOIN speaker s ON s.pk = q.speaker_pk WHERE q.article_pk = ? ORDER BY q.pk", (article_id, pk))]
    article["figures"] = [
        dict(zip(("id", "article_id", "kind", "value", "unit", "qualifier", "reporter", "partner", "period_start",
                  "period_end", "target", "text", "paragraph", "published"), r)) for r in conn.execute(
            "SELECT id, ?, kind, CAST(value AS TEXT), unit, qualifier, reporter, partner, period_start, period_end, "
            "target, text, paragraph, published FROM figure WHERE article_pk = ? ORDER BY pk", (article_id, pk))]
    return article


def _attach_derived(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """Topics, countries and speaker ids for a page of articles, three indexed lookups in all."""
    by_pk = {r["pk"]: r for r in rows}
    for r in rows:
        r["topics"], r["countries"], r["speaker_ids"] = [], [], []
        r["url"] = f"/v1/articles/{r['id']}"
    if not by_pk:
        return
    marks = ",".join("?" * len(by_pk))
    keys = list(by_pk)
    for pk, qcode, slug, label, score in conn.execute(
            f"SELECT x.article_pk, t.qcode, t.slug, t.label, x.score FROM article_topic x "
            f"JOIN topic t ON t.qcode = x.qcode WHERE x.article_pk IN ({marks}) ORDER BY x.score DESC, t.qcode", keys):
        by_pk[pk]["topics"].append({"qcode": qcode, "slug": slug, "label": label, "score": score})
    for pk, country in conn.execute(
            f"SELECT article_pk, country FROM article_country WHERE article_pk IN ({marks}) ORDER BY country", keys):
        by_pk[pk]["countries"].append(country)
    for pk, speaker_id in conn.execute(
            f"SELECT x.article_pk, s.id FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk "
            f"WHERE x.article_pk IN ({marks}) ORDER BY s.id", keys):
        by_pk[pk]["speaker_ids"].append(speaker_id)
