"""Facet counts over the whole filtered set of a list, not just its page.

Each facet is one GROUP BY over the rows the list's own WHERE selects, joined to the table that holds
the facet's values (topics, countries, speakers, ...). A facet that runs past its time budget is
interrupted by SQLite's progress handler and reported as cut short instead of holding the request.
"""

import sqlite3
from dataclasses import dataclass
from typing import Any

from app.queries import budget
from app.queries.filters import Where

TOP_VALUES = 100


@dataclass(frozen=True, slots=True)
class Facet:
    value: str    # SQL for the facet value
    label: str    # SQL for its human label
    source: str   # FROM ... JOINs, exposing `key`
    key: str      # the column compared with the list's matching keys
    counted: str  # what one count counts (DISTINCT), the list's own item


def _article_facets(source: str, key: str, article_key: str) -> dict[str, Facet]:
    """Topic, country and speaker facets of anything that belongs to an article."""
    return {
        "topic": Facet("x.qcode", "t.label", f"{source} JOIN article_topic x ON x.article_pk = {article_key} "
                                             "JOIN topic t ON t.qcode = x.qcode", key, key),
        "country": Facet("x.country", "x.country", f"{source} JOIN article_country x ON x.article_pk = {article_key}",
                         key, key),
    }


FACETS: dict[str, dict[str, Facet]] = {
    "articles": {
        **_article_facets("article a", "a.pk", "a.pk"),
        "lang": Facet("a.language", "a.language", "article a", "a.pk", "a.pk"),
        "month": Facet("substr(a.published, 1, 7)", "substr(a.published, 1, 7)", "article a", "a.pk", "a.pk"),
        "speaker": Facet("s.id", "s.name", "article a JOIN article_speaker y ON y.article_pk = a.pk "
                                           "JOIN speaker s ON s.pk = y.speaker_pk", "a.pk", "a.pk"),
    },
    "quotes": {
        **_article_facets("quote q", "q.pk", "q.article_pk"),
        "lang": Facet("q.language", "q.language", "quote q", "q.pk", "q.pk"),
        "month": Facet("substr(q.published, 1, 7)", "substr(q.published, 1, 7)", "quote q", "q.pk", "q.pk"),
        "kind": Facet("q.kind", "q.kind", "quote q", "q.pk", "q.pk"),
        "speaker": Facet("s.id", "s.name", "quote q JOIN speaker s ON s.pk = q.speaker_pk", "q.pk", "q.pk"),
    },
    "figures": {
        **_article_facets("figure f", "f.pk", "f.article_pk"),
        "lang": Facet("f.language", "f.language", "figure f", "f.pk", "f.pk"),
        "month": Facet("substr(f.published, 1, 7)", "substr(f.published, 1, 7)", "figure f", "f.pk", "f.pk"),
        "kind": Facet("f.kind", "f.kind", "figure f", "f.pk", "f.pk"),
    },
    "speakers": {
        **_article_facets("article_speaker y", "y.speaker_pk", "y.article_pk"),
        "lang": Facet("a.language", "a.language", "article_speaker y JOIN article a ON a.pk = y.article_pk",
                      "y.speaker_pk", "y.speaker_pk"),
        "month": Facet("substr(y.published, 1, 7)", "substr(y.published, 1, 7)", "article_speaker y",
                       "y.speaker_pk", "y.speaker_pk"),
    },
}


def facet_counts(conn: sqlite3.Connection, resource: str, names: list[str], base_sql: str, where: Where,
                 budget_s: float) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """`base_sql` selects the keys of every matching item (its WHERE uses `where.params`)."""
    results: dict[str, list[dict[str, Any]]] = {}
    cut_short: list[str] = []
    for name in dict.fromkeys(names):
        facet = FACETS[resource][name]
        sql = (f"SELECT {facet.value} AS value, {facet.label} AS label, count(DISTINCT {facet.counted}) AS count "
               f"FROM {facet.source} WHERE {facet.key} IN ({base_sql}) AND {facet.value} IS NOT NULL "
               f"GROUP BY 1 ORDER BY 3 DESC, 1 LIMIT {TOP_VALUES}")
        with budget.limit(budget_s) as deadline:
            try:
                rows = conn.execute(sql, where.params).fetchall()
            except sqlite3.OperationalError as exc:
                if not (budget.interrupted(exc) and budget.expired(deadline)):
                    raise  # the request's own budget ran out, or another failure: not this facet's business
                rows = []
                cut_short.append(name)
        results[name] = [{"value": v, "label": label, "count": c} for v, label, c in rows]
    return results, cut_short
