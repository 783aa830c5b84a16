"""A list page written as JSON bytes around items SQLite already rendered as JSON.

The list endpoints are the hot path: parsing each row's stored JSON, validating 20 pydantic models and
serialising them again cost more than the query. SQLite's `json_object` renders each item in the
shape of its response model (the schema the OpenAPI document still declares), and this wraps them
with the page fields in the order `Page` gives them. Returning a `Response` also skips FastAPI's
re-validation of the returned model.
"""

import json

from fastapi import Response
from pydantic import BaseModel

from app.queries.totals import Total
from app.routers.faceting import Facets

_MEDIA_TYPE = "application/json"


def _string(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def page_response(items: list[str], total: Total, next_cursor: str | None, link_from: Response,
                  facets: Facets | None = None) -> Response:
    """`link_from` is the response `finish_page` put the `Link` header on."""
    body = (f'{{"items":[{",".join(items)}],"total":{total.value},"total_exact":{"true" if total.exact else "false"},'
            f'"next_cursor":{_string(next_cursor)}')
    if facets is not None:
        counts, truncated = facets
        rendered = ",".join(f"{json.dumps(name)}:{values.json}" for name, values in counts.items())
        body += f',"facets":{{{rendered}}},"facets_truncated":{json.dumps(truncated)}'
    return _with_link(Response(body + "}", media_type=_MEDIA_TYPE), link_from)


def model_response(page: BaseModel, link_from: Response) -> Response:
    """A page built as a model, written as FastAPI writes a `response_model_exclude_unset` answer: for a
    list endpoint that returns a `Response` (app/fast_route.py) but builds its items with pydantic."""
    return _with_link(Response(page.model_dump_json(exclude_unset=True), media_type=_MEDIA_TYPE), link_from)


def _with_link(response: Response, link_from: Response) -> Response:
    link = link_from.headers.get("link")
    if link:
        response.headers["Link"] = link
    return response
