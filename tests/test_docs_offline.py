"""`/docs` and `/redoc` work with no internet: every asset is served by the app itself, and the OpenAPI
document they render is complete (summaries, descriptions and examples for every parameter)."""

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app

DOC_PAGES = ["/docs", "/redoc"]
EXPECTED_PATHS = ["/v1/articles", "/v1/articles/{article_id}", "/health"]
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
URL_ATTRS = {"src", "href", "spec-url", "srcset", "data", "action", "poster"}
# Hosts and markers of the CDNs FastAPI's default pages (and their fonts) load from.
EXTERNAL_MARKERS = re.compile(r"https?://|fonts\.googleapis|fonts\.gstatic|jsdelivr|unpkg|cdnjs|\bcdn\b", re.I)
CONTENT_TYPES = {
    ".js": ("text/javascript", "application/javascript"),
    ".css": ("text/css",),
    ".png": ("image/png",),
    ".ico": ("image/x-icon", "image/vnd.microsoft.icon"),
    ".svg": ("image/svg+xml",),
    ".json": ("application/json",),
}


@pytest.fixture(scope="module")
def docs_client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(corpus_db=corpus_db))) as client:
        yield client


class _UrlCollector(HTMLParser):
    """Every URL-valued attribute (`src`, `href`, ReDoc's `spec-url`, ...) in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in URL_ATTRS and value is not None:
                self.urls.append((tag, name, value.strip()))


def _page_urls(html: str) -> list[tuple[str, str, str]]:
    collector = _UrlCollector()
    collector.feed(html)
    collector.close()
    # Swagger UI gets the spec URL from an inline script: `url: '/openapi.json'`.
    script_urls = [("script", "url:", m) for m in re.findall(r"\burl\s*:\s*['\"]([^'\"]*)['\"]", html)]
    return collector.urls + script_urls


def _is_local(url: str) -> bool:
    """A path on this server: `/static/...`, never `http(s)://`, `//host` or another scheme."""
    return url.startswith("/") and not url.startswith("//") and "\\" not in url


def _get_page(client: TestClient, page: str) -> str:
    response = client.get(page)
    assert response.status_code == 200, f"{page}: {response.status_code} {response.text[:300]}"
    assert response.headers["content-type"].startswith("text/html"), response.headers["content-type"]
    return response.text


@pytest.mark.parametrize("page", DOC_PAGES)
def test_doc_page_is_html(docs_client: TestClient, page: str) -> None:
    html = _get_page(docs_client, page)
    assert "<html" in html.lower()
    assert _page_urls(html), f"{page} references no assets at all"


@pytest.mark.parametrize("page", DOC_PAGES)
def test_doc_page_references_only_local_urls(docs_client: TestClient, page: str) -> None:
    html = _get_page(docs_client, page)
    foreign = [f"<{tag} {attr}={value!r}>" for tag, attr, value in _page_urls(html) if not _is_local(value)]
    assert not foreign, f"{page} references non-local URLs: {foreign}"
    markers = sorted({m.group(0) for m in EXTERNAL_MARKERS.finditer(html)})
    assert not markers, f"{page} mentions external hosts: {markers}"


@pytest.mark.parametrize("page", DOC_PAGES)
def test_doc_page_assets_are_served(docs_client: TestClient, page: str) -> None:
    html = _get_page(docs_client, page)
    problems = []
    for _tag, _attr, url in _page_urls(html):
        if not _is_local(url):
            continue  # reported by test_doc_page_references_only_local_urls
        response = docs_client.get(url)
        suffix = Path(url.split("?", 1)[0]).suffix or ".json"
        content_type = response.headers.get("content-type", "").split(";")[0].strip()
        if response.status_code != 200:
            problems.append(f"{url}: status {response.status_code}")
        elif not response.content:
            problems.append(f"{url}: empty body")
        elif content_type not in CONTENT_TYPES.get(suffix, (content_type,)):
            problems.append(f"{url}: content-type {content_type!r}, expected one of {CONTENT_TYPES[suffix]}")
    assert not problems, f"{page} assets: {problems}"


def test_stylesheets_pull_nothing_from_outside(docs_client: TestClient) -> None:
    """A vendored stylesheet could still `@import` a web font; nothing may leave the server."""
    for _tag, _attr, url in _page_urls(_get_page(docs_client, "/docs")):
        if url.endswith(".css"):
            css = docs_client.get(url).text
            external = re.findall(r"(?:@import|url\()\s*['\"]?\s*((?:https?:)?//[^'\")\s]+)", css)
            assert not external, f"{url} loads {external[:5]}"


def test_swagger_ui_does_not_call_the_online_validator(docs_client: TestClient) -> None:
    """Swagger UI's default `validatorUrl` is validator.swagger.io, fetched for the badge on every load."""
    assert re.search(r"[\"']?validatorUrl[\"']?\s*:\s*null", _get_page(docs_client, "/docs"))


@pytest.fixture(scope="module")
def openapi(docs_client: TestClient) -> dict:
    response = docs_client.get("/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def _operations(openapi: dict) -> Iterator[tuple[str, dict, list[dict]]]:
    """(`GET /path`, operation, its parameters including the path item's shared ones)."""
    for path, item in openapi["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield f"{method.upper()} {path}", operation, shared + operation.get("parameters", [])


def test_openapi_lists_the_endpoints(openapi: dict) -> None:
    missing = [p for p in EXPECTED_PATHS if p not in openapi["paths"]]
    assert not missing, f"missing from /openapi.json: {missing}; it has {sorted(openapi['paths'])}"
    for path in EXPECTED_PATHS:
        assert "get" in openapi["paths"][path], f"{path} has no GET"


def test_every_operation_has_a_summary_and_description(openapi: dict) -> None:
    missing = [f"{name}: {field}" for name, operation, _ in _operations(openapi)
               for field in ("summary", "description") if not str(operation.get(field) or "").strip()]
    assert not missing, "operations without documentation:\n  " + "\n  ".join(missing)


def _has_example(parameter: dict) -> bool:
    schema = parameter.get("schema") or {}
    return any(key in holder and holder[key] not in (None, [], {})
               for holder in (parameter, schema) for key in ("example", "examples"))


def test_every_parameter_has_a_description_and_an_example(openapi: dict) -> None:
    missing = []
    for name, _operation, parameters in _operations(openapi):
        for parameter in parameters:
            if "$ref" in parameter:
                ref = parameter["$ref"].removeprefix("#/components/parameters/")
                parameter = openapi.get("components", {}).get("parameters", {}).get(ref, parameter)
            if parameter.get("in") not in ("query", "path"):
                continue
            label = f"{name} {parameter['in']} parameter {parameter.get('name')!r}"
            if not str(parameter.get("description") or "").strip():
                missing.append(f"{label}: no description")
            if not _has_example(parameter):
                missing.append(f"{label}: no example")
    assert not missing, "undocumented parameters:\n  " + "\n  ".join(missing)


def test_every_response_field_has_a_description_and_an_example(openapi: dict) -> None:
    missing = [f"{name}.{prop}: {key}"
               for name, schema in openapi["components"]["schemas"].items()
               if name not in ("HTTPValidationError", "ValidationError")
               for prop, spec in schema.get("properties", {}).items()
               for key in ("description", "examples") if key not in spec]
    assert missing == []


def test_errors_are_documented_as_problem_json(openapi: dict) -> None:
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            for status in ("4XX", "5XX"):
                content = operation["responses"][status]["content"]
                assert list(content) == ["application/problem+json"], (path, method, status)
                assert content["application/problem+json"]["schema"]["$ref"].endswith("/Problem")
