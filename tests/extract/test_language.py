"""Tests for app.extract.language.detect_language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract.language import KAZAKH_LETTER_RATIO, LANGUAGES, detect_language
from app.extract.lexicons.language_words import (
    KAZAKH_FUNCTION_WORDS,
    KAZAKH_ONLY_LETTERS,
    RUSSIAN_FUNCTION_WORDS,
)
from app.extract.parse import parse_file

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLE_FILES = sorted((DATA / "articles").glob("*.txt"))


def _gold_language(path: Path) -> str:
    gold = json.loads((DATA / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    language: str = gold["language"]
    return language


def test_every_language_is_represented() -> None:
    assert {_gold_language(path) for path in ARTICLE_FILES} == set(LANGUAGES)


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_article_language_matches_gold(path: Path) -> None:
    article = parse_file(path)
    expected = _gold_language(path)
    assert detect_language("\n".join((article.title, *article.paragraphs))) == expected
    assert article.language == expected
    # The raw file (date keyword, "KAZINFORM" and all) must not confuse it either.
    assert detect_language(path.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_article_title_alone_matches_gold(path: Path) -> None:
    """Titles are short (5-15 words): a test of the fallbacks on real text."""
    assert detect_language(parse_file(path).title) == _gold_language(path)


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_every_substantial_paragraph_matches_gold(path: Path) -> None:
    article = parse_file(path)
    expected = _gold_language(path)
    checked = [p for p in article.paragraphs if len(p) >= 60]
    assert checked
    assert [p for p in checked if detect_language(p) != expected] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kazakh without any Kazakh-only letter: function word "барысында".
        ("Президент сапары барысында", "kk"),
        # Kazakh without Kazakh-only letters or function words: letter frequencies.
        ("Мемлекет басшысы", "kk"),
        ("Мектеп салынды", "kk"),
        # Kazakh-only letters.
        ("Қазақстан мен Өзбекстан", "kk"),
        ("Бұл не?", "kk"),
        # Russian: letter frequencies, then function words.
        ("заявил министр", "ru"),
        ("Президент Токаев заявил", "ru"),
        ("по его словам", "ru"),
        ("экспорт мяса вырос", "ru"),
        # English.
        ("the minister said", "en"),
        ("Kazakhstan and Uzbekistan", "en"),
        ("President Tokayev met Әлихан Смайылов in Astana on Tuesday", "en"),
    ],
)
def test_short_strings(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_russian_with_kazakh_names_stays_russian() -> None:
    """A real Russian paragraph quoting a Kazakh name («Қайсар Арена»)."""
    paragraph = parse_file(DATA / "articles" / "ru_dev_01.txt").paragraphs[-1]
    assert "Қайсар" in paragraph
    assert any(letter in paragraph for letter in KAZAKH_ONLY_LETTERS)
    assert detect_language(paragraph) == "ru"


def test_letter_ratio_threshold_separates_the_corpus() -> None:
    """The threshold must sit clearly between Russian and Kazakh articles."""
    for path in ARTICLE_FILES:
        text = path.read_text(encoding="utf-8")
        cyrillic = sum("\u0400" <= c <= "\u04ff" for c in text)
        if cyrillic == 0:
            continue
        ratio = sum(map(text.count, KAZAKH_ONLY_LETTERS)) / cyrillic
        if _gold_language(path) == "kk":
            assert ratio > 2 * KAZAKH_LETTER_RATIO
        else:
            assert ratio < KAZAKH_LETTER_RATIO / 2


def test_function_word_lists_do_not_overlap() -> None:
    assert not KAZAKH_FUNCTION_WORDS & RUSSIAN_FUNCTION_WORDS
    assert all(w == w.lower() for w in KAZAKH_FUNCTION_WORDS | RUSSIAN_FUNCTION_WORDS)


@pytest.mark.parametrize("text", ["", "   ", "2025-11-14 1 157 2,4", "«» – …"])
def test_text_without_letters_still_gets_a_language(text: str) -> None:
    assert detect_language(text) in LANGUAGES


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_one_of_the_three_languages(text: str) -> None:
    assert detect_language(text) in LANGUAGES
