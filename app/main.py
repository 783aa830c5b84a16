"""The ASGI application: `app.main:app`, built by `create_app` from settings."""

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.routing import APIRoute

from app import fastapi_memo
from app.config import Settings, get_settings
from app.corpus import Corpus
from app.db import ReadOnlyDatabase
from app.docs import install_docs
from app.errors import install_error_handlers, problem_media_type
from app.http_semantics import HttpSemanticsMiddleware
from app.migrate import head_revision
from app.queries import rollup_index
from app.routers import articles, figures, health, quotes, speakers, topics

DESCRIPTION = """
Read-only JSON API over the [Kazinform](https://www.inform.kz) news corpus in Kazakh, Russian and English:
articles, the people quoted and what they said, trade figures, and topics.

* Every list answers `{"items": [...], "total": N, "next_cursor": ...}` and pages by an opaque cursor
  (`Link: <...>; rel="next"`).
* Every response carries a weak `ETag` (it changes when the corpus changes) and
  `Cache-Control: public, max-age=60`; send `If-None-Match` to get a `304`.
* Every error is `application/problem+json` (RFC 9457); a 422 lists each bad parameter in `errors`.
* `limit` above 100 is capped at 100 rather than refused.
* Only `GET`, `HEAD` and `OPTIONS` exist; a plain `OPTIONS` answers `204` with `Allow` on any path.
* An article's `url` is its path in this API (the source files carry no web address).
* Lists add `facets` and `facets_truncated` only when `facet=` is asked for.
* Lists add `total_exact`: `false` when counting stopped at a cap (100,000 rows, 2,000 for a search) and
  `total` means "at least this many"; counting every match of a common word in a million articles would
  cost more than the page.

Topic taxonomy: IPTC Media Topics, © IPTC, International Press Telecommunications Council (https://iptc.org),
licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Source:
http://cv.iptc.org/newscodes/mediatopic/ (release 2023-03-31). Modified: reduced to the top two levels, retired
concepts removed, Kazakh and Russian labels and finer subtopics (`kazinform:` qcodes) added.
"""


def _operation_id(route: APIRoute) -> str:
    """Stable ids (`articles-list_articles`) so generated clients keep their method names."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.corpus.check_schema(head_revision())  # fail at start, not on the first request
        app.state.corpus.facts()
        rollup_index.preload(app.state.corpus.db.conn())
        # Everything built so far (routes, schemas, the taxonomy) lives as long as the process. Without
        # this, every full collection walked it: 20-60 ms pauses that stalled every request on the worker
        # and made most of the p99 under load.
        gc.collect()
        gc.freeze()
        yield

    fastapi_memo.install()
    app = FastAPI(title="Kazinform corpus API", version="1.0.0", description=DESCRIPTION, docs_url=None,
                  redoc_url=None, lifespan=lifespan, generate_unique_id_function=_operation_id)
    app.state.settings = settings
    app.state.corpus = Corpus(ReadOnlyDatabase(settings.corpus_db), settings.query_budget_ms / 1000)
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(articles.router)
    app.include_router(speakers.router)
    app.include_router(quotes.router)
    app.include_router(figures.router)
    app.include_router(topics.router)
    install_docs(app)
    build_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = problem_media_type(build_openapi())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_min_bytes)
    # Added last, so it runs first: a 304 is answered before compression or routing is set up.
    app.add_middleware(HttpSemanticsMiddleware, version=lambda: app.state.corpus.facts().version,
                       max_age=settings.cache_max_age)
    return app


def __getattr__(name: str) -> FastAPI:
    """`app.main:app` is built on first access, so importing this module opens no database."""
    if name == "app":
        global app
        app = create_app()
        return app
    raise AttributeError(name)
