"""How the answer sounded: fillers, pace and pauses, rehearsed phrasing, in one result.

analyse_delivery is the single entry point `review` and `drill` call after transcription. It
reads no files: scripts and earlier attempts come in as text, the recording as samples.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from voice_interviewer.analysis.filler_vote import listened, voted
from voice_interviewer.analysis.fillers import Filler, FillerReport, analyse_fillers
from voice_interviewer.analysis.pace import Pace, PaceTargets, analyse_pace
from voice_interviewer.analysis.rehearsal import (
    RehearsalOptions,
    RehearsalReport,
    Script,
    analyse_rehearsal,
)
from voice_interviewer.config import Settings
from voice_interviewer.transcription.transcript import Transcript


@dataclass(frozen=True)
class DeliveryOptions:
    pace: PaceTargets = field(default_factory=PaceTargets)
    rehearsal: RehearsalOptions = field(default_factory=RehearsalOptions)
    filled_pauses_from_audio: bool = True
    # The transcript was made with the filler hotwords (the default): the audio is then
    # searched only where Whisper's fillers and the sounds disagree (find_filled_pauses).
    hotwords: bool = True

    @classmethod
    def from_settings(cls, settings: Settings) -> DeliveryOptions:
        return cls(
            pace=PaceTargets(
                min_wpm=settings.pace_min_wpm,
                max_wpm=settings.pace_max_wpm,
                window_s=settings.pace_window_s,
                long_pause_s=settings.long_pause_s,
                first_word_delay_s=settings.first_word_delay_s,
            ),
            rehearsal=RehearsalOptions(
                verbatim_min_words=settings.verbatim_min_words,
                attempt_min_words=settings.attempt_min_words,
            ),
            filled_pauses_from_audio=settings.filled_pauses_from_audio,
            hotwords=settings.keep_fillers,
        )


@dataclass(frozen=True)
class Delivery:
    fillers: FillerReport
    pace: Pace
    rehearsal: RehearsalReport
    transcript: Transcript  # what was analysed: without the fillers the audio does not hold

    def to_json(self) -> dict[str, Any]:
        """The review JSON's "delivery" object (README, "JSON output")."""
        fillers = self.fillers
        return {
            "fillers": [f.to_json() for f in fillers.fillers],
            "filler_count": fillers.count,
            "fillers_per_minute": fillers.per_minute,
            "fillers_per_100_words": fillers.per_100_words,
            "top_crutches": [[text, count] for text, count in fillers.top_crutches()],
            "rehearsal": {"flags": [f.to_json() for f in self.rehearsal.flags]},
        }


def analyse_delivery(
    transcript: Transcript,
    samples: np.ndarray | None = None,
    scripts: Sequence[Script] = (),
    earlier_attempts: Sequence[str] = (),
    options: DeliveryOptions | None = None,
) -> Delivery:
    """Everything the delivery report says about one answer.

    samples: the recording (16 kHz mono float32) when there is one; fillers Whisper left out
    are then recovered from it. earlier_attempts: transcripts of the speaker's earlier answers
    to the same question, oldest first.
    """
    options = options or DeliveryOptions()
    listen = samples is not None and options.filled_pauses_from_audio and transcript.timed
    heard: tuple[Filler, ...] = ()
    if listen:
        transcript, heard = listened(transcript, samples, options.hotwords)
        if transcript.readings:
            transcript, heard = voted(transcript, heard, samples, options.hotwords)
    pace = analyse_pace(transcript, targets=options.pace)
    fillers = analyse_fillers(transcript, heard, speaking_time_s=pace.speaking_time_s)
    rehearsal = analyse_rehearsal(
        transcript, fillers, pace, scripts, earlier_attempts, options.rehearsal
    )
    return Delivery(fillers, pace, rehearsal, transcript)
