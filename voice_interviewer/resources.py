"""Where the project's own files live: prompts, question bank, audio fixtures.

The package is installed editable by scripts/setup.sh, so these folders sit beside it.
"""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PROMPTS_DIR = PROJECT_ROOT / "prompts"
FIXTURES_DIR = PROJECT_ROOT / "audio_fixtures"
