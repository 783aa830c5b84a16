"""Every error leaves as `application/problem+json` (RFC 9457), with no stack trace ever."""

import logging
import math
from typing import Any
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.queries.budget import QueryTimeout
from app.schemas import ParameterError, Problem

log = logging.getLogger("app.errors")
ALLOWED_METHODS = "GET, HEAD, OPTIONS"


class ProblemResponse(JSONResponse):
    media_type = "application/problem+json"


class InvalidParameter(Exception):
    """A parameter that passed type checks but makes no sense (`from` after `to`, an unusable `q`)."""

    def __init__(self, parameter: str, reason: str, status: int = 422, location: str = "query") -> None:
        super().__init__(f"{parameter}: {reason}")
        self.parameter, self.reason, self.status, self.location = parameter, reason, status, location


def problem(status: int, detail: str, errors: list[ParameterError] | None = None,
            headers: dict[str, str] | None = None) -> ProblemResponse:
    body = Problem(title=HTTPStatus(status).phrase, status=status, detail=detail, errors=errors)
    return ProblemResponse(body.model_dump(exclude_none=True), status_code=status,
                           headers={"Cache-Control": "no-store", **(headers or {})})


def _http_error(_: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ALLOWED_METHODS  # the whole API is read-only
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return problem(exc.status_code, detail, headers=headers)


def _validation_error(_: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, RequestValidationError)
    errors = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        location = loc[0] if loc else "query"
        parameter = loc[1] if len(loc) > 1 else location
        errors.append(ParameterError(parameter=parameter, location=location, reason=str(err.get("msg", "invalid"))))
    detail = "; ".join(f"{e.parameter}: {e.reason}" for e in errors) or "invalid request"
    return problem(422, detail, errors)


def _invalid_parameter(_: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, InvalidParameter)
    errors = [ParameterError(parameter=exc.parameter, location=exc.location, reason=exc.reason)]
    return problem(exc.status, f"{exc.parameter}: {exc.reason}", errors if exc.status == 422 else None)


def _query_timeout(_: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, QueryTimeout)
    retry = max(1, math.ceil(exc.budget_s))
    return problem(503, f"This request needs more than the {exc.budget_s:g} s a query may take here (search for "
                        "rarer words, or narrow the dates); try again later.", headers={"Retry-After": str(retry)})


def _server_error(request: Request, exc: Exception) -> ProblemResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem(500, "The server failed to answer this request; it has been logged.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(InvalidParameter, _invalid_parameter)
    app.add_exception_handler(QueryTimeout, _query_timeout)
    app.add_exception_handler(Exception, _server_error)


PROBLEM_RESPONSES: dict[int | str, dict[str, object]] = {
    "4XX": {"model": Problem, "description": "Client error, as RFC 9457 problem details."},
    "5XX": {"model": Problem, "description": "Server error, as RFC 9457 problem details."},
}


def problem_media_type(openapi: dict[str, Any]) -> dict[str, Any]:
    """FastAPI files every response model under `application/json`; errors are really sent as
    `application/problem+json`, so the document says so (clients and fuzzers check the type)."""
    for path in openapi.get("paths", {}).values():
        for operation in path.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if status[0] in "45" and "application/json" in content:
                    response["content"] = {"application/problem+json": content.pop("application/json")}
    return openapi
