"""The `Link: rel="next"` URL: the request's own query with only the cursor replaced."""

from urllib.parse import parse_qsl

import pytest
from starlette.datastructures import URL

from app.pagination import encode_cursor, next_link


def _target(link: str) -> URL:
    assert link.startswith("<") and link.endswith('>; rel="next"')
    return URL(link[1:link.index(">")])


@pytest.mark.parametrize("query", [
    "", "limit=20", "topic=government&from=2016-04-07&to=2018-04-06&limit=20",
    "cursor=OLD&lang=kk", "q=%D2%9B%D0%B0%D0%BD%D0%B0%D1%82&cursor=OLD&cursor=OLDER&facet=topic&facet=month",
    "curs%6Fr=OLD&topic=x", "q=a+b&q=c%26d&country=UZ",
])
def test_only_the_cursor_changes(query: str) -> None:
    cursor = encode_cursor("secret", "-published", ["2025-11-14", "Өзбекстан_1"])
    url = URL(f"http://127.0.0.1:8000/v1/articles{'?' + query if query else ''}")
    target = _target(next_link(url, cursor))
    assert (target.scheme, target.netloc, target.path) == ("http", "127.0.0.1:8000", "/v1/articles")
    before = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "cursor"]
    assert parse_qsl(target.query, keep_blank_values=True) == [*before, ("cursor", cursor)]
