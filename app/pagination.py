"""Opaque, signed keyset cursors and the RFC 8288 `Link` header.

A cursor carries the sort it belongs to and the last row's sort key, signed with HMAC so a tampered
or forged cursor is refused with a 400 instead of silently paging from a made-up position. The key is
fixed per deployment (not per corpus), so rebuilding from the same files gives the same cursors.
"""

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote_plus, unquote_plus

from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import Response

from app.errors import InvalidParameter

_SIG_BYTES = 12


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: str, payload: bytes) -> bytes:
    return hmac.new(secret.encode(), payload, hashlib.sha256).digest()[:_SIG_BYTES]


def encode_cursor(secret: str, sort: str, key: list[Any]) -> str:
    payload = json.dumps([sort, *key], ensure_ascii=False, separators=(",", ":")).encode()
    return f"{_b64(payload)}.{_b64(_sign(secret, payload))}"


def decode_cursor(secret: str, cursor: str, sort: str, arity: int) -> list[Any]:
    """The key values of a cursor made by `encode_cursor` for this `sort`, or a 400 naming `cursor`."""
    try:
        body, sig = cursor.split(".")
        payload = _unb64(body)
        valid = hmac.compare_digest(_unb64(sig), _sign(secret, payload))
        data = json.loads(payload) if valid else None
    except (ValueError, binascii.Error, UnicodeDecodeError):
        data, valid = None, False
    if not valid or not isinstance(data, list) or len(data) != arity + 1:
        raise InvalidParameter("cursor", "not a cursor this API issued (tampered, truncated or from elsewhere)",
                               status=400)
    if data[0] != sort:
        raise InvalidParameter("cursor", f"this cursor belongs to sort={data[0]}, not sort={sort}", status=400)
    return data[1:]


def next_link(url: URL, cursor: str) -> str:
    """The request's own URL with `cursor` replaced. Only the `cursor` pair is rewritten, the rest is
    kept as the client sent it: re-encoding the whole query (`URL.include_query_params`) was the
    largest part of building a page's headers."""
    kept = [pair for pair in url.query.split("&") if pair and unquote_plus(pair.partition("=")[0]) != "cursor"]
    return f'<{url.replace(query="&".join([*kept, "cursor=" + quote_plus(cursor)]))}>; rel="next"'


def finish_page(rows: list[dict[str, Any]], limit: int, secret: str, sort: str,
                key: Callable[[dict[str, Any]], list[Any]], request: Request,
                response: Response) -> tuple[list[dict[str, Any]], str | None]:
    """Trim the limit+1 rows a query fetched to one page; when there was one more, sign a cursor
    from the last row's sort key and announce it in the `Link` header."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    cursor = encode_cursor(secret, sort, key(rows[-1]))
    response.headers["Link"] = next_link(request.url, cursor)
    return rows, cursor
