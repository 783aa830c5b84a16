"""A route class whose endpoints that answer with a ready `Response` get their parameters in one pass.

FastAPI's dependency solver is general (bodies, headers, cookies, models, yield dependencies,
overrides) and re-derives much of that per request. The list endpoints use none of it: plain query
and path parameters, the request and response objects, and request-scoped lookups such as the
corpus. With 10–17 parameters the solver was the largest piece of Python in a list request
(`bench/request_cost.py`). For such an endpoint this route reads each parameter the way FastAPI's
`_get_multidict_value` does and validates it with the same `ModelField`, so values and validation
errors are FastAPI's own; anything else (another shape of endpoint, or dependency overrides, as
tests set) goes through FastAPI's handler unchanged.
"""

import copy
import inspect
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, get_type_hints

import fastapi.routing
from fastapi._compat import ModelField, field_annotation_is_sequence
from fastapi.dependencies.models import Dependant
from fastapi.dependencies.utils import get_missing_field_error
from fastapi.exceptions import RequestValidationError
from fastapi.params import Path
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

Handler = Callable[[Request], Coroutine[Any, Any, Response]]
_IMMUTABLE = (type(None), bool, int, float, str, bytes, tuple, frozenset)


@dataclass(frozen=True, slots=True)
class _Param:
    name: str
    alias: str
    field: ModelField
    loc: tuple[str, str]
    sequence: bool
    in_path: bool


@dataclass(frozen=True, slots=True)
class _Plan:
    params: tuple[_Param, ...]
    lookups: tuple[tuple[str, Callable[..., Awaitable[Any]]], ...]  # (argument, async f(request))
    request_name: str | None
    response_name: str | None

    def solve(self, request: Request) -> tuple[dict[str, Any], list[Any]]:
        values: dict[str, Any] = {}
        errors: list[Any] = []
        query = request.query_params
        path = request.path_params
        for p in self.params:
            if p.in_path:
                raw = path.get(p.alias)
            elif p.sequence:
                raw = query.getlist(p.alias) or None
            else:
                raw = query.get(p.alias)
            if raw is None:
                info = p.field.field_info
                if info.is_required():
                    errors.append(get_missing_field_error(loc=p.loc))
                    continue
                default = p.field.default
                raw = default if isinstance(default, _IMMUTABLE) else copy.deepcopy(default)
                if not info.validate_default:
                    values[p.name] = raw
                    continue
            value, found = p.field.validate(raw, values, loc=p.loc)
            if found:
                errors.extend(found)
            else:
                values[p.name] = value
        return values, errors


def _plain(field: ModelField) -> bool:
    info = field.field_info
    annotation = info.annotation
    return (info.validation_alias in (None, field.alias) and not any(type(m).__name__ == "Json" for m in info.metadata)
            and not (isinstance(annotation, type) and issubclass(annotation, BaseModel)))


def _lookup(dependant: Dependant) -> bool:
    """A sub-dependency this route can call itself: an async function of the request alone."""
    return (dependant.call is not None and inspect.iscoroutinefunction(dependant.call)
            and dependant.request_param_name is not None and not dependant.dependencies
            and not (dependant.path_params or dependant.query_params or dependant.header_params
                     or dependant.cookie_params or dependant.body_params)
            and dependant.response_param_name is None and dependant.background_tasks_param_name is None
            and dependant.security_scopes_param_name is None and dependant.name is not None)


def plan_for(dependant: Dependant) -> _Plan | None:
    """The plan for an endpoint this route can serve itself, None for any other."""
    call = dependant.call
    if call is None or not inspect.iscoroutinefunction(call):
        return None
    if get_type_hints(call).get("return") is not Response:
        return None
    if (dependant.header_params or dependant.cookie_params or dependant.body_params
            or dependant.background_tasks_param_name or dependant.security_scopes_param_name
            or dependant.websocket_param_name or dependant.http_connection_param_name
            or not all(_lookup(d) for d in dependant.dependencies)):
        return None
    fields = [(f, True) for f in dependant.path_params] + [(f, False) for f in dependant.query_params]
    if not all(_plain(f) for f, _ in fields):
        return None
    params = tuple(_Param(f.name, f.alias, f, ("path" if in_path else "query", f.alias),
                          not in_path and field_annotation_is_sequence(f.field_info.annotation), in_path)
                   for f, in_path in fields)
    if any(p.in_path != isinstance(p.field.field_info, Path) for p in params):
        return None
    lookups = tuple((d.name, _request_only(d)) for d in dependant.dependencies if d.name is not None)
    return _Plan(params, lookups, dependant.request_param_name, dependant.response_param_name)


def _request_only(dependant: Dependant) -> Callable[..., Awaitable[Any]]:
    call, name = dependant.call, dependant.request_param_name
    assert call is not None and name is not None

    def lookup(request: Request) -> Awaitable[Any]:
        return call(**{name: request})  # type: ignore[no-any-return]

    return lookup


def _effective(route: APIRoute) -> Any:
    """The route as included in the app: FastAPI 0.16x builds an included route's handler with the
    inclusion's dependencies and override provider (the app) in a context variable, not on the route."""
    context = getattr(fastapi.routing, "_effective_route_context_var", None)
    effective = context.get() if context is not None else None
    return effective if effective is not None and getattr(effective, "original_route", None) is route else route


class QueryRoute(APIRoute):
    def get_route_handler(self) -> Handler:
        standard = super().get_route_handler()
        route = _effective(self)
        plan = plan_for(route.dependant)
        if plan is None:
            return standard
        endpoint = route.dependant.call
        assert endpoint is not None
        overrides = route.dependency_overrides_provider

        async def handler(request: Request) -> Response:
            if overrides is not None and getattr(overrides, "dependency_overrides", None):
                return await standard(request)
            values, errors = plan.solve(request)
            if errors:
                raise RequestValidationError(errors, body=None)
            for name, lookup in plan.lookups:
                values[name] = await lookup(request)
            if plan.request_name:
                values[plan.request_name] = request
            if plan.response_name:  # as FastAPI makes it: headers to copy, no status of its own
                sub = values[plan.response_name] = Response()
                del sub.headers["content-length"]
                sub.status_code = None  # type: ignore[assignment]
            response = await endpoint(**values)
            if not isinstance(response, Response):
                raise TypeError(f"{endpoint.__name__} is declared to return a Response, returned {type(response)}")
            return response

        return handler
