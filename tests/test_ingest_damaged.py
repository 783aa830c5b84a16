"""Ingest under fire: damaged files never crash it, never half-write an article, never hurt the database.

Hypothesis damages a real article (the project's own seed) in the ways real exports break: cut short,
re-encoded, with BOMs, NUL bytes or flipped bits, a paragraph of a megabyte, 100,000 lines, dates
like 0000-00-00 and 9999-12-31, or plain noise. Each damaged file is ingested next to a good one
into a corpus that already holds articles; afterwards the database passes `PRAGMA integrity_check`,
the stored articles are untouched, and the damaged file is either refused with `file:line: reason` or
stored whole (its stored list item agrees with its topic, country and speaker rows, its quotes are all there).
"""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.extract.parse import parse_file
from app.extract.pipeline import extract
from app.ingest import ingest
from tests.conftest import ARTICLES, SEED_ID

SEED = (ARTICLES / f"{SEED_ID}.txt").read_bytes()
HEADER, _, BODY = SEED.partition(b"\n")
ENCODINGS = ["utf-16", "utf-16-be", "utf-32", "cp1251", "koi8-r", "latin-1", "mac-cyrillic", "gb18030"]
DATES = ["0000-00-00", "9999-12-31", "0001-01-01", "2025-02-30", "2025-13-01", "1989-12-31", "2101-01-01",
         "20251114", "2025-11-14T10:00", "  ", ""]


def _flip(data: bytes, positions: list[int]) -> bytes:
    out = bytearray(data)
    for p in positions:
        out[p % len(out)] ^= 0xFF
    return bytes(out)


damaged = st.one_of(
    st.integers(0, len(SEED)).map(lambda n: SEED[:n]),
    st.sampled_from(ENCODINGS).map(lambda enc: SEED.decode("utf-8").encode(enc, errors="replace")),
    st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf"]).map(lambda b: b + SEED),
    st.lists(st.integers(0, len(SEED)), min_size=1, max_size=20).map(
        lambda ps: b"".join(SEED[a:b] + b"\x00" for a, b in zip([0, *sorted(ps)], [*sorted(ps), len(SEED)]))),
    st.lists(st.integers(0, 10**6), min_size=1, max_size=30).map(lambda ps: _flip(SEED, ps)),
    st.sampled_from(DATES).map(lambda d: HEADER.replace(b"2025-11-14", d.encode()) + b"\n" + BODY),
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("template") / "corpus.db"
    folder = tmp_path_factory.mktemp("good")
    for name in sorted(p.name for p in ARTICLES.glob("*.txt"))[:4]:
        shutil.copy(ARTICLES / name, folder / name)
    assert ingest([folder], db).added == 4
    return db


def _snapshot(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT a.id, a.content_hash, a.item, (SELECT count(*) FROM quote q "
                            "WHERE q.article_pk = a.pk), (SELECT count(*) FROM figure f WHERE f.article_pk = a.pk) "
                            "FROM article a ORDER BY a.id").fetchall()


def _ingest_damaged(template: Path, work: Path, data: bytes) -> None:
    db, folder = work / "corpus.db", work / "in"
    shutil.rmtree(work, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(template, db)
    before = _snapshot(db)
    victim = folder / "zz_damaged.txt"
    victim.write_bytes(data)
    shutil.copy(ARTICLES / f"{SEED_ID}.txt", folder / "aa_good_copy.txt")
    report = ingest([folder], db)  # must not raise
    assert report.added + report.updated + report.unchanged + report.rejected == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = conn.execute("SELECT pk, item FROM article WHERE id = 'zz_damaged'").fetchone()
        if stored is None:
            assert any(e.startswith(f"{victim}:") and e.split(":")[1].isdigit() for e in report.errors), report.errors
        else:
            found = extract(parse_file(victim))  # stored whole: every quote and figure of the file is there
            pk = stored[0]
            assert conn.execute("SELECT count(*) FROM quote WHERE article_pk = ?", (pk,)).fetchone()[0] == len(
                found.speech.quotes)
            assert conn.execute("SELECT count(*) FROM figure WHERE article_pk = ?", (pk,)).fetchone()[0] == len(
                found.figures)
            topics = [t["qcode"] for t in json.loads(stored[1])["topics"]]
            assert sorted(topics) == sorted(r[0] for r in conn.execute(
                "SELECT qcode FROM article_topic WHERE article_pk = ?", (pk,)))
    after = [row for row in _snapshot(db) if row[0] not in ("zz_damaged", "aa_good_copy")]
    assert after == before


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=damaged)
@example(data=HEADER + b"\n" + b"word " * 220_000)                                  # a 1 MiB paragraph
@example(data=HEADER + b"\n" + b"\n".join(b"line %d." % i for i in range(100_000)))  # 100,000 lines
@example(data=HEADER + b"\n" + (BODY + b"\n") * 2_000)                              # 5,000+ paragraphs
@example(data=b"\x00" * 10_000)
@example(data=b"")
@example(data=SEED.replace(b"\n", b"\r\n"))
@example(data=SEED.replace(b"\n", b"\r"))
@example(data=b" " * 6 * 1024 * 1024)                                               # over the size limit
def test_a_damaged_file_is_refused_or_stored_whole(template: Path, tmp_path: Path, data: bytes) -> None:
    _ingest_damaged(template, tmp_path / "work", data)
