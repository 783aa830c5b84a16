"""HTTP semantics the routes need not think about: conditional GET, HEAD, OPTIONS and CORS.

CORS is answered here rather than by Starlette's middleware because public read-only data wants
`Access-Control-Allow-Origin: *` on every response, asked for or not, and no `Vary: Origin`.

The ETag is derived from the corpus version and the request itself, so it is known before any query
runs: a client revalidating with If-None-Match gets its 304 without touching the articles at all.
"""

import hashlib
from collections.abc import Callable
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import ALLOWED_METHODS

UNCACHED_PREFIXES = ("/static/",)
ALWAYS: list[tuple[bytes, bytes]] = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"Link, ETag"),
    (b"x-content-type-options", b"nosniff"),
]
PREFLIGHT_MAX_AGE = b"86400"
ETAG_CACHE_ENTRIES = 10_000


def compute_etag(version: str, scope: Scope) -> str:
    query = sorted(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
    host = Headers(scope=scope).get("host", "")
    key = f"{version}|{host}|{scope['path']}|{query}"
    return 'W/"' + hashlib.sha256(key.encode()).hexdigest()[:24] + '"'


class EtagCache:
    """ETags of recent requests: parsing the query and hashing cost a 304 a third of its time. Keyed
    by what the tag is made of, so a new corpus version makes new keys; cleared when full."""

    def __init__(self, entries: int = ETAG_CACHE_ENTRIES) -> None:
        self._entries = entries
        self._tags: dict[tuple[str, bytes | None, str, bytes], str] = {}

    def get(self, version: str, scope: Scope) -> str:
        host = next((v for k, v in scope["headers"] if k == b"host"), None)
        key = (version, host, scope["path"], scope.get("query_string", b""))
        tag = self._tags.get(key)
        if tag is None:
            if len(self._tags) >= self._entries:
                self._tags.clear()
            tag = self._tags[key] = compute_etag(version, scope)
        return tag


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored, `*` matches anything."""
    if if_none_match.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in if_none_match.split(","))


class HttpSemanticsMiddleware:
    def __init__(self, app: ASGIApp, version: Callable[[], str], max_age: int) -> None:
        self.app = app
        self.version = version
        self.cache_control = f"public, max-age={max_age}"
        self.etags = EtagCache()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method == "OPTIONS":  # a CORS preflight or a plain OPTIONS: the answer is the same for every path
            asked = Headers(scope=scope).get("access-control-request-headers")
            headers = [(b"allow", ALLOWED_METHODS.encode()), (b"content-length", b"0"), *ALWAYS,
                       (b"access-control-allow-methods", ALLOWED_METHODS.encode()),
                       (b"access-control-max-age", PREFLIGHT_MAX_AGE)]
            if asked:
                headers.append((b"access-control-allow-headers", asked.encode("latin-1")))
            await send({"type": "http.response.start", "status": 204, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        head = method == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        if scope["method"] != "GET" or scope["path"].startswith(UNCACHED_PREFIXES):
            await self.app(scope, receive, self._with_always(send))
            return
        etag = self.etags.get(self.version(), scope)
        inm = Headers(scope=scope).get("if-none-match")
        if inm is not None and etag_matches(inm, etag):
            await send({"type": "http.response.start", "status": 304, "headers": [
                (b"etag", etag.encode()), (b"cache-control", self.cache_control.encode()),
                (b"vary", b"Accept-Encoding"), *ALWAYS]})
            await send({"type": "http.response.body", "body": b""})
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), *ALWAYS]
                if 200 <= message["status"] < 300:
                    headers = [(k, v) for k, v in headers if k.lower() != b"cache-control"]
                    headers += [(b"etag", etag.encode()), (b"cache-control", self.cache_control.encode())]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b"", "more_body": message.get("more_body", False)}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    @staticmethod
    def _with_always(send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *ALWAYS]}
            await send(message)

        return wrapped
