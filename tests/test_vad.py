"""What the transcriber is given: Silero's speech, widened over weak voicing it missed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faster_whisper.vad import VadOptions, get_speech_timestamps

from tests.conftest import fixture_audio
from voice_interviewer.audio.decode import SAMPLE_RATE, load_audio
from voice_interviewer.audio.vad import speech_regions

# a hoarse speaker (MIT, see tests/data/real-speech/README.md)
COLD = Path(__file__).parent / "data" / "real-speech" / "mfa-cold_corpus.wav"


@pytest.fixture(scope="module")
def words() -> np.ndarray:
    """Two seconds of a bundled spoken answer."""
    wav, _text = fixture_audio("biggest_weakness")
    samples = load_audio(wav)
    first = int(np.flatnonzero(np.abs(samples) > 0.01)[0])
    return samples[first : first + 2 * SAMPLE_RATE]


def _answer(words: np.ndarray, words_at: float, hum: tuple[float, float] | None) -> np.ndarray:
    """6 s of quiet: the words at words_at seconds, a weak voiced hum (120 Hz) over hum."""
    samples = np.zeros(6 * SAMPLE_RATE, dtype=np.float32)
    first = int(words_at * SAMPLE_RATE)
    samples[first : first + words.size] = words
    if hum:
        start, end = (int(t * SAMPLE_RATE) for t in hum)
        t = np.arange(end - start) / SAMPLE_RATE
        voice = sum(np.sin(2 * np.pi * 120 * k * t) / k for k in range(1, 6))
        samples[start:end] += (0.02 * voice).astype(np.float32)
    return samples


def _silero(samples: np.ndarray) -> list[tuple[int, int]]:
    return [(s["start"], s["end"]) for s in get_speech_timestamps(samples, VadOptions())]


def test_a_weak_voice_silero_missed_beside_the_words_is_given_to_whisper(
    words: np.ndarray,
) -> None:
    samples = _answer(words, 2.5, hum=(1.2, 1.8))
    assert _silero(samples)[0][0] > 1.9 * SAMPLE_RATE  # Silero hears only the words
    regions = speech_regions(samples)
    assert len(regions) == 1
    assert regions[0][0] == pytest.approx(0.8 * SAMPLE_RATE, abs=0.1 * SAMPLE_RATE)
    assert regions[0][1] == _silero(samples)[0][1]
    after = _answer(words, 0.5, hum=(3.6, 4.0))  # and one just after them
    [(start, end)] = speech_regions(after)
    assert start == _silero(after)[0][0]
    assert end == pytest.approx(4.4 * SAMPLE_RATE, abs=0.05 * SAMPLE_RATE)  # 4.0 s, padded


def test_regions_stay_as_silero_found_them_without_voicing_near_them(words: np.ndarray) -> None:
    """To the sample: Whisper's text changes with where its audio starts."""
    alone = _answer(words, 2.5, hum=None)
    assert speech_regions(alone) == _silero(alone)
    far = _answer(words, 0.5, hum=(5.4, 5.9))  # more than Silero's 2 s pause after the words
    assert speech_regions(far) == _silero(far)
    assert speech_regions(np.zeros(SAMPLE_RATE, dtype=np.float32)) == []


def test_speech_at_the_very_start_that_silero_heard_late_is_given_to_whisper() -> None:
    """Silero starts every audio with no memory: cut 0.17 s before a hoarse "different than
    the, uh", it heard nothing for 2 s; read backwards from the speech after, it hears the
    words from the first sample, and Whisper is given them after 0.4 s of silence, the
    padding the audio has no room for."""
    cut = load_audio(COLD)[int(5.7 * SAMPLE_RATE) :]
    assert _silero(cut)[0][0] > 2 * SAMPLE_RATE
    regions = speech_regions(cut)
    assert regions[0][0] == pytest.approx(-0.4 * SAMPLE_RATE, abs=0.05 * SAMPLE_RATE)
    assert regions[1:] == [] or regions[1][0] > regions[0][1]


def test_words_at_the_first_sample_get_the_padding_as_silence(words: np.ndarray) -> None:
    """Silero pads speech by 0.4 s; where the audio begins less than that before the words,
    the rest is silence before it (Whisper, given audio that begins on a word, lost a whole
    sentence to a run of "uh")."""
    soon = _answer(words, 0.1, hum=None)
    [(start, end)] = speech_regions(soon)
    assert _silero(soon)[0][0] == 0
    assert start == pytest.approx(-0.3 * SAMPLE_RATE, abs=0.1 * SAMPLE_RATE)
    assert end == _silero(soon)[0][1]
