"""Bounded loopback load over the mix of endpoints, with a memory check.

Why: the issue asks that "a bounded load script (loopback only) runs 64 concurrent connections for
30 s over the mix of endpoints, with zero errors and a steady memory size (report RSS before and
after)". This is that script. It serves a corpus with uvicorn on 127.0.0.1 (its own process group,
always killed at the end), checks that every distinct URL of the mix answers 200, warms up with the
same load, takes the RSS of the server's process tree, loads it with wrk, takes the RSS again, and
exits 1 on any non-2xx/3xx response, any socket error (connect, read, write, timeout), or when the
RSS grew by more than 25 %.

    /work/main/.venv/bin/python bench/load.py [--db PATH] [--workers 2] [--connections 64] [--duration 30] [--port 8731]

Run from the repository root. Without --db it serves /work/bench/corpus100000.db when that exists at
this code's schema revision (the API refuses any other, and this script never migrates it), else it
generates 5,000 articles (seed 0) into a temporary folder and ingests them there (removed at the end).
Reuses bench/wrk.py (Lua script, parser), bench/servers.py (start/stop in a process group) and
bench/corpus_build.py (summed VmRSS of a process tree).
"""

import argparse
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(1, str(REPO))  # `app` from this checkout (not an editable install elsewhere); bench/ stays first

import wrk  # noqa: E402  (bench/wrk.py)
from corpus_build import tree_rss_kib  # noqa: E402
from servers import HOST, http_get, serving  # noqa: E402

DEFAULT_DB = Path("/work/bench/corpus100000.db")
SMALL_ARTICLES = 5000
URL_COUNT = 1000
MAX_RSS_GROWTH = 0.25
THREADS = 2
ISO2 = re.compile(r"^[A-Z]{2}$")
WORD = re.compile(r"\w+")

# How many of the ~1000 URLs each kind of request gets (they are shuffled together).
MIX = {"newest": 80, "lang": 80, "topic_range": 100, "country": 100, "article": 200, "search": 150,
       "quotes": 50, "speakers": 50, "speaker": 80, "figures": 30, "topics": 20, "facets": 40, "health": 20}
assert sum(MIX.values()) == URL_COUNT


def _qs(params: dict[str, str] | list[tuple[str, str]]) -> str:
    return urlencode(params, quote_via=quote, safe="")


def build_urls(db: Path, seed: int = 0) -> list[str]:
    """~1000 request paths over every endpoint kind, drawn from the database (read-only), deterministic."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        topics = [s for (s,) in conn.execute("SELECT slug FROM topic t WHERE EXISTS (SELECT 1 FROM article_topic x "
                                             "WHERE x.qcode = t.qcode) ORDER BY slug")]
        countries = [c for (c,) in conn.execute("SELECT DISTINCT country FROM article_country ORDER BY country")
                     if ISO2.match(c)]
        speakers = [s for (s,) in conn.execute("SELECT id FROM speaker ORDER BY id")]
        lo, hi = conn.execute("SELECT min(pk), max(pk) FROM article").fetchone()
        if lo is None or not topics or not countries or not speakers:
            raise RuntimeError(f"{db} lacks articles, topics, countries or speakers to ask for")

        def article_at(pk: int) -> tuple[str, str]:  # pks are sparse: the first article at or after pk
            return conn.execute("SELECT id, title FROM article WHERE pk >= ? ORDER BY pk LIMIT 1", (pk,)).fetchone()

        articles = sorted({article_at(rng.randint(lo, hi)) for _ in range(MIX["article"])})
        words = sorted({w for _id, title in (article_at(rng.randint(lo, hi)) for _ in range(200))
                        for w in WORD.findall(title) if len(w) >= 4 and w.isalpha()})
        words = rng.sample(words, min(40, len(words)))  # a pool, so the checks before the load stay short
        if not words:
            raise RuntimeError(f"no search words in the titles of {db}")
        speaker_pool = rng.sample(speakers, min(60, len(speakers)))
    finally:
        conn.close()

    make = {
        "newest": lambda: "/v1/articles?limit=20",
        "lang": lambda: f"/v1/articles?lang={rng.choice(['kk', 'ru', 'en'])}&limit=20",
        "topic_range": lambda: "/v1/articles?" + _qs({"topic": rng.choice(topics), "from": "2019-01-01",
                                                      "to": "2020-12-31"}),
        "country": lambda: "/v1/articles?" + _qs({"country": rng.choice(countries)}),
        "article": lambda: "/v1/articles/" + quote(rng.choice(articles)[0], safe=""),
        "search": lambda: "/v1/articles?" + _qs({"q": rng.choice(words)}),
        "quotes": lambda: "/v1/quotes?limit=20",
        "speakers": lambda: "/v1/speakers?limit=20",
        "speaker": lambda: "/v1/speakers/" + quote(rng.choice(speaker_pool), safe=""),
        "figures": lambda: "/v1/figures?kind=export",
        "topics": lambda: "/v1/topics",
        "facets": lambda: "/v1/articles?" + _qs([("from", "2020-01-01"), ("to", "2020-12-31"), ("facet", "topic"),
                                                 ("facet", "month")]),
        "health": lambda: "/health",
    }
    paths = [make[kind]() for kind, n in MIX.items() for _ in range(n)]
    rng.shuffle(paths)
    return paths


def small_corpus(tmp: Path) -> Path:
    """Generate SMALL_ARTICLES articles (seed 0) and ingest them into tmp/corpus.db, in this process."""
    from app.generate import generate
    from app.ingest import ingest

    gen, db = tmp / "gen", tmp / "corpus.db"
    print(f"generating {SMALL_ARTICLES} articles (seed 0) into {gen} and ingesting them into {db}", flush=True)
    started = time.perf_counter()
    generate(SMALL_ARTICLES, gen, seed=0)
    report = ingest([gen], db)
    if report.rejected:
        raise RuntimeError(f"ingest rejected files: {report.summary()}")
    print(f"built {db} in {time.perf_counter() - started:.1f} s", flush=True)
    return db


def schema_revision(db: Path) -> str | None:
    """The database's alembic revision, read-only (None when it has none)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        row = None
    finally:
        conn.close()
    return row[0] if row else None


def default_db(tmp: Path) -> Path:
    """DEFAULT_DB when it exists at this code's schema revision (the API refuses any other and cannot
    migrate a file it only reads; this script never writes to it), else a small generated corpus."""
    if not DEFAULT_DB.exists():
        print(f"no {DEFAULT_DB}", flush=True)
        return small_corpus(tmp)
    from app.migrate import head_revision

    found, head = schema_revision(DEFAULT_DB), head_revision()
    if found != head:
        print(f"{DEFAULT_DB} is at schema revision {found}, this code needs {head}", flush=True)
        return small_corpus(tmp)
    return DEFAULT_DB


def check_urls(port: int, paths: list[str]) -> list[str]:
    """GET each distinct path once; the failures as printable lines."""
    failures = []
    for path in sorted(set(paths)):
        try:
            status, _, body = http_get(port, path, timeout=60)
        except OSError as exc:
            failures.append(f"  {path}: {exc!r}")
            continue
        if status != 200:
            failures.append(f"  {path}: {status} {body[:200]!r}")
    return failures


def run_wrk(port: int, script: Path, seconds: float, connections: int, timeout: float) -> tuple[str, wrk.WrkResult]:
    """One wrk run (the command line of bench/wrk.py's run, without its warm-up): raw output and parse."""
    cmd = [wrk.WRK, f"-t{THREADS}", f"-c{connections}", f"-d{seconds:g}s", f"--timeout={timeout:g}s", "--latency",
           "-s", str(script), f"http://{HOST}:{port}"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + timeout + 60)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    return done.stdout, wrk.parse(done.stdout)


def percentile_ms(output: str, pct: int) -> float | None:
    m = re.search(rf"^\s+{pct}%\s+(\S+)", output, re.M)
    return wrk._ms(m.group(1)) if m else None  # noqa: SLF001  (the parser's own unit conversion)


def socket_error_counts(output: str) -> dict[str, int]:
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return dict(zip(("connect", "read", "write", "timeout"), (int(g) for g in m.groups()) if m else (0,) * 4))


def settled_rss_mib(pid: int) -> float:
    time.sleep(1.0)  # let in-flight responses finish after wrk stops
    return tree_rss_kib(pid) / 1024


def _sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # same clean-up path as Ctrl-C: serving() kills the server's process group


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help=f"database to serve (default {DEFAULT_DB} if it exists at this "
                                                f"schema revision, else a generated {SMALL_ARTICLES}-article corpus)")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes (default 2)")
    parser.add_argument("--connections", type=int, default=64, help="concurrent connections (default 64)")
    parser.add_argument("--duration", type=float, default=30, help="seconds of measured load (default 30)")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of the same load before 'before' (default 5)")
    parser.add_argument("--timeout", type=float, default=10,
                        help="wrk's per-request timeout in s; a slower answer counts as a socket error (default 10)")
    parser.add_argument("--port", type=int, default=8731, help="loopback port (default 8731)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _sigterm)

    with tempfile.TemporaryDirectory(prefix="corpus-load-") as tmp_name:
        tmp = Path(tmp_name)
        db = args.db or default_db(tmp)
        db = db.resolve()
        if not db.is_file():
            print(f"no database at {db}", file=sys.stderr)
            return 1
        paths = build_urls(db)
        script = wrk.write_script(tmp / "load.lua", paths, threads=THREADS)
        cmd = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", HOST, "--port", str(args.port),
               "--workers", str(args.workers), "--no-access-log", "--no-server-header"]
        print(f"db {db}\nserver: CORPUS_DB={db} {' '.join(cmd)}  (cwd {REPO})", flush=True)
        with serving("api", cmd, args.port, "/health", tmp / "server.log", cwd=REPO,
                     env={"CORPUS_DB": str(db)}) as pid:
            distinct = len(set(paths))
            started = time.perf_counter()
            failures = check_urls(args.port, paths)
            print(f"checked {distinct} distinct URLs of {len(paths)} in {time.perf_counter() - started:.1f} s",
                  flush=True)
            if failures:
                print(f"FAIL: {len(failures)} URLs did not answer 200:\n" + "\n".join(failures), file=sys.stderr)
                return 1
            if args.warmup > 0:
                print(f"warm-up: {args.warmup:g} s, {args.connections} connections", flush=True)
                run_wrk(args.port, script, args.warmup, args.connections, args.timeout)
            before = settled_rss_mib(pid)
            print(f"load: wrk -t{THREADS} -c{args.connections} -d{args.duration:g}s --timeout={args.timeout:g}s "
                  f"--latency ({len(paths)} URLs)", flush=True)
            output, result = run_wrk(args.port, script, args.duration, args.connections, args.timeout)
            after = settled_rss_mib(pid)

    sockets = socket_error_counts(output)
    p90 = percentile_ms(output, 90)
    growth = (after - before) / before if before else float("inf")
    print(f"\nrequests        {result.requests} in {args.duration:g} s, {result.requests_per_s:.1f} req/s")
    p90_text = "?" if p90 is None else f"{p90:.1f}"
    print(f"latency         p50 {result.p50_ms:.1f} ms, p90 {p90_text} ms, p99 {result.p99_ms:.1f} ms")
    print(f"non-2xx/3xx     {result.non_2xx_3xx}")
    print("socket errors   " + ", ".join(f"{k} {v}" for k, v in sockets.items()))
    print(f"RSS (tree)      before {before:.1f} MiB, after {after:.1f} MiB, "
          f"diff {after - before:+.1f} MiB ({growth:+.1%})")

    problems = []
    if result.non_2xx_3xx:
        problems.append(f"{result.non_2xx_3xx} non-2xx/3xx responses")
    if result.socket_errors:
        problems.append(f"{result.socket_errors} socket errors")
    if growth > MAX_RSS_GROWTH:
        problems.append(f"RSS grew by {growth:.1%} (more than {MAX_RSS_GROWTH:.0%})")
    if problems:
        print("FAIL: " + "; ".join(problems), file=sys.stderr)
        return 1
    print("OK: no errors, steady memory")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted; server stopped", file=sys.stderr)
        sys.exit(130)
