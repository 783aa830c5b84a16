"""Topic SQL: the taxonomy with article counts under the same filters the article list takes."""

import sqlite3
from typing import Any

from app.queries import rollups, totals
from app.queries.articles import ArticleFilter, keys_sql, rollup_shape
from app.queries.keyset import dicts

TAXONOMY = "SELECT qcode, slug, label, label_kk, label_ru, parent, level FROM topic ORDER BY level, qcode"


def list_topics(conn: sqlite3.Connection, f: ArticleFilter) -> list[dict[str, Any]]:
    """Counts come from `article_topic`, which holds each article's topics with their ancestors, so a
    parent's count already includes its narrower topics (an article counts once). Date and language
    filters are answered from the rollups; search, topic and country filters are counted live."""
    shape = rollup_shape(f)
    if shape is not None and shape.dim == "":
        counts = totals.cached(conn, ("topic counts", shape), lambda: rollups.topic_counts(conn, shape))
        rows = dicts(conn, TAXONOMY, ())
        for row in rows:
            row["article_count"] = counts.get(row["qcode"], 0)
        return rows
    articles, where = keys_sql(f)
    restrict = f" AND x.article_pk IN ({articles})" if where.clauses else ""
    return dicts(conn, "SELECT t.qcode, t.slug, t.label, t.label_kk, t.label_ru, t.parent, t.level, "
                       f"(SELECT count(*) FROM article_topic x WHERE x.qcode = t.qcode{restrict}) AS article_count "
                       "FROM topic t ORDER BY t.level, t.qcode", where.params)
