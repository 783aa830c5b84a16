"""Trade figures in the database: one row per figure, ids in text order (`<article>-f1`, ...)."""

import sqlite3

from app.extract.figures import ExtractedFigure
from app.extract.parse import ParsedArticle

FigureRow = tuple[object, ...]  # the INSERT's columns after article_pk

_INSERT = ("INSERT INTO figure(article_pk, id, article_id, kind, value, unit, qualifier, reporter, partner, "
           "period_start, period_end, target, text, paragraph, published, language) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def rows(article: ParsedArticle, figures: tuple[ExtractedFigure, ...]) -> tuple[FigureRow, ...]:
    """Built where the article is extracted (an ingest worker), so the writer only binds them."""
    published = article.published.isoformat()
    return tuple((f"{article.id}-f{n}", article.id, f.kind, str(f.value), f.unit, f.qualifier, f.reporter,
                  f.partner, f.period_start, f.period_end, int(f.target), f.text, f.paragraph, published,
                  article.language) for n, f in enumerate(figures, 1))


def store(conn: sqlite3.Connection, article_pk: int, figure_rows: tuple[FigureRow, ...]) -> None:
    conn.executemany(_INSERT, [(article_pk, *row) for row in figure_rows])
