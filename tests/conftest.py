"""Shared fixtures: a database built by the real ingest from small real articles, and clients on it."""

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app import migrate
from app.config import Settings
from app.db import writer_engine
from app.generate import generate
from app.ingest import ingest
from app.main import create_app

DATA = Path(__file__).parent / "data"
ARTICLES = DATA / "articles"
SEED_ID = "000_c8ed33b79040cb61"


def walk(client: TestClient, url: str) -> list[dict]:
    """Every item of a list endpoint, following `Link: rel="next"`, which must agree with `next_cursor`."""
    items: list[dict] = []
    while url:
        r = client.get(url)
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["items"]
        link = r.headers.get("link")
        if body["next_cursor"]:
            assert link and link.endswith('>; rel="next"') and "cursor=" in link
            url = link[1:link.index(">")]
        else:
            assert link is None
            url = ""
    return items


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    report = ingest([ARTICLES], db)
    assert report.rejected == 0, report.errors
    assert report.added == len(list(ARTICLES.glob("*.txt")))
    return db


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """400 synthetic articles over ten years: enough for worker processes, many days and every topic."""
    out = tmp_path_factory.mktemp("generated") / "articles"
    generate(400, out, seed=11)
    return out


@pytest.fixture(scope="session")
def generated_db(generated_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built the way production builds it: worker processes parse and extract, this one writes."""
    db = tmp_path_factory.mktemp("generated-db") / "corpus.db"
    report = ingest([generated_corpus], db, workers=2)
    assert report.rejected == 0 and report.added == 400, report.errors
    return db


@pytest.fixture(scope="session")
def generated_client(generated_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(corpus_db=generated_db))) as c:
        yield c


@pytest.fixture(scope="session")
def settings(corpus_db: Path) -> Settings:
    return Settings(corpus_db=corpus_db)


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def articles_copy(tmp_path: Path) -> Path:
    """A private copy of the fixture articles that a test may edit."""
    target = tmp_path / "articles"
    shutil.copytree(ARTICLES, target)
    return target


def downgraded_and_back(corpus: Path, db: Path, revision: str, between: Callable[[sqlite3.Connection], None]) -> None:
    """Ingest `corpus` into `db`, migrate down to `revision`, let `between` look at that older file, and
    migrate up again: what a deployment upgrading an existing database goes through."""
    ingest([corpus], db)
    engine = writer_engine(db)
    try:
        migrate.downgrade(engine, revision)
        with sqlite3.connect(db) as conn:
            between(conn)
        migrate.upgrade(engine)
    finally:
        engine.dispose()
