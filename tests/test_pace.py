"""Pace and pause figures from word timings, and None (not 0) without them."""

from __future__ import annotations

import pytest

from voice_interviewer.analysis.pace import PaceTargets, analyse_pace, window_rates
from voice_interviewer.transcription.transcript import Transcript, Word


def timed(*words: tuple[str, float, float]) -> Transcript:
    return Transcript("", tuple(Word(*w) for w in words), 30.0, "en", "test", "cpu")


def steady(count: int, wpm: float, start: float = 1.0) -> list[tuple[str, float, float]]:
    step = 60 / wpm
    return [(f"word{i}", start + i * step, start + i * step + step * 0.8) for i in range(count)]


def test_pauses_are_told_apart_by_what_the_word_before_ends() -> None:
    pace = analyse_pace(
        timed(
            ("It", 2.5, 2.7),
            ("failed.", 2.7, 3.0),
            ("Then,", 3.8, 4.0),
            ("we", 4.7, 4.8),
            ("rolled", 6.0, 6.3),
            ("back.", 6.3, 6.6),
        )
    )
    assert [(p.after_word, p.at) for p in pace.pauses] == [
        (1, "sentence-end"),
        (2, "clause"),
        (3, "mid-sentence"),
    ]
    assert pace.first_word_delay_s == 2.5
    assert pace.silence_s == pytest.approx(0.8 + 0.7 + 1.2)
    assert [p.after_word for p in pace.long_pauses()] == []
    assert pace.words_per_minute == pytest.approx(6 / (4.1 / 60), abs=0.1)


def test_fast_and_slow_stretches_in_a_sliding_window() -> None:
    fast = steady(60, 200)  # 18 s at 200 wpm
    slow = steady(20, 90, start=fast[-1][2] + 0.5)  # then about 13 s at 90 wpm
    pace = analyse_pace(timed(*fast, *slow), targets=PaceTargets(window_s=5.0))
    kinds = [s.kind for s in pace.stretches]
    assert kinds == ["fast", "slow"]
    assert pace.stretches[0].words_per_minute > 180
    assert pace.stretches[1].words_per_minute < 100
    assert pace.stretches[0].start == pytest.approx(1.0)


def test_a_short_answer_has_no_windows() -> None:
    words = tuple(Word(*w) for w in steady(10, 150))
    assert window_rates(words, 10.0) == []


def test_even_reading_has_low_articulation_variation() -> None:
    even = analyse_pace(timed(*steady(80, 150)))
    assert even.articulation_variation is None  # no pauses: one phrase only
    phrases = []
    clock = 1.0
    for index in range(12):
        length = 0.2 + 0.15 * (index % 3)  # phrases spoken at uneven speeds
        for k in range(4):
            phrases.append((f"w{index}{k}", clock, clock + length))
            clock += length + 0.02
        clock += 0.4
    uneven = analyse_pace(timed(*phrases))
    assert uneven.articulation_variation is not None and uneven.articulation_variation > 0.2


def test_without_timings_every_timed_figure_is_none() -> None:
    pace = analyse_pace(Transcript.from_text("So I built it."))
    assert pace.word_count == 4
    assert pace.speaking_time_s is None
    assert pace.words_per_minute is None
    assert pace.first_word_delay_s is None
    assert pace.silence_s is None
    assert pace.pauses == () and pace.stretches == ()
