"""Datasette plugin: no access log, as our API is served with `--no-access-log`.

`datasette serve` runs uvicorn with its access log on and has no option to turn it off, so left
alone Datasette would pay for a log line per request that our API does not write. uvicorn sets up
logging after Datasette's `startup` hooks run, so the logger is silenced from the ASGI lifespan
startup instead, which comes after. Loaded by bench/run.py with `--plugins-dir`.
"""

import logging
from typing import Any

from datasette import hookimpl


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def quiet(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "lifespan":
                logging.getLogger("uvicorn.access").disabled = True
            await app(scope, receive, send)
        return quiet
    return wrap
