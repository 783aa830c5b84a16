"""What goes into the FTS5 index, and how the API's `q` syntax becomes an FTS5 MATCH expression.

The index is contentless with four columns: the normalised surface text of title and body (for
prefixes) and their stems (for words and phrases, so inflected forms meet). Index and query go
through the same `normalize`/`tokenize`/`stem`, so case folding and ё/е agree by construction.
"""

import re
from dataclasses import dataclass

from app.search.normalize import tokenize
from app.search.stem import QUERY_LANGS, query_stems, stem

# Bump when normalize/tokenize/stem change: ingest then re-indexes every article, because a
# contentless FTS5 row can only be deleted by giving back exactly the tokens it was indexed with.
SEARCH_VERSION = "2"

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32

_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')


class QueryError(ValueError):
    """A `q` the API answers with a 422 naming the parameter."""


@dataclass(frozen=True, slots=True)
class IndexRow:
    title: str
    body: str
    title_stem: str
    body_stem: str


def _stems(tokens: list[str], lang: str) -> str:
    return " ".join([stem(t, lang) for t in tokens])


def index_row(title: str, paragraphs: tuple[str, ...] | list[str], lang: str) -> IndexRow:
    body = "\n".join(paragraphs)
    title_tokens, body_tokens = tokenize(title), tokenize(body)
    return IndexRow(" ".join(title_tokens), " ".join(body_tokens),
                    _stems(title_tokens, lang), _stems(body_tokens, lang))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _phrase(tokens: list[str]) -> str:
    """A word or phrase matches its stems as any article language would have indexed them."""
    if len(tokens) == 1:
        alternatives = [_quote(s) for s in query_stems(tokens[0])]
    else:
        sequences = dict.fromkeys(tuple(stem(t, lang) for t in tokens) for lang in QUERY_LANGS)
        alternatives = ["(" + " + ".join(_quote(s) for s in seq) + ")" for seq in sequences]
    return "{title_stem body_stem} : (" + " OR ".join(alternatives) + ")"


def _prefix(tokens: list[str]) -> str:
    head = " + ".join(_quote(t) for t in tokens)
    return "{title body} : (" + head + " *)"


def to_match(q: str) -> str:
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
        expr = _prefix(tokens) if is_prefix else _phrase(tokens)
        (exclude if negated else include).append(expr)
    if not include:
        raise QueryError("q has no word to search for (excluded words alone match nothing)"
                         if exclude else "q has no searchable word")
    match = " AND ".join(f"({e})" for e in include)
    if exclude:
        match = f"({match}) NOT (" + " OR ".join(f"({e})" for e in exclude) + ")"
    return match

