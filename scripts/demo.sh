#!/usr/bin/env bash
# Set everything up (idempotent), then run the demo on the embedded defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/voice-interviewer demo "$@"
