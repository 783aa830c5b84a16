"""Full-text search through the API: inflected forms meet, phrases, prefixes, exclusions, relevance.

Each fixture article keeps real Kazinform sentences but carries only some forms of a word, so a hit
proves the stemmer joined the forms rather than the exact word being present.
"""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.ingest import ingest
from app.main import create_app

ARTICLES = {
    "kk_forms": (" date 2025-11-14 Қазақстан мен Өзбекстанның бизнес-форумы\n"
                 "ТАШКЕНТ. KAZINFORM – Өзбекстанда қазақстандық капиталмен жұмыс істейтін компаниялар қатары көбейді.\n"
                 "Қамтылып отырған кезеңде ресми Ташкент Астанаға 1 млрд доллардың тауарын экспорттап, "
                 "2,4 млрд доллардан астам сомаға өнім импорттаған.\n"),
    "kk_other": (" date 2025-10-02 Ауылдарда медициналық нысандар салынады\n"
                 "АСТАНА. KAZINFORM – Биыл ауылдарда 556 медициналық нысан пайдалануға берілуі тиіс.\n"
                 "Бұл туралы Денсаулық сақтау министрлігі мәлім етті.\n"),
    "ru_forms": (" date 2023-04-18 Казахстан нарастил поставки мяса\n"
                 "АСТАНА. KAZINFORM – Объем поставок мяса из Казахстана в соседние страны вырос.\n"
                 "Крупнейшим покупателем стала столица Узбекистана, сообщает пресс-служба ведомства.\n"),
    "ru_export": (" date 2024-08-08 Экспорт зерна вырос\n"
                  "АСТАНА. KAZINFORM – Экспорт казахстанского зерна за январь–октябрь 2024 года вырос.\n"
                  "Основные покупатели – соседние страны.\n"),
    "en_forms": (" date 2024-01-08 Kazakhstan and Uzbekistan sign protocol\n"
                 "ASTANA. KAZINFORM – The countries exported more grain in 2023.\n"
                 "The ministers said the trade was growing.\n"),
}


@pytest.fixture(scope="module")
def search_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("search")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = folder / "s.db"
    assert ingest([folder], db).rejected == 0
    with TestClient(create_app(Settings(corpus_db=db))) as client:
        yield client


def _ids(client: TestClient, q: str, **params: str) -> list[str]:
    r = client.get("/v1/articles", params={"q": q, "limit": "100", **params})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["items"])
    return sorted(i["id"] for i in body["items"])


@pytest.mark.parametrize("q,expected", [
    ("Өзбекстан", ["kk_forms"]),            # only Өзбекстанның / Өзбекстанда are in the text
    ("ӨЗБЕКСТАН", ["kk_forms"]),            # Kazakh case folding
    ("Өзбекстанға", ["kk_forms"]),          # another case form finds the same stem
    ("экспорт", ["kk_forms", "ru_export"]),  # kk экспорттап and ru Экспорт
    ("Узбекистан", ["ru_forms"]),           # only Узбекистана is in the text
    ("узбекистану", ["ru_forms"]),
    ("export", ["en_forms"]),               # only "exported" is in the text
    ("country", ["en_forms"]),              # only "countries" is in the text
    ("объём", ["ru_forms"]),                # ё at query time, е in the text
    ("нысан", ["kk_other"]),
])
def test_inflected_forms_find_each_other(search_client: TestClient, q: str, expected: list[str]) -> None:
    assert _ids(search_client, q) == expected


def test_all_words_must_match(search_client: TestClient) -> None:
    assert _ids(search_client, "Өзбекстан Ташкент") == ["kk_forms"]
    assert _ids(search_client, "Өзбекстан нысан") == []


def test_phrases(search_client: TestClient) -> None:
    assert _ids(search_client, '"ресми Ташкент"') == ["kk_forms"]
    assert _ids(search_client, '"Ташкент ресми"') == []
    assert _ids(search_client, '"соседние страны"') == ["ru_export", "ru_forms"]


def test_prefix(search_client: TestClient) -> None:
    assert _ids(search_client, "медицин*") == ["kk_other"]
    assert _ids(search_client, "Казахстан*") == ["ru_export", "ru_forms"]


def test_excluded_words(search_client: TestClient) -> None:
    assert _ids(search_client, "соседние -зерна") == ["ru_forms"]
    assert _ids(search_client, 'соседние -"столица Узбекистана"') == ["ru_export"]
    assert _ids(search_client, "соседние -зерна -Узбекистан") == []


def test_search_combines_with_filters(search_client: TestClient) -> None:
    assert _ids(search_client, "соседние", lang="ru", **{"from": "2024-01-01"}) == ["ru_export"]


def test_relevance_ranks_title_matches_first_and_pages(search_client: TestClient) -> None:
    r = search_client.get("/v1/articles", params={"q": "экспорт", "sort": "relevance", "limit": "1"})
    first = r.json()
    assert first["items"][0]["id"] == "ru_export"  # in the title and the lead
    second = search_client.get("/v1/articles", params={"q": "экспорт", "sort": "relevance", "limit": "1",
                                                       "cursor": first["next_cursor"]}).json()
    assert [i["id"] for i in second["items"]] == ["kk_forms"]
    assert second["next_cursor"] is None


@pytest.mark.parametrize("q", ['"', '"unbalanced', "NEAR(a b)", "title:Ташкент", "a OR b", "*", "(", "^x",
                               "Ташкент AND", "-", "\u0000", "'; DROP TABLE article; --"])
def test_fts_syntax_typed_by_a_user_is_never_an_error_of_ours(search_client: TestClient, q: str) -> None:
    r = search_client.get("/v1/articles", params={"q": q})
    assert r.status_code in (200, 422), r.text
    if r.status_code == 422:
        assert r.headers["content-type"] == "application/problem+json"
