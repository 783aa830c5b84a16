"""Query parameters shared by the list endpoints, with their documentation and checks."""

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BeforeValidator, StringConstraints

from app.errors import InvalidParameter
from app.queries import totals
from app.search.fts import ARTICLE_COLUMNS, Columns, QueryError, to_match

MAX_LIMIT = 100

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date_text(value: object) -> object:
    """Only `YYYY-MM-DD`: pydantic alone would read `to=0` as a Unix timestamp (1970-01-01)."""
    if isinstance(value, str) and not _ISO_DATE.match(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_text)]
DateFrom = Annotated[IsoDate | None, Query(alias="from", description=(
    "Earliest publication date, inclusive (ISO 8601)."), examples=["2025-11-01"])]
DateTo = Annotated[IsoDate | None, Query(alias="to", description=(
    "Latest publication date, inclusive (ISO 8601); must not be before `from`."), examples=["2025-11-30"])]
Lang = Annotated[Literal["kk", "ru", "en"] | None, Query(description="Article language.", examples=["kk"])]
SearchQuery = Annotated[str | None, Query(max_length=500, description=(
    "Full-text search over title and body: words (all must match; Kazakh, Russian and English inflected "
    "forms match their stem, so `Өзбекстан` finds `Өзбекстанның`), `\"exact phrases\"`, `prefix*` and "
    "`-excluded` words."), examples=["Өзбекстан экспорт"])]
Limit = Annotated[int, Query(ge=1, description=(
    f"Items per page, 1–{MAX_LIMIT}; larger values are capped at {MAX_LIMIT}."), examples=[20])]
Cursor = Annotated[str | None, Query(max_length=2000, description=(
    "The `next_cursor` of the previous page. Opaque; a tampered cursor is a 400."),
    examples=["WyItcHVibGlzaGVkIiwiMjAyNS0xMS0xNCIsIjAwMF9jOGVkMzNiNzkwNDBjYjYxIl0.3mN0x3c2s1pVv9ZQ"])]


TopicFilter = Annotated[list[str] | None, Query(alias="topic", max_length=20, description=(
    "IPTC Media Topic qcode (`medtop:04000000`) or slug (`economy-business-and-finance`); repeat for any of "
    "several. A topic matches its narrower topics."), examples=[["medtop:04000000"]])]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2}$")]
CountryFilter = Annotated[list[CountryCode] | None, Query(alias="country", max_length=20, description=(
    "ISO 3166-1 alpha-2 of a country the article is about; repeat for any of several."), examples=[["UZ"]])]
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")


def countries(values: list[str] | None) -> list[str]:
    bad = [v for v in values or [] if not _COUNTRY_CODE.match(v)]
    if bad:
        raise InvalidParameter("country", f"{bad[0]!r} is not an ISO 3166-1 alpha-2 code")
    return sorted({v.upper() for v in values or []})


def _topic_names(conn: sqlite3.Connection) -> dict[str, str]:
    found: dict[str, str] = {}
    for qcode, slug in conn.execute("SELECT qcode, slug FROM topic"):
        found[qcode], found[slug] = qcode, qcode
    return found


def topics(conn: sqlite3.Connection, values: list[str] | None) -> list[str]:
    """Qcodes for the given qcodes or slugs; an unknown one is a 422 naming `topic`."""
    if not values:
        return []
    found = totals.cached(conn, ("topic-names",), lambda: _topic_names(conn))
    unknown = [v for v in values if v not in found]
    if unknown:
        raise InvalidParameter("topic", f"{unknown[0]!r} is neither a topic qcode nor a slug (see /v1/topics)")
    return sorted({found[v] for v in values})


FACET_DESCRIPTION = ("Add counts over the whole filtered set for this facet; repeat for several. "
                     "Allowed here: {}.")


@dataclass(frozen=True, slots=True)
class DateRange:
    date_from: str | None
    date_to: str | None


def date_range(date_from: dt.date | None, date_to: dt.date | None) -> DateRange:
    if date_from and date_to and date_from > date_to:
        raise InvalidParameter("from", f"from ({date_from}) is after to ({date_to})")
    return DateRange(date_from.isoformat() if date_from else None, date_to.isoformat() if date_to else None)


def search_match(q: str | None, columns: Columns = ARTICLE_COLUMNS) -> str | None:
    """The FTS5 expression for `q`, None when there is nothing to search, a 422 naming `q` when unusable."""
    if q is None or not q.strip():
        return None
    try:
        return to_match(q, columns)
    except QueryError as exc:
        raise InvalidParameter("q", str(exc)) from exc


def relevance_needs_q(sort: str, match: str | None) -> None:
    if sort == "relevance" and match is None:
        raise InvalidParameter("sort", "sort=relevance needs a search query in q")


def capped(limit: int) -> int:
    return min(limit, MAX_LIMIT)
