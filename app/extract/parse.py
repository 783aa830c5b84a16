"""Pure parser from the bytes of one Kazinform export file to a :class:`ParsedArticle`.

The format is described in ``FORMAT.md``: line 1 is `` date YYYY-MM-DD title``,
line 2 is ``DATELINE. AGENCY – lead`` (or just the lead), and every further
non-empty line is one paragraph.

Design decisions (WHY, not what):

* Real exports are messy, so the parser is lenient about *layout* - a UTF-8 BOM,
  CRLF / CR line ends, blank lines (also before the date line), trailing spaces,
  tabs, repeated spaces, no-break spaces, a missing final newline - and strict about
  *content*: a file whose date, title or body cannot be trusted is rejected with a
  :class:`ParseError` naming ``path:line: reason`` instead of being half-loaded.
* Whitespace: every run of Unicode whitespace (tab, NBSP U+00A0, narrow NBSP
  U+202F, figure space U+2007, ...) inside a line becomes ONE ASCII space, and the
  line is stripped.  Thousands grouping survives ("1 157" and "1\u00a0157" both
  become "1 157"), which is also how the gold annotations write spans, so
  downstream figure extraction only has to know one separator.  Apart from that
  (and dropping stray U+FEFF) the text is kept exactly: no case folding, no
  quote or dash normalisation.
* Line numbers are 1-based and count CRLF, CR and LF each as one line break, so
  they match what an editor shows, whatever the file's line ends.
* Hostile input is bounded by ``MAX_FILE_BYTES``, ``MAX_TITLE_CHARS``,
  ``MAX_PARAGRAPH_CHARS`` and ``MAX_PARAGRAPHS``; every regex is anchored and
  linear, so no input can make the parser slow or raise anything but ParseError.
* Dates outside ``MIN_DATE``..``MAX_DATE`` are rejected; the range is fixed (not
  relative to "today") so that a file parses the same way on every run.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import pathlib
import re
from dataclasses import dataclass
from typing import Final

from app.extract.language import detect_language

__all__ = [
    "MAX_DATE",
    "MAX_FILE_BYTES",
    "MAX_PARAGRAPHS",
    "MAX_PARAGRAPH_CHARS",
    "MAX_TITLE_CHARS",
    "MIN_DATE",
    "ParseError",
    "ParsedArticle",
    "parse_bytes",
    "parse_file",
]

#: Largest accepted file.  Real articles are a few KiB; 5 MiB is generous and
#: keeps a runaway export (or a wrong file) from eating memory.
MAX_FILE_BYTES: Final[int] = 5 * 1024 * 1024
#: Longest accepted paragraph, in characters after whitespace normalisation.
MAX_PARAGRAPH_CHARS: Final[int] = 100_000
#: Most paragraphs accepted in one article.
MAX_PARAGRAPHS: Final[int] = 5_000
#: Longest accepted title; real ones are under 300 characters, and a huge
#: "title" means the line breaks were lost.
MAX_TITLE_CHARS: Final[int] = 1_000
#: Accepted publication dates (inclusive).  Kazinform was founded long before
#: its digital archive; nothing sane predates 1990 or postdates 2100.
MIN_DATE: Final[datetime.date] = datetime.date(1990, 1, 1)
MAX_DATE: Final[datetime.date] = datetime.date(2100, 12, 31)

_DATE_LINE_SHAPE: Final[str] = "' date YYYY-MM-DD title'"


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """One article as found in its file; immutable so it can be shared and cached."""

    id: str  # the file name's stem
    title: str
    published: datetime.date
    dateline: str | None  # "ТАШКЕНТ", "ASTANA", "НУР-СУЛТАН", "NEW YORK"; None if absent
    agency: str | None  # "KAZINFORM"; None if absent
    lead: str  # first paragraph without the "DATELINE. AGENCY – " prefix
    paragraphs: tuple[str, ...]  # every paragraph; paragraphs[0] == lead
    language: str  # "kk" | "ru" | "en"
    content_hash: str  # sha256 hex digest of the raw file bytes


class ParseError(ValueError):
    """A file that must not be loaded, with where and why, for the operator to fix.

    Subclasses ValueError because the input, not the program, is at fault.
    """

    path: str
    line: int
    reason: str

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, int, str]]:
        # Exceptions pickle their args by default, which here is the formatted
        # message only; a loader running in a process pool needs the three fields.
        return (type(self), (self.path, self.line, self.reason))


# --------------------------------------------------------------------------- regexes

_WHITESPACE: Final[re.Pattern[str]] = re.compile(r"\s+")

# After whitespace normalisation: exactly one space between the parts.
_DATE_LINE: Final[re.Pattern[str]] = re.compile(
    r"(?i:date) ([0-9]{4})-([0-9]{2})-([0-9]{2})(?: (.*))?", re.DOTALL
)
_DATE_KEYWORD: Final[re.Pattern[str]] = re.compile(r"date(?![a-z])", re.IGNORECASE)


def _char_class(chars: str) -> str:
    """Regex character class for ``chars``; needed because ``re`` has no \\p{Lu}."""
    return "[" + "".join(re.escape(c) for c in chars) + "]"


# Upper-case letters of the Latin, Greek and Cyrillic blocks (incl. Kazakh
# ӘҒҚҢӨҰҮҺІ and Latin-1 / Extended accents), computed rather than typed so none
# is forgotten.
_UPPER: Final[str] = _char_class(
    "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isalpha() and c.isupper())
)
_UPPER_OR_DIGIT: Final[str] = _UPPER[:-1] + "0-9]"
_DASH: Final[str] = "[-–—―‒−]"  # hyphen-minus, en, em, horizontal bar, figure, minus
# A place-name word: capitals, possibly hyphenated (НУР-СУЛТАН) or with an
# apostrophe (N'DJAMENA).
_PLACE_WORD: Final[str] = rf"{_UPPER}+(?:['’-]{_UPPER}+)*"
# Agencies mostly write themselves in capitals; these are accepted as written
# in any case, since a mixed-case "Kazinform" is still unmistakably the agency.
_MIXED_CASE_AGENCIES: Final[tuple[str, ...]] = ("Kazinform", "Казинформ", "Қазинформ")
_MIXED_CASE_AGENCY_KEYS: Final[frozenset[str]] = frozenset(
    name.casefold() for name in _MIXED_CASE_AGENCIES
)
_AGENCY: Final[str] = (
    rf"(?:{_UPPER}(?:[\w&'’-]*{_UPPER_OR_DIGIT})?"
    rf"|(?i:{'|'.join(map(re.escape, _MIXED_CASE_AGENCIES))}))"
)
# "ТАШКЕНТ. KAZINFORM – lead", "ST. PETERSBURG. KAZINFORM — lead",
# "АСТАНА. – lead" (no agency), "ASTANA. KAZINFORM" (lead on the next line).
# The full stop after the place and the dash are what set a dateline apart from
# an ordinary first sentence ("НАТО – әскери одақ", "В Астане ...").
_DATELINE_PREFIX: Final[re.Pattern[str]] = re.compile(
    rf"(?P<dateline>{_PLACE_WORD}(?:\.? {_PLACE_WORD}){{0,4}}) ?\. ?"
    rf"(?:(?P<agency>{_AGENCY})(?: ?{_DASH}{{1,2}} ?|$)|{_DASH}{{1,2}} ?)"
    r"(?P<lead>.*)",
    re.DOTALL,
)


# --------------------------------------------------------------------------- helpers


def _normalise(line: str) -> str:
    """Collapse whitespace runs to one space and strip; see the module docstring.

    Fast path: every whitespace character except the ASCII space is
    non-printable, so a printable line without double spaces is already
    normalised but for its ends - the common case, and several times cheaper
    than running the regex over it.
    """
    if line.isprintable() and "  " not in line:
        return line.strip()
    return _WHITESPACE.sub(" ", line).strip()


def _line_at(data: bytes, offset: int) -> int:
    """1-based line number of the byte at ``offset``, counting CRLF, CR, LF as one break."""
    prefix = data[:offset]
    return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1


def _excerpt(text: str, limit: int = 40) -> str:
    """Short, quoted view of offending text, so a reason never embeds a huge line."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _decode(data: bytes, path: str) -> str:
    """Decode strict UTF-8, reporting the first bad byte or NUL with its line."""
    nul = data.find(b"\x00")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if nul != -1 and nul <= exc.end:  # the NUL came first, or broke this sequence
            raise ParseError(path, _line_at(data, nul), "NUL byte in file (binary data?)") from None
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ParseError(path, 1, "invalid UTF-8: file is UTF-16 (byte-order mark)") from None
        bad = data[exc.start]
        raise ParseError(
            path,
            _line_at(data, exc.start),
            f"invalid UTF-8: byte 0x{bad:02X} at offset {exc.start} ({exc.reason})",
        ) from None
    if nul != -1:
        raise ParseError(path, _line_at(data, nul), "NUL byte in file (binary data?)")
    return text


def _too_large(size: int | None) -> str:
    """Reason for an oversized file; ``size`` is None when only a capped read saw it."""
    shown = f"{size} bytes" if size is not None else "unknown size"
    return f"file too large: {shown}, more than MAX_FILE_BYTES ({MAX_FILE_BYTES})"


def _days_in_month(year: int, month: int) -> int:
    """Days in ``month`` of the proleptic Gregorian ``year`` (year 0 included)."""
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _parse_date_line(line: str, lineno: int, path: str) -> tuple[datetime.date, str]:
    """Return (published, title) from the normalised date line or raise ParseError."""
    match = _DATE_LINE.fullmatch(line)
    if match is None:
        what = "malformed date line" if _DATE_KEYWORD.match(line) else "missing date line"
        raise ParseError(path, lineno, f"{what}: expected {_DATE_LINE_SHAPE}, got {_excerpt(line)}")
    year, month, day = match[1], match[2], match[3]
    title = match[4] or ""
    written = f"{year}-{month}-{day}"
    y, m, d = int(year), int(month), int(day)
    # Validated by hand rather than via datetime's ValueError so that the reason
    # says which field is wrong, in words that do not change between Pythons.
    if not 1 <= m <= 12:
        raise ParseError(path, lineno, f"impossible date {written}: month {month} is not 01..12")
    last_day = _days_in_month(y, m)
    if not 1 <= d <= last_day:
        raise ParseError(
            path,
            lineno,
            f"impossible date {written}: day {day} is not 01..{last_day:02d} in {year}-{month}",
        )
    if not (MIN_DATE.year, MIN_DATE.month, MIN_DATE.day) <= (y, m, d) <= (
        MAX_DATE.year,
        MAX_DATE.month,
        MAX_DATE.day,
    ):
        raise ParseError(
            path,
            lineno,
            f"date {written} outside the accepted range "
            f"{MIN_DATE.isoformat()}..{MAX_DATE.isoformat()}",
        )
    published = datetime.date(y, m, d)
    if not title:
        raise ParseError(path, lineno, "empty title after the date")
    if len(title) > MAX_TITLE_CHARS:
        raise ParseError(
            path,
            lineno,
            f"title is {len(title)} characters, more than MAX_TITLE_CHARS ({MAX_TITLE_CHARS})",
        )
    return published, title


def _split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """Split "DATELINE. AGENCY – lead" into its parts; (None, None, paragraph) if absent.

    The regex only sees the shape; case is checked here because ``re`` cannot
    say "upper-case letter" for the agency alternatives that allow digits.
    """
    match = _DATELINE_PREFIX.match(paragraph)
    if match is None:
        return None, None, paragraph
    dateline = match["dateline"]
    agency = match["agency"]
    if sum(c.isalpha() for c in dateline) < 2:  # "А. ТОҚАЕВ – ..." is an initial
        return None, None, paragraph
    if agency is not None and not (
        agency.isupper() or agency.casefold() in _MIXED_CASE_AGENCY_KEYS
    ):
        return None, None, paragraph
    return dateline, agency, match["lead"].strip()


# --------------------------------------------------------------------------- API


def parse_bytes(data: bytes, path: str) -> ParsedArticle:
    """Parse one export file; ``path`` names it in errors and gives the article id.

    Raises ParseError (and nothing else) for any input that is not a loadable
    article, so a bulk loader can report the file and carry on.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ParseError(path, 1, _too_large(len(data)))
    text = _decode(data, path).replace("\ufeff", "")  # BOM, or stray ones from concatenation
    if not text:
        raise ParseError(path, 1, "empty file")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    # Date line: the first non-blank line (blank lines before it are tolerated).
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index == len(lines):
        raise ParseError(path, 1, "empty file: only whitespace")
    date_lineno = index + 1
    published, title = _parse_date_line(_normalise(lines[index]), date_lineno, path)

    # Body: every further non-blank line, with the line it came from for errors.
    paragraphs: list[str] = []
    first_line = 0  # line of paragraphs[0], for the dateline-only error
    for offset, raw in enumerate(lines[index + 1 :], start=date_lineno + 1):
        if not raw:  # cheap skip: a hostile file may be millions of empty lines
            continue
        paragraph = _normalise(raw)
        if not paragraph:
            continue
        if len(paragraph) > MAX_PARAGRAPH_CHARS:
            raise ParseError(
                path,
                offset,
                f"paragraph is {len(paragraph)} characters, "
                f"more than MAX_PARAGRAPH_CHARS ({MAX_PARAGRAPH_CHARS})",
            )
        if len(paragraphs) == MAX_PARAGRAPHS:
            raise ParseError(
                path, offset, f"too many paragraphs: more than MAX_PARAGRAPHS ({MAX_PARAGRAPHS})"
            )
        if not paragraphs:
            first_line = offset
        paragraphs.append(paragraph)
    if not paragraphs:
        raise ParseError(path, date_lineno, "empty body: no paragraph after the date line")

    dateline, agency, lead = _split_dateline(paragraphs[0])
    if lead:
        paragraphs[0] = lead
    else:  # "ASTANA. KAZINFORM –" alone on its line: the lead is the next paragraph
        if len(paragraphs) == 1:
            raise ParseError(path, first_line, "empty body: dateline without a paragraph")
        del paragraphs[0]
        lead = paragraphs[0]

    body = tuple(paragraphs)
    return ParsedArticle(
        id=pathlib.PurePath(path).stem,
        title=title,
        published=published,
        dateline=dateline,
        agency=agency,
        lead=lead,
        paragraphs=body,
        language=detect_language("\n".join((title, *body))),
        content_hash=hashlib.sha256(data).hexdigest(),
    )


def parse_file(path: pathlib.Path) -> ParsedArticle:
    """Read and parse one file, refusing oversized files before reading them whole.

    The size is taken from the open descriptor (no stat/open race) and the read
    is capped anyway, because pipes and /proc files report a size of 0.
    OSError (missing, unreadable file) propagates: that is an I/O problem, not a
    broken article.
    """
    name = str(path)
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise ParseError(name, 1, _too_large(size))
        # Ask for the size fstat gave (+1, to see growth) rather than MAX_FILE_BYTES + 1: a read
        # that large allocates a 5 MiB buffer per file, which cost more than parsing the header.
        # A file that grew since (or a pipe, which reports 0) is read on up to the same cap, so
        # the bytes are exactly those of one capped read.
        want = size + 1
        data = handle.read(want)
        if len(data) == want and want <= MAX_FILE_BYTES:
            data += handle.read(MAX_FILE_BYTES + 1 - want)
    if len(data) > MAX_FILE_BYTES:
        raise ParseError(name, 1, _too_large(None))
    return parse_bytes(data, name)
