"""`/v1/speakers` and the speaker parts of the article detail, over the fixture corpus."""

import pytest
from fastapi.testclient import TestClient

from tests.conftest import SEED_ID, walk


def test_seed_speaker(client: TestClient) -> None:
    r = client.get("/v1/speakers/ravshan-nazarov")
    assert r.status_code == 200
    s = r.json()
    assert s["name"] == "Равшан Назаров"
    assert s["roles"][0] == "саясаттанушы"
    assert s["quote_count"] == 9
    assert s["article_count"] == 1
    assert s["first_seen"] == s["last_seen"] == "2025-11-14"
    assert "Равшан Назаров" in s["names"]
    assert [a["id"] for a in s["articles"]] == [SEED_ID]
    assert s["articles"][0]["role"] == "саясаттанушы"


def test_article_detail_carries_speakers_and_quotes(client: TestClient) -> None:
    a = client.get(f"/v1/articles/{SEED_ID}").json()
    assert a["speaker_ids"] == ["ravshan-nazarov"]
    assert a["speakers"] == [{"id": "ravshan-nazarov", "name": "Равшан Назаров", "role": "саясаттанушы"}]
    assert [q["id"] for q in a["quotes"]] == [f"{SEED_ID}-q{n}" for n in range(1, 10)]
    assert [q["kind"] for q in a["quotes"]].count("direct") == 4
    assert {q["speaker_id"] for q in a["quotes"]} == {"ravshan-nazarov"}
    for q in a["quotes"]:
        assert q["text"] and q["text"].split()[0] in a["paragraphs"][q["paragraph"]]


def test_one_person_across_languages_is_one_speaker(client: TestClient) -> None:
    s = client.get("/v1/speakers/erbol-myrzabosynov").json()
    assert s["article_count"] == 2  # ru_dev_01 (Ербол Мырзабосынов) and en_dev_03 (Yerbol Myrzabossynov)
    assert {"Ербол Мырзабосынов", "Yerbol Myrzabossynov"} <= set(s["names"])
    assert s["name"] == "Ербол Мырзабосынов"  # Cyrillic wins a tie: the corpus is Kazakh first


@pytest.mark.parametrize("q", ["Назаровтың", "Назаров", "nazarov", "Nazarov", "Равшан Назаров", "назаровқа",
                               "Ravshan"])
def test_name_search_in_any_form_or_script(client: TestClient, q: str) -> None:
    ids = [s["id"] for s in client.get("/v1/speakers", params={"q": q}).json()["items"]]
    assert ids == ["ravshan-nazarov"]


def test_name_search_finds_russian_case_forms(client: TestClient) -> None:
    assert "erbol-myrzabosynov" in [s["id"] for s in client.get("/v1/speakers", params={"q": "Мырзабосынова"})
                                    .json()["items"]]


def test_name_search_without_match_is_empty(client: TestClient) -> None:
    body = client.get("/v1/speakers", params={"q": "Zzyzx"}).json()
    assert body == {"items": [], "total": 0, "total_exact": True, "next_cursor": None}


def test_list_walks_every_speaker_once_in_sort_order(client: TestClient) -> None:
    everyone = walk(client, "/v1/speakers?limit=2")
    ids = [s["id"] for s in everyone]
    assert len(ids) == len(set(ids)) == client.get("/v1/speakers").json()["total"]
    keys = [(-s["quote_count"], s["id"]) for s in everyone]
    assert keys == sorted(keys)
    by_recent = walk(client, "/v1/speakers?limit=3&sort=-last_seen")
    assert sorted(s["id"] for s in by_recent) == sorted(ids)
    assert [s["last_seen"] for s in by_recent] == sorted((s["last_seen"] for s in by_recent), reverse=True)


def test_filters_keep_speakers_quoted_in_matching_articles(client: TestClient) -> None:
    kk = {s["id"] for s in walk(client, "/v1/speakers?lang=kk&limit=100")}
    assert "ravshan-nazarov" in kk
    assert "erbol-myrzabosynov" not in kk
    dated = {s["id"] for s in walk(client, "/v1/speakers?from=2025-11-14&to=2025-11-14")}
    assert dated == {"ravshan-nazarov"}


def test_unknown_speaker_is_a_problem_404(client: TestClient) -> None:
    r = client.get("/v1/speakers/nobody-at-all")
    assert r.status_code == 404
    assert r.headers["content-type"] == "application/problem+json"
