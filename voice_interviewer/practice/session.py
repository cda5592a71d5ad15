"""A practice session: what happens to every answer once it is transcribed.

`review`, `drill`, `demo` and `interview` share it, so an answer is treated alike whichever way
it came in: delivery analysis (with the recording, the scripts the person rehearses from and
their earlier attempts at the same question), framing feedback (the rule coach at once, then
the LLM coach), and the practice history (the attempt, with every LLM call it took). What the
person sees of it goes through an AnswerView; the session itself never prints.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from voice_interviewer.analysis.delivery import DeliveryOptions
from voice_interviewer.analysis.rehearsal import Script
from voice_interviewer.audio.decode import load_audio
from voice_interviewer.coaching import Coaching, CoachOptions, Feedback, coach_answer, coach_request
from voice_interviewer.coaching.llm import CallRecord
from voice_interviewer.config import Settings, pace_band
from voice_interviewer.history.progress import key_of_question, question_key
from voice_interviewer.history.scorecard import Scorecard, scorecard_of
from voice_interviewer.history.store import Store, StoreError
from voice_interviewer.practice.review import AnswerReview, review_transcript
from voice_interviewer.questions import Question
from voice_interviewer.transcription.streaming import WordsFn
from voice_interviewer.transcription.transcript import Transcript, Word
from voice_interviewer.transcription.whisper import join_words

# Rehearsal is judged against this many of the latest earlier attempts at a question.
EARLIER_ATTEMPTS = 5

# Recordings up to this long are also read whole for the audio side of the analysis (fillers
# Whisper left out); longer ones are analysed from the transcript alone, so memory stays bounded.
AUDIO_ANALYSIS_MAX_S = 1200.0


@dataclass(frozen=True)
class FeedbackHooks:
    """How a view follows the coaching of one answer while it is written."""

    on_rules: Callable[[Feedback], None] | None = None  # the rule coach's feedback, at once
    on_token: Callable[[str], None] | None = None  # the LLM's text as it streams


class AnswerView(Protocol):
    """What the person is shown of an answer as the session works on it."""

    def show_review(self, review: AnswerReview) -> None:
        """The transcript and the delivery analysis."""

    def coaching(self, coaching: Coaching) -> AbstractContextManager[FeedbackHooks]:
        """Open while the coaches work; the hooks see their results as they come."""

    def show_feedback(self, coaching: Coaching, feedback: Feedback) -> None:
        """The final feedback, once the coaching context has closed."""

    def show_saved(self, attempt_id: int | None) -> None:
        """Where the answer was kept (None: it was not)."""

    def show_error(self, message: str) -> None:
        """Something went wrong that costs part of the result, not the answer."""

    def show_call(self, record: CallRecord) -> None:
        """One LLM call: outcome, latency, tokens."""


@dataclass(frozen=True)
class SessionOptions:
    kind: str  # "review", "drill" or "interview": the session's label in the history
    scripts: tuple[Script, ...] = ()
    save: bool = True  # keep each answer in the practice history


@dataclass(frozen=True)
class ReviewedAnswer:
    review: AnswerReview
    attempt_id: int | None  # None when not saved (--no-save, or the save failed: said why)


class PracticeSession:
    """Use as a context manager: it opens the history and the coaches, and closes both."""

    def __init__(self, settings: Settings, options: SessionOptions, view: AnswerView) -> None:
        self.options = options
        self.view = view
        self._delivery = DeliveryOptions.from_settings(settings)
        self._pace_band = pace_band(settings)
        self._history_timeout_s = settings.history_busy_timeout_s
        self._coaching = Coaching(CoachOptions.from_settings(settings), on_record=self._on_call)
        self._store: Store | None = None
        self._session_id: int | None = None
        self._calls: list[CallRecord] = []

    def __enter__(self) -> PracticeSession:
        if self.options.save:
            self._store = Store.open(busy_timeout_s=self._history_timeout_s)
            self._session_id = self._store.start_session(self.options.kind)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._coaching.close()
        if self._store is not None:
            self._store.close()

    def warm_up(self) -> None:
        """Start the embedded LLM in the background (while the person answers)."""
        self._coaching.warm_up()

    def listen(self, question: Question) -> WordsFn:
        """A callback for the words heard so far while the person answers: the LLM coach
        starts reading the answer before it ends (Coaching.read_ahead)."""

        def on_heard(words: list[Word]) -> None:
            self._coaching.read_ahead(coach_request(join_words(words), question))

        return on_heard

    def review_recording(
        self,
        path: Path,
        transcript: Transcript,
        question: Question | None,
        question_text: str | None,
        stage_timings: Mapping[str, float] | None = None,
        follow_up_of: int | None = None,
        drill: Mapping[str, Any] | None = None,
    ) -> ReviewedAnswer:
        """review() for a recording on disk: its audio is read for the analysis when it is no
        longer than AUDIO_ANALYSIS_MAX_S. drill: how a drill recorded it, kept in the record."""
        samples = None
        if transcript.duration is not None and transcript.duration <= AUDIO_ANALYSIS_MAX_S:
            samples = load_audio(path, AUDIO_ANALYSIS_MAX_S + 1)
        return self.review(
            str(path),
            transcript,
            question,
            question_text,
            samples,
            audio_path=path,
            stage_timings=stage_timings,
            follow_up_of=follow_up_of,
            drill=drill,
        )

    def review(
        self,
        source: str,
        transcript: Transcript,
        question: Question | None,
        question_text: str | None,
        samples: np.ndarray | None = None,
        audio_path: Path | None = None,
        stage_timings: Mapping[str, float] | None = None,
        follow_up_of: int | None = None,
        drill: Mapping[str, Any] | None = None,
    ) -> ReviewedAnswer:
        """Analyse, coach and keep one answer, shown through the view as it goes.

        follow_up_of: the attempt whose follow-up question this answers (question is then the
        follow-up); the answer is kept in that attempt's thread.
        """
        self._calls = []
        review = review_transcript(
            source,
            transcript,
            question_text,
            samples,
            self.options.scripts,
            self._earlier_texts(question, question_text, follow_up_of),
            self._delivery,
        )
        review = dataclasses.replace(review, drill=drill)
        self.view.show_review(review)
        review = self._coach(review, question)
        attempt_id = self._save(review, question, audio_path, stage_timings, follow_up_of)
        self.view.show_saved(attempt_id)
        return ReviewedAnswer(review, attempt_id)

    def _coach(self, review: AnswerReview, question: Question | None) -> AnswerReview:
        """The review with its framing feedback: the rule coach's at once, the LLM's as it is
        written (see Coaching for who answers when)."""
        request = coach_request(review.transcript.text, question, review.question)
        with self.view.coaching(self._coaching) as hooks:
            feedback = coach_answer(
                self._coaching, request, on_rules=hooks.on_rules, on_token=hooks.on_token
            )
        self.view.show_feedback(self._coaching, feedback)
        return dataclasses.replace(review, feedback=feedback)

    def _on_call(self, record: CallRecord) -> None:
        self._calls.append(record)
        self.view.show_call(record)

    def scorecard(self) -> Scorecard | None:
        """The scorecard of this session so far, against the previous session of its kind;
        None when nothing is kept (--no-save) or no answer was."""
        if self._store is None or self._session_id is None:
            return None
        return scorecard_of(self._store, self._session_id, self._pace_band)

    def _earlier_texts(
        self, question: Question | None, question_text: str | None, follow_up_of: int | None
    ) -> list[str]:
        """What the speaker said in their latest earlier attempts at this question."""
        key = key_of_question(question.id if question else None, question_text, follow_up_of)
        if self._store is None or key is None:
            return []
        earlier = [s for s in self._store.attempts() if question_key(s) == key]
        return [
            self._store.attempt(summary.id).review.text for summary in earlier[-EARLIER_ATTEMPTS:]
        ]

    def _save(
        self,
        review: AnswerReview,
        question: Question | None,
        audio_path: Path | None,
        stage_timings: Mapping[str, float] | None,
        follow_up_of: int | None,
    ) -> int | None:
        """The attempt's id in the history; None (said why) when it could not be kept."""
        if self._store is None:
            return None
        try:
            call_ids = [self._log_call(record) for record in self._calls]
            return self._store.add_attempt(
                review.to_json(),
                session_id=self._session_id,
                audio_path=audio_path,
                question=question,
                stage_timings=stage_timings,
                llm_call_ids=call_ids,
                follow_up_of=follow_up_of,
            )
        except StoreError as exc:
            self.view.show_error(str(exc))
            return None

    def _log_call(self, record: CallRecord) -> int:
        assert self._store is not None
        return self._store.log_llm_call(
            model=record.model,
            request=record.request,
            response=record.response,
            outcome=record.outcome,
            latency_s=record.latency_s,
            prompt_tokens=record.prompt_tokens,
            completion_tokens=record.completion_tokens,
            error=record.detail,
            session_id=self._session_id,
        )
