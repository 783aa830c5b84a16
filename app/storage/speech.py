"""Speakers and quotes in the database: per-article rows at load time, per-speaker aggregates at the end.

A speaker's names, roles, counts and dates depend on every article that quotes them, so ingest only
writes per-article facts (`article_speaker`, `quote`) and records which speakers it touched; `refresh`
then recomputes those speakers from the per-article rows. The result does not depend on the order in
which files were loaded, so a rebuild from the same files gives the same answers.
"""

import json
import sqlite3
from collections import Counter

from app.extract.parse import ParsedArticle
from app.extract.quotes import SpeechExtraction
from app.extract.romanize import name_key, speaker_slug
from app.search.fts import quote_fts_params
from app.storage import json_text

QUOTE_FTS_INSERT = "INSERT INTO quote_fts(rowid, text, text_stem) VALUES (:pk, :text, :text_stem)"
QUOTE_FTS_DELETE = ("INSERT INTO quote_fts(quote_fts, rowid, text, text_stem) "
                    "VALUES ('delete', :pk, :text, :text_stem)")

SpeakerRow = tuple[str, str, str, str, str]  # slug, name, roles JSON, forms JSON, published
# speaker name (or None), id, article id, kind, text, paragraph, published, language, then the two index columns
QuoteRow = tuple[str | None, str, str, str, str, int, str, str, str, str]


def prepare(conn: sqlite3.Connection) -> None:
    """Once per ingest run: the scratch list of speakers whose aggregates need recomputing."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched_speaker(pk INTEGER PRIMARY KEY)")


def _speaker_pk(conn: sqlite3.Connection, slug: str, name: str) -> int:
    row = conn.execute("SELECT pk FROM speaker WHERE id = ?", (slug,)).fetchone()
    if row is not None:
        return int(row[0])
    cur = conn.execute("INSERT INTO speaker(id, name, names, roles, search_keys, quote_count, article_count) "
                       "VALUES (?, ?, '[]', '[]', '', 0, 0)", (slug, name))
    return int(cur.lastrowid or 0)


def rows(article: ParsedArticle, speech: SpeechExtraction) -> tuple[tuple[SpeakerRow, ...], tuple[QuoteRow, ...]]:
    """Built where the article is extracted (an ingest worker), so the writer only binds them: the
    JSON, the slugs and the quotes' index columns cost the single writer nothing. Quote ids follow
    text order (`<article>-q1`, ...); a speaker whose name gives no slug is not stored."""
    published, lang = article.published.isoformat(), article.language
    speakers = []
    for speaker in speech.speakers:
        slug = speaker_slug(speaker.name)
        if slug:
            speakers.append((slug, speaker.name, json_text.dumps(list(speaker.roles)),
                             json_text.dumps(list(speaker.forms)), published))
    quotes = []
    for n, quote in enumerate(speech.quotes, 1):
        fts = quote_fts_params(0, quote.text, lang)
        quotes.append((quote.speaker, f"{article.id}-q{n}", article.id, quote.kind, quote.text, quote.paragraph,
                       published, lang, fts["text"], fts["text_stem"]))
    return tuple(speakers), tuple(quotes)


def store(conn: sqlite3.Connection, article_pk: int, speaker_rows: tuple[SpeakerRow, ...],
          quote_rows: tuple[QuoteRow, ...]) -> None:
    """Write one article's speakers and quotes, and mark its speakers for the aggregates' recount."""
    by_name: dict[str, int] = {}
    for slug, name, roles, forms, published in speaker_rows:
        pk = _speaker_pk(conn, slug, name)
        by_name[name] = pk
        conn.execute("INSERT OR IGNORE INTO article_speaker(article_pk, speaker_pk, name, roles, forms, published) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (article_pk, pk, name, roles, forms, published))
        conn.execute("INSERT OR IGNORE INTO temp.touched_speaker(pk) VALUES (?)", (pk,))
    for speaker, quote_id, article_id, kind, text, paragraph, published, lang, indexed, stems in quote_rows:
        cur = conn.execute(
            "INSERT INTO quote(id, article_pk, article_id, speaker_pk, kind, text, paragraph, published, language) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (quote_id, article_pk, article_id, by_name.get(speaker or ""), kind, text, paragraph, published, lang))
        conn.execute(QUOTE_FTS_INSERT, {"pk": cur.lastrowid, "text": indexed, "text_stem": stems})


def forget(conn: sqlite3.Connection, article_pk: int) -> None:
    """Before an article goes: take its quotes out of the search index and mark its speakers for refresh."""
    conn.execute("INSERT OR IGNORE INTO temp.touched_speaker(pk) "
                 "SELECT speaker_pk FROM article_speaker WHERE article_pk = ?", (article_pk,))
    for pk, text, lang in conn.execute("SELECT pk, text, language FROM quote WHERE article_pk = ?",
                                       (article_pk,)).fetchall():
        conn.execute(QUOTE_FTS_DELETE, quote_fts_params(pk, text, lang))


def reindex(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO quote_fts(quote_fts) VALUES ('delete-all')")
    for pk, text, lang in conn.cursor().execute("SELECT pk, text, language FROM quote"):
        conn.execute(QUOTE_FTS_INSERT, quote_fts_params(pk, text, lang))


def _fullest(names: Counter[str]) -> str:
    """The name to show: the one with most words, then the most frequent, then a Cyrillic spelling
    (the corpus is Kazakh first), then the first in order."""
    return min(names, key=lambda n: (-len(n.split()), -names[n], n.isascii(), n))


def touch_all(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT OR IGNORE INTO temp.touched_speaker(pk) SELECT pk FROM speaker")


def refresh(conn: sqlite3.Connection) -> None:
    """Recompute every touched speaker from its per-article rows; drop speakers no article quotes."""
    touched = [r[0] for r in conn.execute("SELECT pk FROM temp.touched_speaker ORDER BY pk").fetchall()]
    for pk in touched:
        rows = conn.execute("SELECT name, roles, forms, published FROM article_speaker WHERE speaker_pk = ?",
                            (pk,)).fetchall()
        if not rows:
            conn.execute("DELETE FROM speaker WHERE pk = ?", (pk,))
            continue
        names = Counter(r[0] for r in rows)
        roles: Counter[str] = Counter()
        rank: dict[str, int] = {}  # best place a role holds in an article's list (most specific first)
        # Most of a speaker's articles give the same roles and forms: decode each distinct list once
        # (a rebuild at a million articles decoded 2.8 million lists here, one per row).
        for listed, articles in Counter(r[1] for r in rows).items():
            for place, role in enumerate(json.loads(listed)):
                roles[role] += articles
                rank[role] = min(place, rank.get(role, place))
        forms = sorted({*names, *(f for listed in {r[2] for r in rows} for f in json.loads(listed))})
        keys = sorted({k for form in forms for k in name_key(form)})
        quote_count = conn.execute("SELECT count(*) FROM quote WHERE speaker_pk = ?", (pk,)).fetchone()[0]
        conn.execute(
            "UPDATE speaker SET name = ?, names = ?, roles = ?, search_keys = ?, quote_count = ?, "
            "article_count = ?, first_seen = ?, last_seen = ? WHERE pk = ?",
            (_fullest(names), json_text.dumps(forms),
             json_text.dumps(sorted(roles, key=lambda r: (-roles[r], rank[r], r))), " ".join(keys),
             quote_count, len(rows), min(r[3] for r in rows), max(r[3] for r in rows), pk))
    conn.execute("DELETE FROM temp.touched_speaker")
    if touched:
        conn.execute("INSERT INTO speaker_fts(speaker_fts) VALUES ('rebuild')")
