"""Dependencies shared by the routers, and where a route's database work runs.

Routes are `async`: a sync route costs a thread-pool hop per request, which halved throughput on the
list and detail endpoints. Work that is always quick (an indexed page, one article, a date-ordered
search, which stops after a page) then runs on the event loop; work that can take long (relevance
ranking, live facets, aggregates) goes to a thread, so one slow request never stalls the others on
its worker. Each thread has its own read-only connection.
"""

import sqlite3
from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from app.config import Settings
from app.corpus import Corpus
from app.queries import budget

T = TypeVar("T")


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
        return _snapshot(corpus, work, corpus.query_budget_s)
    return await run_in_threadpool(_snapshot, corpus, work, corpus.query_budget_s)


CorpusDep = Annotated[Corpus, Depends(get_corpus)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
