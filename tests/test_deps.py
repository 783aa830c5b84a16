"""Where a request's database work runs: on the event loop while it is quick, on a thread once it may
take long (a facet not counted yet, unless the rollups answer it), with the same answer either way."""

import pytest
from fastapi.testclient import TestClient

from app import deps
from app.config import Settings
from app.main import create_app
from app.queries import totals


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The work functions handed to the thread pool, by name; with an empty result cache, as after a start."""
    monkeypatch.setattr(totals, "_cache", totals.ResultCache())
    handed: list[str] = []
    real = deps.run_in_threadpool

    async def counting(func, *args, **kwargs):  # type: ignore[no-untyped-def]
        handed.append(args[1].__qualname__)
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(deps, "run_in_threadpool", counting)
    return handed


@pytest.mark.parametrize("url", ["/v1/articles?facet=speaker&limit=3", "/v1/figures?facet=kind&limit=2",
                                 "/v1/speakers?facet=lang&limit=2", "/v1/quotes?facet=speaker&limit=2"])
def test_a_facet_is_counted_on_a_thread_once_then_served_on_the_loop(settings: Settings, threads: list[str],
                                                                     url: str) -> None:
    with TestClient(create_app(settings)) as client:
        first = client.get(url)
        assert first.status_code == 200 and first.json()["facets"]
        assert len(threads) == 1 and threads[0].endswith(".work")
        again = client.get(url)
        assert again.content == first.content
        assert len(threads) == 1  # counted already: answered on the event loop


def test_quick_work_never_leaves_the_loop(settings: Settings, threads: list[str]) -> None:
    with TestClient(create_app(settings)) as client:
        for url in ("/v1/articles?limit=5", "/v1/figures?limit=5", "/v1/speakers?q=Назаров",
                    # facets the rollups answer: their running sums are loaded when the app starts
                    "/v1/articles?facet=topic&facet=lang&facet=month&facet=country&from=2024-01-01&limit=3",
                    "/v1/articles?topic=economy&facet=month&facet=lang&limit=3"):
            response = client.get(url)
            assert response.status_code == 200 and response.json().get("facets", True), url
    assert threads == []

