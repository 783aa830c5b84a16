"""Time budgets for SQL: a query that runs past its deadline is interrupted by SQLite itself.

Each read-only connection gets one progress handler at birth; it compares the clock with the nearest
deadline of the calling thread. A request sets the outer deadline (`QUERY_BUDGET_MS`, answered with
503 and Retry-After when spent) and a facet sets a tighter inner one (reported as cut short). Checking
every few thousand SQLite VM steps costs well under a microsecond per step batch.
"""

import math
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

PROGRESS_STEPS = 5000  # SQLite VM steps between two looks at the clock

_local = threading.local()


class QueryTimeout(Exception):
    """The request's queries ran past its budget; answered with 503 and Retry-After."""

    def __init__(self, budget_s: float) -> None:
        super().__init__(f"the query ran past its {budget_s:g} s budget")
        self.budget_s = budget_s


def _deadlines() -> list[float]:
    stack: list[float] | None = getattr(_local, "deadlines", None)
    if stack is None:
        stack = _local.deadlines = []
    return stack


def _spent() -> int:
    stack = _deadlines()
    return int(bool(stack) and time.monotonic() > stack[-1])


def watch(conn: sqlite3.Connection) -> None:
    """Install the handler once on a new connection."""
    conn.set_progress_handler(_spent, PROGRESS_STEPS)


@contextmanager
def limit(seconds: float) -> Iterator[float]:
    """Deadline for the queries this thread runs inside the block (never later than an outer one)."""
    stack = _deadlines()
    deadline = min(time.monotonic() + seconds, stack[-1] if stack else math.inf)
    stack.append(deadline)
    try:
        yield deadline
    finally:
        stack.pop()


def interrupted(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc)


def expired(deadline: float) -> bool:
    return time.monotonic() > deadline
