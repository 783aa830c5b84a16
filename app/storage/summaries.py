"""Each article's derived summary fields (topics with labels, countries, speaker ids) stored as one JSON
value in `article.summary`, so a list page is one query instead of four.

The JSON is built by SQLite from the rows it summarises, by the one statement below, after an
article's topics, countries and speakers are stored (and again for every article when topic labels
change), so it cannot drift from them. Migration 0003 filled it in once with the same statement.
"""

import sqlite3

SUMMARY_SQL = """
json_object(
  'topics', (SELECT json_group_array(json(j)) FROM (
      SELECT json_object('qcode', t.qcode, 'slug', t.slug, 'label', t.label, 'score', x.score) AS j
      FROM article_topic x JOIN topic t ON t.qcode = x.qcode
      WHERE x.article_pk = article.pk ORDER BY x.score DESC, t.qcode)),
  'countries', (SELECT json_group_array(country) FROM (
      SELECT country FROM article_country WHERE article_pk = article.pk ORDER BY country)),
  'speaker_ids', (SELECT json_group_array(id) FROM (
      SELECT s.id FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk
      WHERE x.article_pk = article.pk ORDER BY s.id)))
"""


def refresh(conn: sqlite3.Connection, article_pk: int) -> None:
    conn.execute(f"UPDATE article SET summary = {SUMMARY_SQL} WHERE pk = ?", (article_pk,))


def refresh_all(conn: sqlite3.Connection) -> None:
    conn.execute(f"UPDATE article SET summary = {SUMMARY_SQL}")
