"""An ingest killed with SIGKILL at any moment leaves every article either as it was or complete,
and a rerun finishes the job to exactly what an uninterrupted run builds."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.ingest import ingest
from tests.test_ingest_pool import DUMPS

ROOT = Path(__file__).resolve().parents[1]


def _per_article(db: Path) -> dict[str, tuple]:
    """Everything stored about each article, keyed by id."""
    with sqlite3.connect(db) as conn:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT a.id, a.content_hash, a.item, "
            "(SELECT group_concat(q.id || q.text, '|') FROM (SELECT * FROM quote WHERE article_pk = a.pk "
            " ORDER BY id) q), "
            "(SELECT group_concat(f.id || f.value, '|') FROM (SELECT * FROM figure WHERE article_pk = a.pk "
            " ORDER BY id) f), "
            "(SELECT group_concat(qcode, '|') FROM (SELECT qcode FROM article_topic WHERE article_pk = a.pk "
            " ORDER BY qcode)) FROM article a")}


def _committed(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
    except sqlite3.OperationalError:  # not created or not migrated yet
        return 0


@pytest.fixture(scope="module")
def reference(generated_db: Path) -> dict[str, tuple]:
    return _per_article(generated_db)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_mid_ingest_loses_nothing_half_written(generated_corpus: Path, generated_db: Path,
                                                       reference: dict[str, tuple], tmp_path: Path,
                                                       seed: int) -> None:
    db = tmp_path / "corpus.db"
    env = {**os.environ, "INGEST_BATCH": "7", "INGEST_WORKERS": "2", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "ingest", str(generated_corpus), "--db", str(db)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    # kill once a random number of articles is committed, a random few milliseconds into the next batch
    rnd = random.Random(seed)
    target, deadline = rnd.randint(20, 300), time.monotonic() + 120
    while _committed(db) < target:
        assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.005)
    time.sleep(rnd.uniform(0, 0.05))
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    partial = _per_article(db)
    assert len(partial) < len(reference), "the run finished before the kill: nothing was tested"
    for article_id, stored in partial.items():
        assert stored == reference[article_id], article_id  # present means complete
    report = ingest([generated_corpus], db)
    assert report.unchanged == len(partial) and report.added == len(reference) - len(partial)
    with sqlite3.connect(db) as a, sqlite3.connect(generated_db) as b:
        for name, sql in DUMPS.items():
            assert a.execute(sql).fetchall() == b.execute(sql).fetchall(), name
