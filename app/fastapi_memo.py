"""Memoize what FastAPI recomputes on every request although it depends only on a route's declared
parameters.

FastAPI 0.16x inspects each query parameter's annotation anew per request (is it a sequence, a model,
a `Json`; which aliases): with 10–17 parameters per list route, about a third of its parameter
handling in a profile. The list routes now bypass that handling (app/fast_route.py); this serves the
other routes, and the lists whenever FastAPI's own handler runs. These helpers are pure functions of
a `ModelField` (or of its annotation), and the fields live as long as the app, so each answer is
computed once.
The wrapped names are private to FastAPI: when a release drops one, it is left alone (requests stay
correct, only slower), and `tests/test_fastapi_memo.py` fails so the loss is noticed.
"""

from collections.abc import Callable
from typing import Any

import fastapi.dependencies.utils as dependency_utils

# Names in fastapi.dependencies.utils whose result depends only on their positional argument (a
# ModelField or an annotation) and, for _get_param_aliases, its keyword.
MEMOIZED = ("field_annotation_is_sequence", "_get_param_model", "_is_json_field", "_get_param_aliases")
# A bound in case some release passes objects made per request: past it, answers are computed, not kept.
MAX_ENTRIES = 10_000


def _memo(compute: Callable[..., Any]) -> Callable[..., Any]:
    # Keyed by id(): annotations and fields need not be hashable. The value keeps the argument alive,
    # so its id is never reused for another object.
    seen: dict[tuple[int, tuple[tuple[str, Any], ...]], tuple[Any, Any]] = {}

    def memoized(arg: Any, **kwargs: Any) -> Any:
        key = (id(arg), tuple(kwargs.items()))
        hit = seen.get(key)
        if hit is None:
            hit = (arg, compute(arg, **kwargs))
            if len(seen) < MAX_ENTRIES:
                seen[key] = hit
        return hit[1]

    memoized.__wrapped__ = compute  # type: ignore[attr-defined]
    return memoized


def install() -> list[str]:
    """Wrap each helper once (idempotent); returns the names wrapped by this or an earlier call."""
    done = []
    for name in MEMOIZED:
        current = getattr(dependency_utils, name, None)
        if current is None:
            continue
        if not hasattr(current, "__wrapped__"):
            setattr(dependency_utils, name, _memo(current))
        done.append(name)
    return done
