"""Totals and facets from the rollups equal what counting the article tables gives, for any date range."""

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.queries import rollups
from app.queries.articles import ArticleFilter, keys_sql, rollup_shape
from app.queries.facets import facet_counts

SPAN_CASES = [
    (None, None), ("2019-01-01", None), (None, "2020-12-31"), ("2019-01-01", "2020-12-31"),
    ("2019-01-15", "2019-01-20"), ("2019-01-15", "2019-03-10"), ("2018-12-31", "2019-01-01"),
    ("2019-02-01", "2019-02-28"), ("2020-02-29", "2020-03-31"), ("2019-11-30", "2020-01-02"),
]


@pytest.fixture(scope="module")
def conn(generated_db: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(f"file:{generated_db}?mode=ro", uri=True)
    yield c
    c.close()


def _live_total(conn: sqlite3.Connection, s: rollups.Shape) -> int:
    sql, params = "SELECT count(*) FROM article a WHERE 1", {}
    if s.dim == "topic":
        sql += " AND a.pk IN (SELECT article_pk FROM article_topic WHERE qcode = :k)"
    elif s.dim == "country":
        sql += " AND a.pk IN (SELECT article_pk FROM article_country WHERE country = :k)"
    params["k"] = s.key
    for clause, name, value in ((" AND a.published >= :lo", "lo", s.date_from),
                                (" AND a.published <= :hi", "hi", s.date_to), (" AND a.language = :l", "l", s.lang)):
        if value:
            sql += clause
            params[name] = value
    return int(conn.execute(sql, params).fetchone()[0])


def test_totals_equal_live_counts(conn: sqlite3.Connection) -> None:
    rnd = random.Random(5)
    topics = [r[0] for r in conn.execute("SELECT DISTINCT qcode FROM article_topic")]
    countries = [r[0] for r in conn.execute("SELECT DISTINCT country FROM article_country")]
    checked = 0
    for lo, hi in SPAN_CASES:
        for dim, key in [("", ""), ("topic", rnd.choice(topics)), ("country", rnd.choice(countries))]:
            for lang in (None, "kk", "en"):
                s = rollups.Shape(dim, key, lo, hi, lang)
                assert rollups.total(conn, s) == _live_total(conn, s), s
                checked += 1
    assert checked == 90 and rollups.total(conn, rollups.Shape("", "", None, None, None)) == 400


def test_facets_equal_live_group_by(conn: sqlite3.Connection) -> None:
    lo, hi = "2018-03-15", "2021-07-04"
    s = rollups.Shape("", "", lo, hi, "ru")
    live_topics = conn.execute(
        "SELECT x.qcode, count(*) FROM article_topic x JOIN article a ON a.pk = x.article_pk "
        "WHERE a.published BETWEEN ? AND ? AND a.language = 'ru' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100",
        (lo, hi)).fetchall()
    assert [(v["value"], v["count"]) for v in rollups.facet(conn, s, "topic")] == live_topics
    live_months = conn.execute(
        "SELECT substr(published, 1, 7), count(*) FROM article WHERE published BETWEEN ? AND ? AND language = 'ru' "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 100", (lo, hi)).fetchall()
    assert [(v["value"], v["count"]) for v in rollups.facet(conn, s, "month")] == live_months
    assert rollups.answers_facet(s, "country") and not rollups.answers_facet(s, "speaker")
    by_topic = rollups.Shape("topic", live_topics[0][0], lo, hi, "ru")
    assert not rollups.answers_facet(by_topic, "country") and rollups.answers_facet(by_topic, "lang")
    assert rollups.facet(conn, by_topic, "lang") == [{"value": "ru", "label": "ru", "count": live_topics[0][1]}]


@pytest.mark.parametrize(("lo", "hi"), SPAN_CASES + [("1999-01-01", "1999-12-31"), ("2040-01-01", None)])
def test_every_rollup_facet_equals_the_live_facet(conn: sqlite3.Connection, lo: str | None, hi: str | None) -> None:
    """Values, labels, counts and order, for every facet the rollups answer, against the GROUP BY that
    serves the shapes they do not."""
    topic = conn.execute("SELECT qcode FROM article_topic GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    country = conn.execute("SELECT country FROM article_country GROUP BY 1 ORDER BY count(*) LIMIT 1").fetchone()[0]
    compared = 0
    for topics, countries in (([], []), ([topic], []), ([], [country])):
        for lang in (None, "kk"):
            found = ArticleFilter(lo, hi, lang, None, topics, countries)
            s = rollup_shape(found)
            assert s is not None
            for name in ("topic", "country", "lang", "month"):
                if not rollups.answers_facet(s, name):
                    continue
                live, late = facet_counts(conn, "articles", [name], *keys_sql(found), budget_s=30.0)
                assert not late and rollups.facet(conn, s, name) == live[name], (s, name)
                assert rollups.total(conn, s) == _live_total(conn, s), s
                compared += 1
    assert compared == 16


def test_search_and_combined_filters_are_not_rollup_shapes() -> None:
    assert rollups.shape(None, None, None, "x", [], []) is None
    assert rollups.shape(None, None, None, None, ["a"], ["KZ"]) is None
    assert rollups.shape(None, None, None, None, ["a", "b"], []) is None
    assert rollups.shape("2020-01-01", None, "kk", None, [], ["KZ"]) == rollups.Shape(
        "country", "KZ", "2020-01-01", None, "kk")


def test_topic_counts_from_rollups_equal_the_live_count(generated_client, conn: sqlite3.Connection) -> None:
    body = generated_client.get("/v1/topics?from=2019-06-10&to=2023-02-01&lang=kk").json()
    live = dict(conn.execute(
        "SELECT x.qcode, count(*) FROM article_topic x JOIN article a ON a.pk = x.article_pk "
        "WHERE a.published BETWEEN '2019-06-10' AND '2023-02-01' AND a.language = 'kk' GROUP BY 1").fetchall())
    got = {t["qcode"]: t["article_count"] for t in body["items"]}
    assert {k: v for k, v in got.items() if v} == live and len(got) == body["total"] > len(live) > 5
    with pytest.raises(ValueError):
        rollups.topic_counts(conn, rollups.Shape("country", "KZ", None, None, None))
