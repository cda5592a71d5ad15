#!/usr/bin/env bash
# Set everything up with the test extras (idempotent), then lint and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# Two test processes (fewer on a one-core machine), each taking whole files: the audio tests
# play in real time and the server tests wait on timeouts, so the second process fills that
# time (BENCHMARKS.md, "Set-up and test suite on any CPU"). Add -n 0 to run in one process.
exec .venv/bin/python -m pytest -ra -n auto --maxprocesses 2 --dist loadfile "$@"
