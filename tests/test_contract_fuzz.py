"""Schemathesis against the live app's own /openapi.json: every operation, generated requests.

Checks: no 5xx, status codes and content types the document declares, bodies that match their
schema, and problem+json on every 4xx. FUZZ_EXAMPLES sets the cases per operation (100 in CI;
bench/fuzz_nightly.sh runs more).
"""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings

from app.config import Settings
from app.ingest import ingest
from app.main import create_app
from tests.conftest import ARTICLES

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "100"))


@schemathesis.check
def problem_json_on_errors(ctx: schemathesis.CheckContext, response: schemathesis.Response,
                           case: schemathesis.Case) -> None:
    if response.status_code >= 400:
        content_type = response.headers.get("content-type", [""])[0]
        assert content_type.startswith("application/problem+json"), f"{response.status_code} sent as {content_type}"


def _app() -> FastAPI:
    """Built at import: schemathesis parametrizes at collection time (its fixture-based loader does
    not run under pytest 9), so the corpus is ingested here from the same small real articles."""
    folder = Path(tempfile.mkdtemp(prefix="contract-fuzz-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = folder / "corpus.db"
    report = ingest([ARTICLES], db)
    assert report.rejected == 0
    return create_app(Settings(corpus_db=db))


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_its_contract(case: schemathesis.Case) -> None:
    # Left out: "every schema-valid request is accepted". Some rules span parameters and OpenAPI cannot
    # say them (`from` <= `to`, a cursor belongs to its own sort, `relevance` needs `q`); those 4xx are
    # the contract. Every other check runs, plus problem+json on errors.
    case.call_and_validate(additional_checks=[problem_json_on_errors],
                           excluded_checks=[schemathesis.checks.positive_data_acceptance])
