"""ETag / 304, Cache-Control, CORS, gzip, HEAD and OPTIONS on every route."""

import gzip

import pytest
from fastapi.testclient import TestClient

from app.http_semantics import EtagCache, compute_etag
from tests.conftest import SEED_ID

ROUTES = ["/health", "/v1/articles", f"/v1/articles/{SEED_ID}", "/v1/articles?lang=kk&limit=2",
          "/v1/articles?q=Өзбекстан", "/openapi.json", "/v1/speakers?q=Назаров", "/v1/speakers/ravshan-nazarov",
          "/v1/quotes?speaker=ravshan-nazarov", "/v1/figures?kind=export",
          "/v1/figures/series?kind=export&unit=USD"]


@pytest.mark.parametrize("path", ROUTES)
def test_etag_and_304(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    etag = r.headers["etag"]
    assert etag.startswith('W/"')
    assert r.headers["cache-control"] == "public, max-age=60"
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    assert again.headers["cache-control"] == "public, max-age=60"
    assert client.get(path, headers={"If-None-Match": '"other", ' + etag.removeprefix("W/")}).status_code == 304
    assert client.get(path, headers={"If-None-Match": 'W/"stale"'}).status_code == 200


def test_etag_differs_per_query_but_not_per_parameter_order(client: TestClient) -> None:
    a = client.get("/v1/articles?lang=kk&limit=2").headers["etag"]
    b = client.get("/v1/articles?limit=2&lang=kk").headers["etag"]
    c = client.get("/v1/articles?limit=3&lang=kk").headers["etag"]
    assert a == b != c


def test_errors_are_not_cached(client: TestClient) -> None:
    r = client.get("/v1/articles/missing")
    assert "etag" not in r.headers
    assert r.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("path", [*ROUTES, "/v1/articles/missing", "/v1/articles?limit=0", "/docs"])
@pytest.mark.parametrize("origin", [{}, {"Origin": "https://example.org"}])
def test_cors_allows_any_origin_and_exposes_link_and_etag(client: TestClient, path: str, origin: dict) -> None:
    r = client.get(path, headers=origin)
    assert r.headers["access-control-allow-origin"] == "*"
    exposed = {h.strip().lower() for h in r.headers["access-control-expose-headers"].split(",")}
    assert {"link", "etag"} <= exposed
    assert r.headers["x-content-type-options"] == "nosniff"


def test_cors_preflight(client: TestClient) -> None:
    pre = client.options("/v1/articles", headers={"Origin": "https://example.org",
                                                  "Access-Control-Request-Method": "GET",
                                                  "Access-Control-Request-Headers": "If-None-Match"})
    assert pre.status_code == 204
    assert pre.headers["access-control-allow-origin"] == "*"
    assert "GET" in pre.headers["access-control-allow-methods"]
    assert pre.headers["access-control-allow-headers"] == "If-None-Match"


def test_plain_options_lists_the_methods(client: TestClient) -> None:
    r = client.options("/v1/articles")
    assert r.status_code == 204
    assert r.headers["allow"] == "GET, HEAD, OPTIONS"


def test_head_has_headers_and_no_body(client: TestClient) -> None:
    get = client.get(f"/v1/articles/{SEED_ID}", headers={"Accept-Encoding": "identity"})
    head = client.head(f"/v1/articles/{SEED_ID}", headers={"Accept-Encoding": "identity"})
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["etag"] == get.headers["etag"]
    assert head.headers["content-length"] == str(len(get.content))


def test_large_bodies_are_gzipped(client: TestClient) -> None:
    r = client.get(f"/v1/articles/{SEED_ID}", headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in r.headers["vary"].lower()
    raw = client.get(f"/v1/articles/{SEED_ID}", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers
    assert len(gzip.compress(raw.content)) < len(raw.content)


def test_small_bodies_are_not_gzipped(client: TestClient) -> None:
    r = client.get("/health", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in r.headers


def _scope(query: bytes, host: bytes = b"api.example") -> dict:
    return {"type": "http", "path": "/v1/articles", "query_string": query, "headers": [(b"host", host)]}


def test_etag_cache_gives_the_computed_tag_per_version_and_stays_bounded() -> None:
    cache = EtagCache(entries=3)
    for version in ("v1", "v2"):
        for query in (b"lang=kk&limit=5", b"limit=5&lang=kk", b"lang=ru"):
            assert cache.get(version, _scope(query)) == compute_etag(version, _scope(query))
    assert cache.get("v1", _scope(b"lang=kk")) != cache.get("v2", _scope(b"lang=kk"))
    assert cache.get("v1", _scope(b"lang=kk")) != cache.get("v1", _scope(b"lang=kk", host=b"other.example"))
    assert len(cache._tags) <= 3
