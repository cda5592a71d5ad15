"""One answer, reviewed: the transcript and everything the later stages say about it.

`review` (a file) and `drill` (a live answer) both end here, so their results have one shape.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from voice_interviewer.analysis.delivery import Delivery, DeliveryOptions, analyse_delivery
from voice_interviewer.analysis.pace import Pace
from voice_interviewer.analysis.rehearsal import Script
from voice_interviewer.coaching.schema import Feedback
from voice_interviewer.transcription.transcript import Transcript

JSON_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class AnswerReview:
    source: str  # the recording's path, or "-" for a live answer not yet saved
    question: str | None
    transcript: Transcript
    pace: Pace
    delivery: Delivery | None = None  # fillers and rehearsal flags (pace is self.pace)
    feedback: Feedback | None = None  # framing feedback from the coaching stage
    drill: Mapping[str, Any] | None = None  # how a drill's answer was recorded (README)

    def to_json(self) -> dict[str, Any]:
        """The documented --json object (README, "JSON output"), as the history keeps it; a
        drill's answer has its "drill" object too."""
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
                        "at": p.at,
                    }
                    for p in self.pace.pauses
                ],
                **_pace_extras(self.pace),
            },
            "delivery": self.delivery.to_json() if self.delivery else None,
            "feedback": self.feedback.to_json() if self.feedback else None,
            **({"drill": dict(self.drill)} if self.drill is not None else {}),
        }


def _pace_extras(pace: Pace) -> dict[str, Any]:
    """The pace keys the delivery analysis adds (README, "JSON output")."""
    targets = pace.targets
    return {
        "long_pauses": sum(1 for p in pace.pauses if p.duration >= targets.long_pause_s),
        "first_word_delay_s": pace.first_word_delay_s,
        "silence_s": pace.silence_s,
        "window_wpm": [list(w) for w in pace.window_wpm],
        "stretches": [
            {"start": s.start, "end": s.end, "words_per_minute": s.words_per_minute, "kind": s.kind}
            for s in pace.stretches
        ],
        "articulation_variation": pace.articulation_variation,
        "targets": asdict(targets),
    }


def review_transcript(
    source: str,
    transcript: Transcript,
    question: str | None,
    samples: np.ndarray | None = None,
    scripts: Sequence[Script] = (),
    earlier_attempts: Sequence[str] = (),
    options: DeliveryOptions | None = None,
) -> AnswerReview:
    """Review one answer; samples (the recording) let the analysis hear dropped fillers."""
    delivery = analyse_delivery(transcript, samples, scripts, earlier_attempts, options)
    return AnswerReview(
        source=source,
        question=question,
        transcript=delivery.transcript,
        pace=delivery.pace,
        delivery=delivery,
    )
