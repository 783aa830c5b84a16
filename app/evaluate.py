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
from decimal import Decimal
from pathlib import Path

from app.extract.lexicons.taxonomy import SUBTOPICS
from app.ingest import IngestReport, ingest

LANGUAGES = ("kk", "ru", "en")
_SUBTOPIC_OF = {qcode: name for name, qcode in SUBTOPICS.items()}  # the node that carries each SCHEMA subtopic
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
    gold_figures: int = 0
    found_figures: int = 0
    matched_figures: int = 0
    right_qualifier: int = 0
    right_sides: int = 0
    right_period: int = 0
    right_target: int = 0
    gold_topics: int = 0
    found_topics: int = 0
    right_topics: int = 0
    gold_subtopics: int = 0
    found_subtopics: int = 0
    right_subtopics: int = 0
    gold_countries: int = 0
    found_countries: int = 0
    right_countries: int = 0
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
    figure_p: float
    figure_r: float
    figure_f1: float
    qualifier: float
    sides: float
    period: float
    target: float
    topic_p: float
    topic_r: float
    topic_f1: float
    subtopic_p: float
    subtopic_r: float
    subtopic_f1: float
    country_p: float
    country_r: float
    country_f1: float


def _prf(right: int, found: int, gold: int) -> tuple[float, float, float]:
    p, r = _ratio(right, found), _ratio(right, gold)
    return p, r, _f1(p, r)


def scores(t: Tally) -> Scores:
    sp, sr = _ratio(t.right_speakers, t.found_speakers), _ratio(t.right_speakers, t.gold_speakers)
    fp, fr = _ratio(t.matched_figures, t.found_figures), _ratio(t.matched_figures, t.gold_figures)
    m = t.matched_figures
    return Scores(sp, sr, _f1(sp, sr), _ratio(t.matched_found, t.found_quotes), _ratio(t.matched_gold, t.gold_quotes),
                  _ratio(t.attributed, t.matched_gold), _ratio(t.right_language, t.articles),
                  fp, fr, _f1(fp, fr), _ratio(t.right_qualifier, m), _ratio(t.right_sides, m),
                  _ratio(t.right_period, m), _ratio(t.right_target, m),
                  *_prf(t.right_topics, t.found_topics, t.gold_topics),
                  *_prf(t.right_subtopics, t.found_subtopics, t.gold_subtopics),
                  *_prf(t.right_countries, t.found_countries, t.gold_countries))


def score_labels(name: str, what: str, gold: set[str], found: set[str]) -> Tally:
    """Set comparison for topics, subtopics and countries: every gold label found, nothing extra."""
    t = Tally()
    setattr(t, f"gold_{what}", len(gold))
    setattr(t, f"found_{what}", len(found))
    setattr(t, f"right_{what}", len(gold & found))
    t.misses += [f"{name}: {what} missed: {x}" for x in sorted(gold - found)]
    t.misses += [f"{name}: {what} not in gold: {x}" for x in sorted(found - gold)]
    return t


def score_figures(name: str, gold: list[dict], found: list[dict]) -> Tally:
    """A gold figure is found by an unused extracted one with the same kind, value and unit; the
    attributes of found figures are then checked one group at a time."""
    t = Tally(gold_figures=len(gold), found_figures=len(found))
    used: set[int] = set()
    for g in gold:
        hit = next((i for i, f in enumerate(found) if i not in used and f["kind"] == g["kind"]
                    and Decimal(str(f["value"])) == Decimal(str(g["value"])) and f["unit"] == g["unit"]), None)
        if hit is None:
            t.misses.append(f"{name}: figure missed: {g['kind']} {g['value']} {g['unit']}: {g['span']}")
            continue
        used.add(hit)
        f = found[hit]
        period = f"{f['period_start']}/{f['period_end']}" if f["period_start"] else None
        checks = {"qualifier": (f["qualifier"], g["qualifier"]),
                  "sides": ((f["reporter"], f["partner"]), (g["reporter"], g["partner"])),
                  "period": (period, g["period"]), "target": (bool(f["target"]), bool(g.get("target")))}
        for attribute, (got, want) in checks.items():
            if got == want:
                setattr(t, f"right_{attribute}", getattr(t, f"right_{attribute}") + 1)
            else:
                t.misses.append(f"{name}: figure {g['span']!r}: {attribute} {got}, gold {want}")
    t.matched_figures = len(used)
    t.misses += [f"{name}: figure not in gold: {f['kind']} {f['value']} {f['unit']}: {f['text']}"
                 for i, f in enumerate(found) if i not in used]
    return t


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


def _figures(conn: sqlite3.Connection, article_id: str) -> list[dict]:
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(
            "SELECT kind, CAST(value AS TEXT) AS value, unit, qualifier, reporter, partner, period_start, "
            "period_end, target, text FROM figure WHERE article_id = ? ORDER BY pk", (article_id,))]
    finally:
        conn.row_factory = None


def _labels(conn: sqlite3.Connection, article_id: str) -> tuple[set[str], set[str], set[str]]:
    """Top-level qcodes, SCHEMA.md subtopic names and country codes, as stored for the article."""
    rows = conn.execute("SELECT t.qcode, t.level FROM article_topic x JOIN topic t ON t.qcode = x.qcode "
                        "JOIN article a ON a.pk = x.article_pk WHERE a.id = ?", (article_id,)).fetchall()
    top = {qcode for qcode, level in rows if level == 1}
    sub = {_SUBTOPIC_OF[qcode] for qcode, _ in rows if qcode in _SUBTOPIC_OF}
    countries = {r[0] for r in conn.execute("SELECT x.country FROM article_country x JOIN article a "
                                            "ON a.pk = x.article_pk WHERE a.id = ?", (article_id,))}
    return top, sub, countries


def evaluate(gold_dir: Path) -> tuple[dict[str, Tally], IngestReport]:
    """Per-language tallies (plus "all") for every `NAME.txt` in `gold_dir` that has a `NAME.json`."""
    texts = sorted(p for p in gold_dir.glob("*.txt") if p.with_suffix(".json").is_file())
    if not texts:
        raise ValueError(f"{gold_dir}: no NAME.txt with a NAME.json gold file beside it")
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
                tallies[gold["language"]].add(score_figures(path.name, gold["figures"], _figures(conn, path.stem)))
                top, sub, countries = _labels(conn, path.stem)
                for what, want, got in (("topics", gold["topics"], top), ("subtopics", gold["subtopics"], sub),
                                        ("countries", gold["countries"], countries)):
                    tallies[gold["language"]].add(score_labels(path.name, what, set(want), got))
    total = Tally()
    for t in tallies.values():
        total.add(t)
    return {**{lang: tallies[lang] for lang in LANGUAGES if lang in tallies}, "all": total}, report


TABLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("speakers and quotes", (("spk P", "speaker_p"), ("spk R", "speaker_r"), ("spk F1", "speaker_f1"),
                             ("quote P", "quote_p"), ("quote R", "quote_r"), ("attrib", "attribution"),
                             ("lang acc", "language"))),
    ("figures", (("fig P", "figure_p"), ("fig R", "figure_r"), ("fig F1", "figure_f1"), ("qualif", "qualifier"),
                 ("sides", "sides"), ("period", "period"), ("target", "target"))),
    ("topics and countries", (("top P", "topic_p"), ("top R", "topic_r"), ("top F1", "topic_f1"),
                              ("sub P", "subtopic_p"), ("sub R", "subtopic_r"), ("sub F1", "subtopic_f1"),
                              ("ctry P", "country_p"), ("ctry R", "country_r"), ("ctry F1", "country_f1"))),
)


def render(tallies: dict[str, Tally], show_misses: bool = True) -> Iterable[str]:
    for title, columns in TABLES:
        yield f"{title}:"
        yield f"{'lang':<5}{'articles':>9}" + "".join(f"{label:>9}" for label, _ in columns)
        for lang, t in tallies.items():
            s = scores(t)
            yield f"{lang:<5}{t.articles:>9}" + "".join(f"{getattr(s, field):>9.3f}" for _, field in columns)
        yield ""
    if show_misses:
        misses = tallies["all"].misses
        yield f"misses ({len(misses)}):"
        yield from (f"  {m}" for m in misses)
