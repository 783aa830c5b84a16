"""The in-memory running sums follow the corpus: a new version is loaded on first use, and on the
event loop that first use hands the request to a thread instead of loading there."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app import deps
from app.config import Settings
from app.ingest import ingest
from app.main import create_app
from app.queries import rollup_index, rollups

EVERYTHING = rollups.Shape("", "", None, None, None)


def _month_facet(client: TestClient) -> dict[str, int]:
    body = client.get("/v1/articles?facet=month&limit=1").json()
    return {v["value"]: v["count"] for v in body["facets"]["month"]}


def test_a_new_corpus_version_is_counted_on_first_use(articles_copy: Path, tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    ingest([articles_copy], db)
    with TestClient(create_app(Settings(corpus_db=db))) as client:
        before = _month_facet(client)
        first = sorted(articles_copy.glob("*.txt"))[0]
        shutil.copy(first, first.with_name("copy-of-" + first.name))
        ingest([articles_copy], db)
        after = _month_facet(client)
    grown = {m: n for m, n in after.items() if n != before.get(m)}
    assert len(grown) == 1 and list(grown.values())[0] == before.get(list(grown)[0], 0) + 1
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        assert rollups.total(conn, EVERYTHING) == sum(after.values()) == sum(before.values()) + 1


def test_loading_is_never_done_on_the_event_loop(generated_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rollup_index, "_loaded", {})
    with sqlite3.connect(f"file:{generated_db}?mode=ro", uri=True) as conn:
        monkeypatch.setattr(deps._loop, "active", True, raising=False)
        with pytest.raises(deps.LongWork):
            rollups.total(conn, EVERYTHING)
        monkeypatch.setattr(deps._loop, "active", False)
        assert rollups.total(conn, EVERYTHING) == 400  # loaded on a thread (here: off the loop)
        monkeypatch.setattr(deps._loop, "active", True)
        assert rollups.total(conn, EVERYTHING) == 400  # and then answered on the loop


def test_a_reversed_range_is_empty(generated_db: Path) -> None:
    with sqlite3.connect(f"file:{generated_db}?mode=ro", uri=True) as conn:
        reversed_range = rollups.Shape("", "", "2021-01-01", "2019-01-01", None)
        assert rollups.total(conn, reversed_range) == 0
        assert all(rollups.facet(conn, reversed_range, name) == [] for name in ("topic", "month", "lang"))


def test_batches_of_an_ingest_in_place_keep_the_loaded_index(articles_copy: Path, tmp_path: Path) -> None:
    """Rollups are recounted at the end of a run only; reloading on every batch's new corpus version
    would cost a second per batch at a million articles."""
    db = tmp_path / "corpus.db"
    ingest([articles_copy], db)
    for path in sorted(articles_copy.glob("*.txt"))[:4]:
        shutil.copy(path, path.with_name("copy-of-" + path.name))
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        before = rollup_index.current(conn)
        seen: list[tuple[str, bool]] = []

        def after_file() -> None:
            conn.execute("BEGIN")
            seen.append((rollup_index.totals.corpus_version(conn), rollup_index.current(conn) is before))
            conn.execute("COMMIT")

        ingest([articles_copy], db, batch=2, on_file=after_file)
        mid_run = {version for version, _ in seen if "+" in version}
        assert len(mid_run) >= 2 and all(same for version, same in seen if version in mid_run)
        assert rollup_index.current(conn) is not before
        assert rollups.total(conn, EVERYTHING) == conn.execute("SELECT count(*) FROM article").fetchone()[0] > 4


def test_rollups_missing_a_day_of_all_articles_still_count_every_row(generated_db: Path, tmp_path: Path) -> None:
    """The axis is read from the all-articles rows; a day only other rows have must not be lost."""
    db = tmp_path / "copy.db"
    shutil.copy(generated_db, db)
    with sqlite3.connect(db) as conn:
        day = conn.execute("SELECT period FROM article_rollup WHERE dim = 'topic' AND grain = 'd' "
                           "ORDER BY period LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM article_rollup WHERE dim = '' AND period = ?", (day,))
        index = rollup_index.RollupIndex.load(conn)
        live = dict(conn.execute("SELECT x.qcode, count(*) FROM article_topic x JOIN article a ON a.pk = x.article_pk "
                                 "GROUP BY 1").fetchall())
    assert day in index.axis
    assert index.by_key("topic", "*", index.window(None, None)) == live
