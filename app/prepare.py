"""The CPU half of ingest: read, parse and extract one file, with no database writes.

This is what runs in the ingest worker processes, so it must stay pure: every input comes in as
arguments and every output goes back as one picklable value. The writer process only checks ids,
assigns keys and inserts, which keeps both cores busy (parsing and extraction are ~80 % of the work).
"""

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.extract.parse import ParsedArticle, ParseError, parse_file
from app.extract.pipeline import Extraction, extract
from app.search.fts import article_fts_params, quote_fts_params


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(paragraphs: tuple[str, ...]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything the writer needs to store one article."""

    path: Path
    article: ParsedArticle
    found: Extraction | None  # None when the stored copy has the same content and needs no re-extraction
    word_count: int = 0
    article_fts: dict[str, object] | None = None  # without "pk": the writer assigns it
    quote_fts: tuple[dict[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file that cannot be stored, with the `file:line: reason` message the user sees."""

    path: Path
    message: str


class StoredHashes:
    """Content hashes already in the database, looked up by the worker itself (a read-only WAL reader),
    so an unchanged file costs a parse and one indexed lookup, not a full extraction."""

    def __init__(self, db: Path | None) -> None:
        self._db = db
        self._conn: sqlite3.Connection | None = None

    def get(self, article_id: str) -> str | None:
        if self._db is None or not self._db.exists():
            return None
        if self._conn is None:
            self._conn = sqlite3.connect(f"file:{self._db}?mode=ro", uri=True, check_same_thread=False)
        try:
            row = self._conn.execute("SELECT content_hash FROM article WHERE id = ?", (article_id,)).fetchone()
        except sqlite3.OperationalError:  # not migrated yet: nothing is stored
            return None
        return None if row is None else str(row[0])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def prepare(path: Path, stored: StoredHashes, reextract: bool) -> Prepared | Rejected:
    try:
        article = parse_file(path)
    except ParseError as exc:
        return Rejected(path, str(exc))
    except OSError as exc:
        return Rejected(path, f"{path}:0: cannot read file: {exc.strerror or exc}")  # line 0: the whole file
    if not reextract and stored.get(article.id) == article.content_hash:
        return Prepared(path, article, None)
    try:
        found = extract(article)
    except Exception as exc:  # an extractor bug on one odd file must not stop the whole load
        return Rejected(path, f"{path}:0: extraction failed ({type(exc).__name__}: {exc})")
    fts = article_fts_params(0, article.title, article.paragraphs, article.language)
    del fts["pk"]
    quotes = []
    for quote in found.speech.quotes:
        params = quote_fts_params(0, quote.text, article.language)
        del params["pk"]
        quotes.append(params)
    return Prepared(path, article, found, word_count(article.paragraphs), fts, tuple(quotes))
