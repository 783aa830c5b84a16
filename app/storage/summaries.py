"""Each article as `/v1/articles` lists it, stored as one JSON value in `article.item`, so a list page
reads one column per article and renders nothing.

The JSON is built by SQLite from the article row and the rows it summarises (topics with labels,
countries, speaker ids), by the one statement below, after an article's topics, countries and
speakers are stored (and again for every article when topic labels change), so it cannot drift from
them. It has the fields of `schemas.ArticleSummary` in their order; the article detail takes its
topics, countries and speaker ids from it. Migration 0006 filled it in once with the same statement.
"""

import sqlite3

ITEM_SQL = """
json_object(
  'id', id, 'title', title, 'published', published, 'language', language, 'dateline', dateline, 'lead', lead,
  'topics', (SELECT json_group_array(json(j)) FROM (
      SELECT json_object('qcode', t.qcode, 'slug', t.slug, 'label', t.label, 'score', x.score) AS j
      FROM article_topic x JOIN topic t ON t.qcode = x.qcode
      WHERE x.article_pk = article.pk ORDER BY x.score DESC, t.qcode)),
  'countries', (SELECT json_group_array(country) FROM (
      SELECT country FROM article_country WHERE article_pk = article.pk ORDER BY country)),
  'speaker_ids', (SELECT json_group_array(id) FROM (
      SELECT s.id FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk
      WHERE x.article_pk = article.pk ORDER BY s.id)),
  'figure_count', figure_count, 'url', '/v1/articles/' || id)
"""


def refresh(conn: sqlite3.Connection, article_pk: int) -> None:
    conn.execute(f"UPDATE article SET item = {ITEM_SQL} WHERE pk = ?", (article_pk,))


def refresh_all(conn: sqlite3.Connection) -> None:
    conn.execute(f"UPDATE article SET item = {ITEM_SQL}")
