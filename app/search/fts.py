"""What goes into the FTS5 index, and how the API's `q` syntax becomes an FTS5 MATCH expression.

The index is contentless with four columns: the normalised surface text of title and body (for
prefixes) and their stems (for words and phrases, so inflected forms meet). Index and query go
through the same `normalize`/`tokenize`/`stem`, so case folding and ё/е agree by construction.
"""

import re
from dataclasses import dataclass

from app.search.normalize import tokenize
from app.search.stem import QUERY_LANGS, query_stems, stem, stem_tokens

# Bump when normalize/tokenize/stem change: ingest then re-indexes every article, because a
# contentless FTS5 row can only be deleted by giving back exactly the tokens it was indexed with.
SEARCH_VERSION = "2"

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32

_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')


class QueryError(ValueError):
    """A `q` the API answers with a 422 naming the parameter."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Which FTS5 columns hold the surface tokens (for prefixes) and which the stems."""

    surface: str
    stems: str


ARTICLE_COLUMNS = Columns(surface="{title body}", stems="{title_stem body_stem}")
QUOTE_COLUMNS = Columns(surface="{text}", stems="{text_stem}")


def surface_and_stems(text: str, lang: str) -> tuple[str, str]:
    """The two strings indexed for one text: its normalised tokens and their stems, position by position."""
    tokens = tokenize(text)
    return " ".join(tokens), " ".join(stem_tokens(tokens, lang))


def article_fts_row(title: str, paragraphs: tuple[str, ...] | list[str], lang: str) -> tuple[str, str, str, str]:
    """The indexed columns of one article in table order: title, body, title_stem, body_stem."""
    title_surface, title_stem = surface_and_stems(title, lang)
    body_surface, body_stem = surface_and_stems("\n".join(paragraphs), lang)
    return title_surface, body_surface, title_stem, body_stem


def quote_fts_params(pk: int, text: str, lang: str) -> dict[str, object]:
    surface, stems = surface_and_stems(text, lang)
    return {"pk": pk, "text": surface, "text_stem": stems}


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _phrase(tokens: list[str], columns: Columns) -> str:
    """A word or phrase matches its stems as any article language would have indexed them."""
    if len(tokens) == 1:
        alternatives = [_quote(s) for s in query_stems(tokens[0])]
    else:
        sequences = dict.fromkeys(tuple(stem(t, lang) for t in tokens) for lang in QUERY_LANGS)
        alternatives = ["(" + " + ".join(_quote(s) for s in seq) + ")" for seq in sequences]
    return columns.stems + " : (" + " OR ".join(alternatives) + ")"


def _prefix(tokens: list[str], columns: Columns) -> str:
    head = " + ".join(_quote(t) for t in tokens)
    return columns.surface + " : (" + head + " *)"


def to_match(q: str, columns: Columns = ARTICLE_COLUMNS) -> str:
    """Translate `words "phrases" prefix* -excluded` into FTS5; every token is quoted, so no FTS5
    operator or column filter typed by a user is ever interpreted."""
    if len(q) > MAX_QUERY_CHARS:
        raise QueryError(f"q is longer than {MAX_QUERY_CHARS} characters")
    include: list[str] = []
    exclude: list[str] = []
    terms = 0
    for m in _TERM.finditer(q):
        negated = bool(m.group(1) or m.group(3))
        raw = m.group(2) if m.group(2) is not None else m.group(4)
        is_prefix = m.group(4) is not None and raw.endswith("*")
        tokens = tokenize(raw)
        if not tokens:
            continue
        terms += 1
        if terms > MAX_QUERY_TERMS:
            raise QueryError(f"q has more than {MAX_QUERY_TERMS} terms")
        expr = _prefix(tokens, columns) if is_prefix else _phrase(tokens, columns)
        (exclude if negated else include).append(expr)
    if not include:
        raise QueryError("q has no word to search for (excluded words alone match nothing)"
                         if exclude else "q has no searchable word")
    match = " AND ".join(f"({e})" for e in include)
    if exclude:
        match = f"({match}) NOT (" + " OR ".join(f"({e})" for e in exclude) + ")"
    return match

