"""The coaching prompts: versioned text files in prompts/coaching/.

A prompt is two files, <version>.system.txt and <version>.user.txt. Changing what the model is
asked means a new version (a new pair of files), never an edit in place: the version is stored
with every feedback, so results from different prompts are never mixed up.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template

from voice_interviewer.coaching.schema import CoachRequest
from voice_interviewer.errors import ConfigError
from voice_interviewer.resources import PROMPTS_DIR

PROMPT_DIR = PROMPTS_DIR / "coaching"
PROMPT_VERSION = "feedback-v2"
TRANSCRIPT_START = "<<<TRANSCRIPT"
TRANSCRIPT_END = "TRANSCRIPT>>>"


@dataclass(frozen=True)
class Prompt:
    version: str
    system: str
    user: str

    def messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user}]


def read_prompt(version: str, part: str) -> str:
    path = PROMPT_DIR / f"{version}.{part}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the coaching prompt {path}: {exc}") from None


def as_data(transcript: str) -> str:
    """The transcript with anything that could close or reopen its markers taken out."""
    for marker in (TRANSCRIPT_START, TRANSCRIPT_END, "<<<", ">>>"):
        transcript = transcript.replace(marker, " ")
    return transcript.strip()


def _user_turn(template: str, request: CoachRequest) -> str:
    rubric = request.rubric
    listed = "\n".join(f"{i}. {point}" for i, point in enumerate(rubric, 1)) or "(none given)"
    return Template(template).substitute(
        question=request.question or "(not given)",
        rubric=listed,
        rubric_size=len(rubric),
        transcript=as_data(request.transcript),
    )


def build_prompt(request: CoachRequest, version: str = PROMPT_VERSION) -> Prompt:
    return Prompt(
        version=version,
        system=read_prompt(version, "system"),
        user=_user_turn(read_prompt(version, "user"), request),
    )
