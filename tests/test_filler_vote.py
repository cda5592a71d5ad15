"""Vocal fillers put to the vote of several readings of the same answer."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from voice_interviewer import config
from voice_interviewer.analysis.delivery import analyse_delivery
from voice_interviewer.audio.decode import SAMPLE_RATE
from voice_interviewer.errors import ConfigError
from voice_interviewer.transcription.transcript import Transcript, Word, join_words
from voice_interviewer.transcription.whisper import TranscriptionOptions, started_later

SAID = (Word("We", 0.5, 0.7), Word("built", 0.7, 1.0), Word("it.", 2.0, 2.3))
UM = Word("um,", 1.25, 1.75)


def _answer() -> np.ndarray:
    """3 s: a buzzing voice where SAID's words are, and a hum from 1.25 to 1.75 s."""
    samples = np.zeros(3 * SAMPLE_RATE, dtype=np.float32)
    t = np.arange(SAMPLE_RATE) / SAMPLE_RATE
    for word in SAID:
        first, last = int(word.start * SAMPLE_RATE), int(word.end * SAMPLE_RATE)
        samples[first:last] = 0.3 * np.sign(np.sin(2 * np.pi * 120 * t[: last - first]))
    first, last = int(1.25 * SAMPLE_RATE), int(1.75 * SAMPLE_RATE)
    hum = 0.2 * np.sin(2 * np.pi * 110 * t) + 0.1 * np.sin(2 * np.pi * 220 * t)
    samples[first:last] = hum[: last - first]
    return samples


def _reading(um: Word | None) -> tuple[Word, ...]:
    return (*SAID[:2], um, SAID[2]) if um else SAID


def _analysed(first: Word | None, *others: Word | None):
    words = _reading(first)
    transcript = Transcript(join_words(words), words, 3.0, "en", "test", "cpu")
    transcript = replace(transcript, readings=tuple(_reading(um) for um in others))
    return analyse_delivery(transcript, _answer())


def _vocal(delivery) -> list[tuple[str, str]]:
    return [(f.text.lower(), f.source) for f in delivery.fillers.fillers if f.kind == "vocal"]


@pytest.mark.parametrize(
    ("others", "kept"),
    [
        ((UM, UM), True),
        ((UM, None), True),  # two readings of three
        ((replace(UM, start=1.4, end=1.6), None), True),  # timed apart: still the same one
        ((None, None), False),  # the first reading alone
    ],
)
def test_a_filler_the_first_reading_wrote_stays_where_most_readings_have_it(
    others: tuple[Word | None, ...], kept: bool
) -> None:
    delivery = _analysed(UM, *others)
    assert _vocal(delivery) == ([("um", "transcript")] if kept else [])
    assert delivery.transcript.text == ("We built um, it." if kept else "We built it.")


def test_readings_farther_apart_than_a_filler_are_other_fillers() -> None:
    """Another reading's "um" at 2.4 s (0.65 s after the first's ends) does not second it."""
    late = Word("um,", 2.4, 2.6)
    words = (*SAID, late)
    transcript = Transcript(join_words(_reading(UM)), _reading(UM), 3.0, "en", "test", "cpu")
    transcript = replace(transcript, readings=(words, words))
    assert _vocal(analyse_delivery(transcript, _answer())) == []


@pytest.mark.parametrize(("others", "added"), [((UM, UM), True), ((UM, None), False)])
def test_a_filler_most_other_readings_found_is_added_where_they_heard_it(
    others: tuple[Word | None, ...], added: bool
) -> None:
    delivery = _analysed(None, *others)
    assert _vocal(delivery) == ([("um", "audio")] if added else [])
    assert delivery.transcript.text == "We built it."  # the words stay the first reading's
    assert delivery.transcript.readings == ()


def test_readings_come_only_with_the_filler_hotwords_and_are_an_odd_number() -> None:
    assert TranscriptionOptions.from_settings(config.Settings()).readings == 3
    assert TranscriptionOptions.from_settings(config.Settings(keep_fillers=False)).readings == 1
    assert TranscriptionOptions.from_settings(config.Settings(filler_readings=1)).readings == 1
    with pytest.raises(ConfigError, match="filler_readings must be 1, 3 or 5"):
        config.Settings(filler_readings=2)


def test_a_later_reading_starts_with_the_recordings_own_noise_floor() -> None:
    hiss = 0.001 * np.random.default_rng(0).standard_normal(3 * SAMPLE_RATE)
    samples = (_answer() + hiss).astype(np.float32)
    later = started_later(samples, 0.5, seed=1)
    assert later.size == samples.size + SAMPLE_RATE // 2
    assert np.array_equal(later[SAMPLE_RATE // 2 :], samples)
    assert later[: SAMPLE_RATE // 2].std() == pytest.approx(0.001, rel=0.2)
    assert np.array_equal(later, started_later(samples, 0.5, seed=1))
