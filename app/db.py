"""Database connections: a SQLAlchemy writer for ingest and migrations, plain read-only sqlite3 for the API.

The API path uses the stdlib driver directly: rows go from SQLite into the response models with no ORM
objects in between, which the performance issue measured at several times the ORM's speed.
"""

import os
import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

from app.queries import budget

BUSY_TIMEOUT_MS = 10_000


def writer_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own implicit BEGIN breaks SAVEPOINT; SQLAlchemy emits BEGIN itself (see _begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # WAL lets the API keep reading while a re-ingest writes; each file is still atomic.
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


class ReadOnlyDatabase:
    """One read-only connection per thread (the event loop's, and each thread slow queries run in).

    `mode=ro` makes SQLite itself refuse writes and `query_only` refuses them again on the connection,
    so no bug in a route can change the corpus.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.resolve()
        self._file, self._wal = str(self.path), f"{self.path}-wal"
        if not self.path.is_file():
            raise FileNotFoundError(
                f"CORPUS_DB={db_path}: no database file there; build one with `corpus ingest seeds/`")
        self._local = threading.local()

    def connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only=1")
        budget.watch(conn)
        return conn

    def conn(self) -> sqlite3.Connection:
        """This thread's connection, reopened when the file was replaced (`corpus ingest --rebuild`
        swaps in a new file; an open connection would go on reading the old, unlinked one)."""
        inode = os.stat(self._file).st_ino
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "inode", None) != inode:
            conn.close()
            conn = None
        if conn is None:
            conn = self.connect()
            self._local.conn, self._local.inode = conn, inode
        return conn

    def stamp(self) -> tuple[int, int, int, int]:
        """Changes whenever the file (or its write-ahead log) changes: the cache key of corpus facts.
        Read on every request, hence plain `os.stat` on prepared strings rather than pathlib."""
        st = os.stat(self._file)
        try:
            wal_mtime = os.stat(self._wal).st_mtime_ns
        except FileNotFoundError:
            wal_mtime = 0
        return st.st_ino, st.st_mtime_ns, st.st_size, wal_mtime
