"""Attach the facets a list request asked for to its page: from the rollups where they describe the
filter exactly, else counted live under the time budget; complete answers are cached per corpus version."""

import sqlite3
from typing import Any, TypeVar

from app.config import Settings
from app.queries import rollups, totals
from app.queries.facets import facet_counts
from app.queries.filters import Where
from app.schemas import FacetValue, Page

T = TypeVar("T")
Facets = tuple[dict[str, list[dict[str, Any]]], list[str]]  # counts per facet, and the facets cut short


def facets_for(conn: sqlite3.Connection, resource: str, names: list[str] | None, keys_sql: str, where: Where,
               settings: Settings, shape: rollups.Shape | None = None) -> Facets | None:
    if not names:
        return None
    counts: dict[str, list[dict[str, Any]]] = {}
    cut_short: list[str] = []
    for name in dict.fromkeys(names):
        key = ("facet", resource, name, keys_sql, tuple(sorted(where.params.items())))
        hit, counts[name] = totals.lookup(conn, key)
        if hit:
            continue
        if shape is not None and rollups.answers_facet(shape, name):
            counts[name] = rollups.facet(conn, shape, name)
        else:
            found, late = facet_counts(conn, resource, [name], keys_sql, where, settings.facet_budget_ms / 1000)
            counts[name] = found[name]
            if late:
                cut_short += late
                continue
        totals.store(conn, key, counts[name])
    return counts, cut_short


def with_facets(page: Page[T], conn: sqlite3.Connection, resource: str, names: list[str] | None, keys_sql: str,
                where: Where, settings: Settings, shape: rollups.Shape | None = None) -> Page[T]:
    found = facets_for(conn, resource, names, keys_sql, where, settings, shape)
    if found is not None:
        counts, cut_short = found
        page.facets = {name: [FacetValue.model_validate(v) for v in values] for name, values in counts.items()}
        page.facets_truncated = cut_short
    return page
