"""`/v1/quotes`: filters, search and pages over the fixture corpus."""

from fastapi.testclient import TestClient

from tests.conftest import SEED_ID, walk


def test_quotes_of_one_speaker(client: TestClient) -> None:
    quotes = walk(client, "/v1/quotes?speaker=ravshan-nazarov&limit=4")
    assert len(quotes) == 9
    assert {q["article_id"] for q in quotes} == {SEED_ID}
    assert {q["speaker"] for q in quotes} == {"Равшан Назаров"}
    assert set(quotes[0]) == {"id", "article_id", "speaker_id", "speaker", "kind", "text", "paragraph",
                              "published", "language"}


def test_kind_and_speaker_filters_combine(client: TestClient) -> None:
    direct = walk(client, "/v1/quotes?speaker=ravshan-nazarov&kind=direct")
    indirect = walk(client, "/v1/quotes?speaker=ravshan-nazarov&kind=indirect")
    assert (len(direct), len(indirect)) == (4, 5)
    assert direct[0]["kind"] == "direct"


def test_repeated_speaker_is_an_or(client: TestClient) -> None:
    one = client.get("/v1/quotes?speaker=ravshan-nazarov").json()["total"]
    other = client.get("/v1/quotes?speaker=erbol-myrzabosynov").json()["total"]
    both = client.get("/v1/quotes?speaker=ravshan-nazarov&speaker=erbol-myrzabosynov").json()["total"]
    assert other > 0 and both == one + other


def test_walk_is_complete_and_ordered(client: TestClient) -> None:
    everything = walk(client, "/v1/quotes?limit=7")
    assert len(everything) == client.get("/v1/quotes").json()["total"]
    keys = [(q["published"], q["id"]) for q in everything]
    assert keys == sorted(keys, reverse=True)
    for params, keep in [("lang=ru", lambda q: q["language"] == "ru"),
                         ("from=2025-01-01&kind=indirect", lambda q: q["published"] >= "2025-01-01"
                          and q["kind"] == "indirect")]:
        expected = [q["id"] for q in everything if keep(q)]
        assert [q["id"] for q in walk(client, f"/v1/quotes?limit=3&{params}")] == expected


def test_search_in_quote_text_uses_stems(client: TestClient) -> None:
    hits = walk(client, "/v1/quotes?q=дәліз")  # the text has дәліздердің / дәліздерін
    assert hits and {q["article_id"] for q in hits} == {SEED_ID}
    assert all("дәліз" in q["text"].lower() for q in hits)
    ranked = client.get("/v1/quotes?q=дәліз&sort=relevance").json()
    assert {q["id"] for q in ranked["items"]} == {q["id"] for q in hits}


def test_unknown_speaker_gives_an_empty_page(client: TestClient) -> None:
    assert client.get("/v1/quotes?speaker=nobody").json() == {"items": [], "total": 0, "total_exact": True,
                                                              "next_cursor": None}
