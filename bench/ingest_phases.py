"""Where a `--rebuild` ingest's time goes: the writer's wall and CPU seconds per phase, and the workers' CPU.

Usage: .venv/bin/python bench/ingest_phases.py FOLDER DB [--workers 2]
Runs `app.ingest.ingest(FOLDER, DB, rebuild=True)` in this process with the writer's steps wrapped in
timers: waiting for the workers' results, each batch's transaction and the stores inside it, and the
steps after the last file (index builds, recounts, the corpus version, the FTS merge, ANALYZE).
Timers cost the writer about 1 µs per wrapped call; the rates it prints are a little below
`bench/ingest_rate.py`'s. DB is overwritten.
"""

import argparse
import functools
import resource
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import app.ingest as ingest_module  # noqa: E402
from app.storage import bulk, rollups  # noqa: E402
from app.storage import figures as figure_store  # noqa: E402
from app.storage import speech as speech_store  # noqa: E402
from app.storage import topics as topic_store  # noqa: E402

WALL: dict[str, float] = defaultdict(float)
CPU: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)

# The writer's steps, as (module, function): inside a batch, then after the last one.
STEPS: tuple[tuple[ModuleType, str], ...] = (
    (ingest_module, "_store_batch"), (ingest_module, "_next_pk"), (speech_store, "store"), (figure_store, "store"),
    (topic_store, "store"), (rollups, "touch"),
    (bulk, "finish"), (speech_store, "refresh"), (rollups, "refresh"), (ingest_module, "corpus_version"),
    (ingest_module, "_pk_layout"), (bulk, "sync"),
)
# Statements after the last batch that no function of ours wraps.
STATEMENTS = ("INSERT INTO article_fts(article_fts) VALUES ('optimize')", "PRAGMA optimize",
              "PRAGMA wal_checkpoint(TRUNCATE)")
RECEIVE = "receive (incl. waiting for workers)"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _count(label: str, wall0: float, cpu0: float) -> None:
    WALL[label] += time.perf_counter() - wall0
    CPU[label] += cpu_seconds() - cpu0
    CALLS[label] += 1


def _timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        wall0, cpu0 = time.perf_counter(), cpu_seconds()
        try:
            return function(*args, **kwargs)
        finally:
            _count(label, wall0, cpu0)
    return timed


class TimedConnection(sqlite3.Connection):
    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if sql not in STATEMENTS:
            return super().execute(sql, *args)
        wall0, cpu0 = time.perf_counter(), cpu_seconds()
        try:
            return super().execute(sql, *args)
        finally:
            _count(sql, wall0, cpu0)


def instrument() -> None:
    for module, name in STEPS:
        setattr(module, name, _timed(f"{module.__name__.rsplit('.', 1)[-1]}.{name}", getattr(module, name)))
    prepared_files = ingest_module.prepared_files

    def received(*args: Any, **kwargs: Any) -> Iterator[Any]:
        stream = prepared_files(*args, **kwargs)
        while True:
            wall0, cpu0 = time.perf_counter(), cpu_seconds()
            try:
                item = next(stream)
            except StopIteration:
                return
            finally:
                _count(RECEIVE, wall0, cpu0)
            yield item

    ingest_module.prepared_files = received  # type: ignore[assignment]
    open_writer = ingest_module._open_writer

    def timed_writer(db: Path) -> sqlite3.Connection:
        connect = sqlite3.connect
        sqlite3.connect = functools.partial(connect, factory=TimedConnection)  # type: ignore[assignment]
        try:
            return open_writer(db)
        finally:
            sqlite3.connect = connect

    ingest_module._open_writer = timed_writer  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    instrument()
    args.db.unlink(missing_ok=True)
    wall0, cpu0 = time.perf_counter(), cpu_seconds()
    report = ingest_module.ingest([args.folder], args.db, rebuild=True, workers=args.workers)
    wall, writer = time.perf_counter() - wall0, cpu_seconds() - cpu0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = children.ru_utime + children.ru_stime
    n = max(report.loaded, 1)
    print(report.summary())
    print(f"wall {wall:.1f} s; CPU per article: writer {writer * 1000 / n:.3f} ms, workers {workers * 1000 / n:.3f} ms")
    print(f"{'step':58s} {'wall s':>8s} {'CPU s':>8s} {'CPU ms/article':>15s} {'calls':>9s}")
    for label in sorted(WALL, key=lambda k: -WALL[k]):
        print(f"{label:58s} {WALL[label]:8.2f} {CPU[label]:8.2f} {CPU[label] * 1000 / n:15.3f} {CALLS[label]:9d}")


if __name__ == "__main__":
    main()
