"""`/v1/articles` over a database the real ingest built from the fixture articles."""

import json
from pathlib import Path

from fastapi.testclient import TestClient

from app.schemas import ArticleSummary, Page
from tests.conftest import ARTICLES, DATA, SEED_ID, walk

GOLD = DATA / "gold"


def _gold(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def test_seed_article_detail(client: TestClient) -> None:
    r = client.get(f"/v1/articles/{SEED_ID}")
    assert r.status_code == 200
    a = r.json()
    assert a["id"] == SEED_ID
    assert a["published"] == "2025-11-14"
    assert a["language"] == "kk"
    assert a["dateline"] == "ТАШКЕНТ"
    assert a["title"].startswith("Қазақ-өзбек ынтымақтастығы")
    assert a["lead"].startswith("Ресми Астана мен Ташкент")
    assert a["paragraphs"][0] == a["lead"]
    assert a["paragraphs"][-1].endswith("келісімшартқа қол қойды.")
    assert a["word_count"] > 300
    assert a["url"] == f"/v1/articles/{SEED_ID}"
    for field in ("speakers", "quotes", "figures", "topics", "countries", "speaker_ids"):
        assert isinstance(a[field], list)


def test_every_fixture_matches_its_gold_metadata(client: TestClient) -> None:
    for path in sorted(ARTICLES.glob("*.txt")):
        gold_file = GOLD / f"{path.stem}.json"
        if not gold_file.exists():
            continue
        gold = _gold(path.stem)
        a = client.get(f"/v1/articles/{path.stem}").json()
        assert (a["language"], a["published"], a["dateline"]) == (gold["language"], gold["date"], gold["dateline"]), path


def test_list_default_is_newest_first_and_complete(client: TestClient) -> None:
    items = walk(client, "/v1/articles?limit=3")
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)) == len(list(ARTICLES.glob("*.txt")))
    keys = [(i["published"], i["id"]) for i in items]
    assert keys == sorted(keys, reverse=True)
    assert client.get("/v1/articles").json()["total"] == len(ids)


def test_oldest_first_walk_is_the_reverse(client: TestClient) -> None:
    newest = [i["id"] for i in walk(client, "/v1/articles?limit=4")]
    oldest = [i["id"] for i in walk(client, "/v1/articles?limit=5&sort=published")]
    assert oldest == list(reversed(newest))


def test_date_and_language_filters_agree_with_a_direct_count(client: TestClient) -> None:
    everything = walk(client, "/v1/articles?limit=100")
    for params, keep in [
        ("lang=kk", lambda i: i["language"] == "kk"),
        ("lang=ru&from=2024-01-01", lambda i: i["language"] == "ru" and i["published"] >= "2024-01-01"),
        ("from=2024-01-01&to=2025-09-30", lambda i: "2024-01-01" <= i["published"] <= "2025-09-30"),
        ("to=2024-01-08", lambda i: i["published"] <= "2024-01-08"),
    ]:
        expected = [i["id"] for i in everything if keep(i)]
        got = walk(client, f"/v1/articles?limit=2&{params}")
        assert [i["id"] for i in got] == expected, params
        assert client.get(f"/v1/articles?{params}").json()["total"] == len(expected), params


def test_limit_is_capped_at_100(client: TestClient) -> None:
    r = client.get("/v1/articles?limit=1000")
    assert r.status_code == 200
    assert len(r.json()["items"]) == min(100, r.json()["total"])


def test_cursor_from_another_sort_is_refused(client: TestClient) -> None:
    cursor = client.get("/v1/articles?limit=1").json()["next_cursor"]
    r = client.get(f"/v1/articles?limit=1&sort=published&cursor={cursor}")
    assert r.status_code == 400
    assert "cursor" in r.json()["detail"]


def test_unknown_article_is_a_problem_404(client: TestClient) -> None:
    r = client.get("/v1/articles/no_such_article")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"
    assert "no_such_article" in r.json()["detail"]


def test_summary_fields_follow_the_contract(client: TestClient) -> None:
    item = client.get("/v1/articles?limit=1").json()["items"][0]
    assert set(item) == {"id", "title", "published", "language", "dateline", "lead", "topics", "countries",
                         "speaker_ids", "figure_count", "url"}


def test_list_items_are_what_the_model_would_write(generated_client: TestClient) -> None:
    """Items are rendered by SQLite, not pydantic: each must survive the model unchanged (same fields,
    order, types and number formats) and agree with the article's own detail."""
    page = generated_client.get("/v1/articles?limit=100&facet=lang")
    body = page.json()
    assert Page[ArticleSummary].model_validate(body).model_dump(mode="json", exclude_unset=True) == body
    for item in body["items"]:
        assert json.dumps(ArticleSummary.model_validate(item).model_dump(mode="json")) == json.dumps(item)
        detail = generated_client.get(item["url"]).json()
        assert {k: detail[k] for k in item} == item
    assert any(item["topics"] and item["speaker_ids"] for item in body["items"])


def test_seed_is_shipped(tmp_path: Path) -> None:
    shipped = Path(__file__).parents[2] / "seeds" / f"{SEED_ID}.txt"
    assert shipped.read_bytes() == (ARTICLES / f"{SEED_ID}.txt").read_bytes()
