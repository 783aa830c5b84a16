"""Facts about the served corpus (version, size), re-read only when the database file changes."""

import sqlite3
import threading
from dataclasses import dataclass

from app.db import ReadOnlyDatabase


@dataclass(frozen=True, slots=True)
class CorpusFacts:
    version: str
    articles: int


class Corpus:
    """The read-only database plus its facts, cached against the file's stamp: a re-ingest changes
    the stamp, so the next request sees the new version (and new ETags) without a restart."""

    def __init__(self, db: ReadOnlyDatabase, query_budget_s: float = 3.0) -> None:
        self.db = db
        self.query_budget_s = query_budget_s
        self._lock = threading.Lock()
        self._stamp: tuple[int, ...] | None = None
        self._facts = CorpusFacts("", 0)

    def facts(self) -> CorpusFacts:
        stamp = self.db.stamp()
        if stamp != self._stamp:
            with self._lock:
                if stamp != self._stamp:
                    self._facts = self._read()
                    self._stamp = stamp
        return self._facts

    def check_schema(self, head: str | None) -> None:
        """The API cannot migrate a read-only file, so it refuses to serve one of another schema."""
        try:
            row = self.db.conn().execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            row = None
        found = row[0] if row else None
        if found != head:
            raise RuntimeError(f"{self.db.path} is at schema revision {found}, this code needs {head}; "
                               "run `corpus migrate` (or `corpus ingest`) on it first")

    def _read(self) -> CorpusFacts:
        try:
            rows = dict(self.db.conn().execute(
                "SELECT key, value FROM corpus_meta WHERE key IN ('corpus_version', 'articles')").fetchall())
        except sqlite3.OperationalError as exc:
            raise RuntimeError(f"{self.db.path} is not a corpus database ({exc}); run `corpus ingest`") from exc
        return CorpusFacts(rows.get("corpus_version", "empty"), int(rows.get("articles", 0)))
