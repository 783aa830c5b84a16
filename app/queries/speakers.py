"""Speaker SQL: the list (name search, date and language filters) and one speaker with their articles."""

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.queries import totals
from app.queries.filters import Where
from app.queries.keyset import Keyset, SortKeys, dicts, page_sql, select_sql

COLUMNS = "s.pk, s.id, s.name, s.names, s.roles, s.quote_count, s.article_count, s.first_seen, s.last_seen"
SORTS: dict[str, SortKeys] = {
    "-quote_count": [("s.quote_count", True), ("s.id", False)],
    "-last_seen": [("s.last_seen", True), ("s.id", True)],
    "name": [("s.id", False)],
}
ARTICLES_SHOWN = 100


@dataclass(frozen=True, slots=True)
class SpeakerFilter:
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    match: str | None = None  # FTS5 expression over speaker_fts (app/search/names.py)
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


def _where(f: SpeakerFilter) -> Where:
    where = Where()
    quoted_in = Where(params=where.params)  # quoted at least once in an article that passes the filters
    quoted_in.dates("x.published", f.date_from, f.date_to)
    quoted_in.equal("a.language", "lang", f.lang)
    quoted_in.about("x.article_pk", f.topics, f.countries)
    if quoted_in.clauses:
        where.clauses.append("EXISTS (SELECT 1 FROM article_speaker x JOIN article a ON a.pk = x.article_pk "
                             "WHERE x.speaker_pk = s.pk AND " + " AND ".join(quoted_in.clauses) + ")")
    where.match("speaker_fts", "s.pk", f.match, joined=False)
    return where


def keys_sql(f: SpeakerFilter) -> tuple[str, Where]:
    where = _where(f)
    return select_sql("s.pk", "speaker s", where.clauses), where


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row["names"], row["roles"] = json.loads(row["names"]), json.loads(row["roles"])
    return row


def sort_key(sort: str, row: dict[str, Any]) -> list[Any]:
    return [row[expr.removeprefix("s.")] for expr, _ in SORTS[sort]]


def list_speakers(conn: sqlite3.Connection, f: SpeakerFilter,
                  page: Keyset) -> tuple[list[dict[str, Any]], totals.Total]:
    where = _where(f)
    total = totals.capped_count(conn, "speaker s", where.clauses, dict(where.params))
    rows = dicts(conn, page_sql(f"SELECT {COLUMNS} FROM speaker s", where.clauses, SORTS[page.sort], page,
                                where.params), where.params)
    return [_decode(r) for r in rows], total


def get_speaker(conn: sqlite3.Connection, speaker_id: str) -> dict[str, Any] | None:
    found = dicts(conn, f"SELECT {COLUMNS} FROM speaker s WHERE s.id = ?", (speaker_id,))
    if not found:
        return None
    speaker = _decode(found[0])
    speaker["articles"] = dicts(
        conn, "SELECT a.id, a.title, a.published, a.language, json_extract(x.roles, '$[0]') AS role, "
              "'/v1/articles/' || a.id AS url FROM article_speaker x JOIN article a ON a.pk = x.article_pk "
              "WHERE x.speaker_pk = ? ORDER BY a.published DESC, a.id DESC LIMIT ?", (speaker["pk"], ARTICLES_SHOWN))
    return speaker
