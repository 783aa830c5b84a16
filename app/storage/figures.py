"""Trade figures in the database: one row per figure, ids in text order (`<article>-f1`, ...)."""

import sqlite3

from app.extract.figures import ExtractedFigure
from app.extract.parse import ParsedArticle


def store(conn: sqlite3.Connection, article_pk: int, article: ParsedArticle,
          figures: tuple[ExtractedFigure, ...]) -> None:
    conn.executemany(
        "INSERT INTO figure(id, article_pk, article_id, kind, value, unit, qualifier, reporter, partner, "
        "period_start, period_end, target, text, paragraph, published, language) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(f"{article.id}-f{n}", article_pk, article.id, f.kind, str(f.value), f.unit, f.qualifier, f.reporter,
          f.partner, f.period_start, f.period_end, int(f.target), f.text, f.paragraph,
          article.published.isoformat(), article.language) for n, f in enumerate(figures, 1)])
