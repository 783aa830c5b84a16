"""Every error is RFC 9457 problem+json: 404, 405 with Allow, 422 naming each parameter, 400, 500."""

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app


def _is_problem(r, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    return body


@pytest.mark.parametrize("path", ["/nope", "/v1/nope", "/v1/articles/missing", "/v1/speakers/missing"])
def test_404(client: TestClient, path: str) -> None:
    _is_problem(client.get(path), 404)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/v1/articles", "/health", "/v1/speakers", "/v1/quotes", "/v1/figures"])
def test_405_names_the_allowed_methods(client: TestClient, method: str, path: str) -> None:
    r = client.request(method, path)
    _is_problem(r, 405)
    assert r.headers["allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("query,parameter", [
    ("limit=0", "limit"), ("limit=abc", "limit"), ("limit=-5", "limit"),
    ("from=2025-02-30", "from"), ("to=yesterday", "to"), ("lang=de", "lang"),
    ("sort=newest", "sort"), ("sort=relevance", "sort"), ("from=2025-12-01&to=2025-01-01", "from"),
    ("q=-Ташкент", "q"), ("q=" + "a" * 501, "q"),
])
def test_422_names_the_parameter(client: TestClient, query: str, parameter: str) -> None:
    body = _is_problem(client.get(f"/v1/articles?{query}"), 422)
    assert parameter in [e["parameter"] for e in body["errors"]]
    assert parameter in body["detail"]


@pytest.mark.parametrize("path,query,parameter", [
    ("/v1/quotes", "kind=said", "kind"), ("/v1/quotes", "sort=relevance", "sort"), ("/v1/quotes", "limit=0", "limit"),
    ("/v1/speakers", "sort=-name", "sort"), ("/v1/speakers", "from=2025-13-01", "from"),
    ("/v1/figures", "sort=value", "sort"), ("/v1/figures", "max_value=abc", "max_value"),
])
def test_422_on_every_list(client: TestClient, path: str, query: str, parameter: str) -> None:
    body = _is_problem(client.get(f"{path}?{query}"), 422)
    assert parameter in [e["parameter"] for e in body["errors"]]


@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/speakers", "/v1/figures"])
def test_tampered_cursor_is_400_on_every_list(client: TestClient, path: str) -> None:
    _is_problem(client.get(f"{path}?cursor=abc.def"), 400)


def test_several_bad_parameters_are_all_named(client: TestClient) -> None:
    body = _is_problem(client.get("/v1/articles?limit=0&lang=xx&from=nope"), 422)
    assert {e["parameter"] for e in body["errors"]} == {"limit", "lang", "from"}


def test_empty_cursor_means_first_page(client: TestClient) -> None:
    assert client.get("/v1/articles?cursor=").json() == client.get("/v1/articles").json()


@pytest.mark.parametrize("cursor", ["garbage", "a.b", "eyJ4IjoxfQ.AAAA", "%00%ff"])
def test_tampered_cursor_is_400(client: TestClient, cursor: str) -> None:
    body = _is_problem(client.get(f"/v1/articles?cursor={cursor}"), 400)
    assert "cursor" in body["detail"]


def test_flipped_cursor_signature_is_400(client: TestClient) -> None:
    cursor = client.get("/v1/articles?limit=1").json()["next_cursor"]
    payload, sig = cursor.split(".")
    forged = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB") + "." + sig
    _is_problem(client.get(f"/v1/articles?cursor={forged}"), 400)


def test_500_hides_the_stack_trace(settings: Settings) -> None:
    app = create_app(settings)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/boom")
    body = _is_problem(r, 500)
    assert "secret" not in r.text and "Traceback" not in r.text
    assert body["title"] == "Internal Server Error"
