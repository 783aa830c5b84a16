"""Worker processes change how fast ingest runs, never what it stores."""

import gc
import multiprocessing
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.ingest import ingest
from app.ingest_pool import MIN_FILES_FOR_WORKERS, prepared_files
from app.prepare import Prepared, Rejected

DUMPS = {
    "article": "SELECT pk, id, title, published, language, body, word_count, figure_count FROM article ORDER BY pk",
    "quote": "SELECT q.id, q.article_pk, s.id, q.kind, q.text FROM quote q LEFT JOIN speaker s ON s.pk = q.speaker_pk "
             "ORDER BY q.id",
    "figure": "SELECT id, article_pk, kind, value, unit, reporter, partner FROM figure ORDER BY id",
    "topic": "SELECT article_pk, qcode, score FROM article_topic ORDER BY 1, 2",
    "speaker": "SELECT id, name, names, quote_count, article_count FROM speaker ORDER BY id",
    "rollup": "SELECT * FROM article_rollup ORDER BY 1, 2, 3, 4, 5",
    "search": "SELECT rowid FROM article_fts WHERE article_fts MATCH 'title_stem : a*' ORDER BY rowid",
}


def _dump(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in DUMPS.items()}


def test_workers_store_exactly_what_one_process_stores(generated_corpus: Path, generated_db: Path,
                                                        tmp_path: Path) -> None:
    alone = tmp_path / "alone.db"
    report = ingest([generated_corpus], alone, workers=0)
    assert report.added == 400
    parallel, serial = _dump(generated_db), _dump(alone)
    for name in DUMPS:
        assert parallel[name] == serial[name], name
    assert len(serial["article"]) == 400 and serial["quote"] and serial["figure"] and serial["rollup"]


def test_results_come_back_in_input_order_with_rejections_in_place(generated_corpus: Path, tmp_path: Path) -> None:
    files = sorted(generated_corpus.rglob("*.txt"))[:MIN_FILES_FOR_WORKERS + 40]
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"no header line at all\n")
    paths = files[:100] + [broken] + files[100:]
    results = list(prepared_files(paths, None, reextract=False, workers=2))
    assert [r.path for r in results] == paths
    rejected = results[100]
    assert isinstance(rejected, Rejected) and rejected.message.startswith(f"{broken}:1:")
    assert all(isinstance(r, Prepared) and r.rows is not None for i, r in enumerate(results) if i != 100)


def test_unchanged_files_skip_extraction_in_the_worker(generated_corpus: Path, generated_db: Path) -> None:
    files = sorted(generated_corpus.rglob("*.txt"))[:5]
    results = list(prepared_files(files, generated_db, reextract=False, workers=0))
    assert all(isinstance(r, Prepared) and r.rows is None for r in results)
    again = list(prepared_files(files, generated_db, reextract=True, workers=0))
    assert all(isinstance(r, Prepared) and r.rows is not None for r in again)


def test_an_ingest_freezes_the_heap_only_while_it_runs(articles_copy: Path, tmp_path: Path) -> None:
    """A process that ingests more than once (tests, a long-lived caller) must get its collector back:
    cyclic garbage left frozen would never be freed."""
    frozen_during: list[int] = []
    ingest([articles_copy], tmp_path / "corpus.db", on_file=lambda: frozen_during.append(gc.get_freeze_count()))
    assert frozen_during and min(frozen_during) > 0
    assert gc.get_freeze_count() == 0


def _plain(value: object) -> bool:
    if isinstance(value, (tuple, list)):
        return all(map(_plain, value))
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return value is None or type(value) in (str, int, float)


def test_workers_hand_the_writer_plain_rows(generated_corpus: Path) -> None:
    """What crosses from a worker to the writer is tuples of strings and numbers: pickling the
    extraction's dataclasses and Decimals cost three times as much."""
    files = sorted(generated_corpus.rglob("*.txt"))[:40]
    results = list(prepared_files(files, None, reextract=False, workers=0))
    assert all(isinstance(r, Prepared) and r.rows is not None for r in results)
    rows = [r.rows for r in results if isinstance(r, Prepared) and r.rows is not None]
    assert all(_plain(tuple(r)) for r in rows)
    assert any(r.quotes for r in rows) and any(r.figures for r in rows) and any(r.speakers for r in rows)


def test_a_file_the_worker_thought_stored_is_derived_by_the_writer(
        generated_corpus: Path, generated_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker skips extraction when the stored hash matches; if the article is not stored by the
    time the writer gets it, the writer derives every row itself, or names the file it cannot read."""
    import app.ingest_pool as pool

    real_prepare = pool.prepare
    gone = tmp_path / "gone.txt"

    def stale(path: Path, stored: object, reextract: bool) -> Prepared | Rejected:
        found = real_prepare(path, stored, reextract)  # type: ignore[arg-type]
        return Prepared(found.path, found.id, found.content_hash, None) if isinstance(found, Prepared) else found

    monkeypatch.setattr(pool, "prepare", stale)
    late = tmp_path / "late.db"
    report = ingest([generated_corpus], late, workers=0)
    assert report.added == 400 and report.rejected == 0
    assert _dump(late) == _dump(generated_db)

    monkeypatch.setattr(pool, "prepare", lambda path, stored, reextract: Prepared(gone, "gone", "0" * 64, None))
    report = ingest([sorted(generated_corpus.rglob("*.txt"))[0]], tmp_path / "gone.db", workers=0)
    assert report.added == 0 and report.rejected == 1
    assert report.errors[0].startswith(f"{gone}:0: cannot read file")


def test_a_file_refused_by_the_writer_does_not_claim_its_id(generated_corpus: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The first copy of an id cannot be read again by the writer, so nothing of it is stored: a later
    file with the same id in the same run is that article's only copy, not a duplicate of a refused one."""
    import app.ingest_pool as pool

    real_prepare = pool.prepare
    source = sorted(generated_corpus.rglob("*.txt"))[0]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / source.name, tmp_path / "b" / source.name
    first.write_bytes(source.read_bytes())
    second.write_bytes(source.read_bytes())

    def first_is_gone(path: Path, stored: object, reextract: bool) -> Prepared | Rejected:
        found = real_prepare(path, stored, reextract)  # type: ignore[arg-type]
        if path == first and isinstance(found, Prepared):
            path.unlink()  # the worker read it, then it went: the writer cannot derive its rows
            return Prepared(found.path, found.id, found.content_hash, None)
        return found

    monkeypatch.setattr(pool, "prepare", first_is_gone)
    db = tmp_path / "c.db"
    report = ingest([first, second], db, workers=0)
    assert (report.added, report.rejected) == (1, 1)
    assert report.errors[0].startswith(f"{first}:0: cannot read file")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source_path FROM article").fetchall() == [(str(second),)]


def _crash(path: Path, stored: object, reextract: bool) -> Prepared | Rejected:
    if path.name.endswith("7.txt"):
        raise KeyboardInterrupt  # not a bad file: nothing in prepare catches it
    return Rejected(path, "skipped")


def _die(path: Path, stored: object, reextract: bool) -> Prepared | Rejected:
    os._exit(3)


@pytest.mark.parametrize(("fault", "message"), [(_crash, "KeyboardInterrupt"), (_die, "exit code 3")])
def test_a_worker_that_fails_stops_the_run_with_its_reason(generated_corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                            fault: object, message: str) -> None:
    """A bug or a crash in a worker is an error the writer raises, never a hang or a silent gap."""
    import app.ingest_pool as pool

    monkeypatch.setattr(pool, "prepare", fault)
    files = sorted(generated_corpus.rglob("*.txt"))[:MIN_FILES_FOR_WORKERS + 40]
    with pytest.raises(pool.WorkerFailed, match=message):
        list(prepared_files(files, None, reextract=False, workers=2))


def test_a_worker_gone_after_its_last_result_loses_nothing(generated_corpus: Path) -> None:
    """The writer says goodbye to each worker once every result is in; one already gone by then
    (killed, or out of memory) has handed over all it had, so the run completes."""
    files = sorted(generated_corpus.rglob("*.txt"))[:MIN_FILES_FOR_WORKERS + 40]
    results = []
    for result in prepared_files(files, None, reextract=False, workers=2):
        results.append(result)
        if len(results) == len(files):
            workers = multiprocessing.active_children()
            assert len(workers) == 2
            for worker in workers:
                os.kill(worker.pid, signal.SIGKILL)  # type: ignore[arg-type]
                worker.join()
    assert [r.path for r in results] == files
    assert all(isinstance(r, Prepared) for r in results)


def test_the_cli_names_a_failed_worker_and_keeps_the_old_database(generated_corpus: Path, generated_db: Path,
                                                                 tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import app.ingest_pool as pool
    from app.cli import cli
    from app.config import get_settings

    db = tmp_path / "c.db"
    db.write_bytes(generated_db.read_bytes())
    before = _dump(db)
    monkeypatch.setattr(pool, "prepare", _crash)
    monkeypatch.setenv("INGEST_WORKERS", "2")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["ingest", str(generated_corpus), "--db", str(db), "--rebuild"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "ingest stopped, a worker process failed" in result.stderr and "KeyboardInterrupt" in result.stderr
    assert _dump(db) == before


def test_a_batch_indexes_its_articles_in_key_order(generated_corpus: Path, generated_db: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """FTS5 writes its pending data out as a new segment whenever a rowid comes lower than the one
    before. Keys follow publication days and these files are in no date order, so each batch must
    index its articles in key order: rowids may only go down where a new batch begins."""
    import app.ingest as ingest_module

    rowids: list[int] = []
    fts_insert = re.compile(r"INSERT INTO article_fts\(rowid, title, body, title_stem, body_stem\) VALUES \((\d+),")
    real_open = ingest_module._open_writer

    def traced(db: Path) -> sqlite3.Connection:
        conn = real_open(db)
        conn.set_trace_callback(lambda sql: (m := fts_insert.match(sql)) and rowids.append(int(m.group(1))))
        return conn

    monkeypatch.setattr(ingest_module, "_open_writer", traced)
    db = tmp_path / "c.db"
    report = ingest([generated_corpus], db, batch=100, workers=0)
    assert report.added == 400 and len(rowids) == 400
    descents = sum(1 for a, b in zip(rowids, rowids[1:]) if b < a)
    assert descents <= 3  # four batches
    assert _dump(db) == _dump(generated_db)


def test_workers_exit_when_the_writer_is_killed(generated_corpus: Path) -> None:
    """A writer killed with SIGKILL cannot stop its workers: their pipes must reach end-of-file."""
    script = (
        "import multiprocessing, os, signal, sys\n"
        "from pathlib import Path\n"
        "from app.ingest import iter_files\n"
        "from app.ingest_pool import prepared_files\n"
        f"files = list(iter_files([Path({str(generated_corpus)!r})]))\n"
        "for i, _ in enumerate(prepared_files(files, None, False, 2)):\n"
        "    if i == 50:\n"
        "        print(' '.join(str(p.pid) for p in multiprocessing.active_children()), flush=True)\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    workers = [int(pid) for pid in done.stdout.split()]
    assert done.returncode == -signal.SIGKILL and len(workers) == 2, done.stderr
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
        time.sleep(0.1)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert alive == []
