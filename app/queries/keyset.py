"""Keyset ("seek") paging for any sort order: the ORDER BY and the WHERE that resumes after a row.

An index that matches the sort keys makes every page cost the same as the first, where OFFSET
would scan and throw away every earlier row.
"""

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Keyset:
    """Sort name and the previous page's last key; `after` is None on the first page."""

    sort: str
    after: list[Any] | None
    limit: int


SortKeys = list[tuple[str, bool]]  # (SQL expression, descending?) in order of precedence


def order_by(keys: SortKeys) -> str:
    return ", ".join(f"{expr} {'DESC' if desc else 'ASC'}" for expr, desc in keys)


def seek(keys: SortKeys, after: list[Any], params: dict[str, Any]) -> str:
    """`(k0, k1) < (:s0, :s1)` when every key runs the same way (SQLite seeks an index with a row
    value), else `(k0 > :s0) OR (k0 = :s0 AND k1 > :s1) ...`, with < for descending keys."""
    if len({desc for _, desc in keys}) == 1:
        for i, value in enumerate(after):
            params[f"seek{i}"] = value
        columns = ", ".join(expr for expr, _ in keys)
        marks = ", ".join(f":seek{i}" for i in range(len(keys)))
        return f"({columns}) {'<' if keys[0][1] else '>'} ({marks})"
    alternatives = []
    for i, (expr, desc) in enumerate(keys):
        equal = [f"{e} = :seek{j}" for j, (e, _) in enumerate(keys[:i])]
        alternatives.append("(" + " AND ".join([*equal, f"{expr} {'<' if desc else '>'} :seek{i}"]) + ")")
        params[f"seek{i}"] = after[i]
    return "(" + " OR ".join(alternatives) + ")"


def page_sql(select: str, clauses: list[str], keys: SortKeys, page: Keyset, params: dict[str, Any]) -> str:
    """The full query for one page, fetching limit+1 rows so the caller knows whether more exist."""
    where = list(clauses)
    if page.after is not None:
        where.append(seek(keys, page.after, params))
    params["limit"] = page.limit + 1
    return (select + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY {order_by(keys)} LIMIT :limit")


def select_sql(columns: str, source: str, clauses: list[str]) -> str:
    return f"SELECT {columns} FROM {source}" + (" WHERE " + " AND ".join(clauses) if clauses else "")


def dicts(conn: sqlite3.Connection, sql: str, params: dict[str, Any] | tuple[Any, ...]) -> list[dict[str, Any]]:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return [dict(r) for r in cur.execute(sql, params).fetchall()]
