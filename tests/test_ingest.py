"""`corpus ingest`: good files load, broken ones are named and rejected whole, reruns are idempotent."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.ingest import ingest
from app.prepare import ArticleRows
from tests.conftest import ARTICLES, SEED_ID

SEED = ARTICLES / f"{SEED_ID}.txt"


def _count(db: Path, sql: str = "SELECT count(*) FROM article") -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(sql).fetchone()[0])


def _fts_hits(db: Path, match: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute(
            "SELECT a.id FROM article_fts JOIN article a ON a.pk = article_fts.rowid "
            "WHERE article_fts MATCH ? ORDER BY a.id", (match,))]


def _mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    lines = SEED.read_text(encoding="utf-8").splitlines()
    (folder / "no_date.txt").write_text("\n".join(lines[1:]), encoding="utf-8")
    (folder / "bad_date.txt").write_text(lines[0].replace("2025-11-14", "2025-02-30") + "\n"
                                         + "\n".join(lines[1:]), encoding="utf-8")
    (folder / "bad_utf8.txt").write_bytes(SEED.read_bytes().replace("Сөз басында".encode(), b"\xff\xfe"))
    (folder / "empty_body.txt").write_text(lines[0] + "\n\n", encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def test_cli_rejects_broken_files_by_name_and_line_and_loads_the_rest(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["ingest", str(_mixed_folder(tmp_path)), "--db", str(db)])
    assert result.exit_code == 1
    err = result.stderr
    assert "no_date.txt:1:" in err
    assert "bad_date.txt:1:" in err
    assert "bad_utf8.txt:3:" in err  # the bad bytes sit on line 3
    assert "empty_body.txt:" in err
    assert "notes.md" not in err
    assert "added 1, updated 0, unchanged 0, rejected 4" in err
    assert "articles/s" in err
    assert _count(db) == 1


def test_cli_exit_zero_when_all_load(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["ingest", str(SEED), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "added 1" in result.stderr


def test_console_script_is_installed(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "corpus"
    out = subprocess.run([str(script), "ingest", str(SEED), "--db", str(tmp_path / "c.db")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "added 1" in out.stderr


def test_rerun_is_idempotent_and_a_changed_file_replaces_its_article(articles_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    first = ingest([articles_copy], db)
    n = first.added
    assert (first.rejected, first.updated) == (0, 0)
    again = ingest([articles_copy], db)
    assert (again.added, again.updated, again.unchanged) == (0, 0, n)

    seed = articles_copy / SEED.name
    seed.write_text(seed.read_text(encoding="utf-8").replace("Өзбекстанда", "Самарқандта"), encoding="utf-8")
    changed = ingest([articles_copy], db)
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, n - 1)
    assert _count(db) == n
    assert _fts_hits(db, '"самарқандта"') == [SEED_ID]
    assert _fts_hits(db, '{title body}: "өзбекстанда"') == []  # the old text left the index too
    with sqlite3.connect(db) as conn:
        assert "Самарқандта" in conn.execute("SELECT body FROM article WHERE id = ?", (SEED_ID,)).fetchone()[0]


def test_a_broken_new_version_keeps_the_stored_one(articles_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    ingest([articles_copy], db)
    seed = articles_copy / SEED.name
    seed.write_bytes(b"\x00garbage")
    report = ingest([articles_copy], db)
    assert report.rejected == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT title FROM article WHERE id = ?", (SEED_ID,)).fetchone()[0].startswith("Қазақ-өзбек")


def test_rebuild_starts_from_an_empty_database(articles_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    ingest([articles_copy], db)
    report = ingest([SEED], db, rebuild=True)
    assert report.added == 1
    assert _count(db) == 1
    assert not list(tmp_path.glob("*.rebuild*"))


def test_duplicate_ids_in_one_run_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / SEED.name).write_bytes(SEED.read_bytes())
    (tmp_path / "b" / SEED.name).write_bytes(SEED.read_bytes().replace(b"2025-11-14", b"2025-11-15", 1))
    report = ingest([tmp_path / "a", tmp_path / "b"], tmp_path / "c.db")
    assert (report.added, report.rejected) == (1, 1)
    assert "duplicate article id" in report.errors[0]


def test_same_files_give_the_same_corpus_version(tmp_path: Path) -> None:
    def version(db: Path) -> str:
        with sqlite3.connect(db) as conn:
            return str(conn.execute("SELECT value FROM corpus_meta WHERE key = 'corpus_version'").fetchone()[0])

    ingest([ARTICLES], tmp_path / "one.db")
    ingest(sorted(ARTICLES.glob("*.txt"), reverse=True), tmp_path / "two.db")
    assert version(tmp_path / "one.db") == version(tmp_path / "two.db")
    ingest([SEED], tmp_path / "three.db")
    assert version(tmp_path / "three.db") != version(tmp_path / "one.db")


def test_missing_path_is_reported(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 1
    assert "nowhere:0: cannot read file: No such file or directory" in result.stderr
    assert "rejected 1" in result.stderr


@pytest.mark.parametrize("statement", [
    "DELETE FROM article", "INSERT INTO corpus_meta(key, value) VALUES ('x', 'y')", "CREATE TABLE t(x)"])
def test_the_api_connection_cannot_write(corpus_db: Path, statement: str) -> None:
    from app.db import ReadOnlyDatabase

    conn = ReadOnlyDatabase(corpus_db).connect()
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
        conn.execute(statement)
    conn.execute("PRAGMA query_only=0")  # even with the pragma lifted, mode=ro still refuses
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute(statement)


def test_large_folders_report_progress_in_logs(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(200):
        (folder / f"copy_{i:03d}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("ingest: ")]
    assert lines[0] == "ingest: 20/200 files" and lines[-1] == "ingest: 200/200 files"
    assert len(lines) == 10


def test_a_database_error_loses_only_its_own_file(articles_copy: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches are written without savepoints; a failing one is replayed file by file."""
    import app.ingest as ingest_module

    files = sorted(articles_copy.glob("*.txt"))
    victim = files[len(files) // 2]
    real_insert = ingest_module._insert_article

    def insert(conn: sqlite3.Connection, rows: ArticleRows, unindexed: list | None) -> int:
        pk = real_insert(conn, rows, unindexed)  # half-written when it fails: the rollback must undo this
        if rows.article["id"] == victim.stem:
            raise sqlite3.IntegrityError("simulated constraint failure")
        return pk

    monkeypatch.setattr(ingest_module, "_insert_article", insert)
    db = tmp_path / "c.db"
    report = ingest([articles_copy], db, batch=100)
    assert report.rejected == 1 and report.added == len(files) - 1
    assert report.errors == [f"{victim}:0: database refused the article: simulated constraint failure"]
    with sqlite3.connect(db) as conn:
        stored = {r[0] for r in conn.execute("SELECT id FROM article")}
        assert stored == {p.stem for p in files} - {victim.stem}
        assert conn.execute("SELECT count(*) FROM quote WHERE article_id = ?", (victim.stem,)).fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_the_database_refused_does_not_claim_its_id(articles_copy: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing of the refused file is stored, so a later file with the same id in the same run loads
    as that article's only copy instead of being rejected as a duplicate of it."""
    import app.ingest as ingest_module

    files = sorted(articles_copy.glob("*.txt"))
    victim = files[len(files) // 2]
    later = tmp_path / "later"
    later.mkdir()
    (later / victim.name).write_bytes(victim.read_bytes())
    real_insert = ingest_module._insert_article

    def insert(conn: sqlite3.Connection, rows: ArticleRows, unindexed: list | None) -> int:
        pk = real_insert(conn, rows, unindexed)
        if rows.article["source_path"] == str(victim):
            raise sqlite3.IntegrityError("simulated constraint failure")
        return pk

    monkeypatch.setattr(ingest_module, "_insert_article", insert)
    db = tmp_path / "c.db"
    report = ingest([articles_copy, later], db, batch=100)
    assert report.errors == [f"{victim}:0: database refused the article: simulated constraint failure"]
    assert (report.added, report.rejected) == (len(files), 1)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source_path FROM article WHERE id = ?", (victim.stem,)).fetchall() == [
            (str(later / victim.name),)]
