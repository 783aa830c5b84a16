"""The stored list item of each article always says what its row and its topic, country and speaker
rows say."""

import json
import shutil
import sqlite3
from pathlib import Path

from app.ingest import ingest
from tests.conftest import downgraded_and_back


def _live(conn: sqlite3.Connection, pk: int) -> dict:
    article_id, title, published, language, dateline, lead, figure_count = conn.execute(
        "SELECT id, title, published, language, dateline, lead, figure_count FROM article WHERE pk = ?", (pk,)).fetchone()
    return {
        "id": article_id, "title": title, "published": published, "language": language, "dateline": dateline,
        "lead": lead,
        "topics": [{"qcode": q, "slug": s, "label": lbl, "score": sc} for q, s, lbl, sc in conn.execute(
            "SELECT t.qcode, t.slug, t.label, x.score FROM article_topic x JOIN topic t ON t.qcode = x.qcode "
            "WHERE x.article_pk = ? ORDER BY x.score DESC, t.qcode", (pk,))],
        "countries": [r[0] for r in conn.execute(
            "SELECT country FROM article_country WHERE article_pk = ? ORDER BY country", (pk,))],
        "speaker_ids": [r[0] for r in conn.execute(
            "SELECT s.id FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk WHERE x.article_pk = ? "
            "ORDER BY s.id", (pk,))],
        "figure_count": figure_count, "url": f"/v1/articles/{article_id}",
    }


def _check_all(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT pk, item FROM article").fetchall()
        for pk, item in rows:
            assert json.loads(item) == _live(conn, pk), pk
    return len(rows)


def test_every_item_matches_its_rows(generated_db: Path, corpus_db: Path) -> None:
    assert _check_all(generated_db) == 400
    assert _check_all(corpus_db) > 10


def test_a_changed_topic_label_rewrites_every_item(generated_corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    shutil.copytree(generated_corpus, tmp_path / "articles")
    ingest([tmp_path / "articles"], db)
    with sqlite3.connect(db) as conn:
        qcode = conn.execute("SELECT qcode FROM article_topic GROUP BY 1 ORDER BY count(*) DESC").fetchone()[0]
        conn.execute("UPDATE topic SET label = 'stale label' WHERE qcode = ?", (qcode,))
        conn.execute("UPDATE article SET item = json_set(item, '$.topics[0].label', 'stale label')")
    report = ingest([tmp_path / "articles"], db)  # nothing changed on disk; the code's labels come back
    assert report.unchanged == 400
    assert _check_all(db) == 400
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM article WHERE item LIKE '%stale label%'").fetchone()[0] == 0


def test_the_migrations_fill_items_and_link_ids_of_an_existing_corpus(generated_corpus: Path, tmp_path: Path) -> None:
    def before(conn: sqlite3.Connection) -> None:
        assert "item" not in [r[1] for r in conn.execute("PRAGMA table_info(article)")]
        assert "article_id" not in [r[1] for r in conn.execute("PRAGMA table_info(article_topic)")]

    db = tmp_path / "c.db"
    downgraded_and_back(generated_corpus, db, "0002", before)
    assert _check_all(db) == 400
    with sqlite3.connect(db) as conn:
        for table in ("article_topic", "article_country"):
            assert conn.execute(f"SELECT count(*) FROM {table} x JOIN article a ON a.pk = x.article_pk "
                                "WHERE x.article_id = a.id").fetchone()[0] == conn.execute(
                f"SELECT count(*) FROM {table}").fetchone()[0] > 0
