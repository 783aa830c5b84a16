"""The memoized FastAPI helpers answer exactly what FastAPI's own would, for every declared parameter."""

from typing import Any

import fastapi.dependencies.utils as dependency_utils
import pytest
from fastapi.routing import APIRoute

from app import fastapi_memo
from app.config import Settings
from app.main import create_app
from app.routers import articles, figures, health, quotes, speakers, topics


def _fields() -> list[Any]:
    found = []
    for route in [r for module in (articles, figures, health, quotes, speakers, topics) for r in module.router.routes]:
        if isinstance(route, APIRoute):
            stack = [route.dependant]
            while stack:
                dependant = stack.pop()
                found += dependant.query_params + dependant.path_params + dependant.header_params
                stack += dependant.dependencies
    return found


def test_every_helper_is_still_there_and_wrapped(settings: Settings) -> None:
    create_app(settings)
    assert fastapi_memo.install() == list(fastapi_memo.MEMOIZED)
    for name in fastapi_memo.MEMOIZED:
        assert hasattr(getattr(dependency_utils, name), "__wrapped__"), name


def test_memoized_answers_equal_fastapis(settings: Settings) -> None:
    create_app(settings)
    fields = _fields()
    assert len(fields) > 30
    wrapped = {name: getattr(dependency_utils, name) for name in fastapi_memo.MEMOIZED}
    for field in fields:
        for _ in range(2):  # the second call is answered from the memo
            annotation = field.field_info.annotation
            assert wrapped["field_annotation_is_sequence"](annotation) == \
                wrapped["field_annotation_is_sequence"].__wrapped__(annotation)
            for name in ("_get_param_model", "_is_json_field", "_get_param_aliases"):
                assert wrapped[name](field) == wrapped[name].__wrapped__(field), (name, field.name)
            assert wrapped["_get_param_aliases"](field, convert_underscores=True) == \
                wrapped["_get_param_aliases"].__wrapped__(field, convert_underscores=True)


def test_the_memo_stops_growing_at_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def compute(arg: object) -> int:
        calls.append(arg)
        return len(calls)

    monkeypatch.setattr(fastapi_memo, "MAX_ENTRIES", 2)
    memo = fastapi_memo._memo(compute)
    objects = [object() for _ in range(3)]
    assert [memo(o) for o in objects] == [1, 2, 3]
    assert [memo(o) for o in objects] == [1, 2, 4]  # the first two were kept, the third was not
