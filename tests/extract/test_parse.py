"""Tests for app.extract.parse.

Every messy or broken variant is derived from the real articles in
tests/data/articles by a byte transformation, so the tests exercise the parser on
real Kazakh / Russian / English text rather than on text written to suit it.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import pickle
from dataclasses import replace
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.extract.parse import (
    MAX_DATE,
    MAX_FILE_BYTES,
    MAX_PARAGRAPH_CHARS,
    MAX_PARAGRAPHS,
    MAX_TITLE_CHARS,
    MIN_DATE,
    ParsedArticle,
    ParseError,
    parse_bytes,
    parse_file,
)

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLES = DATA / "articles"
GOLD = DATA / "gold"
SEED = ARTICLES / "000_c8ed33b79040cb61.txt"
SEED_BYTES = SEED.read_bytes()
SEED_PATH = "articles/000_c8ed33b79040cb61.txt"
ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))
ARTICLE_BYTES = {path.name: path.read_bytes() for path in ARTICLE_FILES}

BOM = b"\xef\xbb\xbf"
DATE_SHAPE = "' date YYYY-MM-DD title'"


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _seed_line(number: int) -> bytes:
    """1-based line of the seed, as bytes."""
    return _lines(SEED_BYTES)[number - 1]


def _baseline(name: str) -> ParsedArticle:
    return parse_bytes(ARTICLE_BYTES[name], name)


def _same_article(parsed: ParsedArticle, expected: ParsedArticle, data: bytes) -> None:
    """Equal to ``expected`` in every field; the hash must be that of the new bytes."""
    assert parsed.content_hash == hashlib.sha256(data).hexdigest()
    assert replace(parsed, content_hash=expected.content_hash) == expected


def _prefix(article: ParsedArticle) -> bytes:
    """The "DATELINE. AGENCY – " prefix exactly as the (clean) files write it."""
    return f"{article.dateline}. {article.agency} – ".encode()


def _raises(data: bytes, path: str = SEED_PATH) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_bytes(data, path)
    error = info.value
    assert str(error) == f"{error.path}:{error.line}: {error.reason}"
    return error


# --------------------------------------------------------------------------- the seed


def test_seed_parses_to_the_documented_fields() -> None:
    article = parse_file(SEED)

    assert article.id == "000_c8ed33b79040cb61"
    assert article.published == datetime.date(2025, 11, 14)
    assert article.title == (
        "Қазақ-өзбек ынтымақтастығы ықтимал қатерлерді бірлесе еңсеруге қауқарлы – сарапшы"
    )
    assert article.dateline == "ТАШКЕНТ"
    assert article.agency == "KAZINFORM"
    assert article.lead.startswith("Ресми Астана мен Ташкент жеке-дара әрекет")
    assert article.lead.endswith("Равшан Назаров білдірді.")
    assert len(article.paragraphs) == 12  # lines 2..13 of the file, no blank lines
    assert article.paragraphs[0] == article.lead
    assert article.paragraphs[2].startswith("- Мұндай белсенділікке")
    assert article.paragraphs[-1].startswith("Сондай-ақ, таяуда өткен")
    assert "1 157-ге" in article.paragraphs[10]  # thousands grouping survives
    assert article.language == "kk"
    assert article.content_hash == hashlib.sha256(SEED_BYTES).hexdigest()


def test_seed_paragraphs_are_the_file_lines() -> None:
    article = parse_file(SEED)
    lines = SEED_BYTES.decode().split("\n")
    assert article.paragraphs[1:] == tuple(lines[2:])
    assert lines[1] == "ТАШКЕНТ. KAZINFORM – " + article.lead


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda p: p.stem)
def test_every_article_matches_its_gold(path: Path) -> None:
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
    article = parse_file(path)

    assert article.id == path.stem
    assert article.published.isoformat() == gold["date"]
    assert article.dateline == gold["dateline"]
    assert article.agency == "KAZINFORM"
    assert article.language == gold["language"]
    assert article.paragraphs[0] == article.lead
    assert all(p and p == p.strip() for p in article.paragraphs)
    # Every non-empty line after the date line is one paragraph.
    non_empty = [line for line in _lines(path.read_bytes())[1:] if line.strip()]
    assert len(article.paragraphs) == len(non_empty)


# --------------------------------------------------------------------------- messy input that loads

MESSY: dict[str, Callable[[bytes], bytes]] = {
    "bom": lambda data: BOM + data,
    "crlf": lambda data: data.replace(b"\n", b"\r\n"),
    "cr_only": lambda data: data.replace(b"\n", b"\r"),
    "blank_lines": lambda data: b"\n\n" + data.replace(b"\n", b"\n\n \t\n") + b"\n\n\n",
    "trailing_spaces": lambda data: data.replace(b"\n", b"  \t\n") + b" \t ",
    "final_newline": lambda data: data + b"\n",
    "final_crlf": lambda data: data.replace(b"\n", b"\r\n") + b"\r\n",
    "leading_spaces": lambda data: b"   " + data.replace(b"\n", b"\n\t "),
    "tabs_and_repeated_spaces": lambda data: data.replace(b" ", b" \t  "),
    "no_break_spaces": lambda data: data.replace(b" ", "\u00a0".encode()),
    "everything_at_once": lambda data: BOM
    + b"\r\n"
    + data.replace(b" ", b"\t ").replace(b"\n", b"  \r\n\r\n"),
}


@pytest.mark.parametrize("transform", MESSY.values(), ids=list(MESSY))
@pytest.mark.parametrize("name", sorted(ARTICLE_BYTES))
def test_messy_layout_parses_like_the_clean_file(
    name: str, transform: Callable[[bytes], bytes]
) -> None:
    data = transform(ARTICLE_BYTES[name])
    assert data != ARTICLE_BYTES[name]
    _same_article(parse_bytes(data, name), _baseline(name), data)


def test_no_break_space_in_a_number_becomes_a_plain_space() -> None:
    data = SEED_BYTES.replace(b"1 157", "1\u00a0157".encode()).replace(
        b"2,4 ", "2,4\u202f".encode()
    )
    assert data != SEED_BYTES
    article = parse_bytes(data, SEED_PATH)
    assert "1 157-ге" in article.paragraphs[10]
    assert "2,4 млрд" in article.paragraphs[9]
    _same_article(article, _baseline(SEED.name), data)


@pytest.mark.parametrize("name", sorted(ARTICLE_BYTES))
def test_no_dateline_gives_none_and_the_whole_line_as_lead(name: str) -> None:
    clean = _baseline(name)
    prefix = _prefix(clean)
    assert prefix in ARTICLE_BYTES[name]
    data = ARTICLE_BYTES[name].replace(prefix, b"", 1)

    article = parse_bytes(data, name)

    assert article.dateline is None
    assert article.agency is None
    assert article.lead == clean.lead
    assert article.paragraphs == clean.paragraphs
    assert article.title == clean.title


@pytest.mark.parametrize("name", sorted(ARTICLE_BYTES))
def test_an_ordinary_first_paragraph_is_not_a_dateline(name: str) -> None:
    """Drop line 2: the article's second paragraph (real prose) becomes line 2."""
    lines = _lines(ARTICLE_BYTES[name])
    data = b"\n".join([lines[0], *lines[2:]])
    clean = _baseline(name)

    article = parse_bytes(data, name)

    assert article.dateline is None
    assert article.agency is None
    assert article.paragraphs == clean.paragraphs[1:]


def test_a_capitalised_word_and_dash_without_full_stop_is_not_a_dateline() -> None:
    # "ТАШКЕНТ – ..." has the shape of a sentence like "НАТО – әскери одақ".
    data = SEED_BYTES.replace("ТАШКЕНТ. KAZINFORM".encode(), "ТАШКЕНТ".encode(), 1)
    assert data != SEED_BYTES
    article = parse_bytes(data, SEED_PATH)
    assert article.dateline is None
    assert article.lead == "ТАШКЕНТ – " + _baseline(SEED.name).lead


@pytest.mark.parametrize("dash", ["–", "—", "-"], ids=["en_dash", "em_dash", "hyphen"])
@pytest.mark.parametrize("name", sorted(ARTICLE_BYTES))
def test_each_dash_variant(name: str, dash: str) -> None:
    clean = _baseline(name)
    data = ARTICLE_BYTES[name].replace(
        _prefix(clean), f"{clean.dateline}. {clean.agency} {dash} ".encode(), 1
    )
    _same_article(parse_bytes(data, name), clean, data)


@pytest.mark.parametrize(
    "dateline",
    ["АЛМАТЫ ОБЛЫСЫ", "НҰР-СҰЛТАН", "УСТЬ-КАМЕНОГОРСК", "NEW YORK", "ST. PETERSBURG", "SÃO PAULO"],
)
def test_several_word_and_hyphenated_datelines(dateline: str) -> None:
    clean = _baseline(SEED.name)
    data = SEED_BYTES.replace("ТАШКЕНТ.".encode(), f"{dateline}.".encode(), 1)

    article = parse_bytes(data, SEED_PATH)

    assert article.dateline == dateline
    assert article.agency == "KAZINFORM"
    assert article.lead == clean.lead
    assert article.paragraphs == clean.paragraphs


def test_dateline_without_agency() -> None:
    clean = _baseline(SEED.name)
    data = SEED_BYTES.replace(b" KAZINFORM", b"", 1)
    article = parse_bytes(data, SEED_PATH)
    assert (article.dateline, article.agency) == ("ТАШКЕНТ", None)
    assert article.lead == clean.lead


def test_mixed_case_agency_is_still_the_agency() -> None:
    data = SEED_BYTES.replace(b"KAZINFORM", b"Kazinform", 1)
    article = parse_bytes(data, SEED_PATH)
    assert (article.dateline, article.agency) == ("ТАШКЕНТ", "Kazinform")
    assert article.lead == _baseline(SEED.name).lead


def test_dateline_alone_on_its_line_takes_the_next_line_as_lead() -> None:
    clean = _baseline(SEED.name)
    data = SEED_BYTES.replace(_prefix(clean), _prefix(clean).rstrip() + b"\n", 1)
    _same_article(parse_bytes(data, SEED_PATH), clean, data)


def test_id_is_the_stem_of_the_path() -> None:
    assert parse_bytes(SEED_BYTES, "/some/dir/abc_123.txt").id == "abc_123"
    assert parse_bytes(SEED_BYTES, "abc_123").id == "abc_123"


def test_parse_file_equals_parse_bytes(tmp_path: Path) -> None:
    target = tmp_path / "copy.txt"
    target.write_bytes(SEED_BYTES)
    article = parse_file(target)
    assert article.id == "copy"
    assert article == parse_bytes(SEED_BYTES, str(target))


# --------------------------------------------------------------------------- rejected files


def test_missing_date_line() -> None:
    data = b"\n".join(_lines(SEED_BYTES)[1:])
    first = _seed_line(2).decode()
    error = _raises(data)
    assert (error.path, error.line) == (SEED_PATH, 1)
    assert error.reason == f"missing date line: expected {DATE_SHAPE}, got {first[:40] + '…'!r}"
    assert str(error) == f"{SEED_PATH}:1: {error.reason}"


def test_missing_date_line_after_blank_lines_reports_the_real_line() -> None:
    data = b"\r\n \r\n" + b"\n".join(_lines(SEED_BYTES)[1:])
    error = _raises(data)
    assert error.line == 3
    assert error.reason.startswith(f"missing date line: expected {DATE_SHAPE}")


def test_malformed_date_line() -> None:
    data = SEED_BYTES.replace(b"date 2025-11-14", b"date 14.11.2025", 1)
    shown = _lines(data)[0].decode().strip()[:40] + "…"
    assert shown.startswith("date 14.11.2025 Қазақ-өзбек")
    assert str(_raises(data)) == (
        f"{SEED_PATH}:1: malformed date line: expected {DATE_SHAPE}, got {shown!r}"
    )


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ("2025-02-30", "impossible date 2025-02-30: day 30 is not 01..28 in 2025-02"),
        ("2024-02-30", "impossible date 2024-02-30: day 30 is not 01..29 in 2024-02"),
        ("2025-04-31", "impossible date 2025-04-31: day 31 is not 01..30 in 2025-04"),
        ("2025-13-01", "impossible date 2025-13-01: month 13 is not 01..12"),
        ("0000-00-00", "impossible date 0000-00-00: month 00 is not 01..12"),
        ("2025-11-00", "impossible date 2025-11-00: day 00 is not 01..30 in 2025-11"),
        ("1989-12-31", "date 1989-12-31 outside the accepted range 1990-01-01..2100-12-31"),
        ("0000-01-01", "date 0000-01-01 outside the accepted range 1990-01-01..2100-12-31"),
        ("2101-01-01", "date 2101-01-01 outside the accepted range 1990-01-01..2100-12-31"),
    ],
)
def test_impossible_or_out_of_range_date(date: str, reason: str) -> None:
    data = SEED_BYTES.replace(b"2025-11-14", date.encode(), 1)
    assert str(_raises(data)) == f"{SEED_PATH}:1: {reason}"


def test_date_range_bounds_are_inclusive() -> None:
    for bound in (MIN_DATE, MAX_DATE):
        data = SEED_BYTES.replace(b"2025-11-14", bound.isoformat().encode(), 1)
        assert parse_bytes(data, SEED_PATH).published == bound


def test_leap_day_is_possible() -> None:
    data = SEED_BYTES.replace(b"2025-11-14", b"2024-02-29", 1)
    assert parse_bytes(data, SEED_PATH).published == datetime.date(2024, 2, 29)


def test_empty_title() -> None:
    lines = _lines(SEED_BYTES)
    data = b"\n".join([b" date 2025-11-14 \t ", *lines[1:]])
    assert str(_raises(data)) == f"{SEED_PATH}:1: empty title after the date"


@pytest.mark.parametrize(
    "tail", [b"", b"\n", b"\r\n\r\n  \t\n"], ids=["nothing", "newline", "blank_lines"]
)
def test_empty_body(tail: bytes) -> None:
    data = _seed_line(1) + tail
    assert str(_raises(data)) == f"{SEED_PATH}:1: empty body: no paragraph after the date line"


def test_dateline_without_any_paragraph_is_an_empty_body() -> None:
    data = _seed_line(1) + b"\n" + _prefix(_baseline(SEED.name)).rstrip() + b"\n"
    assert str(_raises(data)) == f"{SEED_PATH}:2: empty body: dateline without a paragraph"


@pytest.mark.parametrize(
    ("newline", "line"),
    [(b"\n", 5), (b"\r\n", 5), (b"\r", 5), (b"\n", 1), (b"\n", 13)],
    ids=["lf", "crlf", "cr", "first_line", "last_line"],
)
def test_invalid_utf8_names_the_line_of_the_first_bad_byte(newline: bytes, line: int) -> None:
    lines = _lines(SEED_BYTES)
    cut = len(lines[line - 1]) // 2
    while 0x80 <= lines[line - 1][cut] < 0xC0:  # not inside a multi-byte character
        cut -= 1
    lines[line - 1] = lines[line - 1][:cut] + b"\xff" + lines[line - 1][cut:]
    data = newline.join(lines)
    offset = data.index(b"\xff")

    error = _raises(data)

    assert str(error) == (
        f"{SEED_PATH}:{line}: invalid UTF-8: byte 0xFF at offset {offset} (invalid start byte)"
    )


def test_invalid_utf8_truncated_character() -> None:
    # Cut the file inside the two-byte "Т" of "ТАШКЕНТ" on line 2.
    offset = SEED_BYTES.index("ТАШКЕНТ".encode())
    data = SEED_BYTES[: offset + 1]
    assert str(_raises(data)) == (
        f"{SEED_PATH}:2: invalid UTF-8: byte 0xD0 at offset {offset} (unexpected end of data)"
    )


def test_utf16_file_is_named_as_such() -> None:
    data = SEED_BYTES.decode().encode("utf-16")
    assert str(_raises(data)) == f"{SEED_PATH}:1: invalid UTF-8: file is UTF-16 (byte-order mark)"


@pytest.mark.parametrize("line", [1, 3, 13])
def test_nul_byte(line: int) -> None:
    lines = _lines(SEED_BYTES)
    lines[line - 1] = lines[line - 1][:10] + b"\x00" + lines[line - 1][10:]
    data = b"\r\n".join(lines)
    assert str(_raises(data)) == f"{SEED_PATH}:{line}: NUL byte in file (binary data?)"


def test_nul_before_bad_utf8_is_reported_first() -> None:
    data = SEED_BYTES.replace(b"\n", b"\n\x00", 1) + b"\xff"
    assert str(_raises(data)) == f"{SEED_PATH}:2: NUL byte in file (binary data?)"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (BOM, "empty file"),
        (b" \r\n\t\n\n ", "empty file: only whitespace"),
        (BOM + "\u00a0\n".encode(), "empty file: only whitespace"),
    ],
    ids=["empty", "bom_only", "whitespace", "bom_and_nbsp"],
)
def test_empty_file(data: bytes, reason: str) -> None:
    assert str(_raises(data)) == f"{SEED_PATH}:1: {reason}"


def _too_large_seed() -> bytes:
    paragraph = _seed_line(3)
    copies = MAX_FILE_BYTES // (len(paragraph) + 1) + 1
    data = SEED_BYTES + (b"\n" + paragraph) * copies
    assert len(data) > MAX_FILE_BYTES
    return data


def test_too_large_bytes() -> None:
    data = _too_large_seed()
    assert str(_raises(data)) == (
        f"{SEED_PATH}:1: file too large: {len(data)} bytes, "
        f"more than MAX_FILE_BYTES ({MAX_FILE_BYTES})"
    )


def test_too_large_file_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    target = tmp_path / "huge.txt"
    target.write_bytes(SEED_BYTES)
    size = 40 * MAX_FILE_BYTES
    with target.open("r+b") as handle:
        handle.truncate(size)  # sparse: cheap to create
    with pytest.raises(ParseError) as info:
        parse_file(target)
    # The full size can only come from the file's metadata: parse_file never
    # reads more than MAX_FILE_BYTES + 1 bytes.
    assert str(info.value) == (
        f"{target}:1: file too large: {size} bytes, more than MAX_FILE_BYTES ({MAX_FILE_BYTES})"
    )


def test_a_file_without_a_size_is_capped_while_reading() -> None:
    # Character devices (like pipes) report st_size 0; only the capped read
    # notices that there is more than MAX_FILE_BYTES to read.
    with pytest.raises(ParseError) as info:
        parse_file(Path("/dev/zero"))
    assert str(info.value) == (
        f"/dev/zero:1: file too large: unknown size, more than MAX_FILE_BYTES ({MAX_FILE_BYTES})"
    )


def test_file_of_exactly_the_limit_is_not_too_large(tmp_path: Path) -> None:
    target = tmp_path / "limit.txt"
    data = SEED_BYTES + b"\n" + b" " * (MAX_FILE_BYTES - len(SEED_BYTES) - 1)
    assert len(data) == MAX_FILE_BYTES
    target.write_bytes(data)
    assert parse_file(target).paragraphs == _baseline(SEED.name).paragraphs


def test_too_long_paragraph() -> None:
    paragraph = _seed_line(3)
    repeated = b" ".join([paragraph] * (MAX_PARAGRAPH_CHARS // len(paragraph.decode()) + 1))
    data = SEED_BYTES + b"\n\n" + repeated
    length = len(repeated.decode())
    assert str(_raises(data)) == (
        f"{SEED_PATH}:15: paragraph is {length} characters, "
        f"more than MAX_PARAGRAPH_CHARS ({MAX_PARAGRAPH_CHARS})"
    )


def test_too_long_title() -> None:
    title = _seed_line(1).decode().split(" ", 3)[3]
    long_title = " ".join([title] * (MAX_TITLE_CHARS // len(title) + 1))
    lines = _lines(SEED_BYTES)
    data = b"\n".join([f" date 2025-11-14 {long_title}".encode(), *lines[1:]])
    assert str(_raises(data)) == (
        f"{SEED_PATH}:1: title is {len(long_title)} characters, "
        f"more than MAX_TITLE_CHARS ({MAX_TITLE_CHARS})"
    )


def test_too_many_paragraphs() -> None:
    short = "Сапар барысында.".encode()
    extra = MAX_PARAGRAPHS - 12 + 1  # one more than the limit
    data = SEED_BYTES + (b"\n" + short) * extra
    # Paragraph n lives on line n + 1, so paragraph MAX_PARAGRAPHS + 1 is on MAX + 2.
    assert str(_raises(data)) == (
        f"{SEED_PATH}:{MAX_PARAGRAPHS + 2}: too many paragraphs: "
        f"more than MAX_PARAGRAPHS ({MAX_PARAGRAPHS})"
    )
    assert len(parse_bytes(SEED_BYTES + (b"\n" + short) * (extra - 1), SEED_PATH).paragraphs) == (
        MAX_PARAGRAPHS
    )


def test_parse_error_is_a_value_error_and_pickles() -> None:
    error = ParseError("a/b.txt", 7, "broken")
    assert isinstance(error, ValueError)
    assert (error.path, error.line, error.reason) == ("a/b.txt", 7, "broken")
    assert str(error) == "a/b.txt:7: broken"
    clone = pickle.loads(pickle.dumps(error))
    assert (clone.path, clone.line, clone.reason, str(clone)) == (
        error.path,
        error.line,
        error.reason,
        str(error),
    )


# --------------------------------------------------------------------------- properties


def _line_count(data: bytes) -> int:
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n") + 1


def _check_outcome(data: bytes) -> None:
    """parse_bytes either loads a sane article or raises a well-formed ParseError."""
    try:
        article = parse_bytes(data, "prop/x.txt")
    except ParseError as error:
        assert error.path == "prop/x.txt"
        assert 1 <= error.line <= _line_count(data)
        assert error.reason
        assert str(error) == f"prop/x.txt:{error.line}: {error.reason}"
        return
    assert article.id == "x"
    assert article.title and article.title == article.title.strip()
    assert len(article.title) <= MAX_TITLE_CHARS
    assert article.paragraphs
    assert article.paragraphs[0] == article.lead
    assert len(article.paragraphs) <= MAX_PARAGRAPHS
    for paragraph in article.paragraphs:
        assert paragraph and paragraph == paragraph.strip()
        assert "\n" not in paragraph and "\r" not in paragraph and "  " not in paragraph
        assert len(paragraph) <= MAX_PARAGRAPH_CHARS
    assert MIN_DATE <= article.published <= MAX_DATE
    assert article.language in {"kk", "ru", "en"}
    assert article.content_hash == hashlib.sha256(data).hexdigest()


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=2_000))
def test_arbitrary_bytes_never_raise_anything_but_parse_error(data: bytes) -> None:
    _check_outcome(data)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_arbitrary_body_after_a_valid_date_line(body: str) -> None:
    _check_outcome(_seed_line(1) + b"\n" + body.encode("utf-8"))


def _truncate(data: bytes, position: int, _: int) -> bytes:
    return data[: position % (len(data) + 1)]


def _insert_nul(data: bytes, position: int, _: int) -> bytes:
    at = position % (len(data) + 1)
    return data[:at] + b"\x00" + data[at:]


def _flip_byte(data: bytes, position: int, value: int) -> bytes:
    if not data:
        return data
    at = position % len(data)
    return data[:at] + bytes([value]) + data[at + 1 :]


def _delete_range(data: bytes, position: int, value: int) -> bytes:
    at = position % (len(data) + 1)
    return data[:at] + data[at + value :]


def _duplicate_range(data: bytes, position: int, value: int) -> bytes:
    at = position % (len(data) + 1)
    return data[:at] + data[at : at + value] + data[at:]


MUTATIONS: dict[str, Callable[[bytes, int, int], bytes]] = {
    "truncate": _truncate,
    "insert_nul": _insert_nul,
    "flip_byte": _flip_byte,
    "delete_range": _delete_range,
    "duplicate_range": _duplicate_range,
    "bom": lambda data, _p, _v: BOM + data,
    "crlf": lambda data, _p, _v: data.replace(b"\n", b"\r\n"),
    "cr": lambda data, _p, _v: data.replace(b"\n", b"\r"),
    "nbsp": lambda data, _p, _v: data.replace(b" ", "\u00a0".encode()),
}


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(ARTICLE_BYTES)),
    steps=st.lists(
        st.tuples(
            st.sampled_from(sorted(MUTATIONS)),
            st.integers(min_value=0, max_value=10_000),
            st.integers(min_value=0, max_value=255),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_mutated_articles_never_raise_anything_but_parse_error(
    name: str, steps: list[tuple[str, int, int]]
) -> None:
    data = ARTICLE_BYTES[name]
    for mutation, position, value in steps:
        data = MUTATIONS[mutation](data, position, value)
    _check_outcome(data)
