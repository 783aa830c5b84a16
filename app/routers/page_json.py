"""A list page written as JSON bytes around items SQLite already rendered as JSON.

The list endpoints are the hot path: parsing each row's stored JSON, validating 20 pydantic models and
serialising them again cost more than the query. SQLite's `json_object` renders each item in the
shape of its response model (the schema the OpenAPI document still declares), and this wraps them
with the page fields in the order `Page` gives them. Returning a `Response` also skips FastAPI's
re-validation of the returned model.
"""

import json
from typing import Any

from fastapi import Response
from pydantic import TypeAdapter

from app.queries.totals import Total
from app.schemas import FacetValue

_FACETS = TypeAdapter(dict[str, list[FacetValue]])
_MEDIA_TYPE = "application/json"


def _string(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def page_response(items: list[str], total: Total, next_cursor: str | None, link_from: Response,
                  facets: tuple[dict[str, list[dict[str, Any]]], list[str]] | None = None) -> Response:
    """`link_from` is the response `finish_page` put the `Link` header on."""
    body = (f'{{"items":[{",".join(items)}],"total":{total.value},"total_exact":{"true" if total.exact else "false"},'
            f'"next_cursor":{_string(next_cursor)}')
    if facets is not None:
        counts, truncated = facets
        body += (f',"facets":{_FACETS.dump_json(_FACETS.validate_python(counts)).decode()}'
                 f',"facets_truncated":{json.dumps(truncated)}')
    link = link_from.headers.get("link")
    return Response(body + "}", media_type=_MEDIA_TYPE, headers={"Link": link} if link else None)
