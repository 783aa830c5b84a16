"""`/v1/figures` and `/v1/figures/series` over the fixture corpus (the seed's five figures in particular)."""

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.ingest import ingest
from app.main import create_app
from app.schemas import Figure, Page
from tests.conftest import ARTICLES, SEED_ID, walk


def test_seed_figures_in_the_article(client: TestClient) -> None:
    a = client.get(f"/v1/articles/{SEED_ID}").json()
    got = [(f["id"], f["kind"], Decimal(f["value"]), f["unit"], f["qualifier"], f["reporter"], f["partner"],
            f["period_start"], f["period_end"], f["target"]) for f in a["figures"]]
    assert got == [
        (f"{SEED_ID}-f1", "export", Decimal(1_000_000_000), "USD", None, "UZ", "KZ", "2025-01", "2025-09", False),
        (f"{SEED_ID}-f2", "import", Decimal(2_400_000_000), "USD", "more_than", "UZ", "KZ", "2025-01", "2025-09",
         False),
        (f"{SEED_ID}-f3", "company_count", Decimal(116), "count", None, "KZ", "UZ", None, None, False),
        (f"{SEED_ID}-f4", "company_count", Decimal(1157), "count", None, "KZ", "UZ", None, None, False),
        (f"{SEED_ID}-f5", "deal", Decimal(71_000_000), "USD", None, "KZ", "UZ", None, None, False),
    ]
    assert a["figure_count"] == 5
    for f in a["figures"]:
        assert f["text"] in a["paragraphs"][f["paragraph"]]


def test_direction_filters(client: TestClient) -> None:
    exports = walk(client, "/v1/figures?reporter=UZ&partner=KZ&kind=export")
    assert [f["id"] for f in exports] == [f"{SEED_ID}-f1"]
    assert walk(client, "/v1/figures?reporter=KZ&partner=UZ&kind=export") == []
    assert [f["id"] for f in walk(client, "/v1/figures?reporter=uz&partner=kz&kind=export")] == [f"{SEED_ID}-f1"]


def test_partner_matches_either_side_of_deals_and_turnover(client: TestClient) -> None:
    as_partner = {f["id"] for f in walk(client, "/v1/figures?partner=UZ&kind=deal")}
    as_reporter = {f["id"] for f in walk(client, "/v1/figures?partner=KZ&kind=deal")}
    assert f"{SEED_ID}-f5" in as_partner and f"{SEED_ID}-f5" in as_reporter
    assert f"{SEED_ID}-f3" not in {f["id"] for f in walk(client, "/v1/figures?partner=KZ&kind=company_count")}


def test_value_unit_and_period_filters_agree_with_a_direct_filter(client: TestClient) -> None:
    everything = walk(client, "/v1/figures?limit=100")
    assert len(everything) == client.get("/v1/figures").json()["total"] > 5
    cases = [
        ("unit=KZT", lambda f: f["unit"] == "KZT"),
        ("min_value=1000000000&unit=USD", lambda f: f["unit"] == "USD" and Decimal(f["value"]) >= 10**9),
        ("max_value=1000", lambda f: Decimal(f["value"]) <= 1000),
        ("period_from=2025-01&period_to=2025-12",
         lambda f: f["period_start"] is not None and f["period_start"] >= "2025-01" and f["period_end"] <= "2025-12"),
        ("from=2025-01-01&kind=other_money", lambda f: f["published"] >= "2025-01-01" and f["kind"] == "other_money"),
    ]
    for params, keep in cases:
        expected = sorted(f["id"] for f in everything if keep(f))
        assert sorted(f["id"] for f in walk(client, f"/v1/figures?limit=3&{params}")) == expected, params


def test_sorts_walk_in_order(client: TestClient) -> None:
    by_value = walk(client, "/v1/figures?sort=-value&limit=4")
    values = [Decimal(f["value"]) for f in by_value]
    assert values == sorted(values, reverse=True)
    by_period = walk(client, "/v1/figures?sort=period&limit=4")
    ends = [f["period_end"] or "" for f in by_period]
    assert ends == sorted(ends)
    assert len(by_value) == len(by_period) == client.get("/v1/figures").json()["total"]


@pytest.mark.parametrize("query,parameter", [
    ("reporter=UZB", "reporter"), ("unit=dollars", "unit"), ("period_from=2025-13", "period_from"),
    ("min_value=-1", "min_value"), ("min_value=10&max_value=1", "min_value"), ("kind=exports", "kind"),
    ("period_from=2025-09&period_to=2025-01", "period_from"),
])
def test_bad_filters_are_422(client: TestClient, query: str, parameter: str) -> None:
    r = client.get(f"/v1/figures?{query}")
    assert r.status_code == 422
    assert parameter in [e["parameter"] for e in r.json()["errors"]]


@pytest.fixture(scope="module")
def twice_reported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The seed plus a later article repeating its export figure with a newer value."""
    folder = tmp_path_factory.mktemp("series")
    seed = (ARTICLES / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    (folder / f"{SEED_ID}.txt").write_text(seed, encoding="utf-8")
    later = seed.replace("2025-11-14", "2025-11-20", 1).replace("1 млрд доллардың", "1,1 млрд доллардың")
    (folder / "later_report.txt").write_text(later, encoding="utf-8")
    db = Path(folder) / "s.db"
    assert ingest([folder], db).rejected == 0
    with TestClient(create_app(Settings(corpus_db=db))) as c:
        yield c


def test_series_has_one_observation_per_period_with_every_source(twice_reported: TestClient) -> None:
    r = twice_reported.get("/v1/figures/series?reporter=UZ&partner=KZ&kind=export&unit=USD")
    assert r.status_code == 200
    body = r.json()
    assert (body["kind"], body["unit"], body["reporter"], body["partner"]) == ("export", "USD", "UZ", "KZ")
    [obs] = body["observations"]
    assert (obs["period_start"], obs["period_end"]) == ("2025-01", "2025-09")
    assert Decimal(obs["value"]) == Decimal("1100000000")  # the latest report wins
    assert obs["reported"] == "2025-11-20"
    assert [s["article_id"] for s in obs["sources"]] == ["later_report", SEED_ID]


def test_series_needs_kind_and_unit(client: TestClient) -> None:
    r = client.get("/v1/figures/series?reporter=UZ")
    assert r.status_code == 422
    assert {e["parameter"] for e in r.json()["errors"]} == {"kind", "unit"}


@pytest.mark.parametrize("sort", ["-published", "-value", "period"])
def test_list_items_are_what_the_model_would_write(generated_client: TestClient, sort: str) -> None:
    """Items are rendered by SQLite, not pydantic: each must survive the model unchanged (same fields,
    order, types and number formats) and equal the figure as its article's detail gives it."""
    body = generated_client.get(f"/v1/figures?limit=100&sort={sort}&facet=kind").json()
    assert Page[Figure].model_validate(body).model_dump(mode="json", exclude_unset=True) == body
    assert {f["target"] for f in body["items"]} == {True, False}
    for item in body["items"]:
        assert json.dumps(Figure.model_validate(item).model_dump(mode="json")) == json.dumps(item)
        detail = generated_client.get(f"/v1/articles/{item['article_id']}").json()
        assert item in detail["figures"]
