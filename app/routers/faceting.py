"""Attach the facets a list request asked for to its page."""

import sqlite3
from typing import TypeVar

from app.config import Settings
from app.queries.facets import facet_counts
from app.queries.filters import Where
from app.schemas import FacetValue, Page

T = TypeVar("T")


def with_facets(page: Page[T], conn: sqlite3.Connection, resource: str, names: list[str] | None, keys_sql: str,
                where: Where, settings: Settings) -> Page[T]:
    if names:
        counts, cut_short = facet_counts(conn, resource, names, keys_sql, where, settings.facet_budget_ms / 1000)
        page.facets = {name: [FacetValue.model_validate(v) for v in values] for name, values in counts.items()}
        page.facets_truncated = cut_short
    return page
