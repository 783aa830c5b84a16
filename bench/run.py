"""Benchmark our API against Datasette on the same SQLite corpus, and ingest, in one command.

    .venv/bin/python bench/run.py [--sizes 100000,1000000] [--work /work/bench] [--duration 10] ...

For each corpus size: generate (or reuse) WORK/gen{N}, ingest it into WORK/corpus{N}.db (timed, with
the peak RSS of the ingest process tree), draw the URL sets from that database, then serve it with
our API, with a bare Starlette app (the ceiling for 304s) and with Datasette, one at a time on one
port, and load each endpoint with wrk. Writes bench/RESULTS.md and bench/results.json (overwritten,
after every size so an interrupted run keeps what it measured).

Every server is killed by process group when its turn ends, also on errors and Ctrl-C.
"""

import argparse
import datetime as dt
import json
import os
import shlex
import signal
import subprocess
import sys
import time
import venv
from pathlib import Path
from typing import Any, NoReturn

import checks
import corpus_build
import datasette_queries
import report
import urls
import wrk
from resident import resident
from servers import get_json, serving

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PYTHON = sys.executable
WRK_WARMUP_S = 2.0
SETTLED_LOAD = 0.5  # 1-minute load average below which the loads may start
SETTLE_LIMIT_S = 240.0
# Access logging would cost our API a log line per request that Datasette is not asked to write.
OURS_SERVE_FLAGS = ["--no-access-log"]


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--sizes", default="100000,1000000", help="corpus sizes (articles), comma-separated")
    p.add_argument("--work", type=Path, default=Path("/work/bench"), help="folder for corpora, databases, logs")
    p.add_argument("--workers", type=int, default=2, help="uvicorn workers for our API and the hello app")
    p.add_argument("--duration", type=float, default=10, help="seconds of each measured wrk run")
    p.add_argument("--connections", type=int, default=32, help="wrk connections")
    p.add_argument("--threads", type=int, default=2, help="wrk threads")
    p.add_argument("--timeout", type=float, default=10, help="wrk request timeout, seconds")
    p.add_argument("--port", type=int, default=8701, help="the port every server takes in turn")
    p.add_argument("--urls", type=int, default=1000, help="URLs drawn per endpoint")
    p.add_argument("--seed", type=int, default=0, help="seed of the URL draws")
    p.add_argument("--reuse-db", action="store_true", help="skip generate+ingest when WORK/corpus{N}.db exists")
    p.add_argument("--only", choices=("ours", "datasette"), help="load one server only")
    p.add_argument("--endpoints", default=",".join(urls.ENDPOINTS), help="endpoints to run, comma-separated")
    p.add_argument("--etag-urls", type=int, default=200,
                   help="distinct URLs per endpoint in the 304 run (learning each ETag costs one full GET)")
    p.add_argument("--skip-304", action="store_true", help="leave out the If-None-Match run and the hello app")
    p.add_argument("--datasette", type=Path, help="datasette executable (default: /work/dsvenv/bin/datasette "
                                                  "if it exists, else WORK/dsvenv/bin/datasette, created if missing)")
    args = p.parse_args()
    args.size_list = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.endpoint_list = [e.strip() for e in args.endpoints.split(",") if e.strip()]
    unknown = set(args.endpoint_list) - set(urls.ENDPOINTS)
    if unknown:
        p.error(f"unknown endpoints {sorted(unknown)}; known: {', '.join(urls.ENDPOINTS)}")
    return args


def datasette_executable(args: argparse.Namespace) -> str:
    """The datasette to run, making WORK/dsvenv (pip install datasette) when there is none."""
    if args.datasette:
        return str(args.datasette)
    shared = Path("/work/dsvenv/bin/datasette")
    if shared.exists():
        return str(shared)
    own = args.work / "dsvenv"
    exe = own / "bin" / "datasette"
    if not exe.exists():
        print(f"creating {own} with datasette", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(own)
        subprocess.run([str(own / "bin" / "python"), "-m", "pip", "install", "--quiet", "datasette"], check=True)
    return str(exe)


def log(message: str) -> None:
    print(f"[{dt.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def url_sets(args: argparse.Namespace, db: Path, n: int) -> tuple[dict[str, urls.UrlSet], dict[str, Any]]:
    """The URL sets for this database, cached in WORK/urls{N}.json while the database file is unchanged
    (choosing search terms reads the whole FTS vocabulary, which takes a while on a big corpus)."""
    cache = args.work / f"urls{n}.json"
    stat = db.stat()
    key = {"db": str(db), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "urls": args.urls, "seed": args.seed,
           "version": urls.VERSION}
    cached: dict[str, Any] = {}
    if cache.exists():
        data = json.loads(cache.read_text())
        if data.get("key") == key:
            cached = data
    sets = urls.from_json(cached.get("sets", {}))
    facts = cached.get("facts", {})
    missing = [e for e in args.endpoint_list if e not in sets]
    if missing:
        log(f"drawing URLs for {', '.join(missing)}")
        new, facts = urls.build(db, db.stem, missing, args.urls, args.seed)
        sets.update(new)
        cache.write_text(json.dumps({"key": key, "facts": facts, "sets": urls.to_json(sets)}, ensure_ascii=False))
    return {e: sets[e] for e in args.endpoint_list}, facts


def _restarts(server_log: Path) -> int:
    """uvicorn's supervisor restarts a worker that stops answering its health check (or crashes)."""
    text = server_log.read_text(errors="replace") if server_log.exists() else ""
    return sum(1 for line in text.splitlines() if "Child process" in line and "died" in line)


def load(args: argparse.Namespace, label: str, paths: list[str], server_log: Path,
         etags: list[str] | None = None) -> dict[str, Any]:
    """One wrk measurement (after its warm-up) of `paths` on the current server, with what went wrong."""
    script = wrk.write_script(args.work / "lua" / f"{label}.lua", paths, etags, args.threads)
    before = _restarts(server_log)
    result = wrk.run(f"http://127.0.0.1:{args.port}", script, args.duration, args.connections, args.threads,
                     args.timeout, WRK_WARMUP_S).as_dict()
    flags = []
    if result["requests"] == 0:
        flags.append("no request completed")
    if restarts := _restarts(server_log) - before:
        flags.append(f"{restarts} worker restart(s) during the run (see {server_log})")
    if result["timeouts"]:
        flags.append(f"{result['timeouts']} requests timed out after {args.timeout:g} s")
    result["flags"] = flags
    log(f"{label}: {result['requests_per_s']:,.0f} req/s, p50 {result['p50_ms']:.2f} ms, "
        f"p99 {result['p99_ms']:.2f} ms, errors {result['errors']}" + "".join(f"; {f}" for f in flags))
    return result


def bench_ours(args: argparse.Namespace, n: int, db: Path, sets: dict[str, urls.UrlSet],
               size: dict[str, Any]) -> dict[str, list[list[Any]]]:
    """Our API: sample checks, the load, then the 304 run; returns the sampled answers' keys."""
    cmd = [str(corpus_build.VENV_BIN / "corpus"), "serve", "--db", str(db), "--port", str(args.port),
           "--workers", str(args.workers), *OURS_SERVE_FLAGS]
    answers: dict[str, list[list[Any]]] = {}
    server_log = args.work / "logs" / f"serve-ours-{n}.log"
    with serving("our API", cmd, args.port, "/health", server_log, cwd=ROOT):
        for name, s in sets.items():
            answers[name] = checks.check_sample(args.port, s, "ours")
    for name, s in sets.items():  # a fresh server per endpoint, as for Datasette below
        with serving("our API", cmd, args.port, "/health", server_log, cwd=ROOT):
            size["endpoints"][name]["ours"] = load(args, f"{n}-ours-{name}", [p.ours for p in s.pairs], server_log)
    with serving("our API", cmd, args.port, "/health", server_log, cwd=ROOT):
        if not args.skip_304:
            for name, s in sets.items():
                # the first --etag-urls distinct URLs: each costs a full GET to learn its ETag
                distinct = list(dict.fromkeys(p.ours for p in s.pairs))[:args.etag_urls]
                keep = set(distinct)
                paths = [p.ours for p in s.pairs if p.ours in keep]
                tags = checks.etags(args.port, distinct)
                checks.check_304(args.port, tags)
                size["etag"][name] = load(args, f"{n}-304-{name}", paths, server_log, [tags[p] for p in paths])
    if not args.skip_304:
        # --log-level info (uvicorn's default) so worker restarts show in the log; no access log
        hello = [PYTHON, "-m", "uvicorn", "hello_app:app", "--app-dir", str(BENCH), "--host", "127.0.0.1",
                 "--port", str(args.port), "--workers", str(args.workers), "--no-access-log"]
        hello_log = args.work / "logs" / f"serve-hello-{n}.log"
        with serving("hello app", hello, args.port, "/", hello_log, cwd=BENCH):
            size["hello"] = load(args, f"{n}-hello", ["/"], hello_log)
    return answers


def bench_datasette(args: argparse.Namespace, n: int, db: Path, sets: dict[str, urls.UrlSet],
                    size: dict[str, Any]) -> dict[str, list[list[Any]]]:
    """Datasette on the same file, with the canned queries of datasette_queries.py."""
    metadata = args.work / "datasette-metadata.json"
    metadata.write_text(json.dumps(datasette_queries.metadata(db.stem), indent=2))
    cmd = [args.datasette_exe, "serve", "-i", str(db), "-m", str(metadata), "-h", "127.0.0.1", "-p", str(args.port),
           "--plugins-dir", str(BENCH / "datasette_plugins"), *datasette_queries.setting_args()]
    answers: dict[str, list[list[Any]]] = {}
    server_log = args.work / "logs" / f"serve-datasette-{n}.log"
    with serving("Datasette", cmd, args.port, "/-/versions.json", server_log, cwd=args.work):
        size["datasette_runtime"] = get_json(args.port, "/-/versions.json")
        for name, s in sets.items():
            answers[name] = checks.check_sample(args.port, s, "datasette")
    for name, s in sets.items():
        # A fresh server per endpoint: Datasette's SQL threads would otherwise still be busy with the
        # previous endpoint's slow queries (10 s searches) when the next load starts, and score it 0.
        with serving("Datasette", cmd, args.port, "/-/versions.json", server_log, cwd=args.work):
            size["endpoints"][name]["datasette"] = load(args, f"{n}-datasette-{name}",
                                                        [p.datasette for p in s.pairs], server_log)
    return answers


def _earlier_results() -> dict[str, Any]:
    """What the previous run left in results.json, read before this run overwrites it."""
    try:
        return dict(json.loads((BENCH / "results.json").read_text()))
    except (OSError, ValueError):
        return {}


_EARLIER: dict[str, Any] = {}


def _earlier_ingest(n: int) -> dict[str, Any] | None:
    """The ingest figures of the run that built a reused database."""
    earlier = _EARLIER
    ingest = (earlier.get("sizes", {}).get(str(n)) or {}).get("ingest")
    if ingest and not ingest.get("earlier_run"):
        ingest = {**ingest, "earlier_run": earlier.get("date", "?")}
    return ingest


def settle(quiet: float = SETTLED_LOAD, longest_s: float = SETTLE_LIMIT_S) -> dict[str, float]:
    """Wait for the kernel to write back what ingest wrote (gigabytes at a million articles) and for
    the 1-minute load average to fall below `quiet`, at most `longest_s`, so that every run's loads
    start from the same quiet machine. One run's loads began right after ingest at load 1.27, and two
    endpoints' p99 came out 14 and 28 % above a rerun's on the same database minutes later. The cause
    was not found: a later run had no writeback left to wait for by this point."""
    started = time.monotonic()
    os.sync()
    synced = time.monotonic() - started
    while os.getloadavg()[0] > quiet and time.monotonic() - started < longest_s:
        time.sleep(2)
    return {"sync_s": round(synced, 1), "waited_s": round(time.monotonic() - started, 1),
            "load": round(os.getloadavg()[0], 2), "quiet": quiet, "limit_s": longest_s}


def bench_size(args: argparse.Namespace, n: int) -> dict[str, Any]:
    folder, db = args.work / f"gen{n}", args.work / f"corpus{n}.db"
    logs = args.work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    size: dict[str, Any] = {"db": str(db), "corpus": str(folder), "ingest": None}
    size["load_before_ingest"] = [round(x, 2) for x in os.getloadavg()]  # a busy machine skews every number
    if args.reuse_db and db.exists():
        log(f"{n:,}: reusing {db}")
        size["ingest"] = _earlier_ingest(n)
    else:
        log(f"{n:,}: corpus {folder}")
        size["generated"] = corpus_build.ensure_generated(folder, n, logs / f"generate-{n}.log")
        log(f"{n:,}: ingesting into {db}")
        size["ingest"] = corpus_build.ingest(folder, db, n, logs / f"ingest-{n}.log").as_dict()
        log(f"{n:,}: {size['ingest']['summary']}")
    size["db_mib"] = round(corpus_build.db_mib(db), 1)
    sets, size["facts"] = url_sets(args, db, n)
    size["settle"] = settle()
    log(f"{n:,}: settled before the loads: writeback {size['settle']['sync_s']} s, "
        f"{size['settle']['waited_s']} s in all, load average {size['settle']['load']:.2f}")
    size["load_before_load"] = [round(x, 2) for x in os.getloadavg()]
    size["terms"] = {name.removeprefix("search_"): s.notes["terms"] for name, s in sets.items()
                     if name.startswith("search_")}
    size["endpoints"] = {name: {"distinct": s.distinct, "ours": None, "datasette": None} for name, s in sets.items()}
    size["etag"], size["hello"] = {}, None
    with resident(db) as pinned:
        size["resident"] = {"seconds": round(pinned.seconds, 1), "locked_mib": round(pinned.locked_mib),
                            "failed": pinned.failed}
        log(f"{n:,}: {db} locked in memory for the loads ({pinned.locked_mib:,.0f} MiB in {pinned.seconds:.1f} s)"
            + (f"; not locked: {pinned.failed}" if pinned.failed else ""))
        ours = bench_ours(args, n, db, sets, size) if args.only in (None, "ours") else {}
        theirs = bench_datasette(args, n, db, sets, size) if args.only in (None, "datasette") else {}
    for name in sets:
        if name in ours and name in theirs:
            size["endpoints"][name]["same"] = checks.compare(name, ours[name], theirs[name])
    return size


def _terminate(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt(f"signal {signum}")  # unwinds through every `serving` block, which kills its server


def main() -> None:
    args = parse_args()
    _EARLIER.update(_earlier_results())
    signal.signal(signal.SIGTERM, _terminate)
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    args.datasette_exe = datasette_executable(args) if args.only != "ours" else None
    results: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": shlex.join(sys.orig_argv),
        "machine": report.machine(),
        "versions": report.versions(args.datasette_exe),
        "options": {"sizes": args.size_list, "work": str(args.work), "workers": args.workers,
                    "duration": args.duration, "connections": args.connections, "threads": args.threads,
                    "timeout": args.timeout, "urls": args.urls, "etag_urls": args.etag_urls, "seed": args.seed, "only": args.only,
                    "endpoints": args.endpoint_list, "ds_settings": datasette_queries.SETTINGS},
        "sizes": {},
    }
    for n in args.size_list:
        results["sizes"][str(n)] = bench_size(args, n)
        (BENCH / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        (BENCH / "RESULTS.md").write_text(report.render(results))
        log(f"{n:,}: written to {BENCH / 'RESULTS.md'}")
    print(report.render(results))


if __name__ == "__main__":
    main()
