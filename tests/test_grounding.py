"""Sentences as the transcriber punctuated them, which the coach quotes and judges one by one."""

from __future__ import annotations

from voice_interviewer.coaching.grounding import split_sentences


def test_an_abbreviation_does_not_end_a_sentence() -> None:
    text = "She hasn't had one of those 3 a.m. calls since March. Then e.g. this. Done!  Yes?"
    assert split_sentences(text) == [
        "She hasn't had one of those 3 a.m. calls since March.",
        "Then e.g. this.",
        "Done!",
        "Yes?",
    ]
