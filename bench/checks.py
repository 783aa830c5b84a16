"""Before any load: prove each URL set means what the table says it means.

A mapping that 404s, 422s or silently returns nothing would make a fast but meaningless row, so a
sample of every set is fetched from each server first: every answer must be 200 with a non-empty
JSON body, and not every sample may come back with zero rows. The ids (or facet counts) each server
returns are kept so the two sides can be compared: a mismatch means the two queries are not
equivalent, and is reported next to the numbers.

The 304 run needs each URL's ETag; they are collected with one plain GET per distinct URL, and each
is then re-sent with If-None-Match to check it really answers 304.
"""

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from servers import http_get
from urls import UrlSet

SAMPLE = 20


def _rows(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Datasette rows as dicts (its default JSON shape is a list of lists plus `columns`)."""
    rows, columns = body.get("rows", []), body.get("columns")
    if rows and isinstance(rows[0], list):
        if columns is None:
            raise ValueError("Datasette rows without columns")
        return [dict(zip(columns, row)) for row in rows]
    return rows


def keys(endpoint: str, server: str, body: Any) -> list[Any]:
    """What identifies an answer: the ids on the page, or for facets the topic counts."""
    if endpoint == "facets":
        if server == "ours":
            return sorted((v["value"], v["count"]) for v in (body.get("facets") or {}).get("topic", []))
        return sorted((v["value"], v["count"]) for v in body.get("facet_results", {}).get("qcode", {}).get("results", []))
    if server == "ours":
        return [body["id"]] if endpoint == "article" else [item["id"] for item in body["items"]]
    return [row["id"] for row in _rows(body)]


def _equivalent(endpoint: str, ours: list[Any], theirs: list[Any]) -> bool:
    if endpoint == "facets":  # each side lists its top values only: compare the counts of shared ones
        a, b = dict(ours), dict(theirs)
        shared = a.keys() & b.keys()
        return bool(shared) and all(a[k] == b[k] for k in shared)
    return ours == theirs


def sample_paths(url_set: UrlSet, server: str, n: int = SAMPLE) -> list[str]:
    """The first `n` distinct requests of the set, for one server."""
    seen: dict[str, None] = {}
    for pair in url_set.pairs:
        seen.setdefault(pair.ours if server == "ours" else pair.datasette, None)
        if len(seen) == n:
            break
    return list(seen)


def check_sample(port: int, url_set: UrlSet, server: str) -> list[list[Any]]:
    """GET the sample; raise on any non-200, empty or non-JSON answer, or when every answer is empty.
    Returns the keys of each answer, in sample order."""
    found: list[list[Any]] = []
    for path in sample_paths(url_set, server):
        status, _, body = http_get(port, path)
        if status != 200:
            raise RuntimeError(f"{server} {url_set.endpoint}: GET {path} answered {status}: {body[:300]!r}")
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise RuntimeError(f"{server} {url_set.endpoint}: GET {path} is not JSON: {body[:200]!r}") from exc
        if not data:
            raise RuntimeError(f"{server} {url_set.endpoint}: GET {path} answered an empty JSON body")
        found.append(keys(url_set.endpoint, server, data))
    if not any(found):
        raise RuntimeError(f"{server} {url_set.endpoint}: every sampled request returned no rows; "
                           f"first was {sample_paths(url_set, server)[0]}")
    return found


def compare(endpoint: str, ours: list[list[Any]], theirs: list[list[Any]]) -> dict[str, Any]:
    """How many sampled requests gave the same answer on both servers."""
    same = sum(_equivalent(endpoint, a, b) for a, b in zip(ours, theirs))
    return {"sampled": len(ours), "same": same, "empty_ours": sum(not a for a in ours)}


def etags(port: int, paths: list[str], threads: int = 8) -> dict[str, str]:
    """The ETag of every distinct path (a plain GET each; several at a time)."""
    def one(path: str) -> tuple[str, str]:
        status, headers, body = http_get(port, path)
        if status != 200 or "etag" not in headers:
            raise RuntimeError(f"GET {path} answered {status} without an ETag: {body[:200]!r}")
        return path, headers["etag"]

    with ThreadPoolExecutor(threads) as pool:
        return dict(pool.map(one, list(dict.fromkeys(paths))))


def check_304(port: int, tags: dict[str, str], threads: int = 8) -> None:
    """Re-send every path with its If-None-Match: each must be a 304 with an empty body (wrk would
    count a 200 as a success, so this is what makes the 304 run a 304 run)."""
    def one(item: tuple[str, str]) -> None:
        path, tag = item
        status, _, body = http_get(port, path, {"If-None-Match": tag})
        if status != 304 or body:
            raise RuntimeError(f"GET {path} with If-None-Match {tag} answered {status}, not 304")

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(one, tags.items()))
