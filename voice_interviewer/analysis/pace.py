"""Pace and pauses from word timings."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from voice_interviewer.transcript import Transcript, Word

# A silence between two words at least this long counts as a pause.
PAUSE_THRESHOLD_S = 0.5


@dataclass(frozen=True)
class Pause:
    start: float
    end: float
    after_word: int  # index of the word before the pause

    @property
    def duration(self) -> float:
        return round(self.end - self.start, 3)


@dataclass(frozen=True)
class Pace:
    """Figures that need word timings are None for a transcript without them."""

    word_count: int
    speaking_time_s: float | None  # first word's start to last word's end
    words_per_minute: float | None
    pauses: tuple[Pause, ...]  # in order of time

    def longest_pauses(self, count: int = 3) -> list[Pause]:
        return sorted(self.pauses, key=lambda p: p.duration, reverse=True)[:count]


def find_pauses(words: tuple[Word, ...], threshold_s: float = PAUSE_THRESHOLD_S) -> list[Pause]:
    pauses = []
    for index, (before, after) in enumerate(itertools.pairwise(words)):
        if (
            before.end is not None
            and after.start is not None
            and after.start - before.end >= threshold_s
        ):
            pauses.append(Pause(before.end, after.start, index))
    return pauses


def analyse_pace(transcript: Transcript, pause_threshold_s: float = PAUSE_THRESHOLD_S) -> Pace:
    words = transcript.words
    if not transcript.timed:
        return Pace(len(words), None, None, ())
    speaking = words[-1].end - words[0].start
    wpm = len(words) / (speaking / 60) if speaking > 0 else None
    return Pace(
        word_count=len(words),
        speaking_time_s=round(speaking, 3),
        words_per_minute=round(wpm, 1) if wpm is not None else None,
        pauses=tuple(find_pauses(words, pause_threshold_s)),
    )
