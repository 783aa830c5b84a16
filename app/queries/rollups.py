"""Article totals and facets read from the rollups instead of counted from the article tables.

They come from the running sums of the day rows (`app/queries/rollup_index.py`), so any date range
costs a few bisections per value, whatever the corpus size, and runs on the event loop. Only list
shapes the rollups describe exactly qualify: no search, and at most one topic or one country.
"""

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.queries import rollup_index
from app.storage.rollups import ALL_LANGUAGES

LANGUAGES = ("en", "kk", "ru")  # the per-language rows; ALL_LANGUAGES rows hold their sums

# facet name -> the dimension it counts over, or None: the filter's own (by language, by month)
FACET_DIMENSIONS: dict[str, str | None] = {"topic": "topic", "country": "country", "lang": None, "month": None}
TOP_VALUES = 100


@dataclass(frozen=True, slots=True)
class Shape:
    """The part of a list filter the rollups can answer: dim '' (all articles), 'topic' or 'country'."""

    dim: str
    key: str
    date_from: str | None
    date_to: str | None
    lang: str | None


def shape(date_from: str | None, date_to: str | None, lang: str | None, match: str | None,
          topics: list[str], countries: list[str]) -> Shape | None:
    if match or len(topics) + len(countries) > 1:
        return None
    if topics:
        return Shape("topic", topics[0], date_from, date_to, lang)
    if countries:
        return Shape("country", countries[0], date_from, date_to, lang)
    return Shape("", "", date_from, date_to, lang)


def total(conn: sqlite3.Connection, s: Shape) -> int:
    index = rollup_index.current(conn)
    return index.count(s.dim, s.key, s.lang or ALL_LANGUAGES, index.window(s.date_from, s.date_to))


def topic_counts(conn: sqlite3.Connection, s: Shape) -> dict[str, int]:
    """Articles per topic (every topic, not the top 100) within a shape filtered by date, language or
    country; a country filter needs topic-by-country rows, which are not stored, so it is refused."""
    if s.dim:
        raise ValueError("topic counts come from the rollups only without a topic or country filter")
    index = rollup_index.current(conn)
    return index.by_key("topic", s.lang or ALL_LANGUAGES, index.window(s.date_from, s.date_to))


def answers_facet(s: Shape, name: str) -> bool:
    """A facet over another dimension than the filter's own would need both at once: not stored."""
    return name in FACET_DIMENSIONS and (FACET_DIMENSIONS[name] is None or s.dim == "")


def facet(conn: sqlite3.Connection, s: Shape, name: str) -> list[dict[str, Any]]:
    """The top values as the live facet orders them: most articles first, then by value."""
    index = rollup_index.current(conn)
    w, language = index.window(s.date_from, s.date_to), s.lang or ALL_LANGUAGES
    dim = FACET_DIMENSIONS[name]
    if dim is not None:
        counts = index.by_key(dim, language, w)
    elif name == "month":
        counts = index.by_month(s.dim, s.key, language, w)
    else:
        languages = [s.lang] if s.lang else LANGUAGES
        counts = {lang: n for lang in languages if (n := index.count(s.dim, s.key, lang, w))}
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_VALUES]
    labels = _topic_labels(conn, [v for v, _ in top]) if name == "topic" else {}
    return [{"value": v, "label": labels.get(v, v), "count": n} for v, n in top]


def _topic_labels(conn: sqlite3.Connection, qcodes: list[str]) -> dict[str, str]:
    return dict(conn.execute("SELECT qcode, label FROM topic WHERE qcode IN (SELECT value FROM json_each(?))",
                             (json.dumps(qcodes),)).fetchall())
