"""Topics and countries in the database: the taxonomy from the code's data, and each article's labels.

An article stores every topic it got together with that topic's ancestors, so "a topic matches its
narrower topics" is a plain lookup on one indexed column at query time.
"""

import sqlite3

from app.extract.parse import ParsedArticle
from app.extract.topics import TAXONOMY, TopicScore
from app.storage import json_text

TopicRow = tuple[str, float, str, str, str]  # qcode, score, evidence JSON, published, article id
CountryRow = tuple[str, str, str]  # country, published, article id


def sync_taxonomy(conn: sqlite3.Connection) -> None:
    """Make the `topic` table equal to the taxonomy this code assigns from (labels may change)."""
    conn.executemany(
        "INSERT INTO topic(qcode, slug, label, label_kk, label_ru, parent, level) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(qcode) DO UPDATE SET slug = excluded.slug, label = excluded.label, "
        "label_kk = excluded.label_kk, label_ru = excluded.label_ru, parent = excluded.parent, level = excluded.level",
        [(n.qcode, n.slug, n.label, n.label_kk, n.label_ru, n.parent, n.level) for n in TAXONOMY])
    known = [n.qcode for n in TAXONOMY]
    conn.execute(f"DELETE FROM topic WHERE qcode NOT IN ({', '.join('?' * len(known))}) "
                 "AND qcode NOT IN (SELECT DISTINCT qcode FROM article_topic)", known)


def rows(article: ParsedArticle, topics: tuple[TopicScore, ...],
         countries: tuple[str, ...]) -> tuple[tuple[TopicRow, ...], tuple[CountryRow, ...]]:
    """Built where the article is extracted (an ingest worker), so the writer only binds them."""
    published = article.published.isoformat()
    return (tuple((t.qcode, round(t.score, 4), json_text.dumps(list(t.evidence)), published,
                   article.id) for t in topics),
            tuple((code, published, article.id) for code in countries))


def store(conn: sqlite3.Connection, article_pk: int, topic_rows: tuple[TopicRow, ...],
          country_rows: tuple[CountryRow, ...]) -> None:
    conn.executemany("INSERT OR IGNORE INTO article_topic(article_pk, qcode, score, evidence, published, article_id) "
                     "VALUES (?, ?, ?, ?, ?, ?)", [(article_pk, *row) for row in topic_rows])
    conn.executemany("INSERT OR IGNORE INTO article_country(article_pk, country, published, article_id) "
                     "VALUES (?, ?, ?, ?)", [(article_pk, *row) for row in country_rows])
