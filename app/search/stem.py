"""Stemming for the FTS5 stem columns, identical at index time and at query time.

Which stemmer a token gets depends first on its script and only then on the article's language:
a Latin word in a Russian article is English (Kazinform, exports), and a Cyrillic word with a
Kazakh-only letter is Kazakh even in a Russian article (Қасым-Жомарт). Because the choice is a
function of the token, a query word (whose language is unknown) can be given every stem an
indexed occurrence of it could have — see `query_stems`.
"""

import functools
import re
import threading
from typing import Final

import snowballstemmer

from app.search.kk_stem import MAX_TOKEN, kk_stem
from app.search.normalize import normalize, tokenize

_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_KAZAKH_ONLY = re.compile(r"[әғқңөұүһі]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]")

_SNOWBALL: Final = {"ru": snowballstemmer.stemmer("russian"), "en": snowballstemmer.stemmer("english")}
# Snowball stemmer objects keep per-call state, and the API may stem from several threads.
_SNOWBALL_LOCK: Final = threading.Lock()

_RU_VOWEL = re.compile(r"[аеиоуыэюя]")
# Verb (-н/-л after а/я, -ил, -ит, -ен…), adjective (-ем, -ой…) and -ов/-ев endings, which
# Snowball tries before noun endings.
_RU_TAIL = re.compile(r"(?:(?<=[ая])[нл]|ем|им|ым|ом|ей|ий|ый|ой|их|ых|ил|ыл|ит|ыт|ен|ят|уй|ов|ев)$")


def _ru_canon(stem: str) -> str:
    """Make Snowball Russian agree between a bare noun and its inflected forms.

    Snowball tries verb and adjective endings before noun endings, so the nominative of a noun
    ending like a verb loses that "ending" (Узбекистан → узбекиста, кредит → кред, Токаев → тока)
    while every other case keeps it (Узбекистану → узбекистан, кредита → кредит). Removing such
    an ending once more from Snowball's output (inside RV, as Snowball would) puts both on the
    shorter stem. Only these endings: a full second Snowball pass would strip noun endings and
    gerunds again too (поставили → постав → пост, Алихана → алиха → ал).
    """
    vowel = _RU_VOWEL.search(stem)
    if vowel is None:
        return stem
    tail = _RU_TAIL.search(stem, vowel.end())
    if tail is None or tail.start() < 2:
        return stem
    return stem[:tail.start()]


def _stemmer_lang(token: str, lang: str) -> str | None:
    """The stemmer that applies to `token` in an article in `lang` (None: leave it as it is)."""
    if _CYRILLIC.search(token):
        if _KAZAKH_ONLY.search(token):
            return "kk"
        return lang if lang in ("kk", "ru") else "ru"
    if _LATIN.search(token):
        return "en"
    return None  # digits, other scripts


def _stem_as(token: str, stemmer: str | None) -> str:
    if stemmer is None:
        return token
    if stemmer == "kk":
        return kk_stem(token)
    with _SNOWBALL_LOCK:
        stemmed: str = _SNOWBALL[stemmer].stemWord(token)
    return _ru_canon(stemmed) if stemmer == "ru" else stemmed


def _stem_uncached(token: str, lang: str) -> str:
    return _stem_as(token, _stemmer_lang(token, lang))


# One cache in front of everything, so that a repeated word costs a single lookup at ingest.
_stem_cached: Final = functools.lru_cache(maxsize=200_000)(_stem_uncached)
#: The same per article language, for ingest's bulk path: keyed by the token alone, which is the
#: cache's fast path (no (token, lang) tuple to build and hash for each of ~150 tokens a text).
#: Half the size each: a language's vocabulary is mostly its own, so the three together hold
#: about what one shared cache would.
_STEM_BY_LANG: Final = {
    lang: functools.lru_cache(maxsize=100_000)(functools.partial(_stem_uncached, lang=lang))
    for lang in ("kk", "ru", "en")
}


def stem(token: str, lang: str) -> str:
    """Stem one already-normalised token from an article in `lang` ("kk", "ru" or "en").

    Never raises: unknown languages fall back to the script's default, tokens without letters
    and tokens longer than 60 characters are returned unchanged.
    """
    if len(token) > MAX_TOKEN:
        return token
    return _stem_cached(token, lang)


def stem_tokens(tokens: list[str], lang: str) -> list[str]:
    """:func:`stem` of every token, without a wrapper call per token (ingest stems ~150 a text)."""
    cached = _STEM_BY_LANG.get(lang)
    if cached is None:
        return [stem(token, lang) for token in tokens]
    if max(map(len, tokens), default=0) <= MAX_TOKEN:  # the usual case: no Python step per token
        return list(map(cached, tokens))
    return [token if len(token) > MAX_TOKEN else cached(token) for token in tokens]


def stem_text(text: str, lang: str) -> str:
    """The stem-column content for `text`: one stem per token, so positions (and therefore
    phrase queries) line up with the surface tokens."""
    return " ".join([stem(t, lang) for t in tokenize(text)])


# A plain-Cyrillic query word may come from a Russian or a Kazakh article; `stem` settles every
# other script by itself, so these two article languages cover every way a word was indexed.
QUERY_LANGS: Final = ("ru", "kk")


def query_stems(token: str) -> list[str]:
    """Every stem an occurrence of the query word `token` could have been indexed under.

    Latin → English; Cyrillic with a Kazakh-only letter → Kazakh; other Cyrillic could be either
    Russian or Kazakh (Ташкент, экспорт), so both stems, Russian first. The token goes through
    `normalize` (idempotent) so a raw query word gives the same result as its token.
    """
    token = normalize(token).strip()
    if not token:
        return []
    if len(token) > MAX_TOKEN:
        return [token]
    return list(dict.fromkeys(_stem_cached(token, lang) for lang in QUERY_LANGS))
