"""Dependencies shared by the routers, and where a route's database work runs.

Routes are `async`: a sync route costs a thread-pool hop per request, which halved throughput on the
list and detail endpoints. Work that is always quick (an indexed page, one article, a date-ordered
search, which stops after a page) then runs on the event loop; work that can take long (relevance
ranking, aggregates) goes to a thread, so one slow request never stalls the others on its worker.
Work that is usually quick but not always (facets: cached after their first count) starts on the
loop and, at the first step that may take long, is handed whole to a thread (`may_take_long`).
Each thread has its own read-only connection.
"""

import sqlite3
import threading
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from app.config import Settings
from app.corpus import Corpus
from app.queries import budget

T = TypeVar("T")
_loop = threading.local()


class LongWork(Exception):
    """Raised on the event loop by `may_take_long`; `offload` then runs the work again on a thread."""


def may_take_long() -> None:
    """Call before a step that can take long: on the event loop it hands the whole request to a thread
    (the work runs again from the start there, in a snapshot of its own)."""
    if getattr(_loop, "active", False):
        raise LongWork


async def get_corpus(request: Request) -> Corpus:
    corpus: Corpus = request.app.state.corpus
    return corpus


async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _snapshot(corpus: Corpus, work: Callable[[sqlite3.Connection], T], budget_s: float) -> T:
    """All of a request's queries read one snapshot (a re-ingest committing meanwhile cannot mix two
    versions of an article into one answer) and share one time budget."""
    conn = corpus.db.conn()
    conn.execute("BEGIN")
    try:
        with budget.limit(budget_s):
            return work(conn)
    except sqlite3.OperationalError as exc:
        if budget.interrupted(exc):
            raise budget.QueryTimeout(budget_s) from exc
        raise
    finally:
        conn.execute("COMMIT")


async def offload(corpus: Corpus, work: Callable[[sqlite3.Connection], T], slow: bool) -> T:
    if not slow:
        _loop.active = True
        try:
            return _snapshot(corpus, work, corpus.query_budget_s)
        except LongWork:
            pass
        finally:
            _loop.active = False
    return await run_in_threadpool(_snapshot, corpus, work, corpus.query_budget_s)


CorpusDep = Annotated[Corpus, Depends(get_corpus)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
