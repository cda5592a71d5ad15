"""Vocal fillers that most readings of the answer find.

Whisper's fillers are a draw. The same recording heard from a fraction of a second later (its
own noise floor before it) came out with a filler more here and one fewer there: an "uh"
written over a broken-off word at one start only, a run of six "uh" over two at another, a
hoarse "um" kept at three starts of four (bench/real_fillers.py --starts). With
Settings.filler_readings the answer is decoded that many times, each started a little later
(Transcript.readings), every reading's vocal fillers are found the same way (Whisper's, checked
and completed from the audio: listened), and a filler counts where most readings have one
within SAME_FILLER_S of each other. The words shown are the first reading's: a filler it wrote
that the others outvote is dropped from them, and one that most readings found and it lacks is
added where they heard it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from voice_interviewer.analysis.filled_pauses import confirm_fillers, find_filled_pauses
from voice_interviewer.analysis.fillers import Filler, analyse_fillers
from voice_interviewer.transcription.transcript import Transcript, Word, join_words

# Two readings' fillers this close (the gap between their spans, in seconds) are the same one:
# readings time the same word apart by up to a few tenths of a second.
SAME_FILLER_S = 0.5


@dataclass
class _Ballot:
    """One filler as the readings found it: which readings, and each one's Filler."""

    found: dict[int, Filler] = field(default_factory=dict)

    def takes(self, reading: int, filler: Filler) -> bool:
        return reading not in self.found and any(
            _near(filler, other) for other in self.found.values()
        )


def listened(
    transcript: Transcript, samples: np.ndarray, hotwords: bool
) -> tuple[Transcript, tuple[Filler, ...]]:
    """One reading checked against the audio: the transcript without the vocal fillers the
    audio does not hold (confirm_fillers: over the silence after an answer, or squeezed into
    no time), and the fillers heard in the audio only (find_filled_pauses)."""
    written = analyse_fillers(transcript).fillers
    confirmed = set(confirm_fillers(written, transcript.words, samples))
    unheard = {f.word_index for f in written if f not in confirmed and f.word_index is not None}
    in_text = written
    if unheard:
        transcript = transcript.without(unheard)
        in_text = analyse_fillers(transcript).fillers
    heard = find_filled_pauses(transcript.words, samples, in_text, written if hotwords else None)
    return transcript, tuple(heard)


def voted(
    transcript: Transcript, heard: tuple[Filler, ...], samples: np.ndarray, hotwords: bool
) -> tuple[Transcript, tuple[Filler, ...]]:
    """The first reading (transcript and heard, as listened gave them) with its vocal
    fillers put to the vote of every reading (transcript.readings): the transcript without
    the fillers it wrote that most readings lack, and the fillers heard in the audio only
    that most readings have, with those most readings found where it has none."""
    readings = [_vocal(transcript, heard)]
    for words in transcript.readings:
        readings.append(_vocal(*listened(_reading(transcript, words), samples, hotwords)))
    majority = len(readings) // 2 + 1
    ballots = _ballots(readings)
    outvoted = {
        b.found[0].word_index
        for b in ballots
        if len(b.found) < majority and 0 in b.found and b.found[0].word_index is not None
    }
    kept_heard = [
        f for f in heard if any(b.found.get(0) is f for b in ballots if len(b.found) >= majority)
    ]
    added = [_added(b) for b in ballots if len(b.found) >= majority and 0 not in b.found]
    if outvoted:
        transcript = transcript.without(outvoted)
    return replace(transcript, readings=()), (*kept_heard, *added)


def _vocal(transcript: Transcript, heard: tuple[Filler, ...]) -> list[Filler]:
    """A reading's vocal fillers with times: written in its words, or heard in the audio."""
    written = analyse_fillers(transcript).fillers
    return [f for f in (*written, *heard) if f.kind == "vocal" and f.start is not None]


def _reading(first: Transcript, words: tuple[Word, ...]) -> Transcript:
    return replace(first, text=join_words(words), words=words, readings=())


def _ballots(readings: list[list[Filler]]) -> list[_Ballot]:
    """Every filler of every reading, in time order, in the first ballot that takes it (one
    near it that no filler of the same reading is in yet), or in a ballot of its own."""
    ballots: list[_Ballot] = []
    found = sorted(
        ((index, f) for index, fillers in enumerate(readings) for f in fillers),
        key=lambda pair: (pair[1].start, pair[0]),
    )
    for index, filler in found:
        ballot = next((b for b in ballots if b.takes(index, filler)), None)
        if ballot is None:
            ballot = _Ballot()
            ballots.append(ballot)
        ballot.found[index] = filler
    return ballots


def _added(ballot: _Ballot) -> Filler:
    """A filler the first reading lacks, where the earliest reading that has it heard it."""
    filler = ballot.found[min(ballot.found)]
    return replace(filler, word_index=None, source="audio")


def _near(a: Filler, b: Filler) -> bool:
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return max(a.start, b.start) - min(a.end, b.end) <= SAME_FILLER_S
