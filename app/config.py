"""Runtime configuration, read once from the environment (and an optional `.env`)."""

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob the service has; the defaults work on a fresh clone."""

    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore", frozen=True)

    corpus_db: Path = Field(default=Path("corpus.db"), validation_alias="CORPUS_DB",
                            description="SQLite database file the API serves and ingest writes.")
    cache_max_age: int = Field(default=60, ge=0, validation_alias="CACHE_MAX_AGE",
                               description="Seconds clients and proxies may cache a response.")
    cursor_secret: str = Field(default="kazinform-corpus-cursor-v1", validation_alias="CURSOR_SECRET",
                               description="Key that signs pagination cursors, so a tampered cursor is refused.")
    gzip_min_bytes: int = Field(default=1000, ge=0, validation_alias="GZIP_MIN_BYTES",
                                description="Bodies at least this large are gzipped when the client accepts it.")
    query_budget_ms: int = Field(default=3000, ge=1, validation_alias="QUERY_BUDGET_MS",
                                 description="Time all SQL of one request may take; past it the answer is 503 "
                                             "with Retry-After instead of a pinned core.")
    facet_budget_ms: int = Field(default=1000, ge=1, validation_alias="FACET_BUDGET_MS",
                                 description="Time one facet may take before it is cut short and reported so.")
    ingest_workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=0,
                                validation_alias="INGEST_WORKERS",
                                description="Processes that parse and extract while ingest writes (0: none).")
    ingest_batch: int = Field(default=500, ge=1, validation_alias="INGEST_BATCH",
                              description="Files per committed ingest batch (each file is its own savepoint).")


@lru_cache
def get_settings() -> Settings:
    return Settings()
