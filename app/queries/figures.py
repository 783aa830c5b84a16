"""Figure SQL: the filtered list and the per-period series behind a trade chart."""

import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.queries import totals
from app.queries.filters import Where
from app.queries.keyset import Keyset, SortKeys, dicts, page_sql, select_sql

COLUMNS = ("f.id, f.article_id, f.kind, CAST(f.value AS TEXT) AS value, f.value AS sort_value, f.unit, "
           "f.qualifier, f.reporter, f.partner, f.period_start, f.period_end, f.target, f.text, f.paragraph, "
           "f.published")
# A list item as JSON in the shape and field order of schemas.Figure (app/routers/page_json.py says why),
# with the columns the cursor is made from.
ITEM_JSON = ("json_object('id', f.id, 'article_id', f.article_id, 'kind', f.kind, 'value', CAST(f.value AS TEXT), "
             "'unit', f.unit, 'qualifier', f.qualifier, 'reporter', f.reporter, 'partner', f.partner, "
             "'period_start', f.period_start, 'period_end', f.period_end, "
             "'target', json(CASE WHEN f.target THEN 'true' ELSE 'false' END), 'text', f.text, "
             "'paragraph', f.paragraph, 'published', f.published)")
LIST_COLUMNS = f"f.id, f.value AS sort_value, f.period_start, f.period_end, f.published, {ITEM_JSON} AS item"
SORTS: dict[str, SortKeys] = {
    "-published": [("f.published", True), ("f.id", True)],
    "-value": [("f.value", True), ("f.id", True)],
    "period": [("coalesce(f.period_end, '')", False), ("coalesce(f.period_start, '')", False), ("f.id", False)],
}
# Turnover and deals have no direction: a partner filter matches either side of them.
SYMMETRIC_KINDS = ("turnover", "deal")


@dataclass(frozen=True, slots=True)
class FigureFilter:
    kind: str | None = None
    reporter: str | None = None
    partner: str | None = None
    unit: str | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    period_from: str | None = None
    period_to: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    topics: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


def _where(f: FigureFilter) -> Where:
    where = Where()
    where.equal("f.kind", "kind", f.kind)
    where.equal("f.reporter", "reporter", f.reporter)
    where.equal("f.unit", "unit", f.unit)
    where.equal("f.language", "lang", f.lang)
    if f.partner and ((f.kind is not None and f.kind not in SYMMETRIC_KINDS)
                      or (f.reporter is not None and f.reporter != f.partner)):
        # A directed kind, or a reporter other than the partner (which rules out the partner being the
        # reporting side): the plain equality, which reads one index range instead of the OR below.
        where.equal("f.partner", "partner", f.partner)
    elif f.partner:
        kinds = ", ".join(f"'{k}'" for k in SYMMETRIC_KINDS)
        where.clauses.append(f"(f.partner = :partner OR (f.kind IN ({kinds}) AND f.reporter = :partner))")
        where.params["partner"] = f.partner
    where.at_least("f.value", "min_value", None if f.min_value is None else str(f.min_value))
    where.at_most("f.value", "max_value", None if f.max_value is None else str(f.max_value))
    where.at_least("f.period_start", "period_from", f.period_from)
    where.at_most("f.period_end", "period_to", f.period_to)
    where.dates("f.published", f.date_from, f.date_to)
    where.about("f.article_pk", f.topics, f.countries)
    return where


def keys_sql(f: FigureFilter) -> tuple[str, Where]:
    where = _where(f)
    return select_sql("f.pk", "figure f", where.clauses), where


def sort_key(sort: str, row: dict[str, Any]) -> list[Any]:
    if sort == "-value":
        return [row["sort_value"], row["id"]]
    if sort == "period":
        return [row["period_end"] or "", row["period_start"] or "", row["id"]]
    return [row["published"], row["id"]]


def list_figures(conn: sqlite3.Connection, f: FigureFilter,
                 page: Keyset) -> tuple[list[dict[str, Any]], totals.Total]:
    """Rows of LIST_COLUMNS: the sort key's columns and `item`, the figure as JSON text."""
    where = _where(f)
    total = totals.capped_count(conn, "figure f", where.clauses, dict(where.params))
    rows = dicts(conn, page_sql(f"SELECT {LIST_COLUMNS} FROM figure f", where.clauses, SORTS[page.sort], page,
                                where.params), where.params)
    return rows, total


def series(conn: sqlite3.Connection, f: FigureFilter) -> list[dict[str, Any]]:
    """One observation per period: the value of the latest report, with every report as a source.

    Targets are plans, not observations, and figures without a period cannot be placed on a time
    axis, so both stay out.
    """
    where = _where(f)
    where.clauses += ["f.target = 0", "f.period_start IS NOT NULL", "f.period_end IS NOT NULL"]
    rows = dicts(conn, f"SELECT {COLUMNS} FROM figure f WHERE " + " AND ".join(where.clauses)
                 + " ORDER BY f.period_start, f.period_end, f.published DESC, f.id DESC", where.params)
    observations: list[dict[str, Any]] = []
    for row in rows:
        key = (row["period_start"], row["period_end"])
        if not observations or (observations[-1]["period_start"], observations[-1]["period_end"]) != key:
            observations.append({"period_start": key[0], "period_end": key[1], "value": row["value"],
                                 "qualifier": row["qualifier"], "reported": row["published"],
                                 "figure_id": row["id"], "sources": []})
        observations[-1]["sources"].append({"figure_id": row["id"], "article_id": row["article_id"],
                                            "published": row["published"], "value": row["value"],
                                            "text": row["text"]})
    return observations
