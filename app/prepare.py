"""The CPU half of ingest: read, parse and extract one file, with no database writes.

This is what runs in the ingest worker processes, so it must stay pure: every input comes in as
arguments and every output goes back as one picklable value. The writer process only checks ids,
assigns keys and inserts, which keeps both cores busy (parsing and extraction are ~80 % of the work).
"""

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from app.extract.parse import ParsedArticle, ParseError, parse_file
from app.extract.pipeline import Extraction, extract
from app.search.fts import article_fts_row
from app.storage import figures as figure_store
from app.storage import speech as speech_store
from app.storage import summaries
from app.storage import topics as topic_store


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(paragraphs: tuple[str, ...]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


class ArticleRows(NamedTuple):
    """One article as the writer stores it: every table's rows, built in the worker.

    Plain tuples of strings and numbers, because this crosses from the worker to the writer
    process: pickling the parsed article and the extraction's dataclasses (and Decimals) cost the
    two sides 0.083 ms per article, these rows 0.035 (`bench/prepare_speed.py --transport`). And
    what the worker encodes (JSON, slugs, index text) is CPU the single writer no longer spends.
    The article's `pk`, and everything keyed by it, is the writer's to assign.
    """

    article: dict[str, object]  # the article table's columns except pk
    fts: tuple[str, str, str, str]  # article_fts: title, body, title_stem, body_stem
    topics: tuple[topic_store.TopicRow, ...]
    countries: tuple[topic_store.CountryRow, ...]
    figures: tuple[figure_store.FigureRow, ...]
    speakers: tuple[speech_store.SpeakerRow, ...]
    quotes: tuple[speech_store.QuoteRow, ...]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A readable article file: its identity, and its rows unless the stored copy has the same
    content and needs no re-extraction (then `rows` is None)."""

    path: Path
    id: str
    content_hash: str
    rows: ArticleRows | None


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


def article_rows(path: Path, article: ParsedArticle, found: Extraction) -> ArticleRows:
    topics, countries = topic_store.rows(article, found.topics, found.countries)
    speakers, quotes = speech_store.rows(article, found.speech)
    row: dict[str, object] = {
        "id": article.id, "title": article.title, "published": article.published.isoformat(),
        "language": article.language, "dateline": article.dateline, "agency": article.agency,
        "lead": article.lead, "body": "\n".join(article.paragraphs), "word_count": word_count(article.paragraphs),
        "figure_count": len(found.figures), "content_hash": article.content_hash, "source_path": str(path)}
    row["item"] = summaries.item_json(row, ((t[0], t[1]) for t in topics), (c[0] for c in countries),
                                      (s[0] for s in speakers))
    return ArticleRows(
        article=row,
        fts=article_fts_row(article.title, article.paragraphs, article.language),
        topics=topics, countries=countries, figures=figure_store.rows(article, found.figures),
        speakers=speakers, quotes=quotes)


def prepare(path: Path, stored: StoredHashes, reextract: bool) -> Prepared | Rejected:
    try:
        article = parse_file(path)
    except ParseError as exc:
        return Rejected(path, str(exc))
    except OSError as exc:
        return Rejected(path, f"{path}:0: cannot read file: {exc.strerror or exc}")  # line 0: the whole file
    if not reextract and stored.get(article.id) == article.content_hash:
        return Prepared(path, article.id, article.content_hash, None)
    try:
        found = extract(article)
    except Exception as exc:  # an extractor bug on one odd file must not stop the whole load
        return Rejected(path, f"{path}:0: extraction failed ({type(exc).__name__}: {exc})")
    return Prepared(path, article.id, article.content_hash, article_rows(path, article, found))
