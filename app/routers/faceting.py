"""Attach the facets a list request asked for to its page: from the rollups where they describe the
filter exactly (quick, on the event loop), else counted live under the time budget (on a thread);
complete answers are cached per corpus version, validated and with their JSON, so a repeated facet
costs a lookup."""

import sqlite3
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import TypeAdapter

from app.config import Settings
from app.deps import may_take_long
from app.queries import rollups, totals
from app.queries.facets import facet_counts
from app.queries.filters import Where
from app.schemas import FacetValue, Page

T = TypeVar("T")
_VALUES = TypeAdapter(list[FacetValue])


@dataclass(frozen=True, slots=True)
class FacetCounts:
    values: list[FacetValue]
    json: str  # `values` as the page writes them

    @classmethod
    def of(cls, rows: list[dict[str, Any]]) -> "FacetCounts":
        values = _VALUES.validate_python(rows)
        return cls(values, _VALUES.dump_json(values).decode())


Facets = tuple[dict[str, FacetCounts], list[str]]  # counts per facet, and the facets cut short


def facets_for(conn: sqlite3.Connection, resource: str, names: list[str] | None, keys_sql: str, where: Where,
               settings: Settings, shape: rollups.Shape | None = None) -> Facets | None:
    if not names:
        return None
    counts: dict[str, FacetCounts] = {}
    cut_short: list[str] = []
    for name in dict.fromkeys(names):
        key = ("facet", resource, name, keys_sql, tuple(sorted(where.params.items())))
        hit, cached = totals.lookup(conn, key)
        if hit:
            counts[name] = cached
            continue
        if shape is not None and rollups.answers_facet(shape, name):
            counts[name] = FacetCounts.of(rollups.facet(conn, shape, name))
        else:
            may_take_long()
            found, late = facet_counts(conn, resource, [name], keys_sql, where, settings.facet_budget_ms / 1000)
            counts[name] = FacetCounts.of(found[name])
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
        page.facets = {name: list(values.values) for name, values in counts.items()}
        page.facets_truncated = cut_short
    return page
