"""In-process cost of requests: the app called directly as ASGI, no HTTP server and no wrk, so the
figure is the Python and SQLite work of one request alone.

Usage: python bench/request_cost.py DB [URL ...] [--endpoint NAME [--url-file FILE]] [--rounds N] [--revalidate|--cold]
`--endpoint` takes that endpoint's URLs from the URL sets bench/run.py drew for DB (by default
WORK/urls{N}.json beside the database). Each round requests every URL once (the first round warms caches and is not counted); prints the
median and p99 microseconds per request. With --revalidate each request carries the URL's own ETag,
so what is measured is the 304 path. With --cold each URL is requested once, on a freshly started app,
and no round warms anything: what is measured is a request whose totals and facets are not cached yet.
"""

import argparse
import asyncio
import json
import statistics
import time
from pathlib import Path
from typing import Any

from app.config import Settings
from app.main import create_app


async def _call(app: Any, url: str, etag: str | None) -> tuple[int, dict[bytes, bytes]]:
    path, _, query = url.partition("?")
    headers = [(b"host", b"127.0.0.1")] + ([(b"if-none-match", etag.encode())] if etag else [])
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query.encode(), "headers": headers,
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "root_path": "", "state": {}}
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent[0]["status"], dict(sent[0]["headers"])


async def measure(db: Path, urls: list[str], rounds: int, revalidate: bool, cold: bool = False) -> list[float]:
    app = create_app(Settings(corpus_db=db))
    async with app.router.lifespan_context(app):
        if cold:
            return await _first_requests(app, urls)
        etags: dict[str, str | None] = {}
        for url in urls:  # warm-up round, and each URL's ETag
            status, headers = await _call(app, url, None)
            if status != 200:
                raise SystemExit(f"{url}: status {status}")
            etags[url] = headers[b"etag"].decode() if revalidate else None
        seconds = []
        for _ in range(rounds):
            for url in urls:
                t0 = time.perf_counter()
                status, _ = await _call(app, url, etags[url])
                seconds.append(time.perf_counter() - t0)
                if status != (304 if revalidate else 200):
                    raise SystemExit(f"{url}: status {status}")
        return seconds


async def _first_requests(app: Any, urls: list[str]) -> list[float]:
    await _call(app, "/health", None)  # the connection and start-up work, which no URL should carry
    seconds = []
    for url in dict.fromkeys(urls):
        t0 = time.perf_counter()
        status, _ = await _call(app, url, None)
        seconds.append(time.perf_counter() - t0)
        if status != 200:
            raise SystemExit(f"{url}: status {status}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("urls", nargs="*")
    parser.add_argument("--endpoint", help="an endpoint of bench/run.py: its drawn URLs")
    parser.add_argument("--url-file", type=Path, help="the URL sets file (default: urls{N}.json beside DB)")
    parser.add_argument("--rounds", type=int, default=200)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--revalidate", action="store_true", help="send each URL's ETag: measure 304s")
    group.add_argument("--cold", action="store_true", help="each URL once on a fresh app: nothing cached yet")
    args = parser.parse_args()
    urls = list(args.urls)
    if args.endpoint:
        size = args.db.stem.removeprefix("corpus")
        url_file = args.url_file or args.db.with_name(f"urls{size}.json")
        urls += [pair[0] for pair in json.loads(url_file.read_text())["sets"][args.endpoint]["pairs"]]
    if not urls:
        parser.error("give URLs or --endpoint")
    seconds = sorted(asyncio.run(measure(args.db, urls, args.rounds, args.revalidate, args.cold)))
    p99 = seconds[int(len(seconds) * 0.99) - 1]
    print(f"{len(seconds)} requests: median {statistics.median(seconds) * 1e6:.0f} us, p99 {p99 * 1e6:.0f} us")


if __name__ == "__main__":
    main()
