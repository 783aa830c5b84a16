"""Precomputed article counts per day and per month, by language, topic and country.

Totals and facets of the common list shapes (a date range, a language, one topic or one country)
then sum a few hundred rollup rows instead of counting up to a million articles per request. Ingest
records which days it touched and recomputes only those days and their months at the end.

Each count is stored per language and once more for all languages together (`ALL_LANGUAGES`): most
lists filter no language, and summing the combined rows reads a third of the rows (the topic facet
over two years at a million articles summed about 4,400 rows).
"""

import sqlite3

ALL_LANGUAGES = "*"

# Articles are read through their (language, published, id) index, which holds every column the
# counts need (the key is the rowid): left to itself, SQLite found them by `published` and read each
# article's row for its language, a random read into gigabytes of article text. A whole recount at a
# million articles took 19.5-19.8 s that way and 13.4-13.6 s through the index (`rollups.refresh` in
# bench/ingest_phases.py). The price: a recount of a few touched days also passes over the whole index.
_ARTICLES = "article a INDEXED BY ix_article_language_published_id"
# (dim, key expression, FROM ... for articles published on the touched days)
_DIMENSIONS: tuple[tuple[str, str, str], ...] = (
    ("", "''", _ARTICLES),
    ("topic", "x.qcode", f"{_ARTICLES} JOIN article_topic x ON x.article_pk = a.pk"),
    ("country", "x.country", f"{_ARTICLES} JOIN article_country x ON x.article_pk = a.pk"),
)


def prepare(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched_day(day TEXT PRIMARY KEY)")


def touch(conn: sqlite3.Connection, day: str) -> None:
    conn.execute("INSERT OR IGNORE INTO temp.touched_day(day) VALUES (?)", (day,))


def touch_all(conn: sqlite3.Connection) -> None:
    """Every day that has articles or had them (its rows must go)."""
    conn.execute("INSERT OR IGNORE INTO temp.touched_day(day) SELECT DISTINCT published FROM article "
                 "UNION SELECT period FROM article_rollup WHERE grain = 'd'")


def refresh(conn: sqlite3.Connection) -> None:
    """Recount the touched days from the article tables, then their months from the day rows."""
    conn.execute("DELETE FROM article_rollup WHERE grain = 'd' AND period IN (SELECT day FROM temp.touched_day)")
    for dim, key, source in _DIMENSIONS:
        conn.execute(f"INSERT INTO article_rollup(dim, key, grain, period, language, n) "
                     f"SELECT '{dim}', {key}, 'd', a.published, a.language, count(*) FROM {source} "
                     f"WHERE a.published IN (SELECT day FROM temp.touched_day) GROUP BY 2, 4, 5")
    conn.execute(f"INSERT INTO article_rollup(dim, key, grain, period, language, n) "
                 f"SELECT dim, key, 'd', period, '{ALL_LANGUAGES}', sum(n) FROM article_rollup "
                 f"WHERE grain = 'd' AND period IN (SELECT day FROM temp.touched_day) GROUP BY dim, key, period")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched_month(month TEXT PRIMARY KEY)")
    conn.execute("INSERT OR IGNORE INTO temp.touched_month SELECT DISTINCT substr(day, 1, 7) FROM temp.touched_day")
    conn.execute("DELETE FROM article_rollup WHERE grain = 'm' AND period IN (SELECT month FROM temp.touched_month)")
    conn.execute("INSERT INTO article_rollup(dim, key, grain, period, language, n) "
                 "SELECT dim, key, 'm', substr(period, 1, 7), language, sum(n) FROM article_rollup "
                 "WHERE grain = 'd' AND substr(period, 1, 7) IN (SELECT month FROM temp.touched_month) "
                 "GROUP BY dim, key, substr(period, 1, 7), language")
    conn.execute("DELETE FROM temp.touched_day")
    conn.execute("DELETE FROM temp.touched_month")
