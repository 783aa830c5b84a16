#!/usr/bin/env bash
# The long contract-fuzzing run: tests/test_contract_fuzz.py (Schemathesis against the app's own
# /openapi.json) with FUZZ_EXAMPLES cases per operation, 2000 by default (CI runs 100).
#
#   bench/fuzz_nightly.sh [pytest args...]
#   FUZZ_EXAMPLES=5000 PYTHON=/path/to/python bench/fuzz_nightly.sh -x
#
# PYTHON picks the interpreter (default .venv/bin/python, relative to the repository root).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
export FUZZ_EXAMPLES="${FUZZ_EXAMPLES:-2000}"

echo "fuzz: FUZZ_EXAMPLES=${FUZZ_EXAMPLES} ${PYTHON} -m pytest -q tests/test_contract_fuzz.py (in $(pwd))" >&2
exec "${PYTHON}" -m pytest -q tests/test_contract_fuzz.py --hypothesis-show-statistics -p no:cacheprovider "$@"
