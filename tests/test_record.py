"""history/record.py: the stored review JSON read back into typed fields, leniently."""

from __future__ import annotations

import pytest

from tests.store_samples import sample_review
from voice_interviewer.analysis.delivery import analyse_delivery
from voice_interviewer.coaching import rule_feedback
from voice_interviewer.coaching.schema import FRAMEWORK_POINTS, CoachRequest
from voice_interviewer.history.record import Span, decode_review
from voice_interviewer.practice.review import AnswerReview
from voice_interviewer.transcription.transcript import Transcript, Word


def _review() -> AnswerReview:
    text = "So, um, our queue took two days. We cut it to four hours, which saved two agents."
    words = tuple(Word(w, 0.5 + i * 0.4, 0.8 + i * 0.4) for i, w in enumerate(text.split()))
    transcript = Transcript(text, words, 8.0, "en", "base", "cpu")
    delivery = analyse_delivery(transcript)
    feedback = rule_feedback(CoachRequest(text, "Why AI engineering?"))
    return AnswerReview(
        "answer.wav", "Why AI engineering?", transcript, delivery.pace, delivery, feedback
    )


def test_what_the_review_json_says_is_read_back_typed() -> None:
    review = _review()
    stored = decode_review(review.to_json())
    assert stored.text == review.transcript.text
    assert stored.question == "Why AI engineering?"
    assert [w.text for w in stored.words] == [w.text for w in review.transcript.words]
    assert stored.words_per_minute == pytest.approx(review.pace.words_per_minute)
    assert stored.pace_band == (review.pace.targets.min_wpm, review.pace.targets.max_wpm)
    assert review.delivery is not None and review.feedback is not None
    assert stored.filler_count == review.delivery.fillers.count >= 1
    assert [(f.text, f.word_index) for f in stored.fillers] == [
        (f.text, f.word_index) for f in review.delivery.fillers.fillers
    ]
    assert stored.coach == "rules"
    assert stored.scores == tuple(review.feedback.framework[p].score for p in FRAMEWORK_POINTS)
    assert stored.rehearsal_flags == ()


def test_missing_or_malformed_figures_become_none_never_zero() -> None:
    data = sample_review(0)
    data["duration_s"] = "long"
    data["pace"]["words_per_minute"] = float("nan")
    data["delivery"]["fillers"] = [{"text": "um", "start": "soon", "end": 1.0}, "junk"]
    del data["delivery"]["filler_count"]
    data["feedback"]["framework"]["business_impact"] = {"score": 9, "evidence": None}
    data["feedback"]["mistakes"] = [{"kind": "ai-is-hot"}]
    stored = decode_review(data)
    assert stored.duration_s is None and stored.words_per_minute is None
    assert stored.fillers == () and stored.filler_count == 2  # the list's length
    assert stored.framework["business_impact"].score is None
    assert stored.mistakes == ()

    bare = decode_review({"text": "hello"})
    assert bare.text == "hello" and bare.rehearsal_flags is None and bare.coach is None
    assert bare.scores == (None,) * len(FRAMEWORK_POINTS)


def test_spans_keep_their_times_text_and_place() -> None:
    data = sample_review(0)
    first = data["delivery"]["fillers"][0]
    assert decode_review(data).fillers[0] == Span(
        first["start"],
        first["end"],
        text=first["text"],
        kind=first.get("kind", ""),
        word_index=first["word_index"],
    )
