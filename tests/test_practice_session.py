"""practice/session.py: every answer goes through one pipeline, shown only through its view."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.audio_tools import write_wav
from voice_interviewer.audio.decode import SAMPLE_RATE
from voice_interviewer.coaching import Coaching, Feedback
from voice_interviewer.coaching.llm import CallRecord
from voice_interviewer.config import load_settings
from voice_interviewer.history.store import Store
from voice_interviewer.practice import session as session_module
from voice_interviewer.practice.review import AnswerReview
from voice_interviewer.practice.session import FeedbackHooks, PracticeSession, SessionOptions
from voice_interviewer.questions import find_question, load_questions
from voice_interviewer.transcription.transcript import Transcript, Word

ANSWER = (
    "Our support queue took two days per ticket, so we built a retrieval assistant, measured it "
    "on two hundred real tickets and cut the wait to four hours. I have not trained models "
    "myself, but I bring the evaluation and monitoring work that kept it reliable."
)


class RecordingView:
    """An AnswerView that writes down what it was shown, in order."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, object]] = []

    def show_review(self, review: AnswerReview) -> None:
        self.shown.append(("review", review))

    @contextlib.contextmanager
    def coaching(self, coaching: Coaching) -> Iterator[FeedbackHooks]:
        self.shown.append(("coaching", coaching.options.mode))
        yield FeedbackHooks(on_rules=lambda feedback: self.shown.append(("rules", feedback)))

    def show_feedback(self, coaching: Coaching, feedback: Feedback) -> None:
        self.shown.append(("feedback", feedback))

    def show_saved(self, attempt_id: int | None) -> None:
        self.shown.append(("saved", attempt_id))

    def show_error(self, message: str) -> None:
        self.shown.append(("error", message))

    def show_call(self, record: CallRecord) -> None:
        self.shown.append(("call", record))


def _transcript(text: str, seconds_per_word: float = 0.4) -> Transcript:
    words = tuple(
        Word(word, i * seconds_per_word, (i + 0.8) * seconds_per_word)
        for i, word in enumerate(text.split())
    )
    return Transcript(
        text=text,
        words=words,
        duration=len(words) * seconds_per_word + 1.0,
        language="en",
        model="test",
        device="cpu",
    )


def test_an_answer_is_analysed_coached_and_kept_and_only_the_view_shows_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    question = find_question(load_questions(), "why-01")
    view = RecordingView()
    with PracticeSession(load_settings(), SessionOptions(kind="review"), view) as session:
        reviewed = session.review("-", _transcript(ANSWER), question, question.text)

    assert [step for step, _ in view.shown] == ["review", "coaching", "rules", "feedback", "saved"]
    assert view.shown[-1] == ("saved", reviewed.attempt_id)
    assert reviewed.review.feedback is not None and reviewed.review.feedback.coach == "rules"
    assert reviewed.review.delivery is not None
    assert capsys.readouterr() == ("", "")  # the session never prints
    with Store.open() as store:
        [kept] = store.attempts()
    assert kept.id == reviewed.attempt_id and kept.question_id == "why-01"


def test_a_recording_longer_than_the_audio_limit_is_analysed_from_its_transcript(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The memory rule for long audio is the session's, for review and drill alike."""
    path = write_wav(tmp_path / "answer.wav", np.zeros(3 * SAMPLE_RATE, np.float32))
    read: list[Path] = []
    real_load_audio = session_module.load_audio

    def load_audio(source: Path, max_seconds: float) -> np.ndarray:
        read.append(source)
        return real_load_audio(source, max_seconds)

    monkeypatch.setattr(session_module, "load_audio", load_audio)
    view = RecordingView()
    options = SessionOptions(kind="review", save=False)
    with PracticeSession(load_settings(), options, view) as session:
        session.review_recording(path, _transcript(ANSWER), None, None)
        assert read == [path]
        monkeypatch.setattr(session_module, "AUDIO_ANALYSIS_MAX_S", 2.0)
        session.review_recording(path, _transcript(ANSWER), None, None)
        assert read == [path]  # longer than the limit: not read again
    assert ("saved", None) in view.shown
