"""Article lists that stop after one page (search, one topic, one country) give exactly the order a full sort gives.

The corpus here crowds 120 articles into five days, so pages end inside days and the order within
a day (by id) differs from key order: the case the day-edge step exists for.
"""

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.ingest import ingest
from app.main import create_app
from app.search.fts import to_match
from app.search.normalize import tokenize
from tests.conftest import walk

DAYS = ["2021-03-01", "2021-03-02", "2021-03-05", "2022-07-14", "2022-07-15"]


@pytest.fixture(scope="module")
def crowded(generated_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crowded")
    # Ingest walks folders in name order: the later ids, in folder "a", get the smaller keys of each day.
    for i, source in enumerate(sorted(generated_corpus.rglob("*.txt"))[:120]):
        text = re.sub(r"^( ?date )\d{4}-\d\d-\d\d", rf"\g<1>{DAYS[i % len(DAYS)]}",
                      source.read_text(encoding="utf-8"), count=1)
        target = folder / ("b" if i < 60 else "a")
        target.mkdir(exist_ok=True)
        (target / source.name).write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp("crowded-db") / "c.db"
    assert ingest([folder], db).added == 120
    with sqlite3.connect(db) as conn:
        by_key = [r[0] for r in conn.execute("SELECT id FROM article WHERE published = ? ORDER BY pk", (DAYS[0],))]
    assert by_key != sorted(by_key)
    return db


@pytest.fixture(scope="module")
def crowded_client(crowded: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(corpus_db=crowded))) as c:
        yield c


def _reference(db: Path, q: str, extra: str = "", params: tuple = (), asc: bool = False) -> list[str]:
    order = "ASC" if asc else "DESC"
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute(
            "SELECT id FROM article a WHERE pk IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)"
            f"{extra} ORDER BY published {order}, id {order}", (to_match(q), *params))]


def _common_words(db: Path, lang: str = "%") -> list[str]:
    """The words (as written) in the most articles."""
    documents: Counter[str] = Counter()
    with sqlite3.connect(db) as conn:
        for (body,) in conn.execute("SELECT body FROM article WHERE language LIKE ?", (lang,)):
            documents.update({w for w in tokenize(body) if len(w) >= 5 and w.isalpha()})
    return [w for w, _ in documents.most_common(3)]


def test_every_page_of_a_common_word_in_the_full_order(crowded: Path, crowded_client: TestClient) -> None:
    for word in _common_words(crowded):
        expected = _reference(crowded, word)
        assert len(expected) > 20
        for limit in (1, 7, 25):
            got = [a["id"] for a in walk(crowded_client, f"/v1/articles?q={word}&limit={limit}")]
            assert got == expected, (word, limit)
        oldest = [a["id"] for a in walk(crowded_client, f"/v1/articles?q={word}&limit=9&sort=published")]
        assert oldest == _reference(crowded, word, asc=True)


def test_filters_and_date_bounds_apply_while_walking(crowded: Path, crowded_client: TestClient) -> None:
    word = _common_words(crowded, "ru")[0]
    url = f"/v1/articles?q={word}&limit=4&lang=ru&from=2021-03-02&to=2022-07-14"
    got = [a["id"] for a in walk(crowded_client, url)]
    assert got == _reference(crowded, word, " AND language = 'ru' AND published BETWEEN ? AND ?",
                             ("2021-03-02", "2022-07-14"))
    assert got


def test_a_rare_word_and_no_match(crowded: Path, crowded_client: TestClient) -> None:
    assert walk(crowded_client, "/v1/articles?q=zzzqqqxxx") == []
    with sqlite3.connect(crowded) as conn:
        title = conn.execute("SELECT title FROM article ORDER BY id LIMIT 1").fetchone()[0]
    word = max(re.findall(r"\w+", title), key=len)
    assert [a["id"] for a in walk(crowded_client, f"/v1/articles?q={word}&limit=3")] == _reference(crowded, word)


def test_search_totals_stop_at_the_cap(crowded: Path, crowded_client: TestClient,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import app.queries.totals as totals

    word = _common_words(crowded, "kk")[1]
    monkeypatch.setattr(totals, "SEARCH_COUNT_CAP", 10)
    body = crowded_client.get(f"/v1/articles?q={word}&lang=kk&limit=2").json()
    assert body["total"] == 10 and body["total_exact"] is False
    exact = crowded_client.get(f"/v1/articles?q={word}&lang=kk&limit=2&from=2022-07-15").json()
    expected = len(_reference(crowded, word, " AND language = 'kk' AND published >= ?", ("2022-07-15",)))
    assert 0 < expected <= 10 and exact["total"] == expected and exact["total_exact"] is True


@pytest.mark.parametrize("field", ["topic", "country"])
def test_one_topic_or_country_pages_in_the_full_order(crowded: Path, crowded_client: TestClient, field: str) -> None:
    table, column = ("article_topic", "qcode") if field == "topic" else ("article_country", "country")
    with sqlite3.connect(crowded) as conn:
        value = conn.execute(f"SELECT {column} FROM {table} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        expected = [r[0] for r in conn.execute(
            f"SELECT id FROM article WHERE pk IN (SELECT article_pk FROM {table} WHERE {column} = ?) "
            "AND published <= '2022-07-14' ORDER BY published DESC, id DESC", (value,))]
    assert len(expected) > 10
    got = [a["id"] for a in walk(crowded_client, f"/v1/articles?{field}={value}&limit=4&to=2022-07-14")]
    assert got == expected
    oldest = [a["id"] for a in walk(crowded_client, f"/v1/articles?{field}={value}&limit=5&sort=published"
                                                    "&to=2022-07-14")]
    assert oldest == expected[::-1]
