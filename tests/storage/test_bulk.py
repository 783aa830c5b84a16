"""A rebuild loads without its secondary indexes and builds them at the end: the finished file must
have exactly the schema and the answers of one loaded in place."""

import sqlite3
from pathlib import Path

from app.ingest import ingest


def _schema(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master").fetchall())


def _dump(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        tables = ("article", "article_topic", "article_country", "article_speaker", "figure", "quote", "speaker",
                  "article_rollup")
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def test_rebuild_gives_the_schema_and_rows_of_an_in_place_load(generated_corpus: Path, generated_db: Path,
                                                               tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.db"
    report = ingest([generated_corpus], rebuilt, rebuild=True, workers=2)
    assert report.added == 400 and report.rejected == 0
    assert _schema(rebuilt) == _schema(generated_db)
    assert _dump(rebuilt) == _dump(generated_db)
    with sqlite3.connect(rebuilt) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the load's lazier FTS merging (bulk.LOAD_AUTOMERGE) must not outlive it: later in-place loads merge as usual
        assert conn.execute("SELECT v FROM article_fts_config WHERE k = 'automerge'").fetchone()[0] == 4
        plan = " ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT pk FROM article WHERE published <= '2020-01-01' ORDER BY published DESC, "
            "id DESC LIMIT 20"))
        assert "ix_article_published_id" in plan
