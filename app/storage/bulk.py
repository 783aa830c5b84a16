"""Loading into a fresh file that nobody reads yet (`corpus ingest --rebuild`) can skip what only
readers and crash recovery need, and build the secondary indexes once at the end.

An index filled row by row at a million articles inserts into random leaf pages that no longer fit
the cache; `CREATE INDEX` over the finished table sorts once and writes each page once. Nothing the
load itself looks up is deferred: unique indexes (ids, primary keys) stay, so duplicate checks and
speaker lookups still use them. A run that dies leaves only the unfinished `.rebuild` file, which the
next run deletes, so the load needs no write-ahead log and no syncs until the file is complete.
"""

import os
import sqlite3
from pathlib import Path

# Tables whose secondary indexes serve the API only; none of them is read by the load.
DEFERRED_TABLES = ("article", "article_country", "article_topic", "article_speaker", "figure", "quote", "speaker")

# FTS5 merges its index segments as they pile up: by default once 4 of a level exist. A rebuild ends
# with 'optimize' of the article index, which merges everything into one segment anyway, so merging
# early is work done twice, and waiting for 16 segments leaves most of it to that one merge. Later
# in-place ingests go back to the default, which keeps the served index shallow.
# (The quote index is not optimized at the end, so it keeps the default all along.)
LOAD_AUTOMERGE = 16
DEFAULT_AUTOMERGE = 4


def start(conn: sqlite3.Connection) -> list[str]:
    """Drop the deferred indexes and return the statements that recreate them."""
    marks = ", ".join("?" for _ in DEFERRED_TABLES)
    rows = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                        f"AND tbl_name IN ({marks}) ORDER BY name", DEFERRED_TABLES).fetchall()
    conn.execute("PRAGMA journal_mode=MEMORY")  # rollback (a failed batch's replay) still works
    conn.execute("PRAGMA synchronous=OFF")
    _automerge(conn, LOAD_AUTOMERGE)
    for name, _ in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


def _automerge(conn: sqlite3.Connection, segments: int) -> None:
    conn.execute("INSERT INTO article_fts(article_fts, rank) VALUES ('automerge', ?)", (segments,))


def finish(conn: sqlite3.Connection, recreate: list[str]) -> None:
    """Build the deferred indexes. The journal goes back to disk first: the in-memory one suits a
    batch, but the last steps (these indexes, the FTS merge) are single transactions over gigabytes
    at a million articles, and journalling their pages in memory took the load past 1 GiB."""
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("BEGIN")
    _automerge(conn, DEFAULT_AUTOMERGE)
    for sql in recreate:
        conn.execute(sql)
    conn.execute("COMMIT")


def sync(path: Path) -> None:
    """The load ran without syncs: make the file durable before it is swapped in."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
