"""The coaching step of a reviewed answer, on screen: the one call made after transcription
(voice_interviewer.practice.session does it for `review`, `drill` and `demo`).

The rule coach's result is shown at once; the LLM coach's follows, streamed while it is
written, each labelled with the coach that produced it. The returned review carries the final
feedback (the LLM's, or the rule coach's with the reason the LLM could not give it).
"""

from __future__ import annotations

import dataclasses

from voice_interviewer.coaching import Coaching, Feedback, coach_answer, coach_request
from voice_interviewer.practice.review import AnswerReview
from voice_interviewer.questions import Question, find_question, load_questions
from voice_interviewer.views import terminal


def resolve_question(
    question_id: str | None, question_text: str | None
) -> tuple[Question | None, str | None]:
    """The bank question (for its rubric) and the question text, from --question-id/--question.

    A --question text that is a bank question's text, case aside, brings that question's rubric.
    """
    if question_id:
        question = find_question(load_questions(), question_id)
        return question, question.text
    if question_text:
        wanted = question_text.strip().casefold()
        for question in load_questions():
            if question.text.casefold() == wanted:
                return question, question.text
    return None, question_text


def coach_review(
    coaching: Coaching,
    review: AnswerReview,
    question: Question | None = None,
    show: bool = True,
    verbose: bool = False,
) -> AnswerReview:
    """The review with framing feedback added; shown on the terminal as it comes when show."""
    request = coach_request(review.transcript.text, question, review.question)
    if not show:
        return dataclasses.replace(review, feedback=coach_answer(coaching, request))

    mode = coaching.options.mode
    llm_writes_follow_up = coaching.job == "follow-up" and coaching.llm_name is not None

    def show_rules(feedback: Feedback) -> None:
        terminal.show_feedback(feedback, verbose, follow_up=not llm_writes_follow_up)
        if mode == "auto" and llm_writes_follow_up:
            terminal.show_note(f"Asking {coaching.llm_name} for the interviewer's follow-up ...")
        elif mode == "auto" and coaching.llm_name:
            terminal.show_note(f"Asking the LLM coach ({coaching.llm_name}) ...")

    with terminal.llm_stream(coaching.llm_name, coaching.job) as on_token:
        feedback = coach_answer(coaching, request, on_rules=show_rules, on_token=on_token)
    if mode == "auto" and llm_writes_follow_up:  # the rest is on the screen already
        terminal.show_follow_up(feedback)
        if feedback.fallback_reason:
            terminal.show_note(f"No LLM follow-up: {feedback.fallback_reason}.", style="yellow")
        terminal.show_note("")
    elif mode == "llm" or (mode == "auto" and feedback.coach == "llm"):
        terminal.show_feedback(feedback, verbose)
    elif mode == "auto":  # the rule coach's feedback is on the screen already
        terminal.show_note(
            f"No LLM feedback: {feedback.fallback_reason}; the rule coach's feedback above stands.",
            style="yellow",
        )
    return dataclasses.replace(review, feedback=feedback)
