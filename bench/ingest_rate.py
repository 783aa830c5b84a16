"""Ingest rate on a folder of N articles from `corpus generate` (seed 0), or copies of the fixtures.

Usage: python bench/ingest_rate.py [N] [--keep DIR] [--copies] [--rebuild]
Prints the ingest summary, articles/s, the CPU time per article of the ingest and its workers (user +
system, all processes: what two cores must share), and the peak RSS of the largest ingest process.
"""

import argparse
import datetime as dt
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.generate import generate

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data" / "articles"


def make_folder(folder: Path, n: int) -> None:
    sources = sorted(FIXTURES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8-sig").splitlines() for p in sources]
    start = dt.date(2016, 1, 1)
    for i in range(n):
        lines = texts[i % len(texts)]
        day = start + dt.timedelta(days=(i * 7919) % 3650)
        head = lines[0].split(" ", 3)
        title = head[3] if len(head) > 3 else ""
        body = "\n".join(lines[1:])
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"copy_{i:07d}.txt").write_text(f" date {day.isoformat()} {title} #{i}\n{body}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--copies", action="store_true", help="copies of the fixture articles, not generated ones")
    parser.add_argument("--rebuild", action="store_true", help="ingest with --rebuild (the bulk-load path)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    folder, db = work / "articles", work / "bench.db"
    if not folder.exists():
        folder.mkdir(parents=True)
        if args.copies:
            make_folder(folder, args.n)
        else:
            generate(args.n, folder, seed=0)
    db.unlink(missing_ok=True)
    corpus = Path(sys.executable).parent / "corpus"
    t0 = time.perf_counter()
    command = [str(corpus), "ingest", str(folder), "--db", str(db), *(["--rebuild"] if args.rebuild else [])]
    out = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib = usage.ru_maxrss
    cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000 / args.n
    print(out.stderr.strip().splitlines()[-1])
    print(f"articles: {args.n}  wall: {seconds:.1f} s  rate: {args.n / seconds:.0f} articles/s  "
          f"CPU: {cpu_ms:.2f} ms/article  peak RSS: {peak_kib / 1024:.0f} MiB  db: {db.stat().st_size / 2**20:.1f} MiB")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
