"""Where the project's own files live: prompts, question bank, audio fixtures.

prompts/ and audio_fixtures/ sit at the top of the repository. The build installs them as the
packages voice_interviewer.prompts and voice_interviewer.audio_fixtures (package-dir in
pyproject.toml), and they are found here through importlib.resources: in an installed wheel
they are folders of the installed package; in a checkout installed editable (scripts/setup.sh)
the install's import hook maps those names to the checkout's own folders.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

# The source checkout, for what only a checkout has (the tests, the benchmarks). In an
# installed wheel this is site-packages: nothing of the program's own data is read from it.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _data_dir(name: str) -> Path:
    """The folder of the data package voice_interviewer.<name>."""
    package = f"voice_interviewer.{name}"
    try:
        folder = resources.files(package)
    except ModuleNotFoundError as exc:
        raise ImportError(
            f"{package} (the project's {name}/ folder) is not installed with the program: "
            "in a checkout, run scripts/setup.sh (or pip install -e .) again"
        ) from exc
    if not isinstance(folder, Path):
        raise ImportError(
            f"{package} is inside an archive ({folder}); install voice-interviewer as files "
            "(pip or pipx), not as a zip"
        )
    return folder


PROMPTS_DIR = _data_dir("prompts")
FIXTURES_DIR = _data_dir("audio_fixtures")
