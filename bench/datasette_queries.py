"""Datasette's side of the comparison: the canned queries each endpoint of our API is measured against.

Kept as data, apart from the driver, so the SQL can be read and reviewed next to the API code it
mirrors. Each query returns what the matching endpoint returns (same filter, same order, same page of
20) so both servers do the same work in SQLite; what differs is the HTTP/JSON stack around it, plus
the `total` count our lists add (Datasette canned queries have no count).

Endpoints that use Datasette's own views rather than a canned query:
* `article`: the row page `/{db}/article/{pk}.json` (Datasette's natural way to fetch one row).
* `facets`:  the table view `/{db}/article_topic.json?published__gte=..&published__lte=..&_facet=qcode`.
"""

from typing import Any

# Columns of an article summary, as `/v1/articles` lists them (derived topic/country lists aside).
SUMMARY = "a.id, a.title, a.published, a.language, a.dateline, a.lead, a.figure_count"

# Mirrors app/queries/figures.py SYMMETRIC_KINDS: turnover and deals have no direction, so a partner
# filter matches either side of them.
SYMMETRIC_KINDS = ("turnover", "deal")

QUERIES: dict[str, str] = {
    "newest": f"""
        SELECT {SUMMARY} FROM article a
        ORDER BY a.published DESC, a.id DESC LIMIT 20""",
    "newest_lang": f"""
        SELECT {SUMMARY} FROM article a WHERE a.language = :lang
        ORDER BY a.published DESC, a.id DESC LIMIT 20""",
    "topic_range": f"""
        SELECT {SUMMARY}, t.score FROM article_topic t JOIN article a ON a.pk = t.article_pk
        WHERE t.qcode = :topic AND t.published BETWEEN :date_from AND :date_to
        ORDER BY t.published DESC, a.id DESC LIMIT 20""",
    "country_range": f"""
        SELECT {SUMMARY} FROM article_country c JOIN article a ON a.pk = c.article_pk
        WHERE c.country = :country AND c.published BETWEEN :date_from AND :date_to
        ORDER BY c.published DESC, a.id DESC LIMIT 20""",
    # :q is the FTS5 expression our API builds from the same `q` (app.search.fts.to_match).
    "search": f"""
        SELECT {SUMMARY} FROM article a
        WHERE a.pk IN (SELECT rowid FROM article_fts WHERE article_fts MATCH :q)
        ORDER BY a.published DESC, a.id DESC LIMIT 20""",
    "figures": f"""
        SELECT id, article_id, kind, CAST(value AS TEXT) AS value, unit, qualifier, reporter, partner,
               period_start, period_end, target, text, paragraph, published
        FROM figure
        WHERE reporter = :reporter AND kind = :kind
          AND (partner = :partner OR (kind IN {SYMMETRIC_KINDS!r} AND reporter = :partner))
        ORDER BY published DESC, id DESC LIMIT 20""",
    # :q is the FTS5 expression our API builds from the same surname (app.search.names.name_match).
    "speaker_search": """
        SELECT pk, id, name, names, roles, quote_count, article_count, first_seen, last_seen FROM speaker
        WHERE pk IN (SELECT rowid FROM speaker_fts WHERE speaker_fts MATCH :q)
        ORDER BY quote_count DESC, id LIMIT 20""",
}

# Settings passed as `--setting NAME VALUE`. Facets get the same budget as our API's default
# FACET_BUDGET_MS (1000 ms); suggested facets are a UI aid our API has no equivalent of, so they are off.
SETTINGS: dict[str, str] = {
    "sql_time_limit_ms": "10000",
    "facet_time_limit_ms": "1000",
    "suggest_facets": "off",
}


def metadata(db_name: str) -> dict[str, Any]:
    """Datasette metadata.json content: the canned queries, attached to the database `db_name`
    (Datasette names a database after its file's stem)."""
    queries = {name: {"sql": " ".join(sql.split()), "title": name} for name, sql in QUERIES.items()}
    return {"title": "corpus benchmark", "databases": {db_name: {"queries": queries}}}


def setting_args() -> list[str]:
    """`--setting NAME VALUE` arguments for `datasette serve`."""
    args: list[str] = []
    for name, value in SETTINGS.items():
        args += ["--setting", name, value]
    return args
