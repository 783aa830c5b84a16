"""List totals that never count a million rows per request.

A total is counted once per corpus version and filter, then served from a small per-process cache
(pages after the first, and popular filters, cost nothing). The count itself stops at a cap: past
it the answer is "at least `cap`" (`total_exact: false`), so a filter matching most of a million
articles costs what counting `cap` rows costs. Search counts stop much earlier, because every FTS
match costs a doclist step and an article lookup.
"""

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

COUNT_CAP = 100_000
SEARCH_COUNT_CAP = 2_000
CACHE_ENTRIES = 4096

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Total:
    value: int
    exact: bool = True


class ResultCache:
    """Least-recently-used results (totals, facet counts) of one process, keyed with the corpus version
    so a re-ingest never serves a stale one."""

    def __init__(self, entries: int = CACHE_ENTRIES) -> None:
        self._entries = entries
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def lookup(self, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            if key not in self._data:
                return False, None
            self._data.move_to_end(key)
            return True, self._data[key]

    def store(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._data[key] = value
            while len(self._data) > self._entries:
                self._data.popitem(last=False)


_cache = ResultCache()


def corpus_version(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM corpus_meta WHERE key = 'corpus_version'").fetchone()
    return "" if row is None else str(row[0])


def _versioned(conn: sqlite3.Connection, key: Hashable) -> Hashable:
    return (corpus_version(conn), key)


def lookup(conn: sqlite3.Connection, key: Hashable) -> tuple[bool, Any]:
    return _cache.lookup(_versioned(conn, key))


def store(conn: sqlite3.Connection, key: Hashable, value: Any) -> None:
    _cache.store(_versioned(conn, key), value)


def cached(conn: sqlite3.Connection, key: Hashable, compute: Callable[[], T]) -> T:
    hit, value = lookup(conn, key)
    if not hit:
        value = compute()
        store(conn, key, value)
    return value  # type: ignore[no-any-return]


def capped_count(conn: sqlite3.Connection, source: str, clauses: list[str], params: dict[str, Any],
                 cap: int = COUNT_CAP) -> Total:
    """The number of rows `source WHERE clauses` selects, counting no further than `cap`."""
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    key = ("count", source, tuple(clauses), tuple(sorted(params.items())), cap)

    def count() -> Total:
        n = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {source}{where} LIMIT {cap + 1})", params).fetchone()[0]
        return Total(min(n, cap), n <= cap)

    return cached(conn, key, count)
