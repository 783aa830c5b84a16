"""Each article as `/v1/articles` lists it, stored as one JSON value in `article.item`, so a list page
reads one column per article and renders nothing.

It has the fields of `schemas.ArticleSummary` in their order; the article detail takes its topics,
countries and speaker ids from it. `ITEM_SQL` builds it from the stored rows (topics with their
labels, countries, speaker ids): migration 0006 filled it in with it, and ingest rewrites every item
with it when topic labels change. A new article's item is built by `item_json`, in the ingest worker,
from the rows the writer is about to store: the single writer then inserts the row once instead of
inserting it and rewriting it from three joins.
tests/storage/test_summaries.py holds the two to the same bytes.
"""

import json
import sqlite3
from collections.abc import Iterable

from app.extract.topics import TAXONOMY

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


_TOPIC_NAMES = {n.qcode: (n.slug, n.label) for n in TAXONOMY}  # the `topic` table's, see sync_taxonomy
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # SQLite's json_object spacing


def item_json(article: dict[str, object], topics: Iterable[tuple[str, float]], countries: Iterable[str],
              speaker_ids: Iterable[str]) -> str:
    """`ITEM_SQL`'s value for an article stored with these (qcode, score) topics, countries and
    speaker ids. Duplicates count once, as the link tables' primary keys (and INSERT OR IGNORE) keep
    the first."""
    scores: dict[str, float] = {}
    for qcode, score in topics:
        scores.setdefault(qcode, score)
    ordered = sorted(scores, key=lambda q: (-scores[q], q))
    return _JSON.encode({
        "id": article["id"], "title": article["title"], "published": article["published"],
        "language": article["language"], "dateline": article["dateline"], "lead": article["lead"],
        "topics": [{"qcode": q, "slug": _TOPIC_NAMES[q][0], "label": _TOPIC_NAMES[q][1], "score": scores[q]}
                   for q in ordered],
        "countries": sorted(set(countries)), "speaker_ids": sorted(set(speaker_ids)),
        "figure_count": article["figure_count"], "url": f"/v1/articles/{article['id']}"})


def refresh_all(conn: sqlite3.Connection) -> None:
    conn.execute(f"UPDATE article SET item = {ITEM_SQL}")
