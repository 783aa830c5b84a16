"""Load article files into the database: parse, extract, store; one savepoint per file.

Files stream from disk one at a time and are committed in batches, so memory stays flat however large
the folder. A file is all-or-nothing: a parse error stores nothing of it, and a database error rolls
its savepoint back while the rest of the batch still lands.
"""

import hashlib
import sqlite3
from contextlib import closing
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from app import migrate
from app.db import writer_engine
from app.extract.parse import ParsedArticle, ParseError, parse_file
from app.extract.pipeline import EXTRACTOR_VERSION, Extraction, extract
from app.models import Article, CorpusMeta
from app.search.fts import SEARCH_VERSION, index_row

ARTICLE_SUFFIX = ".txt"
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

_FTS_INSERT = text("INSERT INTO article_fts(rowid, title, body, title_stem, body_stem) "
                   "VALUES (:pk, :title, :body, :title_stem, :body_stem)")
_FTS_DELETE = text("INSERT INTO article_fts(article_fts, rowid, title, body, title_stem, body_stem) "
                   "VALUES ('delete', :pk, :title, :body, :title_stem, :body_stem)")

Reporter = Callable[[str], None]


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


def word_count(paragraphs: tuple[str, ...]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


def _store_extraction(conn: Connection, article_pk: int, article: ParsedArticle, found: Extraction) -> None:
    """Derived rows go here; each extraction issue adds its own tables' inserts."""


def _delete_article(conn: Connection, pk: int, old_title: str, old_body: str, old_lang: str) -> None:
    row = index_row(old_title, old_body.split("\n"), old_lang)
    conn.execute(_FTS_DELETE, {"pk": pk, "title": row.title, "body": row.body,
                               "title_stem": row.title_stem, "body_stem": row.body_stem})
    conn.execute(delete(Article).where(Article.pk == pk))  # type: ignore[arg-type]


def _insert_article(conn: Connection, article: ParsedArticle, source: Path) -> int:
    found = extract(article)
    result = conn.execute(insert(Article).values(
        id=article.id, title=article.title, published=article.published, language=article.language,
        dateline=article.dateline, agency=article.agency, lead=article.lead,
        body="\n".join(article.paragraphs), word_count=word_count(article.paragraphs),
        figure_count=len(found.figures), content_hash=article.content_hash, source_path=str(source)))
    pk = int(result.inserted_primary_key[0])  # type: ignore[index]
    row = index_row(article.title, article.paragraphs, article.language)
    conn.execute(_FTS_INSERT, {"pk": pk, "title": row.title, "body": row.body,
                               "title_stem": row.title_stem, "body_stem": row.body_stem})
    _store_extraction(conn, pk, article, found)
    return pk


def _meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(CorpusMeta.value).where(CorpusMeta.key == key)).scalar()


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("INSERT INTO corpus_meta(key, value) VALUES (:k, :v) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"k": key, "v": value})


def _reindex_if_stale(conn: Connection) -> None:
    """A changed stemmer makes the stored index unreadable for deletes: rebuild it from `article`."""
    if _meta(conn, "search_version") == SEARCH_VERSION:
        return
    conn.execute(text("INSERT INTO article_fts(article_fts) VALUES ('delete-all')"))
    rows = conn.execute(text("SELECT pk, title, body, language FROM article")).yield_per(1000)
    for pk, title, body, lang in rows:
        r = index_row(title, body.split("\n"), lang)
        conn.execute(_FTS_INSERT, {"pk": pk, "title": r.title, "body": r.body,
                                   "title_stem": r.title_stem, "body_stem": r.body_stem})
    _set_meta(conn, "search_version", SEARCH_VERSION)


def corpus_version(conn: Connection) -> str:
    """A digest of every article's id and content plus the code that derived the rest from it:
    identical files and code give an identical version, so rebuilt databases answer identically."""
    digest = hashlib.sha256(f"{migrate.head_revision()}|{EXTRACTOR_VERSION}|{SEARCH_VERSION}".encode())
    for article_id, content_hash in conn.execute(text("SELECT id, content_hash FROM article ORDER BY id")):
        digest.update(f"\n{article_id}\t{content_hash}".encode())
    return digest.hexdigest()[:20]


def _load_one(conn: Connection, path: Path, report: IngestReport) -> None:
    article = parse_file(path)
    seen = conn.execute(text("INSERT OR IGNORE INTO temp.ingest_seen(id, path) VALUES (:i, :p)"),
                        {"i": article.id, "p": str(path)})
    if seen.rowcount == 0:
        first = conn.execute(text("SELECT path FROM temp.ingest_seen WHERE id = :i"), {"i": article.id}).scalar()
        raise ParseError(str(path), 1, f"duplicate article id {article.id!r}: already loaded from {first}")
    old = conn.execute(text("SELECT pk, content_hash, title, body, language FROM article WHERE id = :i"),
                       {"i": article.id}).first()
    if old is not None and old.content_hash == article.content_hash:
        report.unchanged += 1
        return
    with conn.begin_nested():
        if old is not None:
            _delete_article(conn, old.pk, old.title, old.body, old.language)
        _insert_article(conn, article, path)
    if old is None:
        report.added += 1
    else:
        report.updated += 1


def ingest(paths: Iterable[Path], db_path: Path, *, rebuild: bool = False, batch: int = 500,
           on_error: Reporter | None = None, on_file: Callable[[], None] | None = None) -> IngestReport:
    """Load `paths` into `db_path`. With `rebuild`, build a fresh file beside it and swap it in at the
    end, so readers never see an empty or half-built corpus and a failed rebuild changes nothing."""
    started = time.perf_counter()
    target = db_path.resolve()
    work = target.with_name(target.name + ".rebuild") if rebuild else target
    if rebuild:
        for leftover in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
            leftover.unlink(missing_ok=True)
    engine = writer_engine(work)
    report = IngestReport()
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS ingest_seen(id TEXT PRIMARY KEY, path TEXT)"))
            conn.execute(text("DELETE FROM temp.ingest_seen"))
            _reindex_if_stale(conn)
            pending = 0
            for path in iter_files(paths):
                try:
                    _load_one(conn, path, report)
                except ParseError as exc:
                    report.rejected += 1
                    report.errors.append(str(exc))
                    if on_error:
                        on_error(str(exc))
                except (OSError, SQLAlchemyError) as exc:
                    report.rejected += 1
                    reason = (f"cannot read file: {exc.strerror or exc}" if isinstance(exc, OSError)
                              else f"database refused the article: {type(exc).__name__}")
                    message = f"{path}:0: {reason}"  # line 0: the file as a whole, not one line
                    report.errors.append(message)
                    if on_error:
                        on_error(message)
                pending += 1
                if pending >= batch:
                    conn.commit()
                    pending = 0
                if on_file:
                    on_file()
            _set_meta(conn, "corpus_version", corpus_version(conn))
            _set_meta(conn, "articles", str(conn.execute(text("SELECT count(*) FROM article")).scalar()))
            conn.commit()
            if report.loaded:
                conn.execute(text("INSERT INTO article_fts(article_fts) VALUES ('optimize')"))
                conn.execute(text("PRAGMA optimize"))
                conn.commit()
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        engine.dispose()
    if rebuild:
        # The new file carries no write-ahead log, so nothing of it can be lost or mixed in the swap.
        with closing(sqlite3.connect(work)) as raw:
            raw.execute("PRAGMA journal_mode=DELETE")
        os.replace(work, target)
    report.seconds = time.perf_counter() - started
    return report
