"""`corpus evaluate GOLD_DIR`: ingest annotated articles into a scratch database and score what came out.

Scoring reads the database, not the extractor, so it measures what the API would serve. The rules
follow ../shared/corpus/SCHEMA.md: a speaker is found when the names agree (case, ё/е and spacing
aside); a gold quote is found by an extracted quote of the same kind whose text begins with the gold
`begins`; attribution is right when that quote's speaker is the gold speaker.
"""

import json
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.ingest import IngestReport, ingest

LANGUAGES = ("kk", "ru", "en")
_LEADING = re.compile(r"^[\s\-–—«»“”\"'„]+")
_SPACES = re.compile(r"\s+")


def norm(text: str | None) -> str:
    text = (text or "").lower().replace("ё", "е")
    return _SPACES.sub(" ", _LEADING.sub("", text)).strip()


@dataclass
class Tally:
    """Counts for one language (or all); the ratios are derived, so tallies add up."""

    gold_speakers: int = 0
    found_speakers: int = 0
    right_speakers: int = 0
    gold_quotes: int = 0
    found_quotes: int = 0
    matched_gold: int = 0
    matched_found: int = 0
    attributed: int = 0
    articles: int = 0
    right_language: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name, value in vars(other).items():
            if name != "misses":
                setattr(self, name, getattr(self, name) + value)
        self.misses += other.misses


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Scores:
    speaker_p: float
    speaker_r: float
    speaker_f1: float
    quote_p: float
    quote_r: float
    attribution: float
    language: float


def scores(t: Tally) -> Scores:
    sp, sr = _ratio(t.right_speakers, t.found_speakers), _ratio(t.right_speakers, t.gold_speakers)
    return Scores(sp, sr, _f1(sp, sr), _ratio(t.matched_found, t.found_quotes), _ratio(t.matched_gold, t.gold_quotes),
                  _ratio(t.attributed, t.matched_gold), _ratio(t.right_language, t.articles))


def score_article(name: str, gold: dict, language: str, speakers: list[str],
                  quotes: list[tuple[str | None, str, str]]) -> Tally:
    """`speakers`: extracted names; `quotes`: extracted (speaker name, kind, text) in text order."""
    t = Tally(articles=1, right_language=int(language == gold["language"]))
    if language != gold["language"]:
        t.misses.append(f"{name}: language {language}, gold {gold['language']}")
    gold_names = {norm(s["name"]) for s in gold["speakers"]}
    found_names = {norm(s) for s in speakers}
    t.gold_speakers, t.found_speakers = len(gold_names), len(found_names)
    t.right_speakers = len(gold_names & found_names)
    t.misses += [f"{name}: speaker missed: {n}" for n in sorted(gold_names - found_names)]
    t.misses += [f"{name}: speaker not in gold: {n}" for n in sorted(found_names - gold_names)]

    t.gold_quotes, t.found_quotes = len(gold["quotes"]), len(quotes)
    used: set[int] = set()
    for g in gold["quotes"]:
        begins = norm(g["begins"])
        hit = next((i for i, (_, kind, text) in enumerate(quotes)
                    if i not in used and kind == g["kind"] and norm(text).startswith(begins)), None)
        if hit is None:
            t.misses.append(f"{name}: quote missed: {g['kind']} {g['speaker']}: {g['begins']}")
            continue
        used.add(hit)
        t.matched_gold += 1
        if norm(quotes[hit][0]) == norm(g["speaker"]):
            t.attributed += 1
        else:
            t.misses.append(f"{name}: quote misattributed: {g['begins']}: {quotes[hit][0]}, gold {g['speaker']}")
    t.matched_found = len(used)
    t.misses += [f"{name}: quote not in gold: {kind} {who}: {text[:60]}"
                 for i, (who, kind, text) in enumerate(quotes) if i not in used]
    return t


def _extracted(conn: sqlite3.Connection, article_id: str) -> tuple[str, list[str], list[tuple[str | None, str, str]]]:
    pk, language = conn.execute("SELECT pk, language FROM article WHERE id = ?", (article_id,)).fetchone()
    speakers = [r[0] for r in conn.execute("SELECT name FROM article_speaker WHERE article_pk = ?", (pk,))]
    quotes = conn.execute("SELECT x.name, q.kind, q.text FROM quote q LEFT JOIN article_speaker x "
                          "ON x.article_pk = q.article_pk AND x.speaker_pk = q.speaker_pk "
                          "WHERE q.article_pk = ? ORDER BY q.pk", (pk,)).fetchall()
    return language, speakers, quotes


def evaluate(gold_dir: Path) -> tuple[dict[str, Tally], IngestReport]:
    """Per-language tallies (plus "all") for every `NAME.txt` in `gold_dir` that has a `NAME.json`."""
    texts = sorted(p for p in gold_dir.glob("*.txt") if p.with_suffix(".json").is_file())
    with tempfile.TemporaryDirectory(prefix="corpus-eval-") as scratch:
        db = Path(scratch) / "eval.db"
        report = ingest(texts, db)
        tallies: dict[str, Tally] = defaultdict(Tally)
        with sqlite3.connect(db) as conn:
            stored = {r[0] for r in conn.execute("SELECT id FROM article")}
            for path in texts:
                gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
                if path.stem not in stored:
                    tallies[gold["language"]].misses.append(f"{path.name}: rejected at ingest")
                    continue
                language, speakers, quotes = _extracted(conn, path.stem)
                tallies[gold["language"]].add(score_article(path.name, gold, language, speakers, quotes))
    total = Tally()
    for t in tallies.values():
        total.add(t)
    return {**{lang: tallies[lang] for lang in LANGUAGES if lang in tallies}, "all": total}, report


def render(tallies: dict[str, Tally], show_misses: bool = True) -> Iterable[str]:
    yield (f"{'lang':<5}{'articles':>9}{'spk P':>8}{'spk R':>8}{'spk F1':>8}"
           f"{'quote P':>9}{'quote R':>9}{'attrib':>8}{'lang acc':>9}")
    for lang, t in tallies.items():
        s = scores(t)
        yield (f"{lang:<5}{t.articles:>9}{s.speaker_p:>8.3f}{s.speaker_r:>8.3f}{s.speaker_f1:>8.3f}"
               f"{s.quote_p:>9.3f}{s.quote_r:>9.3f}{s.attribution:>8.3f}{s.language:>9.3f}")
    if show_misses:
        misses = tallies["all"].misses
        yield f"\nmisses ({len(misses)}):"
        yield from (f"  {m}" for m in misses)
