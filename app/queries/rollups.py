"""Article totals and facets read from `article_rollup` instead of counted from the article tables.

A date range becomes whole months (month rows) plus the partial months at either end (day rows), so
ten years of one topic is about 120 rows to add up, whatever the corpus size. Only list shapes the
rollups describe exactly qualify: no search, and at most one topic or one country.
"""

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.queries.filters import Where
from app.storage.rollups import ALL_LANGUAGES

LANGUAGES = ("en", "kk", "ru")  # the per-language rows; ALL_LANGUAGES rows hold their sums

# facet name -> (dimension it needs, SQL for its value over the rollup rows)
FACET_VALUES: dict[str, tuple[str | None, str]] = {
    "topic": ("topic", "key"),
    "country": ("country", "key"),
    "lang": (None, "language"),
    "month": (None, "substr(period, 1, 7)"),
}
TOP_VALUES = 100

Span = tuple[str, str | None, str | None]  # (grain, first period, last period), None: open


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


def spans(date_from: str | None, date_to: str | None) -> list[Span]:
    """Whole months as month rows, the days before and after them as day rows."""
    lo = dt.date.fromisoformat(date_from) if date_from else None
    hi = dt.date.fromisoformat(date_to) if date_to else None
    try:
        first_full = lo if lo is None or lo.day == 1 else _next_month(lo)
        last_full = hi if hi is None or _month_end(hi) else hi.replace(day=1) - dt.timedelta(days=1)
    except (OverflowError, ValueError):  # a range touching year 1 or 9999 has no month beyond it
        return [("d", _iso(lo), _iso(hi))]
    if first_full is not None and last_full is not None and first_full > last_full:
        return [("d", _iso(lo), _iso(hi))]
    out: list[Span] = []
    if lo is not None and first_full != lo:
        out.append(("d", lo.isoformat(), _iso(first_full - dt.timedelta(days=1))))
    out.append(("m", _iso(first_full) and first_full.isoformat()[:7], _iso(last_full) and last_full.isoformat()[:7]))
    if hi is not None and last_full != hi:
        out.append(("d", _iso(last_full + dt.timedelta(days=1)), hi.isoformat()))
    return out


def _month_end(day: dt.date) -> bool:
    return (day.month, day.day) == (12, 31) or (day + dt.timedelta(days=1)).day == 1


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _rows(s: Shape, dim: str, key: str | None, columns: str,
          by_language: bool = False) -> tuple[str, dict[str, Any]]:
    """One SELECT per span, each a range on the rollup's index, glued with UNION ALL. The rows of one
    language, or of all languages together; `by_language` keeps each language's own rows apart."""
    where = Where()
    where.params.update({"dim": dim, "lang": s.lang or ALL_LANGUAGES})
    language = "language = :lang"
    if by_language and not s.lang:
        language = f"language IN ({', '.join(repr(lang) for lang in LANGUAGES)})"
    if key is not None:
        where.params["key"] = key
    parts = []
    for i, (grain, first, last) in enumerate(spans(s.date_from, s.date_to)):
        clauses = ["dim = :dim", f"grain = '{grain}'", language] + (["key = :key"] if key is not None else [])
        if first is not None:
            clauses.append(f"period >= :first{i}")
            where.params[f"first{i}"] = first
        if last is not None:
            clauses.append(f"period <= :last{i}")
            where.params[f"last{i}"] = last
        parts.append(f"SELECT {columns} FROM article_rollup WHERE {' AND '.join(clauses)}")
    return " UNION ALL ".join(parts), where.params


def total(conn: sqlite3.Connection, s: Shape) -> int:
    sql, params = _rows(s, s.dim, s.key, "n")
    return int(conn.execute(f"SELECT coalesce(sum(n), 0) FROM ({sql})", params).fetchone()[0])


def topic_counts(conn: sqlite3.Connection, s: Shape) -> dict[str, int]:
    """Articles per topic (every topic, not the top 100) within a shape filtered by date, language or
    country; a country filter needs topic-by-country rows, which are not stored, so it is refused."""
    if s.dim:
        raise ValueError("topic counts come from the rollups only without a topic or country filter")
    sql, params = _rows(s, "topic", None, "key, n")
    return {k: int(n) for k, n in conn.execute(f"SELECT key, sum(n) FROM ({sql}) GROUP BY key", params)}


def answers_facet(s: Shape, name: str) -> bool:
    """A facet over another dimension than the filter's own would need both at once: not stored."""
    needs = FACET_VALUES.get(name, ("?", ""))[0]
    return name in FACET_VALUES and (needs is None or s.dim == "")


def facet(conn: sqlite3.Connection, s: Shape, name: str) -> list[dict[str, Any]]:
    needs, value = FACET_VALUES[name]
    dim, key = (s.dim, s.key) if needs is None else (needs, None)
    sql, params = _rows(s, dim, key, f"{value} AS value, n", by_language=name == "lang")
    # Labels are joined after the sums: joining first looked up a label for each of thousands of rows.
    label = "coalesce(t.label, g.value)" if name == "topic" else "g.value"
    join = " LEFT JOIN topic t ON t.qcode = g.value" if name == "topic" else ""
    rows = conn.execute(f"SELECT g.value, {label}, g.n FROM (SELECT value, sum(n) AS n FROM ({sql}) GROUP BY value) g"
                        f"{join} ORDER BY 3 DESC, 1 LIMIT {TOP_VALUES}", params).fetchall()
    return [{"value": v, "label": lbl, "count": c} for v, lbl, c in rows]
