"""The per-article summary JSON always says what the topic, country and speaker tables say."""

import json
import shutil
import sqlite3
from pathlib import Path

from app.ingest import ingest


def _live(conn: sqlite3.Connection, pk: int) -> dict:
    return {
        "topics": [{"qcode": q, "slug": s, "label": lbl, "score": sc} for q, s, lbl, sc in conn.execute(
            "SELECT t.qcode, t.slug, t.label, x.score FROM article_topic x JOIN topic t ON t.qcode = x.qcode "
            "WHERE x.article_pk = ? ORDER BY x.score DESC, t.qcode", (pk,))],
        "countries": [r[0] for r in conn.execute(
            "SELECT country FROM article_country WHERE article_pk = ? ORDER BY country", (pk,))],
        "speaker_ids": [r[0] for r in conn.execute(
            "SELECT s.id FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk WHERE x.article_pk = ? "
            "ORDER BY s.id", (pk,))],
    }


def _check_all(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT pk, summary FROM article").fetchall()
        for pk, summary in rows:
            assert json.loads(summary) == _live(conn, pk), pk
    return len(rows)


def test_every_summary_matches_its_rows(generated_db: Path, corpus_db: Path) -> None:
    assert _check_all(generated_db) == 400
    assert _check_all(corpus_db) > 10


def test_a_changed_topic_label_rewrites_every_summary(generated_corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    shutil.copytree(generated_corpus, tmp_path / "articles")
    ingest([tmp_path / "articles"], db)
    with sqlite3.connect(db) as conn:
        qcode = conn.execute("SELECT qcode FROM article_topic GROUP BY 1 ORDER BY count(*) DESC").fetchone()[0]
        conn.execute("UPDATE topic SET label = 'stale label' WHERE qcode = ?", (qcode,))
        conn.execute("UPDATE article SET summary = json_set(summary, '$.topics[0].label', 'stale label')")
    report = ingest([tmp_path / "articles"], db)  # nothing changed on disk; the code's labels come back
    assert report.unchanged == 400
    assert _check_all(db) == 400
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM article WHERE summary LIKE '%stale label%'").fetchone()[0] == 0


def test_the_migration_fills_summaries_of_an_existing_corpus(generated_corpus: Path, tmp_path: Path) -> None:
    from app import migrate
    from app.db import writer_engine

    db = tmp_path / "c.db"
    ingest([generated_corpus], db)
    engine = writer_engine(db)
    try:
        migrate.downgrade(engine, "0002")
        with sqlite3.connect(db) as conn:
            assert "summary" not in [r[1] for r in conn.execute("PRAGMA table_info(article)")]
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert _check_all(db) == 400
