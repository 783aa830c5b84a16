"""normalize/tokenize: folding rules, and token boundaries identical to SQLite FTS5 unicode61."""

import sqlite3
import unicodedata
from collections.abc import Iterator

import pytest

from app.search.normalize import normalize, tokenize

FTS_TOKENIZER = "unicode61 remove_diacritics 2"  # what the article index uses


@pytest.mark.parametrize("upper,lower", [
    ("Ә", "ә"), ("Ғ", "ғ"), ("Қ", "қ"), ("Ң", "ң"), ("Ө", "ө"),
    ("Ұ", "ұ"), ("Ү", "ү"), ("Һ", "һ"), ("І", "і"),
    ("ҚАЗАҚСТАН", "қазақстан"), ("ӨЗБЕКСТАНҒА", "өзбекстанға"), ("ҰЛТТЫҚ", "ұлттық"),
    ("KAZINFORM", "kazinform"), ("Узбекистан", "узбекистан"),
])
def test_case_folding_covers_kazakh_letters(upper: str, lower: str) -> None:
    assert normalize(upper) == lower


@pytest.mark.parametrize("raw,expected", [
    ("объём", "объем"),
    ("ЁЛКА", "елка"),
    ("Ёлка", "елка"),
    ("е\u0308ж", "еж"),            # decomposed ё: NFC first, then folded
    ("и\u0306од", "йод"),          # decomposed й is composed, not split
    ("ви\u0301дно", "видно"),      # Russian stress mark
    ("İstanbul", "istanbul"),      # one letter, no stray combining dot
])
def test_letter_folding(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("1\u00a0157", "1 157"),       # no-break space
    ("1\u202f157", "1 157"),       # narrow no-break space
    ("1\u2007157", "1 157"),       # figure space
    ("a\u2009b", "a b"),           # thin space
    ("a\u3000b", "a b"),           # ideographic space
    ("Қазақ\u00adстан", "қазақстан"),  # soft hyphen
    ("эк\u200bспорт", "экспорт"),  # zero-width space
    ("\ufeffтекст", "текст"),      # BOM
    ("a\u2066b\u2069", "ab"),      # bidi isolates
    ("O\u02bbzbekiston", "o'zbekiston"),
    ("it\u2019s", "it's"),
    ("a\u2028b", "a\nb"),
    ("line\nnext\ttab", "line\nnext\ttab"),  # ordinary whitespace untouched
])
def test_spaces_and_invisible_characters(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("word", [
    "Kазақстан",  # Latin K in a Cyrillic word
    "Аstana",     # Cyrillic А in a Latin word
    "Ə",          # Latin schwa is not Cyrillic Ә
])
def test_lookalikes_are_not_converted(word: str) -> None:
    assert normalize(word) == word.lower()
    assert normalize(word) != normalize(word.replace("K", "К").replace("А", "A").replace("Ə", "Ә"))


@pytest.mark.parametrize("text", [
    "Ресми Астана мен Ташкент жеке-дара әрекет етуге",
    "Объём поставок ЁЛКИ\u00a0— 1\u202f157 т",
    "Oʻzbekiston’s exports\u00adgrew",
    "",
])
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@pytest.mark.parametrize("text,expected", [
    ("көлік-логистика", ["көлік", "логистика"]),
    ("Қасым-Жомарт Тоқаевтың", ["қасым", "жомарт", "тоқаевтың"]),
    ("1 157-ге теңелді", ["1", "157", "ге", "теңелді"]),
    ("1\u00a0157", ["1", "157"]),
    ("2,4 млрд доллардан", ["2", "4", "млрд", "доллардан"]),
    ("ТАШКЕНТ. KAZINFORM – Ресми", ["ташкент", "kazinform", "ресми"]),
    ("«Kazinform» (ҚазАқпарат)", ["kazinform", "қазақпарат"]),
    ("snake_case", ["snake", "case"]),           # underscore separates, as in unicode61
    ("country's", ["country", "s"]),
    ("covid-19", ["covid", "19"]),
    ("ви\u0301дно", ["видно"]),
    ("Қазақ\u00adстан", ["қазақстан"]),
    ("😀Астана👍", ["астана"]),
    ("", []),
    ("— … !", []),
])
def test_tokenize(text: str, expected: list[str]) -> None:
    assert tokenize(text) == expected


def _fts() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize=\"{FTS_TOKENIZER}\")")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    return db


def _fts_tokens(text: str) -> list[str]:
    db = _fts()
    db.execute("INSERT INTO t(rowid, x) VALUES (1, ?)", (normalize(text),))
    return [term for (term,) in db.execute("SELECT term FROM v ORDER BY offset")]


# Real Kazinform sentences (no Latin diacritics, so FTS5's folding leaves the tokens unchanged).
@pytest.mark.parametrize("sentence", [
    "ТАШКЕНТ. KAZINFORM – Ресми Астана мен Ташкент жеке-дара әрекет етуге қарағанда, бірлесу - "
    "жетістікке жол бастайтынын жақсы түсінеді.",
    "Мұндай пікірді Президент Қасым-Жомарт Тоқаевтың Өзбекстанға мемлекеттік сапары қарсаңында "
    "Kazinform тілшісіне сұхбат берген белді саясаттанушы Равшан Назаров білдірді.",
    "Қазір ресми Ташкентте қазақстандық капиталмен жұмыс істейтін компаниялар саны 1 157-ге теңелді.",
    "Ресми Ташкент Астанаға 1 млрд доллардың тауарын экспорттап, 2,4 млрд доллардан астам сомаға "
    "өнім импорттаған.",
    "Объём поставок мяса из Казахстана в соседние страны вырос на 12,5% — сообщает пресс-служба.",
    "Крупнейшим покупателем стала столица Узбекистана «Ташкент», её доля — 40\u00a0%.",
    "The countries' exports grew 3.5% in 2023, the ministry's report (Jan–Oct) said.",
])
def test_tokens_match_fts5_unicode61_on_real_sentences(sentence: str) -> None:
    assert tokenize(sentence) == _fts_tokens(sentence)


def _sample_characters() -> Iterator[str]:
    """Every assigned character of the blocks news text draws on.

    Characters assigned after the Unicode version of SQLite's tables are token characters to
    SQLite (they are unassigned there) and are left out: U+FE27–FE2F here, elsewhere e.g. ₽.
    """
    blocks = [(0x01, 0x24F), (0x250, 0x36F), (0x370, 0x52F), (0x1E00, 0x1EFF), (0x2000, 0x206F),
              (0x3000, 0x303F), (0xE000, 0xE00F), (0xFE00, 0xFE26), (0xFE30, 0xFEFF),
              (0xFF00, 0xFFEF)]
    for first, last in blocks:
        for cp in range(first, last + 1):
            if unicodedata.category(chr(cp)) != "Cn":
                yield chr(cp)


def test_every_character_separates_or_joins_like_fts5() -> None:
    """"x?x" is one token iff ? joins a word; "?" alone is one token iff ? can start a word
    (combining diacritics only continue one)."""
    chars = list(_sample_characters())
    db = _fts()
    db.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)",
                   [(2 * i + 1, normalize(f"x{ch}x")) for i, ch in enumerate(chars)]
                   + [(2 * i + 2, normalize(ch)) for i, ch in enumerate(chars)])
    counts = dict(db.execute("SELECT doc, count(*) FROM v GROUP BY doc"))
    mismatches = [
        f"U+{ord(ch):04X}" for i, ch in enumerate(chars)
        if counts.get(2 * i + 1, 0) != len(tokenize(f"x{ch}x"))
        or counts.get(2 * i + 2, 0) != len(tokenize(ch))
    ]
    assert mismatches == []
