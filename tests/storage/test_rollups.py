"""The rollup rows always equal a live count of the article tables, after a first load and after changes."""

import shutil
import sqlite3
from pathlib import Path

from app.ingest import ingest
from app.storage.rollups import ALL_LANGUAGES
from tests.conftest import downgraded_and_back

LIVE = {
    "": "SELECT '', published, language, count(*) FROM article GROUP BY 2, 3",
    "topic": "SELECT x.qcode, a.published, a.language, count(*) FROM article a "
             "JOIN article_topic x ON x.article_pk = a.pk GROUP BY 1, 2, 3",
    "country": "SELECT x.country, a.published, a.language, count(*) FROM article a "
               "JOIN article_country x ON x.article_pk = a.pk GROUP BY 1, 2, 3",
}


def _with_all_languages(rows: list[tuple[str, str, str, int]]) -> list[tuple[str, str, str, int]]:
    together: dict[tuple[str, str], int] = {}
    for key, day, _lang, n in rows:
        together[(key, day)] = together.get((key, day), 0) + n
    return sorted(rows + [(key, day, ALL_LANGUAGES, n) for (key, day), n in together.items()])


def _check(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        for dim, sql in LIVE.items():
            live = _with_all_languages(conn.execute(sql).fetchall())
            days = sorted(conn.execute("SELECT key, period, language, n FROM article_rollup "
                                       "WHERE dim = ? AND grain = 'd'", (dim,)).fetchall())
            assert days == live, dim
            months: dict[tuple[str, str, str], int] = {}
            for key, day, lang, n in live:
                months[(key, day[:7], lang)] = months.get((key, day[:7], lang), 0) + n
            stored = {(k, p, lang): n for k, p, lang, n in conn.execute(
                "SELECT key, period, language, n FROM article_rollup WHERE dim = ? AND grain = 'm'", (dim,))}
            assert stored == months, dim


def test_rollups_match_live_counts(generated_db: Path) -> None:
    _check(generated_db)


def test_rollups_follow_changed_removed_dates(generated_corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(generated_corpus, folder)
    db = tmp_path / "c.db"
    ingest([folder], db)
    moved = sorted(folder.rglob("*.txt"))[3]
    head, rest = moved.read_text(encoding="utf-8").split("\n", 1)
    parts = head.split(" ")
    date_at = next(i for i, p in enumerate(parts) if len(p) == 10 and p[4] == "-")
    old_day = parts[date_at]
    parts[date_at] = "2003-02-01"
    moved.write_text(" ".join(parts) + "\n" + rest, encoding="utf-8")
    report = ingest([folder], db)
    assert report.updated == 1
    _check(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT n FROM article_rollup WHERE dim = '' AND grain = 'm' AND period = '2003-02'"
                            ).fetchone()[0] == 1
        assert old_day != "2003-02-01"


def test_the_migration_adds_the_all_language_rows(generated_corpus: Path, tmp_path: Path) -> None:
    def before(conn: sqlite3.Connection) -> None:
        assert conn.execute("SELECT count(*) FROM article_rollup WHERE language = ?",
                            (ALL_LANGUAGES,)).fetchone()[0] == 0

    db = tmp_path / "c.db"
    downgraded_and_back(generated_corpus, db, "0006", before)
    _check(db)
