"""Load article files into the database: parse and extract (in worker processes), then store.

Files stream from disk and are committed in batches, so memory stays flat however large the folder.
A file is all-or-nothing: a parse error stores nothing of it, and a database error rolls its batch
back and replays it file by file, so only that file is lost while the rest of the batch lands.
"""

import datetime as dt
import hashlib
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from app import migrate
from app.db import BUSY_TIMEOUT_MS, writer_engine
from app.extract.parse import ParseError
from app.extract.pipeline import EXTRACTOR_VERSION
from app.ingest_pool import frozen_heap, prepared_files
from app.models import Article
from app.prepare import ArticleRows, Prepared, Rejected, StoredHashes, prepare
from app.search.fts import SEARCH_VERSION, article_fts_row
from app.storage import article_pk, bulk, rollups, summaries
from app.storage import figures as figure_store
from app.storage import speech as speech_store
from app.storage import topics as topic_store

ARTICLE_SUFFIX = ".txt"
# Merging the whole FTS index rewrites it; worth it only when much of the corpus is new.
OPTIMIZE_SHARE = 0.25
WRITER_CACHE_KIB = 256 * 1024

_ARTICLE_COLUMNS = [c.name for c in Article.__table__.columns]  # type: ignore[attr-defined]
_ARTICLE_INSERT = (f"INSERT INTO article({', '.join(_ARTICLE_COLUMNS)}) "
                   f"VALUES ({', '.join(':' + c for c in _ARTICLE_COLUMNS)})")
_FTS_INSERT = "INSERT INTO article_fts(rowid, title, body, title_stem, body_stem) VALUES (?, ?, ?, ?, ?)"
_FTS_DELETE = ("INSERT INTO article_fts(article_fts, rowid, title, body, title_stem, body_stem) "
               "VALUES ('delete', ?, ?, ?, ?, ?)")

Reporter = Callable[[str], None]
FtsRow = tuple[int, str, str, str, str]  # _FTS_INSERT's parameters


class FileRejected(Exception):
    """A file refused while being written (its message is the `file:line: reason` the user sees)."""


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        return self.added + self.updated

    @property
    def rate(self) -> float:
        return self.loaded / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
                f"rejected {self.rejected} in {self.seconds:.2f} s ({self.rate:.0f} articles/s)")


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Explicit files are taken as given; folders are walked for `*.txt`, in name order so that a
    rebuild from the same folder gives the same answers."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(ARTICLE_SUFFIX) and not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def count_files(paths: Iterable[Path]) -> int:
    return sum(1 for _ in iter_files(paths))


def _delete_article(conn: sqlite3.Connection, pk: int, old_title: str, old_body: str, old_lang: str,
                    old_published: str) -> None:
    speech_store.forget(conn, pk)
    conn.execute(_FTS_DELETE, (pk, *article_fts_row(old_title, old_body.split("\n"), old_lang)))
    conn.execute("DELETE FROM article WHERE pk = ?", (pk,))  # derived rows go by ON DELETE CASCADE
    rollups.touch(conn, old_published)


def _next_pk(conn: sqlite3.Connection, published: dt.date) -> int:
    floor, ceiling = article_pk.day_floor(published), article_pk.day_ceiling(published)
    row = conn.execute("SELECT max(pk) FROM article WHERE pk >= ? AND pk < ?", (floor, ceiling)).fetchone()
    return floor if row[0] is None else int(row[0]) + 1


def _rows(prepared: Prepared) -> ArticleRows:
    if prepared.rows is not None:
        return prepared.rows
    # The worker saw this content stored, but it is not (changed since): derive it here.
    again = prepare(prepared.path, StoredHashes(None), reextract=True)
    if isinstance(again, Rejected):
        raise FileRejected(again.message)
    assert again.rows is not None
    return again.rows


def _insert_article(conn: sqlite3.Connection, rows: ArticleRows, unindexed: list[FtsRow] | None) -> int:
    """`unindexed`: where the article's search-index row waits for the end of the batch (None: index now)."""
    published = str(rows.article["published"])
    pk = _next_pk(conn, dt.date.fromisoformat(published))
    conn.execute(_ARTICLE_INSERT, {**rows.article, "pk": pk})
    if unindexed is None:
        conn.execute(_FTS_INSERT, (pk, *rows.fts))
    else:
        unindexed.append((pk, *rows.fts))
    speech_store.store(conn, pk, rows.speakers, rows.quotes)
    figure_store.store(conn, pk, rows.figures)
    topic_store.store(conn, pk, rows.topics, rows.countries)
    rollups.touch(conn, published)
    return pk


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM corpus_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO corpus_meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def _reindex_if_stale(conn: sqlite3.Connection) -> None:
    """A changed stemmer makes the stored index unreadable for deletes: rebuild it from `article`."""
    if _meta(conn, "search_version") == SEARCH_VERSION:
        return
    conn.execute("INSERT INTO article_fts(article_fts) VALUES ('delete-all')")
    for pk, title, body, lang in conn.cursor().execute("SELECT pk, title, body, language FROM article"):
        conn.execute(_FTS_INSERT, (pk, *article_fts_row(title, body.split("\n"), lang)))
    speech_store.reindex(conn)
    _set_meta(conn, "search_version", SEARCH_VERSION)


def corpus_version(conn: sqlite3.Connection) -> str:
    """A digest of every article's id and content plus the code that derived the rest from it:
    identical files and code give an identical version, so rebuilt databases answer identically."""
    digest = hashlib.sha256(f"{migrate.head_revision()}|{EXTRACTOR_VERSION}|{SEARCH_VERSION}".encode())
    for article_id, content_hash in conn.execute("SELECT id, content_hash FROM article ORDER BY id"):
        digest.update(f"\n{article_id}\t{content_hash}".encode())
    return digest.hexdigest()[:20]


def _forget_seen(conn: sqlite3.Connection, article_id: str) -> None:
    conn.execute("DELETE FROM temp.ingest_seen WHERE id = ?", (article_id,))


def _load_one(conn: sqlite3.Connection, prepared: Prepared, report: IngestReport, reextract: bool,
              careful: bool, unindexed: list[FtsRow] | None) -> None:
    article_id, path = prepared.id, prepared.path
    seen = conn.execute("INSERT OR IGNORE INTO temp.ingest_seen(id, path) VALUES (?, ?)", (article_id, str(path)))
    if seen.rowcount == 0:
        first = conn.execute("SELECT path FROM temp.ingest_seen WHERE id = ?", (article_id,)).fetchone()[0]
        raise ParseError(str(path), 1, f"duplicate article id {article_id!r}: already loaded from {first}")
    old = conn.execute("SELECT pk, content_hash, title, body, language, published FROM article WHERE id = ?",
                       (article_id,)).fetchone()
    if old is not None and old[1] == prepared.content_hash and not reextract:
        report.unchanged += 1
        return
    try:
        rows = _rows(prepared)  # before anything is deleted: a file that cannot be read again changes nothing
    except FileRejected:
        _forget_seen(conn, article_id)  # nothing of it was loaded: a later file may carry its id
        raise
    if careful:
        conn.execute("SAVEPOINT article")
    try:
        if old is not None:
            _delete_article(conn, old[0], old[2], old[3], old[4], old[5])
        _insert_article(conn, rows, unindexed)
    except BaseException:
        if careful:
            conn.execute("ROLLBACK TO article")
            conn.execute("RELEASE article")
            _forget_seen(conn, article_id)
        raise
    if careful:
        conn.execute("RELEASE article")
    if old is None:
        report.added += 1
    else:
        report.updated += 1


def _topic_labels(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return conn.execute("SELECT qcode, slug, label FROM topic ORDER BY qcode").fetchall()


def _pk_layout(conn: sqlite3.Connection) -> str:
    """'day' when every stored key follows app/storage/article_pk.py, which bounded search relies on."""
    stray = conn.execute(f"SELECT EXISTS (SELECT 1 FROM article WHERE (pk >> {article_pk.DAY_SHIFT}) != "
                         f"{article_pk.SQL_DAY_ORDINAL.format(column='published')})").fetchone()[0]
    return "legacy" if stray else article_pk.LAYOUT


def _open_writer(db: Path) -> sqlite3.Connection:
    """Plain driver for the load loop: SQLAlchemy's per-statement overhead was half the ingest time."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")  # the API keeps reading while a re-ingest writes
    conn.execute("PRAGMA synchronous=NORMAL")
    # Index pages of a growing corpus no longer fit SQLite's default 2 MB cache; re-reading them was most
    # of the writer's time at 100k articles. 256 MB keeps a million-article ingest under 1 GB.
    conn.execute(f"PRAGMA cache_size={-WRITER_CACHE_KIB}")
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


def _reject(report: IngestReport, message: str) -> None:
    report.rejected += 1
    report.errors.append(message)


def _write_batch(conn: sqlite3.Connection, items: list[Prepared | Rejected], reextract: bool,
                 careful: bool) -> IngestReport:
    """One transaction for the batch. Without `careful`, a database error aborts the whole batch
    (the caller then retries it with `careful`: one savepoint per file, so only that file is lost).
    Savepoints are not free: FTS5 writes its pending index data out at each one.

    FTS5 also writes it out whenever a row comes with a lower rowid than the one before, and keys
    follow publication days: a folder not in date order wrote a new index segment about every other
    article. So, without `careful`, the batch's index rows go in at its end in key order."""
    batch = IngestReport()
    unindexed: list[FtsRow] | None = None if careful else []
    conn.execute("BEGIN")
    try:
        for item in items:
            if isinstance(item, Rejected):
                _reject(batch, item.message)
                continue
            try:
                _load_one(conn, item, batch, reextract, careful, unindexed)
            except (ParseError, FileRejected) as exc:
                _reject(batch, str(exc))
            except sqlite3.Error as exc:
                if not careful:
                    raise
                _reject(batch, f"{item.path}:0: database refused the article: {exc}")  # line 0: the whole file
        if unindexed:
            conn.executemany(_FTS_INSERT, sorted(unindexed, key=itemgetter(0)))
        if batch.loaded:  # readers see this batch now: their ETags must change with it, not only at the end
            settled = (_meta(conn, "corpus_version") or "new").split("+")[0]
            _set_meta(conn, "corpus_version", f"{settled}+{secrets.token_hex(4)}")
            _set_meta(conn, "aggregates_pending", "1")  # cleared with the aggregates' recount at the end
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return batch


def _store_batch(conn: sqlite3.Connection, items: list[Prepared | Rejected], report: IngestReport,
                 reextract: bool, on_error: Reporter | None, on_file: Callable[[], None] | None) -> None:
    try:
        batch = _write_batch(conn, items, reextract, careful=False)
    except sqlite3.Error:
        batch = _write_batch(conn, items, reextract, careful=True)
    report.added += batch.added
    report.updated += batch.updated
    report.unchanged += batch.unchanged
    report.rejected += batch.rejected
    report.errors += batch.errors
    for message in batch.errors:
        if on_error:
            on_error(message)
    for _ in items:
        if on_file:
            on_file()


def ingest(paths: Iterable[Path], db_path: Path, *, rebuild: bool = False, batch: int = 500, workers: int = 0,
           on_error: Reporter | None = None, on_file: Callable[[], None] | None = None) -> IngestReport:
    """Load `paths` into `db_path`. With `rebuild`, build a fresh file beside it and swap it in at the
    end, so readers never see an empty or half-built corpus and a failed rebuild changes nothing.
    `workers` processes parse and extract while this one writes (0: all in this process)."""
    started = time.perf_counter()
    target = db_path.resolve()
    work = target.with_name(target.name + ".rebuild") if rebuild else target
    if rebuild:
        for leftover in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
            leftover.unlink(missing_ok=True)
    engine = writer_engine(work)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    report = IngestReport()
    with closing(_open_writer(work)) as conn, frozen_heap():
        conn.execute("CREATE TEMP TABLE ingest_seen(id TEXT PRIMARY KEY, path TEXT)")
        speech_store.prepare(conn)
        rollups.prepare(conn)
        conn.execute("BEGIN")
        labels = _topic_labels(conn)
        topic_store.sync_taxonomy(conn)
        if _topic_labels(conn) != labels:  # summaries carry topic labels: rewrite them with the new ones
            summaries.refresh_all(conn)
        _reindex_if_stale(conn)
        if _meta(conn, "aggregates_pending") == "1":
            # An earlier run died after committing articles but before recomputing the speaker and
            # rollup aggregates of what it touched (that list was in its memory): recompute them all.
            speech_store.touch_all(conn)
            rollups.touch_all(conn)
        # New extraction code re-derives every article it sees, not only the changed files.
        reextract = _meta(conn, "extractor_version") not in (None, EXTRACTOR_VERSION)
        conn.execute("COMMIT")  # the workers read stored hashes: let them see the migrated schema
        deferred = bulk.start(conn) if rebuild else []
        items: list[Prepared | Rejected] = []
        for prepared in prepared_files(iter_files(paths), None if rebuild else work, reextract, workers):
            items.append(prepared)
            if len(items) >= batch:
                _store_batch(conn, items, report, reextract, on_error, on_file)
                items = []
        _store_batch(conn, items, report, reextract, on_error, on_file)
        if rebuild:
            bulk.finish(conn, deferred)
        conn.execute("BEGIN")
        speech_store.refresh(conn)
        rollups.refresh(conn)
        _set_meta(conn, "aggregates_pending", "0")
        _set_meta(conn, "extractor_version", EXTRACTOR_VERSION)
        _set_meta(conn, "pk_layout", _pk_layout(conn))
        _set_meta(conn, "corpus_version", corpus_version(conn))
        articles = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        _set_meta(conn, "articles", str(articles))
        conn.execute("COMMIT")
        if report.loaded and (rebuild or report.loaded >= OPTIMIZE_SHARE * articles):
            conn.execute("INSERT INTO article_fts(article_fts) VALUES ('optimize')")
            conn.execute("PRAGMA optimize")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if rebuild:  # the new file carries no write-ahead log, so nothing of it can be lost in the swap
            conn.execute("PRAGMA journal_mode=DELETE")
    if rebuild:
        bulk.sync(work)
        os.replace(work, target)
    report.seconds = time.perf_counter() - started
    return report
