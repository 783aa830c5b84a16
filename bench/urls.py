"""The URL sets: for each endpoint, a fixed list of (our URL, Datasette's equivalent URL) pairs.

Values are read from the database being served (real ids, topics that have articles, search terms
chosen by document frequency), drawn with `random.Random(f"{seed}:{endpoint}")` so a set is the same
from run to run and does not change when other endpoints are added or left out.

Search and name queries go to Datasette as the very FTS5 expression our API builds from the same
`q` (`app.search.fts.to_match`, `app.search.names.name_match`): both servers then run the same MATCH,
and the comparison measures the serving stack, not two different searches.
"""

import datetime as dt
import random
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from app.search.fts import to_match
from app.search.names import name_match

ENDPOINTS = ("newest", "topic_range", "country_range", "article", "search_rare", "search_medium",
             "search_common", "figures", "speaker_search", "facets")
# Share of all documents (every language) the search terms of each class should match.
TERM_BANDS: dict[str, tuple[float, float]] = {"rare": (0.0001, 0.001), "medium": (0.01, 0.05),
                                              "common": (0.20, 1.0)}
TERMS_PER_CLASS = 10
TERM_CHECKS = 60  # candidates whose real match count is measured, per class, before settling
WINDOW_DAYS = 730
ISO2 = re.compile(r"^[A-Z]{2}$")
VERSION = 2  # bump when the drawing changes: cached URL sets (bench/run.py) are then drawn again


@dataclass(frozen=True, slots=True)
class Pair:
    ours: str
    datasette: str


@dataclass(slots=True)
class UrlSet:
    endpoint: str
    pairs: list[Pair]
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def distinct(self) -> int:
        return len({p.ours for p in self.pairs})


def _qs(params: dict[str, str] | list[tuple[str, str]]) -> str:
    return urlencode(params, quote_via=quote, safe="")


class _Corpus:
    """Read-only access to the database, and the facts several URL sets share."""

    def __init__(self, db: Path, ds_db: str) -> None:
        self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        self.ds = "/" + quote(ds_db)
        self.articles = self.conn.execute("SELECT count(*) FROM article").fetchone()[0]
        lo, hi = self.conn.execute("SELECT min(published), max(published) FROM article").fetchone()
        self.first, self.last = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)

    def window(self, rng: random.Random) -> tuple[str, str]:
        """A 2-year date range inside the corpus span (the whole span when it is shorter)."""
        span = (self.last - self.first).days
        if span < WINDOW_DAYS:
            return self.first.isoformat(), self.last.isoformat()
        start = self.first + dt.timedelta(days=rng.randint(0, span - WINDOW_DAYS + 1))
        return start.isoformat(), (start + dt.timedelta(days=WINDOW_DAYS - 1)).isoformat()

    def distinct(self, table: str, column: str) -> list[str]:
        """Distinct values of an indexed leading column by repeated index seeks, not a full scan."""
        values: list[str] = []
        row = self.conn.execute(f"SELECT min({column}) FROM {table}").fetchone()
        while row and row[0] is not None:
            values.append(row[0])
            row = self.conn.execute(f"SELECT min({column}) FROM {table} WHERE {column} > ?", (row[0],)).fetchone()
        return values


def _newest(c: _Corpus, rng: random.Random, n: int) -> UrlSet:
    pairs = []
    for _ in range(n):
        lang = rng.choice([None, "kk", "ru", "en"])
        if lang is None:
            pairs.append(Pair("/v1/articles?limit=20", f"{c.ds}/newest.json"))
        else:
            pairs.append(Pair(f"/v1/articles?lang={lang}&limit=20", f"{c.ds}/newest_lang.json?lang={lang}"))
    return UrlSet("newest", pairs)


def _topic_range(c: _Corpus, rng: random.Random, n: int) -> UrlSet:
    topics = c.conn.execute("SELECT slug, qcode FROM topic t WHERE EXISTS "
                            "(SELECT 1 FROM article_topic x WHERE x.qcode = t.qcode) ORDER BY qcode").fetchall()
    pairs = []
    for _ in range(n):
        slug, qcode = rng.choice(topics)
        a, b = c.window(rng)
        pairs.append(Pair("/v1/articles?" + _qs({"topic": slug, "from": a, "to": b, "limit": "20"}),
                          f"{c.ds}/topic_range.json?" + _qs({"topic": qcode, "date_from": a, "date_to": b})))
    return UrlSet("topic_range", pairs, {"topics": len(topics)})


def _country_range(c: _Corpus, rng: random.Random, n: int) -> UrlSet:
    countries = [x for x in c.distinct("article_country", "country") if ISO2.match(x)]
    pairs = []
    for _ in range(n):
        country = rng.choice(countries)
        a, b = c.window(rng)
        pairs.append(Pair("/v1/articles?" + _qs({"country": country, "from": a, "to": b}),
                          f"{c.ds}/country_range.json?" + _qs({"country": country, "date_from": a, "date_to": b})))
    return UrlSet("country_range", pairs, {"countries": len(countries)})


def _article(c: _Corpus, rng: random.Random, n: int) -> UrlSet:
    pks = [pk for (pk,) in c.conn.execute("SELECT pk FROM article ORDER BY pk")]  # pks need not be dense
    wanted = rng.sample(pks, min(n, len(pks)))
    del pks
    found: dict[int, str] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        found.update(c.conn.execute(f"SELECT pk, id FROM article WHERE pk IN ({','.join('?' * len(chunk))})",
                                    chunk).fetchall())
    pairs = [Pair(f"/v1/articles/{quote(found[pk], safe='')}", f"{c.ds}/article/{pk}.json")
             for pk in wanted if pk in found]
    return UrlSet("article", pairs)


def _match_count(c: _Corpus, expression: str) -> int:
    return c.conn.execute("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?", (expression,)).fetchone()[0]


def _choose_terms(c: _Corpus, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Terms per frequency class, from the FTS vocabulary.

    Candidates are surface-form words (in the title or body column, not only as a stem) of at least
    4 letters with no digits, whose vocabulary document count is near the class's band. The band is
    then checked against what our API really searches for: `q=term` becomes a MATCH on the stems of
    every language, which can match more documents than the surface word, so each candidate's real
    count is measured with that expression. Terms giving the same expression are kept once.
    """
    c.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab_row USING fts5vocab(main, article_fts, 'row')")
    c.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab_col USING fts5vocab(main, article_fts, 'col')")
    n = c.articles
    primary: dict[str, list[str]] = {k: [] for k in TERM_BANDS}
    secondary: dict[str, list[str]] = {k: [] for k in TERM_BANDS}
    for term, doc in c.conn.execute("SELECT term, doc FROM temp.bench_vocab_row"):
        if len(term) < 4 or not term.isalpha():
            continue
        for name, (lo, hi) in TERM_BANDS.items():
            if lo * n <= doc <= hi * n:
                primary[name].append(term)
            elif lo * n * 0.3 <= doc < lo * n:  # stemming may lift it into the band
                secondary[name].append(term)
    chosen: dict[str, list[dict[str, Any]]] = {}
    for name, (lo, hi) in TERM_BANDS.items():
        rng = random.Random(f"{seed}:terms:{name}")
        first, second = sorted(primary[name]), sorted(secondary[name])
        rng.shuffle(first)
        rng.shuffle(second)
        picked: list[dict[str, Any]] = []
        seen: set[str] = set()
        for term in (first + second)[:TERM_CHECKS]:
            if len(picked) == TERMS_PER_CLASS:
                break
            surface = c.conn.execute("SELECT 1 FROM temp.bench_vocab_col WHERE term = ? AND col IN "
                                     "('title', 'body') LIMIT 1", (term,)).fetchone()
            expression = to_match(term)
            if not surface or expression in seen:
                continue
            hits = _match_count(c, expression)
            if lo * n <= hits <= hi * n:
                seen.add(expression)
                picked.append({"term": term, "match": expression, "docs": hits, "share": hits / n})
        chosen[name] = picked
    return chosen


def _search(c: _Corpus, rng: random.Random, n: int, name: str, terms: list[dict[str, Any]]) -> UrlSet:
    if not terms:
        raise RuntimeError(f"no search term of class {name} in band {TERM_BANDS[name]} (corpus too small?)")
    pairs = []
    for _ in range(n):
        t = rng.choice(terms)
        pairs.append(Pair("/v1/articles?" + _qs({"q": t["term"]}), f"{c.ds}/search.json?" + _qs({"q": t["match"]})))
    return UrlSet(f"search_{name}", pairs, {"band": TERM_BANDS[name], "terms": terms})


def _figures(c: _Corpus, rng: random.Random, n: int) -> UrlSet:
    combos = [r for r in c.conn.execute(
        "SELECT reporter, partner, kind, count(*) AS n FROM figure WHERE reporter IS NOT NULL AND partner IS NOT NULL "
        "GROUP BY reporter, partner, kind ORDER BY n DESC, reporter, partner, kind LIMIT 50")
        if ISO2.match(r[0]) and ISO2.match(r[1])]
    pairs = []
    for _ in range(n):
        reporter, partner, kind, _count = rng.choice(combos)
        params = {"reporter": reporter, "partner": partner, "kind": kind}
        pairs.append(Pair("/v1/figures?" + _qs(params), f"{c.ds}/figures.json?" + _qs(params)))
    return UrlSet("figures", pairs, {"combinations": [list(r) for r in combos[:10]]})


def _speaker_search(c: _Corpus, rng: random.Random, n: int) -> UrlSet:
    surnames = sorted({name.split()[-1] for (name,) in c.conn.execute("SELECT name FROM speaker") if name.split()})
    matches = {s: name_match(s) for s in surnames}
    usable = [s for s in surnames if matches[s]]
    picked = rng.sample(usable, min(n, len(usable)))
    pairs = [Pair("/v1/speakers?" + _qs({"q": s}), f"{c.ds}/speaker_search.json?" + _qs({"q": matches[s] or ""}))
             for s in picked]
    return UrlSet("speaker_search", pairs, {"surnames": len(usable)})


def _facets(c: _Corpus, rng: random.Random, n: int) -> UrlSet:
    pairs = []
    for _ in range(n):
        a, b = c.window(rng)
        pairs.append(Pair("/v1/articles?" + _qs([("from", a), ("to", b), ("facet", "topic"), ("facet", "month"),
                                                 ("limit", "20")]),
                          f"{c.ds}/article_topic.json?" + _qs({"published__gte": a, "published__lte": b,
                                                              "_facet": "qcode", "_size": "20"})))
    return UrlSet("facets", pairs)


def build(db: Path, ds_db: str, endpoints: list[str], per_endpoint: int = 1000,
          seed: int = 0) -> tuple[dict[str, UrlSet], dict[str, Any]]:
    """URL sets for `endpoints` (names from ENDPOINTS), and facts about the corpus they were drawn from."""
    c = _Corpus(db, ds_db)
    try:
        simple: dict[str, Callable[[_Corpus, random.Random, int], UrlSet]] = {
            "newest": _newest, "topic_range": _topic_range, "country_range": _country_range, "article": _article,
            "figures": _figures, "speaker_search": _speaker_search, "facets": _facets}
        terms = (_choose_terms(c, seed) if any(e.startswith("search_") for e in endpoints) else {})
        sets: dict[str, UrlSet] = {}
        for endpoint in endpoints:
            rng = random.Random(f"{seed}:{endpoint}")
            if endpoint.startswith("search_"):
                name = endpoint.removeprefix("search_")
                sets[endpoint] = _search(c, rng, per_endpoint, name, terms[name])
            else:
                sets[endpoint] = simple[endpoint](c, rng, per_endpoint)
            if not sets[endpoint].pairs:
                raise RuntimeError(f"no URLs for {endpoint}: the database has nothing to ask for")
        facts = {"articles": c.articles, "first": c.first.isoformat(), "last": c.last.isoformat()}
        return sets, facts
    finally:
        c.conn.close()


def to_json(sets: dict[str, UrlSet]) -> dict[str, Any]:
    return {name: {"pairs": [[p.ours, p.datasette] for p in s.pairs], "notes": s.notes} for name, s in sets.items()}


def from_json(data: dict[str, Any]) -> dict[str, UrlSet]:
    return {name: UrlSet(name, [Pair(o, d) for o, d in v["pairs"]], v["notes"]) for name, v in data.items()}
