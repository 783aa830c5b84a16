"""A bare Starlette app answering one constant ~2 KB JSON document: the ceiling for the 304 run.

A conditional GET answered with 304 does no database work, so its throughput is bounded by the
HTTP stack (uvicorn + Starlette + our middleware). This app is that stack with nothing in it:
`share of hello` in RESULTS.md says how close the 304 path comes to it.

Served by bench/run.py as `python -m uvicorn hello_app:app --app-dir bench --workers W`.
"""

import json

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

# ~2 KB of JSON, serialised once at import so each request measures the stack, not json.dumps.
BODY = json.dumps({"items": [{"id": f"gen_{i:07d}", "title": "Hello from a constant document " * 2,
                              "published": "2025-01-01", "language": "en"} for i in range(16)],
                   "total": 16, "next_cursor": None}, separators=(",", ":")).encode()


async def hello(request: Request) -> Response:
    return Response(BODY, media_type="application/json")


app = Starlette(routes=[Route("/", hello)])
