"""Speakers stay right as articles come, change and go: aggregates never depend on load order."""

import json
import sqlite3
from pathlib import Path

from app.ingest import ingest
from tests.conftest import ARTICLES, SEED_ID

SEED = ARTICLES / f"{SEED_ID}.txt"


def _speaker(db: Path, slug: str) -> dict | None:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM speaker WHERE id = ?", (slug,)).fetchone()
    return None if row is None else dict(row)


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_speaker_quoted_in_two_languages_aggregates_both(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    ingest([ARTICLES / "ru_dev_01.txt", ARTICLES / "en_dev_03.txt"], db)
    s = _speaker(db, "erbol-myrzabosynov")
    assert s is not None
    assert s["article_count"] == 2
    assert (s["first_seen"], s["last_seen"]) == ("2025-12-27", "2025-12-30")
    assert {"Ербол Мырзабосынов", "Yerbol Myrzabossynov"} <= set(json.loads(s["names"]))
    assert "myrzabosynov" in s["search_keys"].split()


def test_load_order_does_not_change_the_speakers(tmp_path: Path) -> None:
    files = sorted(ARTICLES.glob("*.txt"))
    ingest(files, tmp_path / "a.db")
    ingest(list(reversed(files)), tmp_path / "b.db")
    columns = "id, name, names, roles, search_keys, quote_count, article_count, first_seen, last_seen"
    with sqlite3.connect(tmp_path / "a.db") as a, sqlite3.connect(tmp_path / "b.db") as b:
        rows_a = a.execute(f"SELECT {columns} FROM speaker ORDER BY id").fetchall()
        rows_b = b.execute(f"SELECT {columns} FROM speaker ORDER BY id").fetchall()
        quotes_a = a.execute("SELECT id, kind, text FROM quote ORDER BY id").fetchall()
        quotes_b = b.execute("SELECT id, kind, text FROM quote ORDER BY id").fetchall()
    assert rows_a == rows_b and rows_a
    assert quotes_a == quotes_b


def test_a_changed_article_replaces_its_quotes_and_a_speaker_nobody_quotes_goes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    seed = folder / SEED.name
    seed.write_bytes(SEED.read_bytes())
    db = tmp_path / "c.db"
    ingest([folder], db)
    assert _speaker(db, "ravshan-nazarov")["quote_count"] == 9  # type: ignore[index]
    lines = SEED.read_text(encoding="utf-8").splitlines()
    seed.write_text("\n".join(lines[:1] + lines[-2:]), encoding="utf-8")  # no speech left
    report = ingest([folder], db)
    assert report.updated == 1
    assert _speaker(db, "ravshan-nazarov") is None
    assert _count(db, "quote") == _count(db, "article_speaker") == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'логистика*'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM speaker_fts WHERE speaker_fts MATCH 'nazarov'").fetchone()[0] == 0


def test_new_extraction_code_rederives_unchanged_files(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.db"
    ingest([SEED], db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE corpus_meta SET value = 'older' WHERE key = 'extractor_version'")
        conn.execute("DELETE FROM quote")  # what an older extractor might have left
    report = ingest([SEED], db)
    assert (report.updated, report.unchanged) == (1, 0)
    assert _count(db, "quote") == 9
    again = ingest([SEED], db)
    assert again.unchanged == 1
