"""One answer, reviewed: the transcript and everything the later stages say about it.

`review` (a file) and `drill` (a live answer) both end here, so their results have one shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from voice_interviewer.analysis.pace import Pace, analyse_pace
from voice_interviewer.coaching.schema import Feedback
from voice_interviewer.transcript import Transcript

JSON_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class AnswerReview:
    source: str  # the recording's path, or "-" for a live answer not yet saved
    question: str | None
    transcript: Transcript
    pace: Pace
    feedback: Feedback | None = None  # framing feedback from the coaching stage

    def to_json(self) -> dict[str, Any]:
        """The documented --json object (README, "JSON output")."""
        transcript = self.transcript
        return {
            "schema": JSON_SCHEMA_VERSION,
            "file": self.source,
            "ok": True,
            "question": self.question,
            "duration_s": transcript.duration,
            "language": transcript.language,
            "model": transcript.model,
            "device": transcript.device,
            "compute_type": transcript.compute_type,
            "timings": asdict(transcript.timings),
            "text": transcript.text,
            "words": [asdict(w) for w in transcript.words],
            "pace": {
                "word_count": self.pace.word_count,
                "speaking_time_s": self.pace.speaking_time_s,
                "words_per_minute": self.pace.words_per_minute,
                "pauses": [
                    {
                        "start": p.start,
                        "end": p.end,
                        "duration": p.duration,
                        "after_word": p.after_word,
                    }
                    for p in self.pace.pauses
                ],
            },
            "feedback": self.feedback.to_json() if self.feedback else None,
        }


def review_transcript(source: str, transcript: Transcript, question: str | None) -> AnswerReview:
    return AnswerReview(
        source=source,
        question=question,
        transcript=transcript,
        pace=analyse_pace(transcript),
    )
