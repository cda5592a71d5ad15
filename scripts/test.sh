#!/usr/bin/env bash
# Set everything up with the test extras (idempotent), then lint and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# Three test processes on two cores or more (one on one core), each taking whole files: the
# audio tests play in real time and the server tests wait on timeouts, so the other processes
# fill that time (BENCHMARKS.md, "Set-up and test suite on any CPU"). Add -n 0 to run in one
# process.
workers=1
[ "$(nproc)" -ge 2 ] && workers=3
exec .venv/bin/python -m pytest -ra -n "$workers" --dist loadfile "$@"
