"""Endpoints served by `QueryRoute` answer exactly what FastAPI's own handler answers, for good and
bad parameters alike. FastAPI's handler is what runs while dependency overrides are set, so one
app serves both: once plainly, once with an override that changes nothing."""

from collections.abc import Iterator
from typing import Any

import fastapi.routing
import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.deps import get_corpus
from app.fast_route import plan_for
from app.main import create_app
from app.routers import articles, figures, quotes, speakers, topics
from tests.conftest import SEED_ID

URLS = [
    "/v1/articles", "/v1/articles?limit=3", "/v1/articles?limit=3&sort=published", "/v1/articles?lang=kk&limit=5",
    "/v1/articles?from=2020-01-01&to=2030-12-31&topic=economy-business-and-finance&limit=4",
    "/v1/articles?country=UZ&country=kz&limit=2", "/v1/articles?q=export&sort=relevance&limit=3",
    "/v1/articles?facet=topic&facet=lang&limit=1", "/v1/articles?topic=medtop:04000000&topic=sport",
    "/v1/articles?limit=1&limit=2", "/v1/articles?lang=kk&lang=ru", "/v1/articles?facet=",
    "/v1/articles?unknown=1&limit=2",
    # refused, with the same problem document
    "/v1/articles?limit=0", "/v1/articles?limit=abc", "/v1/articles?limit=-5&from=2020-13-01",
    "/v1/articles?from=0", "/v1/articles?from=2025-02-30", "/v1/articles?sort=rank", "/v1/articles?lang=de",
    "/v1/articles?country=UZB", "/v1/articles?facet=colour", "/v1/articles?topic=no-such-topic",
    "/v1/articles?cursor=forged.cursor", "/v1/articles?sort=relevance", "/v1/articles?q=" + "x" * 501,
    "/v1/articles?limit=99999999999999999999999", "/v1/articles?from=2025-01-02&to=2025-01-01",
    "/v1/figures", "/v1/figures?reporter=kz&kind=export&limit=3", "/v1/figures?partner=UZ&sort=-value",
    "/v1/figures?min_value=10&max_value=5", "/v1/figures?min_value=nan", "/v1/figures?kind=weather",
    "/v1/figures?period_from=2025-13", "/v1/figures?facet=kind&limit=1", "/v1/figures?unit=USD&limit=2",
    "/v1/speakers", "/v1/speakers?q=Назаров", "/v1/speakers?sort=name&limit=2", "/v1/speakers?facet=lang&limit=1",
    "/v1/speakers?sort=-last_seen&from=2025-01-01&lang=kk", "/v1/speakers?q=%21%21", "/v1/speakers?limit=0",
    "/v1/speakers?sort=loudest", "/v1/speakers?q=" + "y" * 201,
]


@pytest.fixture
def solver_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths whose parameters went through FastAPI's dependency solver."""
    calls: list[str] = []
    real = fastapi.routing.solve_dependencies

    async def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs["request"].url.path)
        return await real(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", counting)
    return calls


def test_each_client_takes_its_own_path(both: tuple[TestClient, TestClient], solver_calls: list[str]) -> None:
    """Without this, the comparisons below could compare the fast path with itself."""
    fast, standard = both
    for url in ("/v1/articles?limit=1", "/v1/figures?limit=1", "/v1/speakers?limit=1"):
        assert fast.get(url).status_code == 200
    assert solver_calls == []
    for url in ("/v1/articles?limit=1", "/v1/figures?limit=1", "/v1/speakers?limit=1"):
        assert standard.get(url).status_code == 200
    assert solver_calls == ["/v1/articles", "/v1/figures", "/v1/speakers"]
    assert fast.get("/v1/articles/" + SEED_ID).status_code == 200  # a detail route: FastAPI's handler
    assert solver_calls[-1] == "/v1/articles/" + SEED_ID


@pytest.fixture(scope="module")
def both(settings: Settings) -> Iterator[tuple[TestClient, TestClient]]:
    with TestClient(create_app(settings)) as fast, TestClient(create_app(settings)) as standard:
        standard.app.dependency_overrides[get_corpus] = get_corpus  # type: ignore[attr-defined]
        yield fast, standard


@pytest.mark.parametrize("url", URLS)
def test_same_answer_as_fastapi(both: tuple[TestClient, TestClient], url: str) -> None:
    fast, standard = both
    got, expected = fast.get(url), standard.get(url)
    assert (got.status_code, got.content) == (expected.status_code, expected.content)
    assert got.headers == expected.headers


def _walk_ids(client: TestClient, url: str) -> list[str]:
    ids: list[str] = []
    while url:
        r = client.get(url)
        assert r.status_code == 200, r.text
        ids += [item["id"] for item in r.json()["items"]]
        link = r.headers.get("link")
        url = link[1:link.index(">")] if link else ""
    return ids


@pytest.mark.parametrize("url", ["/v1/articles?limit=4&sort=published", "/v1/figures?limit=7",
                                 "/v1/speakers?sort=name&limit=3"])
def test_walking_pages_through_the_link_header_is_the_same(both: tuple[TestClient, TestClient], url: str) -> None:
    fast, standard = both
    ids = _walk_ids(fast, url)
    assert len(ids) == len(set(ids)) > 4
    assert ids == _walk_ids(standard, url)


def test_the_list_endpoints_are_planned_and_no_others() -> None:
    planned = {route.path for module in (articles, figures, quotes, speakers, topics)
               for route in module.router.routes if plan_for(route.dependant) is not None}  # type: ignore[attr-defined]
    assert planned == {"/v1/articles", "/v1/figures", "/v1/speakers"}
