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
# Each process then runs one thread for Whisper and the embedded LLM (OMP_NUM_THREADS, read by
# their automatic thread counts): with more, threads that share a core spin waiting for each
# other, which cost the suite a tenth more CPU time and 50 s on two cores (BENCHMARKS.md).
workers=1
if [ "$(nproc)" -ge 2 ]; then
    workers=3
    export OMP_NUM_THREADS=1
fi
exec .venv/bin/python -m pytest -ra -n "$workers" --dist loadfile "$@"
