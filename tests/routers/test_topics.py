"""`/v1/topics`, the topic and country filters, and facets checked against direct counts."""

import calendar

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from tests.conftest import SEED_ID, walk


def _topics(client: TestClient, query: str = "") -> dict[str, dict]:
    r = client.get(f"/v1/topics?{query}")
    assert r.status_code == 200, r.text
    return {t["qcode"]: t for t in r.json()["items"]}


def test_taxonomy_is_served_with_parents_and_labels(client: TestClient) -> None:
    topics = _topics(client)
    top = [t for t in topics.values() if t["level"] == 1]
    assert len(top) == 17 and all(t["parent"] is None for t in top)
    assert topics["medtop:04000000"]["slug"] == "economy-business-and-finance"
    for t in topics.values():
        assert t["parent"] is None or t["parent"] in topics
        assert t["label"] and t["label_kk"] and t["label_ru"]


def test_seed_topics_and_countries(client: TestClient) -> None:
    a = client.get(f"/v1/articles/{SEED_ID}").json()
    qcodes = {t["qcode"] for t in a["topics"]}
    assert {"medtop:04000000", "medtop:11000000"} <= qcodes
    assert a["countries"] == ["KZ", "UZ"]
    explained = client.get(f"/v1/articles/{SEED_ID}?explain=topics").json()["explain"]["topics"]
    assert {t["qcode"] for t in explained} == qcodes
    assert all(t["evidence"] for t in explained if t["qcode"] in ("medtop:04000000", "medtop:11000000"))
    assert "explain" not in a


def test_topic_counts_follow_the_filters(client: TestClient) -> None:
    for query in ("", "from=2025-01-01&country=UZ", "lang=kk"):
        for qcode, t in _topics(client, query).items():
            direct = client.get(f"/v1/articles?topic={qcode}&{query}").json()["total"]
            assert t["article_count"] == direct, (query, qcode)


def test_topic_by_slug_or_qcode_and_narrower_topics_match(client: TestClient) -> None:
    topics = _topics(client)
    for qcode, t in topics.items():
        if t["article_count"] == 0:
            continue
        by_qcode = {a["id"] for a in walk(client, f"/v1/articles?topic={qcode}&limit=100")}
        by_slug = {a["id"] for a in walk(client, f"/v1/articles?topic={t['slug']}&limit=100")}
        assert by_qcode == by_slug
        if t["parent"]:
            parent = {a["id"] for a in walk(client, f"/v1/articles?topic={t['parent']}&limit=100")}
            assert by_qcode <= parent


def test_repeated_topic_and_country_are_or(client: TestClient) -> None:
    sport = {a["id"] for a in walk(client, "/v1/articles?topic=medtop:15000000&limit=100")}
    economy = {a["id"] for a in walk(client, "/v1/articles?topic=medtop:04000000&limit=100")}
    both = {a["id"] for a in walk(client, "/v1/articles?topic=medtop:15000000&topic=medtop:04000000&limit=100")}
    assert both == sport | economy
    uz = {a["id"] for a in walk(client, "/v1/articles?country=UZ&limit=100")}
    assert SEED_ID in uz
    cn_or_uz = {a["id"] for a in walk(client, "/v1/articles?country=CN&country=uz&limit=100")}
    assert uz <= cn_or_uz


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/quotes", "/v1/figures", "/v1/speakers", "/v1/topics"])
def test_bad_topic_or_country_is_422(client: TestClient, path: str) -> None:
    for query, parameter in (("topic=not-a-topic", "topic"), ("country=UZB", "country")):
        r = client.get(f"{path}?{query}")
        assert r.status_code == 422
        assert r.json()["errors"][0]["parameter"] == parameter


@pytest.mark.parametrize("path,facet,param", [
    ("/v1/articles?lang=kk", "topic", "topic"),
    ("/v1/articles", "country", "country"),
    ("/v1/articles", "lang", "lang"),
    ("/v1/articles?from=2024-01-01", "speaker", None),
    ("/v1/articles", "month", None),
    ("/v1/quotes", "speaker", "speaker"),
    ("/v1/quotes?lang=ru", "kind", "kind"),
    ("/v1/quotes", "topic", "topic"),
    ("/v1/figures", "kind", "kind"),
    ("/v1/figures?unit=USD", "country", "country"),
    ("/v1/speakers", "topic", "topic"),
])
def test_facet_counts_equal_direct_counts(client: TestClient, path: str, facet: str, param: str | None) -> None:
    sep = "&" if "?" in path else "?"
    body = client.get(f"{path}{sep}facet={facet}&limit=1").json()
    assert body["facets_truncated"] == []
    values = body["facets"][facet]
    assert values, facet
    for v in values:
        if param is not None:
            query = f"{param}={v['value']}"
        elif facet == "month":
            year, month = map(int, v["value"].split("-"))
            last = calendar.monthrange(year, month)[1]
            query = f"from={v['value']}-01&to={v['value']}-{last:02d}"
        else:  # speaker facet of articles: the articles that quote that speaker
            query = None
        if query is None:
            speaker = client.get(f"/v1/speakers/{v['value']}").json()
            assert v["count"] <= speaker["article_count"]
            continue
        assert client.get(f"{path}{sep}{query}").json()["total"] == v["count"], (facet, v)


def test_no_facets_unless_asked(client: TestClient) -> None:
    body = client.get("/v1/articles?limit=1").json()
    assert set(body) == {"items", "total", "total_exact", "next_cursor"}


def test_a_facet_that_runs_out_of_time_is_reported(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.queries.budget as budget

    clock = iter(range(0, 10**9, 10))  # every look at the clock is ten seconds later: any budget is spent
    monkeypatch.setattr(budget, "PROGRESS_STEPS", 1)
    monkeypatch.setattr(budget.time, "monotonic", lambda: next(clock))
    # two topics at once: no rollup describes that filter, so both facets are counted live
    url = "/v1/articles?facet=topic&facet=lang&limit=1&topic=economy-business-and-finance&topic=politics"
    with TestClient(create_app(settings.model_copy(update={"query_budget_ms": 10**9}))) as client:
        body = client.get(url).json()
        assert body["facets_truncated"] == ["topic", "lang"]
        assert body["facets"] == {"topic": [], "lang": []}
        assert body["total"] > 0 and body["items"]
        monkeypatch.undo()
        again = client.get(url).json()  # a cut-short answer is never cached
        assert again["facets_truncated"] == [] and again["facets"]["topic"] and again["facets"]["lang"]