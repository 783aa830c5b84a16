"""Keyset paging resumes exactly after the last row for every mix of sort directions."""

import itertools
import sqlite3

import pytest

from app.queries.keyset import Keyset, page_sql


@pytest.fixture(scope="module")
def conn() -> sqlite3.Connection:
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE t(a INTEGER, b TEXT)")
    c.executemany("INSERT INTO t VALUES (?, ?)", [(a, b) for a in (1, 2, 2, 3) for b in "xyz"][:10])
    return c


@pytest.mark.parametrize("desc_a,desc_b", list(itertools.product([False, True], repeat=2)))
def test_pages_concatenate_to_the_full_order(conn: sqlite3.Connection, desc_a: bool, desc_b: bool) -> None:
    keys = [("a", desc_a), ("b", desc_b)]
    everything = conn.execute(page_sql("SELECT DISTINCT a, b FROM t", [], keys, Keyset("s", None, 100), {}),
                              {"limit": 101}).fetchall()
    seen: list[tuple[int, str]] = []
    after = None
    while True:
        params: dict = {}
        rows = conn.execute(page_sql("SELECT DISTINCT a, b FROM t", [], keys, Keyset("s", after, 2), params),
                            params).fetchall()[:2]
        if not rows:
            break
        seen += rows
        after = list(rows[-1])
    assert seen == everything
    assert len(everything) == len(set(everything))
