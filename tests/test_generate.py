"""`corpus generate`: deterministic synthetic articles in the real format that the extractors can work on."""

import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.extract.language import detect_language
from app.extract.parse import parse_file
from app.generate import MANIFEST, generate
from app.ingest import ingest


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def _manifest(folder: Path) -> dict[str, str]:
    lines = (folder / MANIFEST).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "corpus"
    assert generate(300, out, seed=7) == 300
    return out


def test_same_seed_gives_identical_bytes_and_another_seed_differs(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate(60, a, seed=3)
    generate(60, b, seed=3)
    generate(60, c, seed=4)
    files_a = _files(a)
    assert len(files_a) == 60
    assert [p.relative_to(a) for p in files_a] == [p.relative_to(b) for p in _files(b)]
    assert all(p.read_bytes() == (b / p.relative_to(a)).read_bytes() for p in files_a)
    assert any(p.read_bytes() != (c / p.relative_to(a)).read_bytes() for p in files_a)


def test_layout_folders_of_at_most_a_thousand_files(tmp_path: Path) -> None:
    generate(1_005, tmp_path, seed=1)
    assert len(list((tmp_path / "0000").glob("*.txt"))) == 1_000
    assert sorted(p.name for p in (tmp_path / "0001").glob("*.txt")) == [f"gen_{i:07d}.txt" for i in range(1001, 1006)]


def test_every_file_parses_in_its_intended_language(corpus: Path) -> None:
    intended = _manifest(corpus)
    files = _files(corpus)
    assert len(files) == len(intended) == 300
    for path in files:
        article = parse_file(path)
        assert article.agency == "KAZINFORM", path
        assert article.dateline and article.dateline.isupper()
        assert 2016 <= article.published.year <= 2025
        assert len(article.paragraphs) >= 3
        assert detect_language("\n".join((article.title, *article.paragraphs))) == intended[path.stem], path
        assert article.language == intended[path.stem]


def test_language_mix_is_near_the_targets(corpus: Path) -> None:
    shares = Counter(_manifest(corpus).values())
    for lang, target in (("kk", 0.45), ("ru", 0.35), ("en", 0.20)):
        assert abs(shares[lang] / 300 - target) <= 0.10, shares


def test_search_terms_range_from_common_to_rare(corpus: Path) -> None:
    words = Counter()
    for path in _files(corpus):
        words.update(set(path.read_text(encoding="utf-8").lower().split()))
    counts = sorted(words.values(), reverse=True)
    assert counts[0] >= 150  # some words are in most articles
    assert sum(1 for c in counts if c <= 2) >= 200  # and many are in very few


def test_ingest_loads_all_and_extracts_a_good_share(tmp_path: Path) -> None:
    out = tmp_path / "gen"
    generate(200, out, seed=11)
    db = tmp_path / "gen.db"
    report = ingest([out], db)
    assert report.rejected == 0, report.errors[:5]
    assert report.added == 200

    def share(table: str) -> float:
        with sqlite3.connect(db) as conn:
            return conn.execute(f"SELECT count(DISTINCT article_pk) FROM {table}").fetchone()[0] / 200

    assert share("quote") >= 0.5
    assert share("figure") >= 0.3
    assert share("article_topic") >= 0.8
    assert share("article_country") >= 0.8
    with sqlite3.connect(db) as conn:  # one person is quoted in several languages
        multilingual = conn.execute(
            "SELECT count(*) FROM (SELECT q.speaker_pk FROM quote q WHERE q.speaker_pk IS NOT NULL "
            "GROUP BY q.speaker_pk HAVING count(DISTINCT q.language) >= 2)").fetchone()[0]
    assert multilingual >= 5


def test_cli_generate_writes_the_files_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "cli"
    result = CliRunner().invoke(cli, ["generate", "--articles", "25", "--out", str(out), "--seed", "5"])
    assert result.exit_code == 0, result.output
    assert len(_files(out)) == 25
    assert f"wrote 25 articles to {out}" in result.stderr
    again = tmp_path / "api"
    generate(25, again, seed=5)
    assert all(p.read_bytes() == (again / p.relative_to(out)).read_bytes() for p in _files(out))


def test_cli_generate_rejects_zero_articles(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["generate", "--articles", "0", "--out", str(tmp_path / "x")])
    assert result.exit_code != 0
