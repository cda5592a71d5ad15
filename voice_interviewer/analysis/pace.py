"""Pace and pauses from word timings.

Targets come from published speech-coaching norms (all configurable through Settings):
- Rate: the National Center for Voice and Speech gives about 150 words per minute as the
  average conversational rate of American English; presentation coaches aim for roughly
  120-160 wpm (VirtualSpeech, "Average Speaking Rate and Words per Minute", D. Barnard, 2022,
  puts presentations at 100-150 and conversation at 120-150). Below 120 drags, above 160
  rushes an interview answer.
- Pauses: Campione and Véronis ("A large-scale multilingual study of silent pause duration",
  Speech Prosody 2002) class silences as brief (< 0.2 s), medium (0.2-1 s) and long (> 1 s);
  this project counts silences of 0.5 s or more as pauses and calls one of 2 s or more long.
  A pause at a sentence end is punctuation; a long one mid-sentence is a hesitation.
- Delay before the first word: up to about 3 s of thinking time reads as considered, longer
  as stuck.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from dataclasses import dataclass
from typing import Literal

from voice_interviewer.transcription.transcript import Transcript, Word

# A silence between two words at least this long counts as a pause.
PAUSE_THRESHOLD_S = 0.5
# Gaps between words shorter than this are articulation, not silence.
_SILENCE_GAP_S = 0.25
_WINDOW_STEP_S = 1.0
# Phrases (for the articulation rate) are the runs of words between gaps this long.
_PHRASE_GAP_S = 0.15
_MIN_PHRASE_WORDS = 3

PauseAt = Literal["sentence-end", "clause", "mid-sentence"]


@dataclass(frozen=True)
class PaceTargets:
    """What the figures are compared with; see the module docstring for the sources."""

    min_wpm: float = 120.0
    max_wpm: float = 160.0
    window_s: float = 10.0  # length of the sliding window for fast and slow stretches
    pause_threshold_s: float = PAUSE_THRESHOLD_S
    long_pause_s: float = 2.0
    first_word_delay_s: float = 3.0


@dataclass(frozen=True)
class Pause:
    start: float
    end: float
    after_word: int  # index of the word before the pause
    at: PauseAt = "mid-sentence"  # what the word before it ends: a sentence, a clause, or neither

    @property
    def duration(self) -> float:
        return round(self.end - self.start, 3)


@dataclass(frozen=True)
class Stretch:
    """A part of the answer spoken faster or slower than the target band."""

    start: float
    end: float
    words_per_minute: float
    kind: Literal["fast", "slow"]


@dataclass(frozen=True)
class Pace:
    """Figures that need word timings are None for a transcript without them."""

    word_count: int
    speaking_time_s: float | None  # first word's start to last word's end
    words_per_minute: float | None
    pauses: tuple[Pause, ...]  # in order of time
    first_word_delay_s: float | None = None  # from the start of the recording
    silence_s: float | None = None  # silent gaps inside the speaking time
    window_wpm: tuple[tuple[float, float], ...] = ()  # (window start, wpm), one a second
    stretches: tuple[Stretch, ...] = ()
    # Coefficient of variation of the syllable rate across phrases: reading aloud keeps it
    # steady, spontaneous speech speeds up and slows down as it is planned. None when too short.
    articulation_variation: float | None = None
    targets: PaceTargets = PaceTargets()

    def longest_pauses(self, count: int = 3) -> list[Pause]:
        return sorted(self.pauses, key=lambda p: p.duration, reverse=True)[:count]

    def long_pauses(self) -> list[Pause]:
        return [p for p in self.pauses if p.duration >= self.targets.long_pause_s]


def _pause_at(word: Word) -> PauseAt:
    text = word.text.rstrip("\"')]")
    if text.endswith((".", "?", "!")) and not text.endswith("..."):
        return "sentence-end"
    if text.endswith((",", ";", ":", "\u2014", "...")):
        return "clause"
    return "mid-sentence"


def find_pauses(words: tuple[Word, ...], threshold_s: float = PAUSE_THRESHOLD_S) -> list[Pause]:
    pauses = []
    for index, (before, after) in enumerate(itertools.pairwise(words)):
        if (
            before.end is not None
            and after.start is not None
            and after.start - before.end >= threshold_s
        ):
            pauses.append(Pause(before.end, after.start, index, _pause_at(before)))
    return pauses


def window_rates(words: tuple[Word, ...], window_s: float) -> list[tuple[float, float]]:
    """(start, words per minute) of each window of window_s, a second apart.

    A word counts in a window when its middle falls inside it; only whole windows inside the
    speaking time are measured, so an answer shorter than one window has none.
    """
    middles = [(w.start + w.end) / 2 for w in words]
    first, last = words[0].start, words[-1].end
    rates = []
    start = first
    while start + window_s <= last + 1e-9:
        count = bisect.bisect_left(middles, start + window_s) - bisect.bisect_left(middles, start)
        rates.append((round(start, 3), round(count * 60 / window_s, 1)))
        start += _WINDOW_STEP_S
    return rates


def find_stretches(rates: list[tuple[float, float]], targets: PaceTargets) -> list[Stretch]:
    """Runs of windows above max_wpm or below min_wpm, with their mean rate; runs of one kind
    whose windows overlap are one stretch."""
    runs: list[tuple[str, list[tuple[float, float]]]] = []
    for kind, group in itertools.groupby(rates, key=lambda r: _rate_kind(r[1], targets)):
        if kind is None:
            continue
        windows = list(group)
        previous = runs[-1] if runs else None
        if (
            previous
            and previous[0] == kind
            and windows[0][0] < previous[1][-1][0] + targets.window_s
        ):
            previous[1].extend(windows)
        else:
            runs.append((kind, windows))
    return [
        Stretch(
            windows[0][0],
            round(windows[-1][0] + targets.window_s, 3),
            round(statistics.fmean(wpm for _, wpm in windows), 1),
            kind,
        )
        for kind, windows in runs
    ]


def _rate_kind(wpm: float, targets: PaceTargets) -> Literal["fast", "slow"] | None:
    if wpm > targets.max_wpm:
        return "fast"
    if wpm < targets.min_wpm:
        return "slow"
    return None


def syllables(word: str) -> int:
    """A rough syllable count from vowel groups ("engineering" 4, "the" 1)."""
    return max(1, len(re.findall(r"[aeiouy]+", word.lower().rstrip("e"))))


def articulation_variation(words: tuple[Word, ...]) -> float | None:
    """Coefficient of variation of syllables per second over the phrases between pauses."""
    phrases: list[list[Word]] = [[words[0]]]
    for before, after in itertools.pairwise(words):
        if after.start - before.end >= _PHRASE_GAP_S:
            phrases.append([])
        phrases[-1].append(after)
    rates = [
        sum(syllables(w.text) for w in phrase) / (phrase[-1].end - phrase[0].start)
        for phrase in phrases
        if len(phrase) >= _MIN_PHRASE_WORDS and phrase[-1].end > phrase[0].start
    ]
    if len(rates) < 4:
        return None
    return round(statistics.pstdev(rates) / statistics.fmean(rates), 3)


def analyse_pace(
    transcript: Transcript,
    pause_threshold_s: float | None = None,
    targets: PaceTargets | None = None,
) -> Pace:
    targets = targets or PaceTargets()
    threshold = pause_threshold_s if pause_threshold_s is not None else targets.pause_threshold_s
    words = transcript.words
    if not transcript.timed:
        return Pace(len(words), None, None, (), targets=targets)
    speaking = words[-1].end - words[0].start
    wpm = len(words) / (speaking / 60) if speaking > 0 else None
    gaps = (after.start - before.end for before, after in itertools.pairwise(words))
    rates = window_rates(words, targets.window_s)
    return Pace(
        word_count=len(words),
        speaking_time_s=round(speaking, 3),
        words_per_minute=round(wpm, 1) if wpm is not None else None,
        pauses=tuple(find_pauses(words, threshold)),
        first_word_delay_s=round(words[0].start, 3),
        silence_s=round(sum(g for g in gaps if g >= _SILENCE_GAP_S), 3),
        window_wpm=tuple(rates),
        stretches=tuple(find_stretches(rates, targets)),
        articulation_variation=articulation_variation(words),
        targets=targets,
    )
