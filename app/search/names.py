"""Name search: any case form or script of a person's name finds them.

Speakers are indexed by the folded Latin words of every form of their name (`romanize.name_key`).
A query word is folded the same way, and also after Kazakh and Russian case endings are stripped
(`Назаровтың` → `Назаров`, `Шаккалиева` → `Шаккали…`), then matched as a prefix, so
`Назаровтың`, `Nazarov` and `назаров` all find `ravshan-nazarov`.
"""

from app.extract.romanize import name_key
from app.search.normalize import tokenize
from app.search.stem import QUERY_LANGS, stem

MIN_PREFIX = 3
MAX_WORDS = 8


def _candidates(token: str) -> list[str]:
    forms = [token, *(stem(token, lang) for lang in QUERY_LANGS)]
    keys = {"".join(name_key(form)) for form in forms}
    long_enough = {k for k in keys if len(k) >= MIN_PREFIX}
    return sorted(long_enough or keys - {""})


def name_match(q: str) -> str | None:
    """An FTS5 expression over `speaker_fts`, or None when `q` has no letters to search by."""
    words = [t for t in tokenize(q) if len(t) > 1] or tokenize(q)
    groups = []
    for token in words[:MAX_WORDS]:
        candidates = _candidates(token)
        if candidates:
            groups.append("(" + " OR ".join(f'"{c}"*' for c in candidates) + ")")
    return " AND ".join(groups) or None
