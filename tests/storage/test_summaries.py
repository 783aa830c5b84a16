"""The stored list item of each article always says what its row and its topic, country and speaker
rows say."""

import json
import shutil
import sqlite3
from pathlib import Path

from app.extract.topics import TAXONOMY
from app.ingest import ingest
from app.storage.summaries import ITEM_SQL, item_json
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


def test_ingest_stores_the_bytes_item_sql_would_write(generated_db: Path, corpus_db: Path) -> None:
    """Workers build each new item in Python (`item_json`); ITEM_SQL rewrites items when labels change.
    Both must give the same text, or a label change would alter items (and ETags) it should not."""
    for db in (generated_db, corpus_db):
        with sqlite3.connect(db) as conn:
            differing = conn.execute(f"SELECT count(*), sum(item != {ITEM_SQL}) FROM article").fetchone()
        assert differing[0] > 10 and differing[1] == 0, db


_TRICKY = ['quote " and \\ backslash', "tab\tnew\nline\rcr", "ctl \x01\x1f del \x7f", "sep \u2028 \u2029 end",
           "emoji 🇰🇿 and Қазақ", "slash / and </script>"]


def test_item_json_matches_sqlite_on_awkward_text_ties_and_duplicates() -> None:
    topics = [node.qcode for node in TAXONOMY[:3]]
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE article(pk INTEGER PRIMARY KEY, id, title, published, language, dateline, lead, figure_count);"
        "CREATE TABLE topic(qcode PRIMARY KEY, slug, label);"
        "CREATE TABLE article_topic(article_pk, qcode, score REAL, PRIMARY KEY (article_pk, qcode));"
        "CREATE TABLE article_country(article_pk, country, PRIMARY KEY (article_pk, country));"
        "CREATE TABLE speaker(pk INTEGER PRIMARY KEY, id UNIQUE);"
        "CREATE TABLE article_speaker(article_pk, speaker_pk, PRIMARY KEY (article_pk, speaker_pk));")
    conn.executemany("INSERT INTO topic VALUES (?, ?, ?)", [(n.qcode, n.slug, n.label) for n in TAXONOMY[:3]])
    for pk, text in enumerate(_TRICKY, 1):
        row = {"id": f"a-{pk}", "title": text, "published": "2024-02-29", "language": "kk",
               "dateline": None if pk % 2 else text, "lead": text if pk % 2 else None, "figure_count": pk}
        # a tie (ordered by qcode), a repeat (the first score stays), scores SQLite prints its own way
        scored = [(topics[2], 0.5), (topics[0], 0.5), (topics[1], 0.1235), (topics[0], 0.9), (topics[1], 1.0)]
        countries, speakers = ["KZ", "CN", "KZ"], ["zhaksylykov-n", "abai-k", "zhaksylykov-n"]
        conn.execute("INSERT INTO article VALUES (:pk, :id, :title, :published, :language, :dateline, :lead, "
                     ":figure_count)", {**row, "pk": pk})
        conn.executemany("INSERT OR IGNORE INTO article_topic VALUES (?, ?, ?)", [(pk, q, s) for q, s in scored])
        conn.executemany("INSERT OR IGNORE INTO article_country VALUES (?, ?)", [(pk, c) for c in countries])
        for slug in speakers:
            conn.execute("INSERT OR IGNORE INTO speaker(id) VALUES (?)", (slug,))
            conn.execute("INSERT OR IGNORE INTO article_speaker SELECT ?, pk FROM speaker WHERE id = ?", (pk, slug))
        expected = conn.execute(f"SELECT {ITEM_SQL} FROM article WHERE pk = ?", (pk,)).fetchone()[0]
        assert item_json(row, scored, countries, speakers) == expected, text
        assert json.loads(expected)["title"] == text
