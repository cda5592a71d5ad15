"""Coaching on narrative framing: the rule coach and the LLM coach, one rubric, one Feedback.

See coach.py for who answers when, rules/ for the deterministic checks, llm.py for the
LLM coach, server.py for the embedded local LLM, schema.py for the feedback and its schema.
"""

from voice_interviewer.coaching.coach import (
    Coaching,
    CoachOptions,
    coach_answer,
    coach_request,
)
from voice_interviewer.coaching.llm import CallRecord, Endpoint, LlmCoach
from voice_interviewer.coaching.rules import rule_feedback
from voice_interviewer.coaching.schema import CoachRequest, Feedback

__all__ = [
    "CallRecord",
    "CoachOptions",
    "CoachRequest",
    "Coaching",
    "Endpoint",
    "Feedback",
    "LlmCoach",
    "coach_answer",
    "coach_request",
    "rule_feedback",
]
