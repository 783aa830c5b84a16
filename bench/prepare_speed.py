"""CPU milliseconds per article of `prepare` (parse + extraction + FTS params) over 3,000 generated articles.

Usage: .venv/bin/python bench/prepare_speed.py [--rounds 3] [--split] [--transport] [--pool]
Uses process_time, not wall time, because the machine is shared. Prints the median per-article time of every
round and the best round; --split adds a per-stage breakdown (best of the rounds for each stage);
--transport the cost of handing results from a worker to the writer (pickle out and back in, in the
pool's chunks): the rows `prepare` returns, against the parsed article, extraction dataclasses and
index text it returned before; --pool the CPU the writer's process spends receiving results from two
workers (app/ingest_pool.py), against a `multiprocessing.Pool` running the same chunks.
"""

import argparse
import multiprocessing
import pickle
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.extract.article_countries import article_countries  # noqa: E402
from app.extract.figures import extract_figures  # noqa: E402
from app.extract.parse import parse_file  # noqa: E402
from app.extract.quotes import extract_speech  # noqa: E402
from app.extract.topics import classify  # noqa: E402
from app.extract.pipeline import extract  # noqa: E402
from app.generate import generate  # noqa: E402
from app import ingest_pool  # noqa: E402
from app.ingest_pool import CHUNK_FILES  # noqa: E402
from app.prepare import StoredHashes, prepare, word_count  # noqa: E402
from app.search.fts import article_fts_row, quote_fts_params  # noqa: E402

GEN = Path("/tmp/golden_gen")


def files() -> list[Path]:
    if not (GEN / "manifest.tsv").exists():
        generate(3000, GEN, seed=7)
    return sorted(GEN.rglob("*.txt"))


def round_prepare(paths: list[Path]) -> list[float]:
    stored = StoredHashes(None)
    times = []
    for path in paths:
        start = time.process_time()
        prepare(path, stored, False)
        times.append(time.process_time() - start)
    return times


def round_split(paths: list[Path]) -> dict[str, float]:
    """Total CPU seconds per stage over all files."""
    totals = dict.fromkeys(("parse", "speech", "figures", "topics", "countries", "fts"), 0.0)
    clock = time.process_time
    for path in paths:
        t0 = clock()
        article = parse_file(path)
        t1 = clock()
        speech = extract_speech(article)
        t2 = clock()
        extract_figures(article)
        t3 = clock()
        classify(article)
        t4 = clock()
        article_countries(article)
        t5 = clock()
        article_fts_row(article.title, article.paragraphs, article.language)
        for quote in speech.quotes:
            quote_fts_params(0, quote.text, article.language)
        word_count(article.paragraphs)
        t6 = clock()
        for key, value in zip(totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)):
            totals[key] += value
    return totals


def round_transport(values: list[object]) -> tuple[float, float]:
    """CPU seconds to pickle `values` in the pool's chunks and to unpickle them; bytes per value."""
    chunks = [values[i:i + CHUNK_FILES] for i in range(0, len(values), CHUNK_FILES)]
    start = time.process_time()
    blobs = [pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL) for chunk in chunks]
    for blob in blobs:
        pickle.loads(blob)
    return time.process_time() - start, sum(map(len, blobs)) / len(values)


def _dataclass_shape(path: Path) -> tuple[object, ...]:
    article = parse_file(path)
    found = extract(article)
    return (path, article, found, article_fts_row(article.title, article.paragraphs, article.language),
            tuple(quote_fts_params(0, q.text, article.language) for q in found.speech.quotes))


def round_pool(paths: list[Path], with_pool: bool) -> float:
    """CPU seconds of this process (the writer's, in an ingest) while two workers prepare `paths`."""
    start = time.process_time()
    if with_pool:
        chunks = [paths[i:i + CHUNK_FILES] for i in range(0, len(paths), CHUNK_FILES)]
        context = multiprocessing.get_context("fork")
        with context.Pool(2, initializer=ingest_pool._start_worker, initargs=(None, False)) as pool:
            for done in pool.imap(ingest_pool._prepare_chunk, chunks):
                for _ in done:
                    pass
    else:
        for _ in ingest_pool.prepared_files(paths, None, False, 2):
            pass
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--split", action="store_true")
    parser.add_argument("--transport", action="store_true")
    parser.add_argument("--pool", action="store_true")
    args = parser.parse_args()
    paths = files()
    best_median = best_mean = float("inf")
    for index in range(args.rounds):
        start = time.process_time()
        times = round_prepare(paths)
        total = time.process_time() - start
        median, mean = statistics.median(times) * 1000, total / len(paths) * 1000
        best_median, best_mean = min(best_median, median), min(best_mean, mean)
        print(f"round {index + 1}: median {median:.3f} ms, mean {mean:.3f} ms CPU/article")
    print(f"best: median {best_median:.3f} ms, mean {best_mean:.3f} ms CPU/article over {len(paths)} articles")
    if args.split:
        rounds = [round_split(paths) for _ in range(args.rounds)]
        for key in rounds[0]:
            best = min(r[key] for r in rounds)
            print(f"  {key:10s} {best / len(paths) * 1000:.3f} ms/article")
    if args.transport:
        stored = StoredHashes(None)
        shapes = {"rows (what workers send)": [prepare(path, stored, False) for path in paths],
                  "article, extraction dataclasses and index text (sent before)":
                      [_dataclass_shape(path) for path in paths]}
        for name, values in shapes.items():
            seconds, size = min(round_transport(values) for _ in range(args.rounds))
            print(f"  pickle round trip, {name}: {seconds / len(paths) * 1000:.3f} ms/article, {size:,.0f} bytes")
    if args.pool:
        for name, with_pool in (("app/ingest_pool.py pipes", False), ("multiprocessing.Pool", True)):
            seconds = min(round_pool(paths, with_pool) for _ in range(args.rounds))
            print(f"  receiving from 2 workers, {name}: {seconds / len(paths) * 1000:.3f} ms/article in the writer")


if __name__ == "__main__":
    main()
